"""The notes check service: suggestions per line, one flag per call, QA import counts."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from console.services.notes_check import (
    ConfirmedLine,
    DetectedFlag,
    check_file,
    check_text,
    create_detector_flags,
    group_by_call,
)
from console.services.qa_import import import_qa_flags
from console.store import flags as flags_store


def test_check_text_suggests_per_line() -> None:
    result = check_text("you moron\nI want a refund, this is the third time!\n我要杀了你")
    assert [(line.line_no, line.verdict.abusive) for line in result.lines] == [
        (1, True), (2, False), (3, True)]
    assert result.suggestions == 2 and result.source is None and not result.truncated


def test_check_file_stops_at_the_limit_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "n.txt"
    path.write_text("\n".join(["you idiot"] * 5), encoding="utf-8")
    result = check_file(path, max_lines=3)
    assert len(result.lines) == 3 and result.truncated and result.source == str(path)
    with pytest.raises(OSError):
        check_file(tmp_path / "missing.txt")


def test_group_by_call_takes_the_worst_line_and_keeps_every_line() -> None:
    lines = [
        ConfirmedLine(1, "you idiot", "insult_profanity", 2, ("idiot",), "c-1"),
        ConfirmedLine(2, "I'll kill you", "threat", 3, (), "c-1"),
        ConfirmedLine(3, "nice tits", "harassment", 3, (), None),
        ConfirmedLine(4, "shut up", "insult_profanity", 1, (), "c-2"),
        ConfirmedLine(5, "sb", "insult_profanity", 2, (), None),
    ]
    flags = group_by_call(lines, callid="c-9")
    assert [(f.callid, f.category, f.severity, [c.line_no for c in f.lines]) for f in flags] == [
        ("c-1", "threat", 3, [1, 2]), ("c-9", "harassment", 3, [3, 5]),
        ("c-2", "insult_profanity", 1, [4])]
    # without a dialog call, lines without their own call are one unnamed call
    assert [f.callid for f in group_by_call(lines)] == ["c-1", None, "c-2"]
    # at equal severity the threat outranks the harassment
    tie = group_by_call([ConfirmedLine(1, "a", "harassment", 3),
                         ConfirmedLine(2, "b", "threat", 3)])
    assert tie[0].category == "threat"


def test_create_detector_flags_writes_with_audit(conn: sqlite3.Connection) -> None:
    flag = DetectedFlag("c-1", 3, "threat", (ConfirmedLine(2, "I'll kill you", "threat", 3),),
                        "line 2: I'll kill you")
    empty = DetectedFlag("c-2", 1, "insult_profanity", ())
    ids = create_detector_flags(conn, 1_700_000_000, "agent7", [flag, empty])
    assert len(ids) == 1
    saved = flags_store.flag(conn, ids[0])
    assert saved is not None
    assert (saved.source, saved.agent, saved.callid, saved.severity, saved.category) == (
        "detector", "agent7", "c-1", 3, "threat")
    assert saved.note == "line 2: I'll kill you"
    detail = conn.execute("SELECT detail FROM audit_log WHERE subject = ?",
                          (f"flag:{ids[0]}",)).fetchone()[0]
    assert json.loads(detail)["source"] == "detector"
    with pytest.raises(ValueError):
        create_detector_flags(conn, 1_700_000_000, "", [flag])


def test_qa_import_counts_new_updated_and_rejected(conn: sqlite3.Connection,
                                                    tmp_path: Path) -> None:
    path = tmp_path / "qa.jsonl"
    rows = [{"id": "A", "time": 1_700_000_000, "agent": "x", "severity": 2},
            {"id": "B", "time": 1_700_000_100, "agent": "y", "severity": 1},
            {"id": "A", "time": 1_700_000_000, "agent": "x", "severity": 3}]  # A again
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n", encoding="utf-8")
    first = import_qa_flags(conn, path)
    assert (first.imported, first.updated, first.rejected) == (2, 1, 1)
    assert first.problems[0].line_no == 4
    second = import_qa_flags(conn, path)
    assert (second.imported, second.updated) == (0, 3)
    with pytest.raises(FileNotFoundError):
        import_qa_flags(conn, tmp_path / "nope.csv")
