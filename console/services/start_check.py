"""Before the window opens: can this database be used at all, and if not, why, in words?

A database SQLite cannot open used to surface as a traceback before the restore offer. This
module tells the cases apart without changing the file (every probe is read-only), so the
window can say exactly what is wrong and offer the one fix that can work:

* ``UNWRITABLE`` - the folder (or the file) cannot be written: SQLite needs to write its WAL
  beside the database even to read it, and a restore could not write there either, so no
  backup is offered;
* ``NOT_A_FILE`` - the path is a folder;
* ``DAMAGED`` - ``PRAGMA quick_check`` fails (truncated, overwritten header, not a database);
* ``NEWER`` - the schema version is above the last migration this Composure knows.

For the last two, the newest backup this version can read (an SQLite header with a schema
version it knows) is offered; ``restore`` checks it fully before putting it in place.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from console.store import backup, db
from console.store.backup import BackupInfo

DAMAGED = "damaged"
NEWER = "newer"
UNWRITABLE = "unwritable"
NOT_A_FILE = "not_a_file"
_MAGIC = b"SQLite format 3\x00"
_USER_VERSION_AT = 60  # the header's "user version" field (4 bytes, big-endian)

__all__ = ["DAMAGED", "NEWER", "NOT_A_FILE", "UNWRITABLE", "StartProblem", "diagnose",
           "usable_backup"]


@dataclass(frozen=True, slots=True)
class StartProblem:
    """Why the database cannot be opened (the window words it in the user's language)."""

    kind: str
    path: Path
    findings: tuple[str, ...] = ()  # SQLite's own words (DAMAGED)
    latest: BackupInfo | None = None  # the backup to offer (DAMAGED, NEWER)
    found_version: int = 0  # NEWER: the file's schema version
    known_version: int = 0  # NEWER: the newest this Composure knows
    folder: Path | None = None  # UNWRITABLE: the folder that cannot be written

    @property
    def can_restore(self) -> bool:
        return self.latest is not None and self.kind in (DAMAGED, NEWER)


def when(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts))


def _nearest_existing(folder: Path) -> Path:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK | (os.X_OK if path.is_dir() else 0))


def header_version(path: Path) -> int | None:
    """The schema version in an SQLite file's header, None when it is no SQLite file."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError:
        return None
    if len(head) < 100 or not head.startswith(_MAGIC):
        return None
    return int.from_bytes(head[_USER_VERSION_AT:_USER_VERSION_AT + 4], "big", signed=True)


def usable_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup this version could open (header only: restore checks it fully)."""
    known = db.latest_version()
    try:
        backups = backup.list_backups(db_path)
    except OSError:
        return None
    for info in reversed(backups):
        version = header_version(info.path)
        if version is not None and 0 <= version <= known:
            return info
    return None


def _schema_version(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10.0)
    except sqlite3.Error:
        return None
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def diagnose(path: Path | str) -> StartProblem | None:
    """None when the database can be opened (or created); else what is wrong with it."""
    path = Path(path)
    if str(path) == ":memory:":
        return None
    if path.is_dir():
        return StartProblem(NOT_A_FILE, path)
    folder = path.resolve().parent
    existing = _nearest_existing(folder)
    if not _writable(existing):
        return StartProblem(UNWRITABLE, path, folder=existing)
    if path.exists() and not _writable(path):
        return StartProblem(UNWRITABLE, path, folder=path)
    if not path.exists() or path.stat().st_size == 0:
        return None  # a new database: created on open
    findings = backup.quick_check(path)
    if findings:
        return StartProblem(DAMAGED, path, tuple(findings), usable_backup(path))
    version = _schema_version(path)
    known = db.latest_version()
    if version is not None and version > known:
        return StartProblem(NEWER, path, latest=usable_backup(path), found_version=version,
                            known_version=known)
    return None


def restore(problem: StartProblem) -> Path | None:
    """Put the offered backup in place; returns where the replaced file was kept."""
    if problem.latest is None:
        raise backup.BackupError(f"There is no backup of {problem.path}.")
    return backup.restore(problem.latest.path, problem.path)
