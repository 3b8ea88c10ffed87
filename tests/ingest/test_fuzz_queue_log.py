"""Any bytes into the queue_log parser and reader: never an unhandled exception; every
line is either stored or reported with its file, line and reason."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.domain.events import QueueEvent
from console.ingest.follower import QueueLogReader
from console.ingest.queue_log import ParseProblem, parse_line
from console.store import db as store_db

FUZZ = settings(max_examples=200, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])

EVENTS = ["ENTERQUEUE", "CONNECT", "COMPLETECALLER", "COMPLETEAGENT", "ABANDON", "RINGNOANSWER",
          "PAUSE", "UNPAUSE", "ADDMEMBER", "REMOVEMEMBER", "AGENTLOGIN", "TRANSFER",
          "ABUSEFLAG", "QUEUESTART", "EXITWITHTIMEOUT", "ATTENDEDTRANSFER", "NOPE"]
field = (st.sampled_from(["", "NONE", "support", "Agent/1", "Local/agent101@agents/n",
                          "1700000000", "-1", "99999999999999999999", "3", "threat|x",
                          "辱骂", "¹²", "1.5", "\x00"]) | st.text(max_size=8))
line = st.one_of(
    st.tuples(st.integers(-10, 2**40).map(str) | field, field, field, field,
              st.sampled_from(EVENTS) | field,
              st.lists(field, max_size=6)).map(lambda t: "|".join([*t[:5], *t[5]])),
    st.text(max_size=80),
)
log_bytes = (st.lists(line, max_size=30).map(lambda ls: "\n".join(ls).encode("utf-8", "replace"))
             | st.binary(max_size=800))


@FUZZ
@given(text=st.text(max_size=200) | line, line_no=st.integers(0, 10**6))
def test_parse_line_never_raises(text: str, line_no: int) -> None:
    parsed = parse_line(text, line_no)
    assert isinstance(parsed, QueueEvent | ParseProblem)
    if isinstance(parsed, ParseProblem):
        assert parsed.line_no == line_no and parsed.reason


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz-ql")


@pytest.fixture(scope="module")
def conn(folder: Path) -> Iterator[sqlite3.Connection]:
    c = store_db.connect(folder / "ql.sqlite")
    yield c
    c.close()


def test_reader_stores_or_reports_every_line(folder: Path, conn: sqlite3.Connection) -> None:
    counter = iter(range(10**6))

    @FUZZ
    @given(data=log_bytes)
    def run(data: bytes) -> None:
        path = folder / f"queue_log.{next(counter)}"  # a fresh source each time
        path.write_bytes(data)
        reader = QueueLogReader(conn, path)
        try:
            reader.read_all()
        finally:
            reader.close()
        physical = data.split(b"\n")
        if physical[-1] == b"":
            physical.pop()  # the newline that ends the last line starts no line
        # blank lines are damage too: counted as problems, not skipped (issue 12)
        assert reader.total_lines + reader.total_problems == len(physical)
        rows = conn.execute(
            "SELECT p.file, p.line_no, p.reason FROM ingest_problems p"
            " JOIN ingest_sources s ON s.id = p.source_id WHERE s.path = ?",
            (str(path.resolve()),)).fetchall()
        assert len(rows) == reader.total_problems
        for file, line_no, reason in rows:
            assert file == str(path.resolve()) and line_no >= 1 and reason

    run()
