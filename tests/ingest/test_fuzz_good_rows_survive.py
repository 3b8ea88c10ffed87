"""Known-good rows mixed with generated junk, into every importer (issue 12): no exception
escapes, and every good row is imported, whatever the junk around it.

Junk rows are damaged in their content (any text, wrong types, times out of range, NUL), in
their bytes (invalid UTF-8), in their length (a field over 128 KiB) or in their structure
(broken JSON; in CSV a quote left open). One thing no reader can tell from a real multi-line
cell is a quote opened on one line and closed by a later row's quote, so after a junk line
that leaves a quote open, the later junk lines carry no double quote (the reader bounds and
checks such cells; see tests/ingest/test_records_damaged.py).
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.ingest.follower import QueueLogReader
from console.services.escalation_import import import_escalations
from console.services.flag_import import import_flags
from console.services.queue_log_table import import_queue_log_table
from console.services.roster_import import import_roster
from console.store import db as store_db

FUZZ = settings(max_examples=40, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

JUNK_WORDS = ["", "NONE", "9999-12-31 10:00", str(2**63), "inf", "1e999", "-5", "NaN",
              "2026-02-30", "yes", "是", "🙂", "\u202e", "\x00", "\t", ";", "|", "\\", "null",
              "phone", "threat", "4", "0", "'", "\u2028", "1795421300000"]
junk_value = st.sampled_from(JUNK_WORDS) | st.text(max_size=10)
BIG = b"B" * (129 * 1024)


def _csv_line(values: list[str]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(values)
    return out.getvalue().encode("utf-8", "surrogatepass")


junk_csv_line = st.one_of(
    st.lists(junk_value, max_size=9).map(_csv_line),                    # well-formed, bad data
    st.lists(junk_value, max_size=9).map(lambda v: ",".join(v).replace("\n", " ")
                                         .replace("\r", " ").encode("utf-8", "replace") + b"\n"),
    st.binary(max_size=40).map(lambda b: b.replace(b"\n", b" ").replace(b"\r", b" ") + b"\n"),
    st.just(b"x,\xff\xfe,caf\xe9\n"),                                    # invalid UTF-8
    st.just(b"1," + BIG + b",2\n"),                                       # field over 128 KiB
    st.just(b'x,"left open,y\n'),                                         # unclosed quote
)


def _mix(good: list[bytes], junk: list[bytes], order: list[int]) -> bytes:
    """Interleave good and junk lines; after a junk line leaving a quote open, later junk
    lines lose their double quotes (see the module docstring)."""
    lines: list[bytes] = []
    pending = list(junk)
    open_quote = False
    for i, line in enumerate(good):
        take = order[i] if i < len(order) else 0
        for _ in range(min(take, len(pending))):
            j = pending.pop(0)
            if open_quote:
                j = j.replace(b'"', b"'")
            open_quote = open_quote or j.count(b'"') % 2 == 1
            lines.append(j)
        lines.append(line)
    for j in pending:
        lines.append(j.replace(b'"', b"'") if open_quote else j)
        open_quote = open_quote or j.count(b'"') % 2 == 1
    return b"".join(lines)


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz-good")


@pytest.fixture(scope="module")
def conn(folder: Path) -> Iterator[sqlite3.Connection]:
    c = store_db.connect(folder / "good.sqlite")
    yield c
    c.close()


mix_args = {"junk": st.lists(junk_csv_line, max_size=12),
            "order": st.lists(st.integers(0, 3), max_size=8),
            "count": st.integers(1, 6)}


def test_flags_keep_every_good_row(folder: Path, conn: sqlite3.Connection) -> None:
    counter = iter(range(10**6))

    @FUZZ
    @given(**mix_args)
    def run(junk: list[bytes], order: list[int], count: int) -> None:
        n = next(counter)
        ids = [f"GOOD-{n}-{i}" for i in range(count)]
        good = [f"2026-11-24 09:{i:02d},agent{i},2,insult,fine,{ref}\n".encode()
                for i, ref in enumerate(ids)]
        path = folder / f"flags{n}.csv"
        path.write_bytes(b"time,agent,severity,category,note,id\n" + _mix(good, junk, order))
        import_flags(conn, path)
        stored = {r[0] for r in conn.execute(
            "SELECT external_id FROM abuse_flags WHERE external_id LIKE ?", (f"GOOD-{n}-%",))}
        assert stored == set(ids)

    run()


def test_roster_keeps_every_good_row(folder: Path, conn: sqlite3.Connection) -> None:
    counter = iter(range(10**6))

    @FUZZ
    @given(**mix_args)
    def run(junk: list[bytes], order: list[int], count: int) -> None:
        n = next(counter)
        ids = [f"good{n}x{i}" for i in range(count)]
        good = [f"{agent},Name {i},Team G\n".encode() for i, agent in enumerate(ids)]
        path = folder / f"roster{n}.csv"
        path.write_bytes(b"id,name,team\n" + _mix(good, junk, order))
        import_roster(conn, path)
        stored = {r[0] for r in conn.execute("SELECT name FROM agents WHERE name LIKE ?",
                                             (f"good{n}x%",))}
        assert stored == set(ids)

    run()


def test_escalations_keep_every_good_row(folder: Path, conn: sqlite3.Connection) -> None:
    counter = iter(range(10**6))

    @FUZZ
    @given(**mix_args)
    def run(junk: list[bytes], order: list[int], count: int) -> None:
        n = next(counter)
        refs = [f"GOOD-{n}-{i}" for i in range(count)]
        good = [f"{ref},2026-11-24 09:{i:02d},phone,billing\n".encode()
                for i, ref in enumerate(refs)]
        path = folder / f"tickets{n}.csv"
        path.write_bytes(b"reference,opened_at,channel,category\n" + _mix(good, junk, order))
        import_escalations(conn, path, 1_795_500_000, actor="fuzz")
        stored = {r[0] for r in conn.execute(
            "SELECT external_ref FROM escalations WHERE external_ref LIKE ?", (f"GOOD-{n}-%",))}
        assert stored == set(refs)

    run()


junk_json_line = st.one_of(
    st.dictionaries(st.sampled_from(["id", "reference", "opened_at", "time", "agent",
                                     "severity", "name"]), junk_value, max_size=6)
    .map(lambda d: json.dumps(d).encode() + b"\n"),
    st.binary(max_size=40).map(lambda b: b.replace(b"\n", b" ") + b"\n"),
    st.just(b'{"id": "caf\xe9"}\n'), st.just(b'{"id": \n'), st.just(b"[1, 2]\n"),
)


@pytest.mark.parametrize("kind", ["flags", "roster", "escalations"])
def test_jsonl_keeps_every_good_row(kind: str, folder: Path, conn: sqlite3.Connection) -> None:
    counter = iter(range(10**6))

    @FUZZ
    @given(junk=st.lists(junk_json_line, max_size=10), order=mix_args["order"],
           count=mix_args["count"])
    def run(junk: list[bytes], order: list[int], count: int) -> None:
        n = next(counter)
        keys = [f"J{kind}{n}x{i}" for i in range(count)]
        rows = {
            "flags": lambda i, k: {"time": f"2026-11-24 09:{i:02d}", "agent": "a", "id": k,
                                   "severity": 2, "category": "insult"},
            "roster": lambda i, k: {"id": k, "name": f"N{i}"},
            "escalations": lambda i, k: {"reference": k, "opened_at": f"2026-11-24 09:{i:02d}"},
        }[kind]
        good = [json.dumps(rows(i, k)).encode() + b"\n" for i, k in enumerate(keys)]
        path = folder / f"{kind}{n}.jsonl"
        path.write_bytes(_mix(good, junk, order))
        if kind == "flags":
            import_flags(conn, path)
            sql = "SELECT external_id FROM abuse_flags WHERE external_id LIKE ?"
        elif kind == "roster":
            import_roster(conn, path)
            sql = "SELECT name FROM agents WHERE name LIKE ?"
        else:
            import_escalations(conn, path, 1_795_500_000, actor="fuzz")
            sql = "SELECT external_ref FROM escalations WHERE external_ref LIKE ?"
        stored = {r[0] for r in conn.execute(sql, (f"J{kind}{n}x%",))}
        assert stored == set(keys)

    run()


def test_queue_log_table_keeps_every_good_row(folder: Path) -> None:
    counter = iter(range(10**6))

    @FUZZ
    @given(**mix_args)
    def run(junk: list[bytes], order: list[int], count: int) -> None:
        n = next(counter)
        calls = [f"good{n}.{i}" for i in range(count)]
        good = [f"{1795421200 + i},{c},support,NONE,ENTERQUEUE,,100,1\n".encode()
                for i, c in enumerate(calls)]
        path = folder / f"ql{n}.csv"
        path.write_bytes(b"time,callid,queuename,agent,event,data1,data2,data3\n"
                         + _mix(good, junk, order))
        db = folder / f"ql{n}.sqlite"
        import_queue_log_table(db, path)
        c = sqlite3.connect(db)
        try:
            stored = {r[0] for r in c.execute("SELECT callid FROM calls WHERE callid LIKE ?",
                                              (f"good{n}.%",))}
        finally:
            c.close()
        assert stored == set(calls)

    run()


junk_log_line = (st.text(max_size=60).map(lambda t: t.replace("\n", " "))
                 | st.tuples(st.sampled_from(["", "x", "inf", "1e999", str(2**63), "-1",
                                              "99999999999"]),
                             st.lists(junk_value, max_size=6))
                 .map(lambda t: "|".join([t[0], *t[1]]).replace("\n", " ")))


def test_queue_log_parser_keeps_every_good_line(folder: Path) -> None:
    counter = iter(range(10**6))

    @FUZZ
    @given(junk=st.lists(junk_log_line, max_size=15), order=mix_args["order"],
           count=mix_args["count"])
    def run(junk: list[str], order: list[int], count: int) -> None:
        n = next(counter)
        good = [f"{1795421200 + i}|good{n}.{i}|support|NONE|ENTERQUEUE||100|1\n"
                for i in range(count)]
        data = _mix([g.encode() for g in good],
                    [j.encode("utf-8", "replace") + b"\n" for j in junk], order)
        path = folder / f"queue_log.{n}"
        path.write_bytes(data)
        db = store_db.connect(folder / f"log{n}.sqlite")
        try:
            reader = QueueLogReader(db, path)
            try:
                reader.read_all()
            finally:
                reader.close()
            stored: list[str] = []
            for (chunk,) in db.execute("SELECT lines FROM raw_batches ORDER BY id"):
                stored += chunk.split("\n")
            callids = {r[0] for r in db.execute("SELECT callid FROM calls WHERE callid LIKE ?",
                                                (f"good{n}.%",))}
        finally:
            db.close()
        assert all(g.rstrip("\n") in stored for g in good)
        assert callids == {f"good{n}.{i}" for i in range(count)}
        assert reader.total_lines + reader.total_problems == data.count(b"\n")

    run()
