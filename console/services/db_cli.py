"""`composure db backup|restore|check|purge|backups`: the command bodies (cli.py only parses).

Exit codes: 0 done, 1 the check found damage (or restore refused), 2 the command could not
run (no database, a store error).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from console.services import data_safety
from console.services.data_safety import BackupError, CorruptDatabaseError
from console.services.session import StoreError, open_database


def _err(message: str, code: int = 2) -> int:
    print(f"composure: {message}", file=sys.stderr)
    return code


def _when(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ts))


def cmd_db(action: str, db: Path, *, file: Path | None = None, dry_run: bool = False,
           days: int | None = None) -> int:
    if action == "backups":
        return _list(db)
    if action == "restore":
        return _restore(db, file)
    if not db.exists():
        return _err(f"{db}: no such database")
    if action == "check":
        return _check(db)
    if action == "backup":
        return _backup(db)
    if action == "purge":
        return _purge(db, dry_run, days)
    return _err(f"unknown db action {action}")


def _check(db: Path) -> int:
    try:
        data_safety.check_database(db)
    except CorruptDatabaseError as exc:
        print(f"composure: {exc}", file=sys.stderr)
        for finding in exc.findings[:10]:
            print(f"  {finding}", file=sys.stderr)
        return 1
    print(f"{db}: ok (PRAGMA quick_check)")
    return _check_audit(db)


def _check_audit(db: Path) -> int:
    """The audit log's hash chain and its append-only triggers; 1 when either is broken."""
    import sqlite3

    try:
        report = data_safety.check_audit_chain(db)
    except sqlite3.Error as exc:
        return _err(f"the audit log of {db} cannot be read: {exc}")
    if not report.has_chain:
        print(f"audit log: {report.rows} rows, no hash chain yet (a database from an older "
              f"Composure: the chain is added the next time Composure opens it)")
    code = 0
    if report.first_break is not None:
        b = report.first_break
        print(f"composure: the audit log's hash chain breaks at row {b.id} ({_when(b.ts)}): "
              f"{b.reason}. That row and the ones after it cannot be trusted; the backups "
              f"(`composure db backups --db {db}`) hold earlier copies.", file=sys.stderr)
        code = 1
    if report.missing_triggers:
        print(f"composure: the audit log's append-only trigger(s) "
              f"{', '.join(report.missing_triggers)} are missing: someone removed them, so "
              f"rows could be changed without an error.", file=sys.stderr)
        code = 1
    if code == 0 and report.has_chain:
        print(f"audit log: {report.rows} rows, hash chain intact")
    return code


def _backup(db: Path) -> int:
    try:
        data_safety.check_database(db)
    except CorruptDatabaseError as exc:
        return _err(f"{exc} Not backed up: a damaged copy would push a good backup out.", 1)
    try:
        conn = open_database(db)
    except StoreError as exc:
        return _err(str(exc))
    try:
        info = data_safety.backup_now(conn, db, now=time.time(), reason="manual")
    except (BackupError, OSError) as exc:
        return _err(f"backup failed: {exc}")
    finally:
        conn.close()
    print(f"{db} -> {info.path} ({info.size // 1024} KiB)")
    return 0


def _list(db: Path) -> int:
    backups = data_safety.backup.list_backups(db)
    if not backups:
        print(f"no backups of {db} (they go to {data_safety.backup.backup_dir(db)})")
        return 0
    for b in backups:
        print(f"{_when(b.created)}  {b.reason or '-':<10} {b.size // 1024:>8} KiB  {b.path}")
    return 0


def _restore(db: Path, file: Path | None) -> int:
    try:
        kept = data_safety.restore_backup(db, file)
    except BackupError as exc:
        return _err(str(exc), 1)
    except OSError as exc:
        return _err(f"restore failed: {exc}")
    source = file or "the latest backup"
    print(f"{db} restored from {source}")
    if kept is not None:
        print(f"the replaced database is kept as {kept}")
    return 0


def _purge(db: Path, dry_run: bool, days: int | None) -> int:
    if days is not None and days < 1:
        return _err("--days must be at least 1")
    try:
        conn = open_database(db)
    except StoreError as exc:
        return _err(str(exc))
    try:
        report = data_safety.purge(conn, time.time(), dry_run=dry_run, days=days)
    finally:
        conn.close()
    verb = "would purge" if dry_run else "purged"
    print(f"text older than {report.days} days (before {_when(report.cutoff)}): "
          f"{verb} {report.total} rows")
    for key, n in sorted(report.rows.items()):
        if n:
            print(f"  {key}: {n}")
    return 0
