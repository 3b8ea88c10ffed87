"""Opening the database: location, WAL, and versioned migrations.

Migrations are the plain-SQL files in ``db/`` (shipped as ``console._db``), numbered
``NNNN_name.sql``. Each runs in its own transaction together with the ``user_version`` bump,
so a failure leaves the database at the previous version, never half-migrated.
"""

from __future__ import annotations

import itertools
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import sqlite_utils
from platformdirs import user_data_dir

from console.store import audit_chain, db_faults

APP_NAME = "composure"
_MIGRATION_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")


class StoreError(Exception):
    """A problem with the database the user must hear about, in words."""


class NewerDatabaseError(StoreError):
    pass


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def default_db_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "composure.sqlite"


def migrations() -> list[Migration]:
    found: list[Migration] = []
    for entry in resources.files("console._db").iterdir():
        m = _MIGRATION_NAME.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    # numbers only rise; a number may be left out (parallel work reserves its own numbers),
    # and ``user_version`` is the number of the last migration applied
    if not found or found[0].version != 1:
        raise StoreError("migration 0001 is missing")
    for before, mig in itertools.pairwise(found):
        if mig.version == before.version:
            raise StoreError(f"migration numbering has a duplicate at {mig.name}")
    return found


def latest_version() -> int:
    return migrations()[-1].version


def connect(path: Path | str, *, migrate: bool = True, timeout: float = 10.0) -> sqlite3.Connection:
    """Open (creating if needed) and upgrade the database; refuse one from a newer Composure."""
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            # created readable by the owner only: it holds notes about people
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
    conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None,
                           check_same_thread=False)
    try:
        _set_wal(conn, timeout)
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        # REPLACE deletes the row it replaces; without this its DELETE triggers (the audit
        # log's append-only guard) would not fire
        conn.execute("PRAGMA recursive_triggers=ON")
        audit_chain.register(conn)
        if migrate:
            upgrade(conn, path)
    except BaseException:
        conn.close()  # a refused or unreadable database is not held open
        raise
    return conn


def _set_wal(conn: sqlite3.Connection, timeout: float) -> None:
    """WAL mode, waiting like any other statement: switching a new file to WAL answers "database
    is locked" at once, without the busy timeout, while another process (a second desktop
    opening the same new database) holds it; four processes starting together showed it."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if db_faults.fault_of(exc) != db_faults.LOCKED or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def database(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils over our connection, for the small reads and upserts. The ingest hot
    path and multi-statement transactions use the connection directly: sqlite-utils commits
    as it goes, which would split a batch from its read offset."""
    return sqlite_utils.Database(conn)


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def upgrade(conn: sqlite3.Connection, path: Path | str = "") -> int:
    """Apply pending migrations in order; returns the version reached."""
    audit_chain.register(conn)  # the audit-chain migration computes hashes in SQL
    current = user_version(conn)
    steps = migrations()
    known = steps[-1].version
    if current > known:
        raise NewerDatabaseError(
            f"The database {path} was written by a newer Composure (schema version {current}; "
            f"this version knows up to {known}). Update Composure, or open another "
            f"database with --db."
        )
    pending = [mig for mig in steps if mig.version > current]
    if current > 0 and pending and str(path) not in ("", ":memory:"):
        _backup_before_migration(conn, Path(path), current)
    for mig in pending:
        try:
            statements = _statements(mig.sql)  # before BEGIN: a broken file changes nothing
        except StoreError as exc:
            raise StoreError(f"migration {mig.name} cannot be applied to {path}: {exc}") from exc
        try:
            conn.execute("BEGIN IMMEDIATE")
            if user_version(conn) >= mig.version:
                # another process (a second desktop or a follower started at the same moment)
                # applied it while this one waited for the write lock: running it again would fail
                conn.execute("COMMIT")
                continue
            for statement in statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {mig.version}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:  # BEGIN itself may have failed (database busy)
                conn.execute("ROLLBACK")
            raise StoreError(f"migration {mig.name} failed on {path}: {exc}") from exc
    return user_version(conn)


def _backup_before_migration(conn: sqlite3.Connection, path: Path, current: int) -> None:
    """A migration rewrites tables in place: keep the database as it was, first."""
    from console.store import backup

    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?",
                           (backup.KEEP_SETTING,)).fetchone()
        keep = int(row[0]) if row and row[0] else backup.DEFAULT_KEEP
    except (sqlite3.Error, ValueError):
        keep = backup.DEFAULT_KEEP
    try:
        backup.backup(conn, path, reason=f"pre-v{current + 1}", keep=max(keep, 1))
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"Cannot back up {path} before upgrading it: {exc}. Nothing was "
                         f"changed; free some disk space or check the folder's permissions."
                         ) from exc


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (executescript would commit behind our back)."""
    out: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if not _only_comments(buf):
                out.append(buf.strip())
            buf = ""
    if not _only_comments(buf):
        raise StoreError("migration ends with an incomplete statement")
    return out


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in text.splitlines())


def source_kinds(path: Path) -> set[str]:
    """Which kinds of source fed the database at ``path`` (empty if unreadable or new)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return set()
    try:
        return {r[0] for r in conn.execute("SELECT kind FROM ingest_sources")}
    except sqlite3.Error:
        return set()
    finally:
        conn.close()
