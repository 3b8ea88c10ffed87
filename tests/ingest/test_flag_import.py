from pathlib import Path

from console.services.flag_import import import_flags
from console.store import db
from console.store import flags as flags_store


def test_csv_import_keeps_good_rows_reports_bad_ones_and_reimport_updates(tmp_path: Path):
    conn = db.connect(tmp_path / "t.sqlite")
    qa = tmp_path / "qa.csv"
    qa.write_text(
        "\ufefftime,agent,severity,category,note,caller,id\n"
        "2026-11-23T09:15:00,Alice,3,威胁,said he knows where we live,+8613800001234,QA-1\n"
        "2026-11-23T09:20:00,Bob,7,insult,too severe,,QA-2\n"
        "not a time,Carol,1,insult,,,QA-3\n"
        "2026-11-23T09:40:00,Dave,1,Profanity,,,QA-4\n",
        encoding="utf-8",
    )
    result = import_flags(conn, qa)
    assert result.imported == 2
    assert [(p.line_no, p.reason.split(" ")[0]) for p in result.problems] == [
        (3, "severity"), (4, "time")]
    flags = {f.agent: f for f in flags_store.flags_since(conn, 0)}
    assert flags["Alice"].category == "threat" and flags["Alice"].severity == 3
    assert flags["Alice"].raw_category == "威胁" and flags["Alice"].source == "qa_import"
    assert flags["Dave"].category == "insult_profanity"

    qa.write_text(
        "time,agent,severity,category,note,caller,id\n"
        "2026-11-23T09:15:00,Alice,2,insult,downgraded after review,+8613800001234,QA-1\n",
        encoding="utf-8",
    )
    assert import_flags(conn, qa).imported == 1
    again = flags_store.flags_since(conn, 0)
    assert len(again) == 2  # updated, not duplicated
    alice = next(f for f in again if f.agent == "Alice")
    assert (alice.severity, alice.note) == (2, "downgraded after review")
    audit = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'flag.create'").fetchone()
    assert audit[0] == 3


def test_jsonl_import_reports_broken_json_with_line(tmp_path: Path):
    conn = db.connect(tmp_path / "t.sqlite")
    qa = tmp_path / "qa.jsonl"
    qa.write_text(
        '{"time": 1795430000, "agent": "Erin", "severity": 2, "category": "sexual"}\n'
        '{"time": 1795430100, "agent": "Frank", "severity": 1\n'
        '["not", "an", "object"]\n'
        '{"time": 1795430200, "agent": "Grace", "severity": "1", "category": "rude"}\n',
        encoding="utf-8",
    )
    result = import_flags(conn, qa)
    assert result.imported == 2
    assert [p.line_no for p in result.problems] == [2, 3]
    assert "JSON" in result.problems[0].reason
    cats = {f.agent: f.category for f in flags_store.flags_since(conn, 0)}
    assert cats == {"Erin": "harassment", "Grace": "insult_profanity"}
