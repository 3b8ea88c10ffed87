"""Damaged CSV/JSONL imports (issue 12, "Good rows dropped"): one bad byte, one field over
128 KiB, one unclosed quote each cost their own row, reported at its real line, and every good
row around them is kept, in the shared reader and in each importer (flags, roster,
escalations) and the queue_log table export."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from console.ingest import csv_rows
from console.ingest.csv_rows import CsvRecords, RowProblem, physical_lines
from console.ingest.queue_log_table import read_rows
from console.ingest.records import read_records
from console.services.escalation_import import import_escalations
from console.services.flag_import import import_flags
from console.services.roster_import import import_roster

BIG = "x" * (130 * 1024)  # over csv's 128 KiB field limit


def records(data: bytes, suffix: str = ".csv", tmp: Path | None = None) -> list:
    assert tmp is not None
    path = tmp / f"f{suffix}"
    path.write_bytes(data)
    return list(read_records(path))


def good(items: list) -> list[tuple[int, dict]]:
    return [i for i in items if not isinstance(i, RowProblem)]


def bad(items: list) -> list[tuple[int, str]]:
    return [(i.line_no, i.reason) for i in items if isinstance(i, RowProblem)]


def test_invalid_utf8_costs_its_line_only(tmp_path: Path) -> None:
    items = records(b"a,b\n1,2\n3,caf\xe9\n5,6\n", tmp=tmp_path)
    assert [n for n, _ in good(items)] == [2, 4]
    ((line, reason),) = bad(items)
    assert line == 3 and "not UTF-8" in reason and "byte 6" in reason


def test_a_field_over_128_kib_costs_its_row_only(tmp_path: Path) -> None:
    items = records(f"a,b\n1,2\n3,{BIG}\n5,6\n7,\"{BIG}\"\n9,10\n".encode(), tmp=tmp_path)
    assert [(n, r["a"]) for n, r in good(items)] == [(2, "1"), (4, "5"), (6, "9")]
    assert [(n, "128 KiB" in r) for n, r in bad(items)] == [(3, True), (5, True)]


def test_an_unclosed_quote_does_not_swallow_the_rest(tmp_path: Path) -> None:
    items = records(b'a,b\n1,2\n3,"never closed\n5,6\n7,8\n', tmp=tmp_path)
    assert [(n, r["a"]) for n, r in good(items)] == [(2, "1"), (4, "5"), (5, "7")]
    ((line, reason),) = bad(items)
    assert line == 3 and "quote" in reason and "never closed" in reason


def test_a_quote_closed_by_a_later_stray_quote_is_refused_by_its_field_count(
        tmp_path: Path) -> None:
    # line 3 opens a quote that line 5's stray quote closes: csv would make one 4-line row
    items = records(b'a,b,c\n1,2,3\n4,"x,y\n6,7,8\n9,"z,10\n11,12,13\n', tmp=tmp_path)
    assert [n for n, _ in good(items)] == [2, 4, 6]
    assert [n for n, _ in bad(items)] == [3, 5]


def test_a_real_multiline_cell_is_kept_at_its_first_line(tmp_path: Path) -> None:
    items = records(b'id,note\n1,"two\nlines"\n2,plain\n', tmp=tmp_path)
    assert good(items) == [(2, {"id": "1", "note": "two\nlines"}), (4, {"id": "2",
                                                                         "note": "plain"})]
    assert bad(items) == []


def test_a_quote_open_for_more_than_the_limit_is_refused(tmp_path: Path) -> None:
    body = "".join(f"{i},x\n" for i in range(csv_rows.MAX_RECORD_LINES + 10))
    items = records(f'a,b\n1,"open\n{body}'.encode(), tmp=tmp_path)
    assert bad(items)[0][0] == 2 and "not closed within" in bad(items)[0][1]
    assert len(good(items)) == csv_rows.MAX_RECORD_LINES + 10  # every later row is back


def test_cr_only_and_crlf_files_are_read_line_by_line(tmp_path: Path) -> None:
    assert [n for n, _ in good(records(b"a,b\r1,2\r3,4\r", tmp=tmp_path))] == [2, 3]
    assert [n for n, _ in good(records(b"a,b\r\n1,2\r\n3,4", tmp=tmp_path))] == [2, 3]


def test_a_line_over_the_limit_is_skipped_unread(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_rows, "MAX_LINE_BYTES", 1000)
    monkeypatch.setattr(csv_rows, "_CHUNK", 64)
    items = records(b"a,b\n1,2\n3," + b"y" * 5000 + b"\n5,6\n", tmp=tmp_path)
    assert [n for n, _ in good(items)] == [2, 4]
    assert [n for n, _ in bad(items)] == [3]


def test_jsonl_bad_bytes_and_broken_lines_cost_their_own_line(tmp_path: Path) -> None:
    data = b'{"id": "a"}\n{"id": "caf\xe9"}\n{"id": \n[1]\n{"id": "b"}\n'
    items = records(data, ".jsonl", tmp_path)
    assert [(n, r["id"]) for n, r in good(items)] == [(1, "a"), (5, "b")]
    assert [n for n, _ in bad(items)] == [2, 3, 4]


def test_physical_lines_keep_crlf_split_across_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_rows, "_CHUNK", 3)
    lines = list(physical_lines(io.BytesIO(b"ab\r\ncd\ref\n\ngh")))
    assert lines == [(1, b"ab\r\n"), (2, b"cd\r"), (3, b"ef\n"), (4, b"\n"), (5, b"gh")]


def test_the_header_unreadable_is_one_problem_for_the_file(tmp_path: Path) -> None:
    items = records(b"id,n\xe9me\nA,B\n", tmp=tmp_path)
    assert bad(items) and bad(items)[0][0] == 1 and "header" in bad(items)[0][1]


def test_records_iterator_reports_the_first_line_of_a_broken_record() -> None:
    reader = CsvRecords(io.BytesIO(b'a,b\n1,"q\n\xff\n"\n5,6\n'))
    reader.expected_fields = 2
    out = list(reader)
    assert out[0] == (1, ["a", "b"]) and out[-1] == (5, ["5", "6"])
    assert [p.line_no for p in out if isinstance(p, RowProblem)] == [2, 3, 4]


# ------------------------------------------------------------------- every importer


DAMAGE = [  # (name, bytes of the damaged row)
    ("bad byte", b"caf\xe9"),
    ("big field", BIG.encode()),
    ("unclosed quote", b'"never closed'),
]


@pytest.mark.parametrize("name, damage", DAMAGE, ids=[d[0] for d in DAMAGE])
def test_flags_keep_every_good_row(name: str, damage: bytes, conn: sqlite3.Connection,
                                   tmp_path: Path) -> None:
    path = tmp_path / "flags.csv"
    path.write_bytes(b"time,agent,severity,category,note\n"
                     b"2026-11-24 09:00,a1,2,insult,one\n"
                     b"2026-11-24 09:05,a2,2,insult," + damage + b"\n"
                     b"2026-11-24 09:10,a3,3,threat,three\n"
                     b"2026-11-24 09:15,a4,1,insult,four\n")
    result = import_flags(conn, path)
    assert result.imported == 3, result.problems
    assert [p.line_no for p in result.problems] == [3]
    agents = {r[0] for r in conn.execute("SELECT agent FROM abuse_flags")}
    assert agents == {"a1", "a3", "a4"}


@pytest.mark.parametrize("name, damage", DAMAGE, ids=[d[0] for d in DAMAGE])
def test_roster_keeps_every_good_row(name: str, damage: bytes, conn: sqlite3.Connection,
                                     tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(b"id,name,team\nA1,Ann,T\nA2," + damage + b",T\nA3,Cy,T\nA4,Di,T\n")
    result = import_roster(conn, path)
    assert result.imported == 3, result.problems
    assert [p.line_no for p in result.problems] == [3]


@pytest.mark.parametrize("name, damage", DAMAGE, ids=[d[0] for d in DAMAGE])
def test_escalations_keep_every_good_row(name: str, damage: bytes, conn: sqlite3.Connection,
                                         tmp_path: Path) -> None:
    path = tmp_path / "tickets.csv"
    path.write_bytes(b"reference,opened_at,description\n"
                     b"T-1,2026-11-24 09:00,one\n"
                     b"T-2,2026-11-24 09:05," + damage + b"\n"
                     b"T-3,2026-11-24 09:10,three\n"
                     b"T-4,2026-11-24 09:15,four\n")
    result = import_escalations(conn, path, 1_795_500_000, actor="test")
    assert result.imported == 3, result.problems
    assert [p.line_no for p in result.problems] == [3]
    refs = {r[0] for r in conn.execute("SELECT external_ref FROM escalations")}
    assert refs == {"T-1", "T-3", "T-4"}


@pytest.mark.parametrize("name, damage", DAMAGE[1:], ids=[d[0] for d in DAMAGE[1:]])
def test_queue_log_table_keeps_every_good_row(name: str, damage: bytes,
                                              tmp_path: Path) -> None:
    path = tmp_path / "ql.csv"
    path.write_bytes(b"time,callid,queuename,agent,event,data1,data2,data3\n"
                     b"1795421200,c1,support,NONE,ENTERQUEUE,,100,1\n"
                     b"1795421201,c2,support,NONE,ENTERQUEUE," + damage + b",100,1\n"
                     b"1795421202,c3,support,NONE,ENTERQUEUE,,100,1\n")
    rows = list(read_rows(path))
    assert [(n, line is not None) for n, line, _ in rows] == [(2, True), (3, False), (4, True)]
