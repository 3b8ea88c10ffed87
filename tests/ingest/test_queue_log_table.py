"""A queue_log exported from a database table imports exactly like the flat file."""

from __future__ import annotations

import csv
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from console.ingest.follower import QueueLogReader
from console.ingest.queue_log_table import (
    QueueLogTableImporter,
    TableFormatError,
    looks_like_table,
    parse_time,
)
from console.store import db as store_db


def export(flat: Path, out: Path, *, sep: str, style: str, time_as: str) -> None:
    """Write the flat queue_log as a table export (FreePBX or QueueMetrics column names)."""
    header = (["id", "time", "callid", "queuename", "agent", "event"] if style == "freepbx"
              else ["partition", "time_id", "call_id", "queue", "agent", "verb"])
    header += [f"data{i}" for i in range(1, 6)]
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=sep)
        w.writerow(header)
        for n, line in enumerate(flat.read_text(encoding="utf-8").splitlines(), 1):
            ts, callid, queue, agent, event, *data = line.split("|")
            when = (ts if time_as == "epoch" else
                    datetime.fromtimestamp(int(ts)).strftime("%Y-%m-%d %H:%M:%S.%f"))
            data = (data + [""] * 5)[:5] if len(data) <= 5 else [*data[:4], "|".join(data[4:])]
            w.writerow([n if style == "freepbx" else "P001", when, callid, queue, agent, event,
                        *data])


def dump(conn: sqlite3.Connection) -> tuple[list, list, list]:
    calls = conn.execute("SELECT callid, queue, caller, enter_ts, position, outcome, agent,"
                         " connect_ts, end_ts, hold_s, ring_s, talk_s FROM calls"
                         " ORDER BY id").fetchall()
    states = conn.execute("SELECT agent, state, reason, start_ts, end_ts FROM agent_states"
                          " ORDER BY id").fetchall()
    rings = conn.execute("SELECT * FROM ring_events ORDER BY rowid").fetchall()
    return calls, states, rings


@pytest.mark.parametrize(("sep", "style", "time_as"), [
    (",", "freepbx", "datetime"), ("\t", "queuemetrics", "epoch"), (",", "freepbx", "epoch"),
])
def test_table_export_gives_identical_calls_and_states(tmp_path, asterisk22_log, fresh_conn,
                                                       sep, style, time_as) -> None:
    flat_conn = fresh_conn("flat")
    QueueLogReader(flat_conn, asterisk22_log).read_all()
    table = tmp_path / ("export.tsv" if sep == "\t" else "export.csv")
    export(asterisk22_log, table, sep=sep, style=style, time_as=time_as)
    assert looks_like_table(table) and not looks_like_table(asterisk22_log)
    table_conn = fresh_conn("table")
    rows, problems = QueueLogTableImporter(table_conn, table).run()
    assert (rows, problems) == (378, 0)
    flat, imported = dump(flat_conn), dump(table_conn)
    assert len(flat[0]) > 100 and len(flat[1]) > 20
    assert imported == flat


def test_bad_rows_named_by_line_good_rows_kept(conn, tmp_path) -> None:
    path = tmp_path / "ql.csv"
    path.write_text(
        "time,callid,queuename,agent,event,data1,data2,data3,data4,data5\n"
        "1795421196,1.1,support,NONE,ENTERQUEUE,,+1555,1,,\n"
        "yesterday,1.2,support,NONE,ENTERQUEUE,,+1556,2,,\n"
        "1795421198,1.1,support,Alice,CONNECT,2,1.9,2,,\n"
        "1795421199,1.3,support,NONE,enter queue,,,,,\n", encoding="utf-8")
    importer = QueueLogTableImporter(conn, path)
    assert importer.run() == (2, 2)
    problems = conn.execute("SELECT file, line_no, reason FROM ingest_problems"
                            " ORDER BY line_no").fetchall()
    assert [(p[0], p[1]) for p in problems] == [(str(path.resolve()), 3),
                                                (str(path.resolve()), 5)]
    assert "neither epoch seconds" in problems[0][2]
    assert "not valid" in problems[1][2]
    assert conn.execute("SELECT outcome, agent FROM calls").fetchall() == [("connected", "Alice")]


def test_reimporting_a_longer_export_adds_only_new_rows(db_path, tmp_path) -> None:
    path = tmp_path / "ql.tsv"
    head = "time\tcallid\tqueuename\tagent\tevent\tdata1\tdata2\tdata3\tdata4\tdata5\n"
    first = "2026-11-23 08:00:00\t1.1\tsupport\tNONE\tENTERQUEUE\t\t+1555\t1\t\t\n"
    second = "2026-11-23 08:00:04\t1.1\tsupport\tBob\tCONNECT\t4\t1.2\t1\t\t\n"
    path.write_text(head + first, encoding="utf-8")
    conn = store_db.connect(db_path)
    try:
        assert QueueLogTableImporter(conn, path).run() == (1, 0)
        path.write_text(head + first + second, encoding="utf-8")
        assert QueueLogTableImporter(conn, path).run() == (1, 0)
        assert QueueLogTableImporter(conn, path).run() == (0, 0)
        assert conn.execute("SELECT count(*), max(outcome) FROM calls").fetchone() == (
            1, "connected")
    finally:
        conn.close()


def test_header_without_the_columns(conn, tmp_path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(TableFormatError, match="lacks the column"):
        QueueLogTableImporter(conn, path).run()


def test_parse_time_forms() -> None:
    assert parse_time("1795421196") == 1795421196
    assert parse_time("1795421196.75") == 1795421196
    local = datetime(2026, 11, 23, 8, 0, 5).timestamp()
    assert parse_time("2026-11-23 08:00:05") == int(local)
    assert parse_time("2026-11-23 08:00:05.123456") == int(local)
    with pytest.raises(ValueError):
        parse_time("23/11/2026")


def test_cli_routes_header_files_to_the_table_importer(tmp_path, asterisk22_log) -> None:
    from console.cli import main

    table = tmp_path / "export.csv"
    export(asterisk22_log, table, sep=",", style="freepbx", time_as="epoch")
    db = tmp_path / "cli.sqlite"
    assert main(["ingest", "queue-log", str(table), "--db", str(db)]) == 0
    assert main(["ingest", "queue-log-table", str(table), "--db", str(db)]) == 0
    conn = store_db.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM calls").fetchone()[0] > 100
        assert conn.execute("SELECT lines_read FROM ingest_sources").fetchone()[0] == 378
    finally:
        conn.close()
