"""Backups of the database, integrity checks, and restoring a backup.

Backups are taken with SQLite's online backup API (``Connection.backup``), so they are
consistent even while the ingest thread writes, and a WAL database is copied whole (no
``-wal`` file to forget). They live in ``backups/`` beside the database (by default in the
platform's user data directory), named ``<db name>-YYYYmmdd-HHMMSS[-reason].sqlite`` so that
sorting by name is sorting by time; the folder is created 0700 and every backup 0600, because
they hold the same notes about people as the database. Only the newest ``keep`` are kept.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

BACKUP_DIR_NAME = "backups"
DEFAULT_KEEP = 10
KEEP_SETTING = "data.backup_keep"  # settings-table key, read by the migration runner too
REPLACED = "replaced"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[a-z0-9-]+))?"
                   r"(?:-(?P<n>\d+))?\.sqlite$")


class BackupError(Exception):
    """A backup or restore that could not be done, said in words."""


class DatabaseInUseError(BackupError):
    pass


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: float  # from the name (local time), not the file's mtime: copies keep it
    reason: str | None
    size: int


def backup_dir(db_path: Path | str) -> Path:
    return Path(db_path).resolve().parent / BACKUP_DIR_NAME


def _private_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask, and an old folder may be 0755


def _private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only before anyone writes into it."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def list_backups(db_path: Path | str) -> list[BackupInfo]:
    """The backups of ``db_path``, oldest first."""
    folder = backup_dir(db_path)
    stem = Path(db_path).stem
    found: list[BackupInfo] = []
    if not folder.is_dir():
        return found
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if not m or m.group("stem") != stem or not entry.is_file():
            continue
        if (m.group("reason") or "").startswith(REPLACED):
            continue  # the file a restore put aside: kept, but not a backup to offer
        created = time.mktime(time.strptime(m.group("stamp"), _STAMP))
        found.append(BackupInfo(entry, created, m.group("reason"), entry.stat().st_size))
    found.sort(key=lambda b: b.path.name)
    return found


def latest_backup(db_path: Path | str) -> BackupInfo | None:
    backups = list_backups(db_path)
    return backups[-1] if backups else None


def _target(db_path: Path, now: float, reason: str | None) -> Path:
    folder = backup_dir(db_path)
    base = f"{db_path.stem}-{time.strftime(_STAMP, time.localtime(now))}"
    if reason:
        base += "-" + re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-")
    candidate = folder / f"{base}.sqlite"
    n = 1
    while candidate.exists():  # two backups in one second (a migration right after a close)
        n += 1
        candidate = folder / f"{base}-{n}.sqlite"
    return candidate


def backup(conn: sqlite3.Connection, db_path: Path | str, *, now: float | None = None,
           reason: str | None = None, keep: int = DEFAULT_KEEP) -> BackupInfo:
    """Copy the open database ``conn`` (whose file is ``db_path``) into its backup folder and
    prune to the newest ``keep``. Never inside a transaction of ``conn``: the backup API
    reads a committed snapshot."""
    db_path = Path(db_path)
    now = time.time() if now is None else now
    _private_dir(backup_dir(db_path))
    target = _target(db_path, now, reason)
    _private_file(target)
    partial = target.with_name(target.name + ".part")
    try:
        os.replace(target, partial)  # a half-written backup never carries the final name
        dest = sqlite3.connect(str(partial))
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            dest.close()
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except BaseException:
        for leftover in (partial, target):
            leftover.unlink(missing_ok=True)
        raise
    prune(db_path, keep)
    m = _NAME.match(target.name)
    return BackupInfo(target, now, m.group("reason") if m else reason, target.stat().st_size)


def backup_file(db_path: Path | str, *, now: float | None = None, reason: str | None = None,
                keep: int = DEFAULT_KEEP) -> BackupInfo:
    """Back up the database file at ``db_path`` (opened read-only for the copy)."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise BackupError(f"{db_path}: no such database")
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10.0)
    try:
        return backup(src, db_path, now=now, reason=reason, keep=keep)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"Cannot back up {db_path}: {exc}") from exc
    finally:
        src.close()


def prune(db_path: Path | str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups; returns what was deleted."""
    backups = list_backups(db_path)
    doomed = backups[:-keep] if keep > 0 else backups
    for b in doomed:
        b.path.unlink(missing_ok=True)
    return [b.path for b in doomed]


def quick_check(path: Path | str) -> list[str]:
    """``PRAGMA quick_check`` on the file: empty when it is sound, else what SQLite found
    (a file that is not a database at all is one finding too). Never creates the file."""
    path = Path(path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10.0)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else [str(r) for r in rows]


def ensure_not_in_use(db_path: Path) -> None:
    """Raise DatabaseInUseError if another connection (any process) has the database open.

    Leaving WAL mode needs the only connection to the file, so asking for it is a reliable
    test; the caller is about to replace the file anyway. A database that does not open at
    all (corrupt) cannot be in use by Composure either."""
    try:
        conn = sqlite3.connect(str(db_path), timeout=0.5, isolation_level=None)
    except sqlite3.Error:
        return
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseInUseError(
                f"{db_path} is open in another program (a Composure window or `composure "
                f"ingest --follow`?). Close it first, then restore.") from exc
        return
    except sqlite3.DatabaseError:
        return
    finally:
        conn.close()
    if str(mode).lower() != "delete":
        raise DatabaseInUseError(f"{db_path} is open in another program; close it first.")


def restore(backup_path: Path | str, db_path: Path | str, *,
            now: float | None = None) -> Path | None:
    """Put ``backup_path`` in place of ``db_path``. The replaced file is kept beside the
    backups as ``<name>-<stamp>-replaced.sqlite`` (returned), never deleted. Refuses while
    another program holds the database, and refuses a backup that fails its own check."""
    backup_path, db_path = Path(backup_path), Path(db_path)
    if not backup_path.is_file():
        raise BackupError(f"{backup_path}: no such backup")
    problems = quick_check(backup_path)
    if problems:
        raise BackupError(f"The backup {backup_path} is damaged too: {problems[0]}")
    now = time.time() if now is None else now
    kept: Path | None = None
    if db_path.exists():
        ensure_not_in_use(db_path)
        _private_dir(backup_dir(db_path))
        kept = _target(db_path, now, REPLACED)
        os.replace(db_path, kept)
        os.chmod(kept, 0o600)
        for suffix in ("-wal", "-shm"):  # a stale WAL must never be replayed onto the backup
            side = Path(str(db_path) + suffix)
            if side.exists():
                with contextlib.suppress(OSError):
                    os.replace(side, Path(str(kept) + suffix))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    partial = db_path.with_name(db_path.name + ".restoring")
    partial.unlink(missing_ok=True)
    _private_file(partial)
    src = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
    dest = sqlite3.connect(str(partial))
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()
    os.replace(partial, db_path)
    return kept
