"""Times outside 1970-2999 are refused at import, on their line with the reason, and never
stored (issue 12): inf and 1e999 in a queue_log table, 2**63 and year 9999 in flags and
escalations. The good rows of the same file are imported."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from console.ingest.queue_log_table import parse_time
from console.services.escalation_import import import_escalations
from console.services.flag_import import import_flags
from console.services.queue_log_table import import_queue_log_table

OUT_OF_RANGE = [str(2**63), str(2**64 + 5), "9999-12-31 10:00", "9999-12-31T23:59:59",
                "0001-01-01 00:00", "1795421300000", "1e999"]


@pytest.mark.parametrize("text", ["inf", "-inf", "nan", "1e999", str(2**63), "9999-12-31 23:00",
                                  "1795421300000", "-5"])
def test_table_time_out_of_range_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="time"):
        parse_time(text)


def test_table_rows_with_bad_times_are_refused_and_the_rest_imported(tmp_path: Path) -> None:
    path = tmp_path / "ql.csv"
    path.write_text("time,callid,queuename,agent,event,data1,data2,data3\n"
                    "1795421200,c1,support,NONE,ENTERQUEUE,,100,1\n"
                    "inf,c2,support,NONE,ENTERQUEUE,,100,1\n"
                    "1e999,c3,support,NONE,ENTERQUEUE,,100,1\n"
                    "9999-12-31 10:00:00,c4,support,NONE,ENTERQUEUE,,100,1\n"
                    "1795421205,c5,support,NONE,ENTERQUEUE,,100,1\n", encoding="utf-8")
    db = tmp_path / "t.sqlite"
    assert import_queue_log_table(db, path) == (2, 3)
    conn = sqlite3.connect(db)
    try:
        problems = conn.execute("SELECT line_no, reason FROM ingest_problems"
                                " ORDER BY line_no").fetchall()
        calls = conn.execute("SELECT callid FROM calls ORDER BY callid").fetchall()
    finally:
        conn.close()
    assert [n for n, _ in problems] == [3, 4, 5]
    assert "not a finite number" in problems[0][1] and "2999" in problems[2][1]
    assert calls == [("c1",), ("c5",)]


@pytest.mark.parametrize("text", OUT_OF_RANGE)
def test_flag_times_out_of_range_are_refused(text: str, conn: sqlite3.Connection,
                                             tmp_path: Path) -> None:
    path = tmp_path / "flags.csv"
    path.write_text("time,agent,severity,category\n"
                    "2026-11-24 09:00,a1,2,insult\n"
                    f"{text},a2,2,insult\n"
                    "2026-11-24 09:10,a3,2,insult\n", encoding="utf-8")
    result = import_flags(conn, path)
    assert result.imported == 2
    ((problem),) = result.problems
    assert problem.line_no == 3 and problem.reason.startswith("time ")
    assert max(r[0] for r in conn.execute("SELECT ts FROM abuse_flags")) < 2**40


@pytest.mark.parametrize("column", ["opened_at", "first_reply_at", "resolved_at"])
@pytest.mark.parametrize("text", OUT_OF_RANGE)
def test_escalation_times_out_of_range_are_refused(column: str, text: str,
                                                   conn: sqlite3.Connection,
                                                   tmp_path: Path) -> None:
    cells = {"opened_at": "2026-11-24 09:00", "first_reply_at": "", "resolved_at": ""}
    cells[column] = text
    path = tmp_path / "tickets.csv"
    path.write_text("reference,opened_at,first_reply_at,resolved_at\n"
                    "T-1,2026-11-24 08:00,,\n"
                    f"T-2,{cells['opened_at']},{cells['first_reply_at']},"
                    f"{cells['resolved_at']}\n"
                    "T-3,2026-11-24 10:00,,\n", encoding="utf-8")
    result = import_escalations(conn, path, 1_795_500_000, actor="test")
    assert result.imported == 2
    ((problem),) = result.problems
    assert problem.line_no == 3 and problem.reason.startswith(column)
    assert {r[0] for r in conn.execute("SELECT external_ref FROM escalations")} == {"T-1",
                                                                                 "T-3"}
