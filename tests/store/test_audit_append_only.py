"""The audit log takes new rows only: UPDATE and DELETE are refused by the database."""

from __future__ import annotations

import sqlite3

import pytest

from console.services import data_safety
from console.store import audit, db, flags


def test_update_and_delete_of_audit_rows_raise(conn: sqlite3.Connection) -> None:
    audit.record(conn, "flag.acknowledge", "flag:1", {"x": 1}, actor="lead")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET actor = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log")
    assert [(e.actor, e.action) for e in audit.entries(conn)] == [("lead", "flag.acknowledge")]


def test_the_triggers_hold_for_any_program_opening_the_file(db_path, conn) -> None:
    audit.record(conn, "x")
    other = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            other.execute("DELETE FROM audit_log WHERE id = 1")
    finally:
        other.close()


def test_migration_0006_is_the_append_only_one() -> None:
    names = {m.version: m.name for m in db.migrations()}
    assert names[6] == "0006_audit_append_only.sql"


def test_a_flag_note_is_audited_without_its_words(conn: sqlite3.Connection) -> None:
    """Retention must be able to remove a note; the append-only log must not keep it."""
    flag_id = flags.create_flag(conn, agent="a1", severity=2, category="insult_profanity",
                                ts=1_700_000_000, source="console")
    flags.add_note(conn, flag_id, "the caller said something very personal")
    detail = conn.execute("SELECT detail FROM audit_log WHERE action = 'flag.note'").fetchone()[0]
    assert "personal" not in detail


def test_a_settings_change_is_audited(conn: sqlite3.Connection) -> None:
    s = data_safety.load_settings(conn)
    assert s.show_full_callers is False
    data_safety.save_settings(conn, data_safety.DataSafetySettings(show_full_callers=True),
                              actor="lead")
    assert data_safety.load_settings(conn).show_full_callers is True
    (entry,) = [e for e in audit.entries(conn) if e.action == "settings.change"]
    assert entry.actor == "lead" and entry.subject == "data_safety"
    assert '"show_full_callers"' in entry.detail and '"new": true' in entry.detail
    # saving the same again writes nothing
    data_safety.save_settings(conn, data_safety.DataSafetySettings(show_full_callers=True))
    assert sum(e.action == "settings.change" for e in audit.entries(conn)) == 1
