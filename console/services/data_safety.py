"""Data safety for the CLI and the GUI: its settings (audited), backups at the end of a
shift, the retention purge, the integrity check at start, and the audit log for reading.

The settings live in the database's ``settings`` table beside the floor's, because every
console on the same database must keep and show data the same way:

* ``data.retention_days`` (90): free-text notes, outcomes and transcripts older than this
  are purged (``composure db purge``, and at every start of the app, on a worker);
* ``data.backup_keep`` (10): how many backups are kept;
* ``data.shift_end`` (unset): a local ``HH:MM`` at which a shift ends; a backup is taken
  after it (and after every local midnight) while the app runs, and when the app closes;
* ``privacy.show_full_callers`` (false): caller numbers in full instead of the last four
  digits. Changing any of them writes a ``settings.change`` audit row (old -> new).
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from console.domain import data_safety as rules
from console.domain.data_safety import DataSafetyError, DataSafetySettings
from console.store import audit, audit_chain, backup, retention, settings_store
from console.store.audit import AuditEntry
from console.store.audit_chain import ChainReport
from console.store.backup import BackupError, BackupInfo
from console.store.flags import transaction

__all__ = ["AuditEntry", "BackupError", "BackupInfo", "ChainReport", "CorruptDatabaseError",
           "DataSafetyError",
           "DataSafetyService", "DataSafetySettings", "DataSafetyView", "PurgeReport",
           "check_database", "load_settings", "save_settings"]

KEYS = {
    "retention_days": "data.retention_days",
    "backup_keep": backup.KEEP_SETTING,
    "shift_end": "data.shift_end",
    "show_full_callers": "privacy.show_full_callers",
}
AUDIT_ACTION = "settings.change"
BACKUP_AUDIT_ACTION = "data.backup"


@dataclass(frozen=True, slots=True)
class DataSafetyView:
    settings: DataSafetySettings
    backup_dir: Path  # where backups go (beside the database)
    latest: BackupInfo | None


class CorruptDatabaseError(Exception):
    """The database failed its integrity check; ``latest`` is the backup to offer."""

    def __init__(self, path: Path, findings: list[str], latest: BackupInfo | None) -> None:
        self.path = path
        self.findings = findings
        self.latest = latest
        hint = (f" The latest backup is {latest.path} ({_when(latest.created)}): "
                f"`composure db restore --db {path}` puts it back (the damaged file is kept)."
                if latest else " There is no backup of it.")
        super().__init__(f"The database {path} is damaged ({findings[0]}).{hint}")


def _when(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts))


# ---------------------------------------------------------------------------- settings
def load_settings(conn: sqlite3.Connection) -> DataSafetySettings:
    """The settings in force; a stored value that does not read falls back to its default."""
    stored = {name: settings_store.get_value(conn, key) for name, key in KEYS.items()}
    default = DataSafetySettings()
    values: dict = {}
    for name in ("retention_days", "backup_keep"):
        try:
            values[name] = int(stored[name]) if stored[name] else getattr(default, name)
        except ValueError:
            values[name] = getattr(default, name)
    values["shift_end"] = stored["shift_end"] or None
    values["show_full_callers"] = (stored["show_full_callers"] or "").lower() in ("1", "true")
    settings = DataSafetySettings(**values)
    try:
        return rules.validated(settings)
    except DataSafetyError:
        return default


def _encode(name: str, value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def save_settings(conn: sqlite3.Connection, settings: DataSafetySettings, *,
                  actor: str | None = None, now: float | None = None) -> DataSafetySettings:
    """Store what changed with one audit row (old -> new per setting), in one transaction.
    Raises DataSafetyError (nothing written) for a value the rules refuse."""
    rules.validated(settings)
    with transaction(conn):
        current = load_settings(conn)
        old, new = asdict(current), asdict(settings)
        changed = {name: {"old": old[name], "new": new[name]}
                   for name in KEYS if old[name] != new[name]}
        if not changed:
            return current
        settings_store.put_values(conn, {KEYS[n]: _encode(n, new[n]) for n in changed})
        audit.record(conn, AUDIT_ACTION, "data_safety", changed, actor=actor, ts=now)
    return settings


# ---------------------------------------------------------------------------- checks
def check_database(path: Path | str) -> None:
    """Raise CorruptDatabaseError when an existing database fails ``PRAGMA quick_check``."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return
    findings = backup.quick_check(path)
    if findings:
        raise CorruptDatabaseError(path, findings, backup.latest_backup(path))


def check_audit_chain(path: Path | str) -> ChainReport:
    """Walk the audit log's hash chain (read-only); the first row that does not follow."""
    return audit_chain.verify_file(path)


def latest_backup(db_path: Path | str) -> BackupInfo | None:
    return backup.latest_backup(db_path)


def restore_backup(db_path: Path | str, backup_path: Path | str | None = None) -> Path | None:
    """Put a backup (default: the latest) in place; returns where the replaced file went."""
    if backup_path is None:
        latest = backup.latest_backup(db_path)
        if latest is None:
            raise BackupError(f"There is no backup of {db_path}.")
        backup_path = latest.path
    return backup.restore(backup_path, db_path)


@dataclass(frozen=True, slots=True)
class PurgeReport:
    days: int
    cutoff: float
    rows: dict[str, int]  # rule key ("flag_notes.text") -> rows whose text goes
    dry_run: bool

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def purge(conn: sqlite3.Connection, now: float, *, dry_run: bool = False,
          days: int | None = None, actor: str | None = None) -> PurgeReport:
    days = days if days is not None else load_settings(conn).retention_days
    cutoff = rules.retention_cutoff(now, days)
    if dry_run:
        return PurgeReport(days, cutoff, retention.count_purgeable(conn, cutoff), True)
    rows = retention.purge(conn, cutoff, days=days, now=now, actor=actor)
    return PurgeReport(days, cutoff, rows, False)


def backup_now(conn: sqlite3.Connection, db_path: Path | str, *, now: float,
               reason: str | None = None) -> BackupInfo:
    keep = load_settings(conn).backup_keep
    return backup.backup(conn, db_path, now=now, reason=reason, keep=keep)


def backup_if_due(conn: sqlite3.Connection, db_path: Path | str, now: float) -> BackupInfo | None:
    """The end-of-shift backup: taken when a shift boundary passed since the last backup."""
    settings = load_settings(conn)
    latest = backup.latest_backup(db_path)
    if not rules.backup_due(latest.created if latest else None, now, settings.shift_end):
        return None
    return backup.backup(conn, db_path, now=now, reason="shift", keep=settings.backup_keep)


def backup_on_close(db_path: Path | str, now: float) -> BackupInfo | None:
    """The app closed: the end of someone's shift. Never raises: closing must not fail."""
    from console.services.session import open_database

    if not Path(db_path).exists():
        return None
    try:
        conn = open_database(db_path)
    except Exception:
        return None
    try:
        return backup_now(conn, db_path, now=now, reason="close")
    except (OSError, sqlite3.Error):
        return None
    finally:
        conn.close()


class DataSafetyService:
    """What the GUI's data-safety worker thread calls (own connection, one thread)."""

    def __init__(self, db_path: Path | str) -> None:
        from console.services.session import open_database

        self.db_path = Path(db_path)
        self.conn = open_database(db_path)

    def settings(self) -> DataSafetySettings:
        return load_settings(self.conn)

    def save_settings(self, settings: DataSafetySettings) -> DataSafetySettings:
        return save_settings(self.conn, settings)

    def set_show_full_callers(self, show: bool) -> DataSafetySettings:
        return save_settings(self.conn, replace(load_settings(self.conn),
                                                show_full_callers=show))

    def view(self) -> DataSafetyView:
        """What Preferences > Privacy and data shows: the settings and where backups go."""
        return DataSafetyView(load_settings(self.conn), backup.backup_dir(self.db_path),
                              backup.latest_backup(self.db_path))

    def backup_now(self, now: float) -> BackupInfo:
        """A backup asked for by hand; audited, because it copies notes about people."""
        info = backup_now(self.conn, self.db_path, now=now, reason="manual")
        with transaction(self.conn):
            audit.record(self.conn, BACKUP_AUDIT_ACTION, str(info.path),
                         {"size": info.size}, ts=now)
        return info

    def purge(self, now: float) -> PurgeReport:
        return purge(self.conn, now)

    def backup_if_due(self, now: float) -> BackupInfo | None:
        return backup_if_due(self.conn, self.db_path, now)

    def audit_entries(self, limit: int = 5000) -> list[AuditEntry]:
        return audit.entries(self.conn, limit)

    def close(self) -> None:
        self.conn.close()
