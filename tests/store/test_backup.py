"""Backups, restore, integrity check and file permissions of the database."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from pathlib import Path

import pytest

from console.services import data_safety
from console.services.data_safety import CorruptDatabaseError
from console.store import audit, backup, db


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_wal_and_shm_are_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a usual umask: without care, files would be world-readable
    try:
        path = tmp_path / "p.sqlite"
        conn = db.connect(path)
        audit.record(conn, "test.write")
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        assert mode(path) == 0o600
        assert mode(wal) == 0o600
        assert mode(shm) == 0o600
        conn.close()
    finally:
        os.umask(old)


def test_backup_round_trip_and_permissions(conn: sqlite3.Connection, db_path: Path) -> None:
    audit.record(conn, "before.backup")
    info = backup.backup(conn, db_path, now=time.time(), reason="manual")
    assert info.path.parent == db_path.parent / "backups"
    assert info.path.name.startswith("t-") and info.path.name.endswith("-manual.sqlite")
    assert mode(info.path) == 0o600
    assert mode(info.path.parent) == 0o700
    assert backup.quick_check(info.path) == []

    audit.record(conn, "after.backup")
    conn.close()
    kept = backup.restore(info.path, db_path)
    assert kept is not None and kept.exists()  # the replaced file is never thrown away
    assert mode(kept) == 0o600 and mode(db_path) == 0o600
    restored = db.connect(db_path)
    try:
        actions = [r[0] for r in restored.execute("SELECT action FROM audit_log ORDER BY id")]
    finally:
        restored.close()
    assert "before.backup" in actions and "after.backup" not in actions
    replaced = sqlite3.connect(kept)
    try:
        assert replaced.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'after.backup'").fetchone()[0] == 1
    finally:
        replaced.close()
    # the set-aside file is not offered as a backup
    assert backup.latest_backup(db_path).path == info.path


def test_only_the_newest_backups_are_kept(conn: sqlite3.Connection, db_path: Path) -> None:
    start = time.mktime((2026, 11, 2, 8, 0, 0, 0, 0, -1))
    made = [backup.backup(conn, db_path, now=start + i * 60, keep=3) for i in range(5)]
    left = backup.list_backups(db_path)
    assert [b.path for b in left] == [m.path for m in made[-3:]]
    assert backup.latest_backup(db_path).created == pytest.approx(start + 4 * 60)


def test_two_backups_in_one_second_both_exist(conn: sqlite3.Connection, db_path: Path) -> None:
    now = time.time()
    a = backup.backup(conn, db_path, now=now)
    b = backup.backup(conn, db_path, now=now)
    assert a.path != b.path and a.path.exists() and b.path.exists()


def test_restore_refuses_while_another_connection_holds_the_database(
        conn: sqlite3.Connection, db_path: Path) -> None:
    info = backup.backup(conn, db_path)
    conn.execute("SELECT count(*) FROM audit_log").fetchone()  # conn stays open
    with pytest.raises(backup.DatabaseInUseError, match="open in another program"):
        backup.restore(info.path, db_path)
    assert db_path.exists()


def test_a_migration_backs_up_the_database_first(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite"
    conn = db.connect(path, migrate=False)
    first = db.migrations()[0]
    conn.execute("BEGIN")
    for statement in db._statements(first.sql):
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {first.version}")
    conn.execute("COMMIT")
    conn.close()
    assert backup.list_backups(path) == []
    db.connect(path).close()  # upgrades from version 1
    (pre,) = backup.list_backups(path)
    assert pre.reason == "pre-v2"
    old = sqlite3.connect(pre.path)
    try:
        assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    finally:
        old.close()
    # a fresh database has nothing to lose: no backup before its first migrations
    db.connect(tmp_path / "fresh.sqlite").close()
    assert backup.list_backups(tmp_path / "fresh.sqlite") == []


def corrupt_copy(source: Path, target: Path) -> Path:
    """A copy of a real database with garbage written over its pages (not the header)."""
    data = bytearray(source.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data), page * 3):
        data[offset:offset + 512] = os.urandom(512)
    target.write_bytes(bytes(data))
    return target


def test_quick_check_finds_a_damaged_copy(conn: sqlite3.Connection, db_path: Path,
                                          tmp_path: Path) -> None:
    for i in range(3000):
        audit.record(conn, "fill", f"row {i}", {"n": i, "pad": "x" * 40})
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    good = backup.backup(conn, db_path, reason="good")
    assert backup.quick_check(db_path) == []
    bad = corrupt_copy(db_path, tmp_path / "bad.sqlite")
    assert backup.quick_check(bad) != []
    # the user hears the file's name and is offered the latest backup
    (tmp_path / "backups" / good.path.name).rename(tmp_path / "backups" /
                                                  good.path.name.replace("t-", "bad-", 1))
    with pytest.raises(CorruptDatabaseError) as caught:
        data_safety.check_database(bad)
    assert str(bad) in str(caught.value)
    assert caught.value.latest is not None
    assert caught.value.latest.path.name.startswith("bad-")
    # and the restore puts a sound database back, keeping the damaged one aside
    kept = data_safety.restore_backup(bad)
    assert backup.quick_check(bad) == [] and kept is not None and kept.exists()


def test_garbage_is_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database" * 100)
    assert backup.quick_check(junk)
    with pytest.raises(CorruptDatabaseError, match=r"junk\.sqlite"):
        data_safety.check_database(junk)


def test_end_of_shift_backup_follows_the_schedule(conn: sqlite3.Connection,
                                                  db_path: Path) -> None:
    from datetime import datetime

    def at(text: str) -> float:
        return datetime.fromisoformat(text).timestamp()

    data_safety.save_settings(conn, data_safety.DataSafetySettings(shift_end="18:00"))
    first = data_safety.backup_if_due(conn, db_path, at("2026-11-23T09:00"))
    assert first is not None and first.reason == "shift"  # no backup yet: one now
    assert data_safety.backup_if_due(conn, db_path, at("2026-11-23T17:59")) is None
    assert data_safety.backup_if_due(conn, db_path, at("2026-11-23T18:05")) is not None
    assert data_safety.backup_if_due(conn, db_path, at("2026-11-23T23:00")) is None
    assert data_safety.backup_if_due(conn, db_path, at("2026-11-24T00:10")) is not None
    assert len(backup.list_backups(db_path)) == 3
