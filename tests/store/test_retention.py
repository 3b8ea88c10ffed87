"""Retention: old free text goes, facts stay, and the purge is audited by counts only."""

from __future__ import annotations

import sqlite3

from console.services import data_safety
from console.store import audit, flags, retention

NOW = 1_800_000_000
DAY = 86400
OLD = NOW - 100 * DAY
RECENT = NOW - 10 * DAY


def _seed(conn: sqlite3.Connection) -> tuple[int, int]:
    old = flags.create_flag(conn, ts=OLD, agent="a1", severity=2, category="threat",
                            source="console", note="old words about a caller")
    new = flags.create_flag(conn, ts=RECENT, agent="a1", severity=1, category="threat",
                            source="console", note="recent words")
    conn.execute("INSERT INTO flag_notes (flag_id, ts, author, text) VALUES (?,?,?,?)",
                 (old, OLD, "lead", "an old note"))
    conn.execute("INSERT INTO flag_notes (flag_id, ts, author, text) VALUES (?,?,?,?)",
                 (new, RECENT, "lead", "a recent note"))
    for ts, status in ((OLD, "done"), (OLD, "planned"), (RECENT, "done")):
        conn.execute(
            "INSERT INTO coaching_sessions (kind, agent, status, went_well, do_differently,"
            " notes, created_by, created_at, completed_at) VALUES"
            " ('one_to_one', 'a1', ?, 'well', 'differently', 'private', 'lead', ?, ?)",
            (status, ts, ts if status == "done" else None))
    conn.execute("INSERT INTO recognitions (ts, agent, kind, text, recorded_by)"
                 " VALUES (?, 'a1', 'other', 'kind words', 'lead')", (OLD,))
    return old, new


def test_dry_run_counts_and_changes_nothing(conn: sqlite3.Connection) -> None:
    _seed(conn)
    report = data_safety.purge(conn, NOW, dry_run=True, days=90)
    assert report.dry_run and report.rows["flag_notes.text"] == 1
    assert report.rows["abuse_flags.note"] == 1
    assert report.rows["coaching_sessions.notes+went_well+do_differently"] == 1
    assert report.rows["recognitions.text"] == 1
    assert conn.execute("SELECT count(*) FROM flag_notes").fetchone()[0] == 2
    assert not [e for e in audit.entries(conn) if e.action == retention.AUDIT_ACTION]


def test_purge_removes_old_text_keeps_facts_and_is_audited(conn: sqlite3.Connection) -> None:
    old, new = _seed(conn)
    report = data_safety.purge(conn, NOW, days=90, actor="lead")
    assert report.total == 4
    assert [r[0] for r in conn.execute("SELECT text FROM flag_notes")] == ["a recent note"]
    notes = dict(conn.execute("SELECT id, note FROM abuse_flags"))
    assert notes == {old: None, new: "recent words"}
    assert conn.execute("SELECT severity FROM abuse_flags WHERE id = ?", (old,)).fetchone() == (2,)
    sessions = list(conn.execute(
        "SELECT status, notes, went_well FROM coaching_sessions ORDER BY id"))
    # an old planned session keeps its notes: it is still to be held
    assert sessions == [("done", None, None), ("planned", "private", "well"),
                        ("done", "private", "well")]
    assert conn.execute("SELECT text FROM recognitions").fetchone() == ("",)  # NOT NULL column
    (entry,) = [e for e in audit.entries(conn) if e.action == retention.AUDIT_ACTION]
    assert entry.actor == "lead"
    assert '"flag_notes.text": 1' in entry.detail
    assert "old note" not in entry.detail and "old words" not in entry.detail
    # a second purge finds nothing and writes no audit row
    assert data_safety.purge(conn, NOW, days=90).total == 0
    assert sum(e.action == retention.AUDIT_ACTION for e in audit.entries(conn)) == 1


def test_the_days_setting_is_used(conn: sqlite3.Connection) -> None:
    _seed(conn)
    data_safety.save_settings(conn, data_safety.DataSafetySettings(retention_days=5))
    report = data_safety.purge(conn, NOW)
    assert report.days == 5 and report.rows["flag_notes.text"] == 2


def test_rules_for_missing_tables_are_skipped(conn: sqlite3.Connection) -> None:
    tables = {r.table for r in retention.applicable_rules(conn)}
    assert "flag_notes" in tables and "transcripts" not in tables
