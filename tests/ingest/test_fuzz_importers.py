"""Any bytes into every importer (QA flags, roster, escalations; CSV and JSONL): never an
unhandled exception; every refused row comes back with its line and a reason, and the
command line names the file with it. Property-based (hypothesis), derandomized and kept
small so each target costs a few seconds."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.ingest.escalation_import import read_escalation_file
from console.ingest.flag_import import RowProblem, read_flag_file
from console.ingest.roster_import import read_roster_file
from console.services.escalation_import import import_escalations
from console.services.flag_import import import_flags
from console.services.roster_import import import_roster
from console.store import db as store_db

FUZZ = settings(max_examples=120, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])
FUZZ_DB = settings(FUZZ, max_examples=50)

# the words real files use, so that many examples get past the header into the rows
WORDS = ["time", "agent", "severity", "category", "note", "caller", "callid", "queue", "id",
         "reference", "opened_at", "channel", "customer", "description", "owner", "promise_hours",
         "first_reply_at", "resolved_at", "name", "team", "queues", "start_date", "coach",
         "employee_id", "interface", "工号", "姓名", "时间", "坐席", "phone", "email", "wechat",
         "2026-11-24 09:00", "2026-02-30", "1700000000", "-4", "3", "0", "yes", "是", "",
         "1e309", "NaN", "🙂", "\u202e", "\x00", "\r", '"', "'", ";", "|", "\\", "null"]

word = st.sampled_from(WORDS) | st.text(max_size=12)
csv_text = st.lists(st.lists(word, min_size=0, max_size=12).map(",".join),
                    min_size=0, max_size=12).map("\n".join)
json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | word,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(word, inner, max_size=4),
    max_leaves=12)
jsonl_text = st.lists(
    st.dictionaries(st.sampled_from(WORDS), json_value, max_size=10).map(json.dumps)
    | json_value.map(json.dumps) | word, max_size=8).map("\n".join)
content = (st.binary(max_size=600) | csv_text.map(str.encode)
           | jsonl_text.map(str.encode) | csv_text.map(lambda t: t.encode("gb18030", "replace")))

READERS: dict[str, Callable[[Path], Iterator]] = {
    "flags": read_flag_file, "roster": read_roster_file, "escalations": read_escalation_file,
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def conn(folder: Path) -> Iterator[sqlite3.Connection]:
    c = store_db.connect(folder / "fuzz.sqlite")
    yield c
    c.close()


def _check_problems(items: list, lines: int) -> None:
    for item in items:
        if isinstance(item, RowProblem) or type(item).__name__ == "RowProblem":
            assert isinstance(item.line_no, int) and 0 <= item.line_no <= lines + 1
            assert isinstance(item.reason, str) and item.reason.strip()


@pytest.mark.parametrize("kind", sorted(READERS))
@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_readers_take_any_bytes(kind: str, suffix: str, folder: Path) -> None:
    path = folder / f"{kind}{suffix}"

    @FUZZ
    @given(data=content)
    def run(data: bytes) -> None:
        path.write_bytes(data)
        items = list(READERS[kind](path))
        _check_problems(items, data.count(b"\n") + data.count(b"\r"))

    run()


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_imports_into_the_database_take_any_bytes(suffix: str, folder: Path,
                                                  conn: sqlite3.Connection) -> None:
    path = folder / f"import{suffix}"

    @FUZZ_DB
    @given(data=content)
    def run(data: bytes) -> None:
        path.write_bytes(data)
        lines = data.count(b"\n") + data.count(b"\r")
        flags = import_flags(conn, path)
        _check_problems(list(flags.problems), lines)
        roster = import_roster(conn, path)
        _check_problems(list(roster.problems), lines)
        esc = import_escalations(conn, path, 1_800_000_000, actor="fuzz")
        _check_problems(list(esc.problems), lines)
        assert not conn.in_transaction  # nothing left half-done

    run()


@pytest.mark.parametrize("source", ["flags", "roster", "escalations"])
def test_the_command_names_file_line_and_reason(source: str, tmp_path: Path) -> None:
    bad = tmp_path / f"bad-{source}.csv"
    bad.write_bytes(b"id,time,agent,severity,reference,opened_at,channel\n"
                    b"\xff\xfe,not a time,,9,,never,fax\n")
    script = Path(sys.executable).with_name("composure")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "console"]
    done = subprocess.run([*cmd, "ingest", source, str(bad), "--db",
                           str(tmp_path / "c.sqlite")], capture_output=True, text=True,
                          timeout=120)
    assert "Traceback" not in done.stderr
    assert f"{bad}:" in done.stderr + done.stdout  # file and line: "path:N: reason"


@pytest.mark.parametrize("kind", sorted(READERS))
def test_a_line_separator_inside_json_text_does_not_split_the_row(kind: str,
                                                                    tmp_path: Path) -> None:
    """Found by the fuzzer: str.splitlines() cut JSONL rows at U+2028, which JSON allows raw
    inside a string, so a valid row was lost as two broken ones."""
    record = {"time": "2026-11-24 09:00", "agent": "a1", "severity": 2, "category": "threat",
              "id": "r1", "name": "A\u2028B", "reference": "T-1", "opened_at": "2026-11-24 09:00",
              "channel": "phone", "note": "line\u2028separator", "description": "x\u2029y"}
    path = tmp_path / f"{kind}.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    items = list(READERS[kind](path))
    assert [type(i).__name__ for i in items if type(i).__name__ == "RowProblem"] == [], items


def test_queue_log_table_reader_takes_any_bytes(folder: Path) -> None:
    """The table export's reader (issue 12: a field over 128 KiB or ``inf`` stopped it)."""
    from console.ingest.queue_log_table import TableFormatError, read_rows

    path = folder / "table.csv"
    header = b"time,callid,queuename,agent,event,data1,data2,data3\n"

    @FUZZ
    @given(data=content, with_header=st.booleans())
    def run(data: bytes, with_header: bool) -> None:
        path.write_bytes(header + data if with_header else data)
        try:
            rows = list(read_rows(path))
        except TableFormatError:
            assert not with_header
            return
        for line_no, line, reason in rows:
            assert line_no >= 2 and (line is not None or reason)

    run()
