"""The audit log is append-only even against REPLACE, and tamper-evident: each row's hash is
chained to the row before it, and the check names the first row where the chain breaks."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from console.store import audit, audit_chain, db, flags

T0 = 1_780_000_000


def fill(conn: sqlite3.Connection, n: int = 5) -> None:
    for i in range(n):
        audit.record(conn, f"test.action{i}", f"subject:{i}", {"i": i}, actor="lead", ts=T0 + i)


def outsider(db_path: Path) -> sqlite3.Connection:
    """Another program opening the file with plain SQLite (no Composure settings)."""
    return sqlite3.connect(db_path, isolation_level=None)


def drop_triggers(db_path: Path) -> None:
    other = outsider(db_path)
    for name in audit_chain.TRIGGERS:
        other.execute(f"DROP TRIGGER IF EXISTS {name}")
    other.close()


def test_a_clean_chain_passes(conn: sqlite3.Connection, db_path: Path) -> None:
    fill(conn)
    flags.create_flag(conn, agent="a1", severity=2, category="threat", ts=T0 + 10,
                      source="console", actor="lead")  # an audit row inside a store action
    report = audit_chain.verify_file(db_path)
    assert report.ok and report.rows == 6 and report.first_break is None
    hashes = [r[0] for r in conn.execute("SELECT hash FROM audit_log ORDER BY id")]
    assert len(set(hashes)) == 6 and all(len(h) == 64 for h in hashes)


def test_each_hash_covers_the_previous_one_and_the_row(conn: sqlite3.Connection) -> None:
    fill(conn, 2)
    (i1, h1), (i2, h2) = conn.execute("SELECT id, hash FROM audit_log ORDER BY id").fetchall()
    assert h1 == audit_chain.row_hash(None, i1, T0, "lead", "test.action0", "subject:0",
                                      '{"i": 0}')
    assert h2 == audit_chain.row_hash(h1, i2, T0 + 1, "lead", "test.action1", "subject:1",
                                      '{"i": 1}')


def test_replace_through_the_apps_connection_is_refused(conn: sqlite3.Connection) -> None:
    fill(conn, 3)
    assert conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
    for verb in ("REPLACE", "INSERT OR REPLACE"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(f"{verb} INTO audit_log (id, ts, actor, action) "
                         f"VALUES (2, 0, 'x', 'forged')")
    assert [e.action for e in audit.entries(conn)][::-1] == [
        "test.action0", "test.action1", "test.action2"]


def test_replace_by_another_program_is_refused_too(conn: sqlite3.Connection,
                                                   db_path: Path) -> None:
    fill(conn, 3)
    other = outsider(db_path)
    try:
        assert other.execute("PRAGMA recursive_triggers").fetchone()[0] == 0
        with pytest.raises(sqlite3.IntegrityError, match="cannot be replaced"):
            other.execute("REPLACE INTO audit_log (id, ts, actor, action) "
                          "VALUES (2, 0, 'x', 'forged')")
    finally:
        other.close()
    assert audit_chain.verify_file(db_path).ok


def test_an_edited_row_is_named_after_the_triggers_were_dropped(conn, db_path: Path) -> None:
    fill(conn)
    drop_triggers(db_path)
    other = outsider(db_path)
    other.execute("UPDATE audit_log SET actor = 'nobody' WHERE id = 3")
    other.close()
    report = audit_chain.verify_file(db_path)
    assert report.first_break is not None
    assert (report.first_break.id, report.first_break.ts) == (3, T0 + 2)
    assert "does not match its hash" in report.first_break.reason
    assert set(report.missing_triggers) == set(audit_chain.TRIGGERS)
    assert not report.ok


def test_a_deleted_middle_row_is_named(conn: sqlite3.Connection, db_path: Path) -> None:
    fill(conn)
    drop_triggers(db_path)
    other = outsider(db_path)
    other.execute("DELETE FROM audit_log WHERE id = 2")
    other.close()
    brk = audit_chain.verify_file(db_path).first_break
    assert brk is not None and brk.id == 3 and brk.ts == T0 + 2
    assert "row 2 was deleted" in brk.reason


def test_a_replaced_row_is_named(conn: sqlite3.Connection, db_path: Path) -> None:
    fill(conn)
    drop_triggers(db_path)
    other = outsider(db_path)
    other.execute("REPLACE INTO audit_log (id, ts, actor, action) VALUES (4, ?, 'x', 'forged')",
                  (T0 + 3,))
    other.close()
    brk = audit_chain.verify_file(db_path).first_break
    assert brk is not None and brk.id == 4
    assert "no hash" in brk.reason  # the forger did not know to write one


def test_an_edit_with_a_recomputed_hash_still_breaks_the_next_row(conn, db_path) -> None:
    fill(conn)
    drop_triggers(db_path)
    other = outsider(db_path)
    prev = other.execute("SELECT hash FROM audit_log WHERE id = 1").fetchone()[0]
    forged = audit_chain.row_hash(prev, 2, T0 + 1, "nobody", "test.action1", "subject:1",
                                  '{"i": 1}')
    other.execute("UPDATE audit_log SET actor = 'nobody', hash = ? WHERE id = 2", (forged,))
    other.close()
    brk = audit_chain.verify_file(db_path).first_break
    assert brk is not None and brk.id == 3


def test_update_and_delete_still_refused_with_triggers_in_place(conn, db_path) -> None:
    fill(conn, 2)
    for sql in ("UPDATE audit_log SET hash = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(sql)
    assert audit_chain.verify_file(db_path).ok


def test_two_writers_on_their_own_connections_keep_one_chain(db_path: Path) -> None:
    db.connect(db_path).close()
    per_writer = 150
    errors: list[BaseException] = []

    def write(name: str) -> None:
        conn = db.connect(db_path)
        try:
            for i in range(per_writer):
                audit.record(conn, "test.concurrent", f"{name}:{i}", actor=name)
                if i % 10 == 0:
                    time.sleep(0)  # let the other writer in between
        except BaseException as exc:  # reported below: a thread's exception is lost otherwise
            errors.append(exc)
        finally:
            conn.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in ("one", "two")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    report = audit_chain.verify_file(db_path)
    assert report.rows == 2 * per_writer
    assert report.ok, report.first_break


def test_the_migration_back_fills_a_chain_for_existing_rows(db_path: Path,
                                                            monkeypatch) -> None:
    real = db.migrations()
    monkeypatch.setattr(db, "migrations", lambda: [m for m in real if m.version <= 6])
    old = db.connect(db_path)
    for i in range(4):
        old.execute("INSERT INTO audit_log (ts, actor, action, subject, detail) "
                    "VALUES (?, 'lead', ?, NULL, NULL)", (T0 + i, f"old.{i}"))
    old.close()
    assert not audit_chain.verify_file(db_path).has_chain
    monkeypatch.undo()
    conn = db.connect(db_path)  # migrates, back-filling the chain
    try:
        audit.record(conn, "new.after.migration", ts=T0 + 10)
        assert db.user_version(conn) == db.latest_version()
    finally:
        conn.close()
    report = audit_chain.verify_file(db_path)
    assert report.ok and report.rows == 5
