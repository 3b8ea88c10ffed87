"""Opening the database: versioned migrations, refusal of newer databases, WAL, file mode."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from console.store import db
from console.store.db import Migration, NewerDatabaseError, StoreError

CORE_TABLES = {
    "teams", "queues", "agents", "agent_aliases", "raw_batches", "unknown_events", "calls",
    "agent_states", "ring_events", "abuse_flags", "ingest_sources", "ingest_problems",
    "audit_log", "settings",
}  # fmt: skip


def tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def with_extra(monkeypatch: pytest.MonkeyPatch, *sqls: str) -> int:
    """Make the migration list the real one plus fake ones; returns the real latest version."""
    real = db.migrations()
    last = real[-1].version
    extra = [
        Migration(last + i, f"{last + i:04d}_fake.sql", sql)
        for i, sql in enumerate(sqls, start=1)
    ]
    monkeypatch.setattr(db, "migrations", lambda: real + extra)
    return last


def test_migrations_are_numbered_from_one_upwards_without_duplicates():
    found = db.migrations()
    assert found, "db/ holds at least the initial migration"
    versions = [m.version for m in found]
    assert versions == sorted(set(versions)) and versions[0] == 1
    assert found[0].name == "0001_initial.sql"
    assert db.latest_version() == versions[-1]


def test_a_reserved_number_left_out_is_skipped(db_path: Path, monkeypatch):
    """Migration numbers are handed out ahead (one per branch): a gap is no error, and a
    database at the lower number takes only what lies above it."""
    db.connect(db_path).close()
    real = db.migrations()
    last = real[-1].version
    later = Migration(last + 5, f"{last + 5:04d}_later.sql", "CREATE TABLE fake_later (x);")
    monkeypatch.setattr(db, "migrations", lambda: [*real, later])
    conn = db.connect(db_path)
    try:
        assert db.user_version(conn) == last + 5 == db.latest_version()
        assert "fake_later" in tables(conn)
    finally:
        conn.close()


def test_a_duplicate_number_is_refused(monkeypatch):
    real = db.migrations()
    twin = Migration(real[-1].version, "twin.sql", "SELECT 1;")
    monkeypatch.setattr(db.resources, "files", lambda _pkg: _FakeFiles([*real, twin]))
    with pytest.raises(StoreError, match="duplicate"):
        db.migrations()


class _FakeFiles:
    """What importlib.resources.files() returns, holding the given migrations."""

    def __init__(self, migs: list[Migration]) -> None:
        self._entries = [_FakeEntry(f"{m.version:04d}_{m.name.split('_', 1)[-1]}", m.sql)
                         for m in migs]

    def iterdir(self):
        return iter(self._entries)


class _FakeEntry:
    def __init__(self, name: str, text: str) -> None:
        self.name, self._text = name, text

    def read_text(self, _encoding: str) -> str:
        return self._text


def test_fresh_database_reaches_the_latest_version(conn):
    assert db.user_version(conn) == db.latest_version()
    assert tables(conn) >= CORE_TABLES


def test_reopening_is_a_no_op(db_path: Path):
    first = db.connect(db_path)
    first.execute("INSERT INTO teams (name) VALUES ('Blue')")
    first.close()
    again = db.connect(db_path)
    try:
        assert db.user_version(again) == db.latest_version()
        assert again.execute("SELECT name FROM teams").fetchall() == [("Blue",)]
    finally:
        again.close()


def test_version_0_database_without_tables_is_upgraded(db_path: Path):
    raw = sqlite3.connect(db_path)
    raw.execute("CREATE TABLE something_else (x)")  # a version-0 file is not necessarily empty
    raw.commit()
    raw.close()
    conn = db.connect(db_path)
    try:
        assert db.user_version(conn) == db.latest_version()
        assert CORE_TABLES | {"something_else"} <= tables(conn)
    finally:
        conn.close()


def test_upgrade_applies_only_the_pending_migration(db_path: Path, monkeypatch):
    old = db.connect(db_path)
    old.execute("INSERT INTO teams (name) VALUES ('Blue')")
    old.close()
    latest = with_extra(
        monkeypatch,
        "-- a later release adds a column and a table\n"
        "ALTER TABLE teams ADD COLUMN colour TEXT;\n"
        "CREATE TABLE fake_new (x INTEGER);\n"
        "INSERT INTO fake_new VALUES (1);\n",
    )
    conn = db.connect(db_path)
    try:
        assert db.user_version(conn) == latest + 1
        assert conn.execute("SELECT name, colour FROM teams").fetchall() == [("Blue", None)]
        assert conn.execute("SELECT x FROM fake_new").fetchall() == [(1,)]
    finally:
        conn.close()


def test_each_migration_commits_on_its_own_and_a_failing_one_rolls_back(db_path, monkeypatch):
    db.connect(db_path).close()
    latest = with_extra(
        monkeypatch,
        "CREATE TABLE fake_ok (x INTEGER);",
        "CREATE TABLE fake_half (x INTEGER);\nCREATE TABLE fake_ok (x INTEGER);",  # fails
    )
    conn = db.connect(db_path, migrate=False)
    try:
        with pytest.raises(StoreError) as err:
            db.upgrade(conn, db_path)
        assert f"{latest + 2:04d}_fake.sql" in str(err.value)
        assert str(db_path) in str(err.value)
        assert not conn.in_transaction
        # the first fake migration stays applied, the failing one left nothing behind
        assert db.user_version(conn) == latest + 1
        assert "fake_ok" in tables(conn)
        assert "fake_half" not in tables(conn)
    finally:
        conn.close()


def test_migration_ending_in_an_incomplete_statement_leaves_no_open_transaction(
        db_path, monkeypatch):
    db.connect(db_path).close()
    latest = with_extra(monkeypatch, "CREATE TABLE fake_a (x INTEGER);\nCREATE TABLE fake_b (x")
    conn = db.connect(db_path, migrate=False)
    try:
        with pytest.raises(StoreError, match="incomplete statement"):
            db.upgrade(conn, db_path)
        assert not conn.in_transaction  # no write lock left behind for other connections
        assert db.user_version(conn) == latest
        assert "fake_a" not in tables(conn)
    finally:
        conn.close()


def test_statements_with_trigger_bodies_and_comments(db_path, monkeypatch):
    db.connect(db_path).close()
    with_extra(
        monkeypatch,
        "CREATE TABLE fake_log (x INTEGER); -- the log\n"
        "CREATE TABLE fake_src (x INTEGER);\n"
        "-- a comment; with a semicolon\n"
        "CREATE TRIGGER fake_tr AFTER INSERT ON fake_src BEGIN\n"
        "    INSERT INTO fake_log VALUES (new.x);\n"
        "    INSERT INTO fake_log VALUES (new.x * 10);\n"
        "END;\n"
        "\n"
        "-- trailing comment\n",
    )
    conn = db.connect(db_path)
    try:
        conn.execute("INSERT INTO fake_src VALUES (4)")
        assert conn.execute("SELECT x FROM fake_log ORDER BY x").fetchall() == [(4,), (40,)]
    finally:
        conn.close()


def test_newer_database_is_refused_with_a_clear_message(db_path: Path, monkeypatch):
    db.connect(db_path).close()
    latest = db.latest_version()
    raw = sqlite3.connect(db_path)
    raw.execute(f"PRAGMA user_version = {latest + 3}")
    raw.close()

    opened: list[sqlite3.Connection] = []
    real_connect = sqlite3.connect

    def spy(*args, **kwargs):
        c = real_connect(*args, **kwargs)
        opened.append(c)
        return c

    monkeypatch.setattr(db.sqlite3, "connect", spy)
    with pytest.raises(NewerDatabaseError) as err:
        db.connect(db_path)
    message = str(err.value)
    assert str(db_path) in message
    assert f"schema version {latest + 3}" in message
    assert f"knows up to {latest}" in message
    assert isinstance(err.value, StoreError)
    # the refused database is left untouched, and not held open
    assert len(opened) == 1
    with pytest.raises(sqlite3.ProgrammingError):
        opened[0].execute("SELECT 1")
    monkeypatch.undo()
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == latest + 3
    raw.close()


def test_wal_mode_is_on(conn, db_path: Path):
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # persistent: another plain connection sees WAL too
    raw = sqlite3.connect(db_path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        raw.close()
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_new_file_is_private_to_its_owner(tmp_path: Path):
    path = tmp_path / "nested" / "deeper" / "c.sqlite"
    old_umask = os.umask(0o022)
    try:
        conn = db.connect(path)
    finally:
        os.umask(old_umask)
    try:
        conn.execute("INSERT INTO teams (name) VALUES ('Blue')")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        # SQLite gives the WAL file the database file's permissions
        wal = path.with_name(path.name + "-wal")
        assert wal.exists()
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    finally:
        conn.close()


def test_existing_file_mode_is_left_alone(db_path: Path):
    db_path.touch(mode=0o640)
    os.chmod(db_path, 0o640)
    db.connect(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o640


def test_source_kinds(conn, db_path: Path, tmp_path: Path):
    assert db.source_kinds(db_path) == set()
    conn.execute("INSERT INTO ingest_sources (kind, path) VALUES ('queue_log', '/x')")
    assert db.source_kinds(db_path) == {"queue_log"}
    assert db.source_kinds(tmp_path / "missing.sqlite") == set()


_OPEN_AT = """
import sys, time
from console.store import db
path, at = sys.argv[1], float(sys.argv[2])
while time.time() < at:
    time.sleep(0.001)
conn = db.connect(path)
print(db.user_version(conn))
"""


def test_desktops_opening_a_new_database_at_once_each_reach_the_latest(tmp_path: Path) -> None:
    """Several processes creating the same database at one moment (two desktops, a follower and
    the window): each waits for the others' migration instead of running it a second time."""
    import subprocess
    import sys
    import time

    for round_ in range(3):
        path = tmp_path / f"floor{round_}.sqlite"
        at = time.time() + 1.5
        procs = [subprocess.Popen([sys.executable, "-c", _OPEN_AT, str(path), str(at)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(4)]
        outs = [p.communicate(timeout=60) for p in procs]
        for proc, (out, err) in zip(procs, outs, strict=True):
            assert proc.returncode == 0, err
            assert int(out.strip()) == db.latest_version()
        conn = db.connect(path)
        assert tables(conn) >= CORE_TABLES
        conn.close()
