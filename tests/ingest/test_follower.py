"""QueueLogReader against real files and a real database: one pass, follow, half lines,
both rotation styles, restarts (also across a rotation and after a failed batch), bad lines."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from console.domain.floor_state import FloorState
from console.ingest.follower import QueueLogReader
from console.ingest.queue_log import parse_line
from console.store import db

SAMPLE = Path(__file__).parent.parent / "fixtures" / "asterisk22_queue_log"
LINES = SAMPLE.read_text().splitlines()  # 378 real lines


def text(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


def append(path: Path, data: str) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(data)


def stored_lines(conn: sqlite3.Connection) -> list[str]:
    out: list[str] = []
    for (chunk,) in conn.execute("SELECT lines FROM raw_batches ORDER BY id"):
        out += chunk.split("\n")
    return out


def source(conn: sqlite3.Connection) -> dict:
    row = conn.execute(
        "SELECT offset, line_no, lines_read, problems, unknown_events FROM ingest_sources"
    ).fetchone()
    return dict(zip(("offset", "line_no", "lines_read", "problems", "unknown_events"), row,
                    strict=True))


def contents(conn: sqlite3.Connection, line_numbers: bool = True) -> dict:
    """Everything the ingest derived, in a comparable form."""
    ln = ", line_no" if line_numbers else ""
    q = {
        "calls": "SELECT id, callid, queue, caller, enter_ts, position, outcome, agent,"
                 f" connect_ts, end_ts, hold_s, ring_s, talk_s{ln} FROM calls ORDER BY id",
        "states": "SELECT id, agent, state, reason, start_ts, end_ts FROM agent_states ORDER BY id",
        "rings": "SELECT ts, callid, queue, agent, ring_ms, kind FROM ring_events ORDER BY rowid",
        "flags": "SELECT ts, callid, queue, agent, caller, severity, category, note, source"
                 f"{ln} FROM abuse_flags ORDER BY id",
        "agents": "SELECT name FROM agents ORDER BY name",
        "queues": "SELECT name, first_seen FROM queues ORDER BY name",
        "unknown": f"SELECT ts, event, raw{ln} FROM unknown_events ORDER BY rowid",
    }  # fmt: skip
    out = {k: conn.execute(sql).fetchall() for k, sql in q.items()}
    out["lines"] = stored_lines(conn)
    return out


@pytest.fixture
def log(tmp_path: Path) -> Path:
    folder = tmp_path / "asterisk"
    folder.mkdir()
    return folder / "queue_log"


@pytest.fixture
def clean(tmp_path: Path, fresh_conn):
    """What a single read_all of ``data`` into a fresh database produces."""

    def run(data: str, line_numbers: bool = True) -> dict:
        folder = tmp_path / "clean"
        folder.mkdir(exist_ok=True)
        path = folder / f"queue_log_{len(list(folder.iterdir()))}"
        path.write_text(data, encoding="utf-8")
        c = fresh_conn(path.name)
        reader = QueueLogReader(c, path)
        reader.read_all()
        reader.close()
        return contents(c, line_numbers)

    return run


# ---------------------------------------------------------------------------------- one pass


def test_one_pass_reads_the_whole_sample(conn, log: Path):
    shutil.copy(SAMPLE, log)
    conn.execute("INSERT INTO agent_aliases VALUES ('Local/agent109@agents/n', 'Ivan')")
    reader = QueueLogReader(conn, log)
    assert reader.read_all() == 378
    reader.close()
    assert stored_lines(conn) == LINES
    assert source(conn) == {"offset": log.stat().st_size, "line_no": 378, "lines_read": 378,
                            "problems": 0, "unknown_events": 0}
    assert conn.execute("SELECT count(*) FROM calls").fetchone()[0] == 131
    assert conn.execute("SELECT count(*) FROM abuse_flags").fetchone()[0] == 9
    assert conn.execute("SELECT count(*) FROM ring_events").fetchone()[0] == 17
    # Judy's interface (no alias) is an unresolved member: stored per queue, never an agent
    assert conn.execute(
        "SELECT count(*) FROM agent_states WHERE agent LIKE 'Local/%'").fetchone()[0] == 0
    assert conn.execute(
        "SELECT queue, paused, resolved, start_ts FROM member_states"
        " WHERE agent = 'Local/agent110@agents/n'").fetchall() == [
        ("complaints", 1, 0, 1795421335)]
    # the alias from the database joined the dynamic member's interface to its name
    assert conn.execute(
        "SELECT state, start_ts FROM agent_states WHERE agent = 'Ivan' ORDER BY id LIMIT 1"
    ).fetchone() == ("available", 1795421295)
    # the stored calls are exactly what the derivation makes of the file
    fs = FloorState(aliases={"Local/agent109@agents/n": "Ivan"})
    for n, line in enumerate(LINES, start=1):
        fs.apply(parse_line(line, n))
    expected = sorted(c.row() for c in fs.take_changes().calls.values())
    assert conn.execute("SELECT * FROM calls ORDER BY id").fetchall() == expected


def test_rerunning_read_all_ingests_nothing_new(conn, log: Path):
    shutil.copy(SAMPLE, log)
    reader = QueueLogReader(conn, log)
    assert reader.read_all() == 378
    before = contents(conn)
    assert reader.read_all() == 0
    reader.close()
    again = QueueLogReader(conn, log)
    assert again.read_all() == 0
    again.close()
    assert contents(conn) == before
    assert source(conn)["lines_read"] == 378


def test_small_batches_give_the_same_result(conn, log: Path, clean):
    shutil.copy(SAMPLE, log)
    seen = []
    reader = QueueLogReader(conn, log, batch_lines=7)
    assert reader.read_all(on_batch=seen.append) == 378
    reader.close()
    assert len(seen) == 54  # 378 / 7
    assert sum(b.lines for b in seen) == 378
    assert seen[-1].last_ts == 1795421639
    assert contents(conn) == clean(text(LINES))


# ---------------------------------------------------------------------------------- following


def test_append_then_poll_reads_only_the_new_lines(conn, log: Path, clean):
    log.write_text(text(LINES[:100]))
    reader = QueueLogReader(conn, log)
    assert reader.poll() == 100
    assert reader.poll() == 0
    append(log, text(LINES[100:150]))
    assert reader.poll() == 50
    assert stored_lines(conn) == LINES[:150]
    append(log, text(LINES[150:]))
    assert reader.poll() == 228
    reader.close()
    assert contents(conn) == clean(text(LINES))


def test_half_written_last_line_waits_for_its_newline(conn, log: Path):
    line = LINES[10]
    log.write_text(text(LINES[:10]) + line[:17])
    reader = QueueLogReader(conn, log)
    assert reader.poll() == 10
    assert source(conn)["offset"] == len(text(LINES[:10]).encode())
    assert reader.poll() == 0
    append(log, line[17:])  # the rest arrives, still without newline
    assert reader.poll() == 0
    append(log, "\n")
    assert reader.poll() == 1
    reader.close()
    assert stored_lines(conn) == LINES[:11]
    assert conn.execute("SELECT count(*) FROM ingest_problems").fetchone()[0] == 0


def test_read_all_takes_a_last_line_without_newline(conn, log: Path):
    log.write_text(text(LINES[:10]) + LINES[10])
    reader = QueueLogReader(conn, log)
    assert reader.read_all() == 11
    reader.close()
    assert stored_lines(conn) == LINES[:11]
    assert source(conn)["offset"] == log.stat().st_size


def test_rename_rotation_reads_every_line_once(conn, log: Path, clean):
    log.write_text(text(LINES[:100]))
    reader = QueueLogReader(conn, log)
    assert reader.poll() == 100
    rotated = log.with_name("queue_log.1")
    log.rename(rotated)
    append(rotated, text(LINES[100:120]))  # Asterisk still writes to its open handle
    assert reader.poll() == 20  # no new file yet: keep reading the old one
    append(rotated, text(LINES[120:130]))
    log.write_text(text(LINES[130:200]))  # Asterisk reopened: the new file
    assert reader.poll() == 10 + 70  # the old file drained, then the new one from its start
    append(log, text(LINES[200:]))
    assert reader.poll() == 178
    reader.close()
    assert stored_lines(conn) == LINES
    assert contents(conn, line_numbers=False) == clean(text(LINES), line_numbers=False)


def test_copytruncate_reads_the_new_lines(conn, log: Path):
    log.write_text(text(LINES[:100]))
    reader = QueueLogReader(conn, log)
    assert reader.poll() == 100
    shutil.copy(log, log.with_name("queue_log.1"))
    with open(log, "r+") as fh:
        fh.truncate(0)
    append(log, text(LINES[100:120]))
    assert reader.poll() == 20
    append(log, text(LINES[120:125]))
    assert reader.poll() == 5
    reader.close()
    assert stored_lines(conn) == LINES[:125]
    assert conn.execute("SELECT count(*) FROM ingest_problems").fetchone()[0] == 0


def test_copytruncate_noticed_even_when_the_file_regrew_past_the_old_offset(conn, log: Path,
                                                                          clean):
    log.write_text(text(LINES[:30]))
    reader = QueueLogReader(conn, log)
    assert reader.poll() == 30
    shutil.copy(log, log.with_name("queue_log.1"))
    with open(log, "r+") as fh:
        fh.truncate(0)
    append(log, text(LINES[30:]))  # busy floor: far more than 30 lines before the next poll
    assert reader.poll() == 348
    reader.close()
    assert stored_lines(conn) == LINES
    assert conn.execute("SELECT count(*) FROM ingest_problems").fetchone()[0] == 0
    assert contents(conn, line_numbers=False) == clean(text(LINES), line_numbers=False)


def test_file_replaced_by_a_longer_copy_is_not_read_twice(conn, log: Path, clean):
    # e.g. a tool rewrote the file (new inode) keeping its content: continue after our offset
    log.write_text(text(LINES[:100]))
    reader = QueueLogReader(conn, log)
    assert reader.poll() == 100
    copy = log.with_name("queue_log.tmp-copy")  # not a rotation sibling name
    copy.write_text(text(LINES[:150]))
    copy.replace(log)
    assert reader.poll() == 50
    reader.close()
    assert stored_lines(conn) == LINES[:150]
    assert contents(conn) == clean(text(LINES[:150]))


# ---------------------------------------------------------------------------------- restarts


@pytest.mark.parametrize(
    ("cut", "partial", "batch"),
    [(1, 0, 20000), (59, 0, 20000), (200, 25, 20000), (377, 5, 20000), (150, 0, 13)],
)
def test_restart_loses_and_repeats_nothing(db_path: Path, log: Path, clean, cut, partial,
                                           batch):
    # the first run stops with `partial` characters of the next line already written
    log.write_text(text(LINES[:cut]) + LINES[cut][:partial])
    first_conn = db.connect(db_path)
    first = QueueLogReader(first_conn, log, batch_lines=batch)
    assert first.poll() == cut
    first.close()
    first_conn.close()

    append(log, LINES[cut][partial:] + "\n" + text(LINES[cut + 1:]))
    second_conn = db.connect(db_path)
    second = QueueLogReader(second_conn, log, batch_lines=batch)
    assert second.read_all() == 378 - cut
    second.close()
    try:
        assert contents(second_conn) == clean(text(LINES))
        assert source(second_conn)["lines_read"] == 378
    finally:
        second_conn.close()


def test_restart_after_a_rename_rotation_while_stopped(db_path: Path, log: Path, clean):
    log.write_text(text(LINES[:150]))
    c1 = db.connect(db_path)
    r1 = QueueLogReader(c1, log)
    assert r1.poll() == 150
    r1.close()
    c1.close()
    # while the console is closed: more lines, logrotate renames, Asterisk starts a new file
    append(log, text(LINES[150:180]))
    log.rename(log.with_name("queue_log.1"))
    log.write_text(text(LINES[180:]))
    c2 = db.connect(db_path)
    r2 = QueueLogReader(c2, log)
    seen = []
    # the rest of the rotated file, found by inode, then the new file
    assert r2.read_all(on_batch=seen.append) == 30 + 198
    assert [b.lines for b in seen] == [30, 198]
    r2.close()
    try:
        assert stored_lines(c2) == LINES
        assert contents(c2, line_numbers=False) == clean(text(LINES), line_numbers=False)
    finally:
        c2.close()


def test_restart_after_a_copytruncate_while_stopped(db_path: Path, log: Path):
    log.write_text(text(LINES[:40]))
    c1 = db.connect(db_path)
    r1 = QueueLogReader(c1, log)
    assert r1.poll() == 40
    r1.close()
    c1.close()
    shutil.copy(log, log.with_name("queue_log.1"))
    with open(log, "r+") as fh:
        fh.truncate(0)
    append(log, text(LINES[40:]))  # same inode, longer than before, another first line
    c2 = db.connect(db_path)
    r2 = QueueLogReader(c2, log)
    assert r2.read_all() == 338
    r2.close()
    try:
        assert stored_lines(c2) == LINES
    finally:
        c2.close()


def test_a_batch_that_fails_to_commit_leaves_no_trace_and_is_read_again(db_path, log, clean):
    shutil.copy(SAMPLE, log)
    c1 = db.connect(db_path)
    # the write of the batch holding call 60 fails half-way (disk full, a killed process ...)
    c1.execute(
        "CREATE TEMP TRIGGER fail_call_60 BEFORE INSERT ON calls WHEN new.id = 60"
        " BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"
    )
    r1 = QueueLogReader(c1, log, batch_lines=50)
    with pytest.raises(sqlite3.IntegrityError, match="simulated failure"):
        r1.read_all()
    r1.close()
    c1.close()
    c2 = db.connect(db_path)
    partial = stored_lines(c2)
    assert 0 < len(partial) < 378 and len(partial) % 50 == 0  # whole batches only
    assert source(c2)["lines_read"] == len(partial)
    r2 = QueueLogReader(c2, log, batch_lines=50)
    assert r2.read_all() == 378 - len(partial)
    r2.close()
    try:
        assert contents(c2) == clean(text(LINES))
    finally:
        c2.close()


def test_the_same_reader_retries_a_batch_that_failed_to_commit(conn, log: Path, clean):
    # e.g. the database stayed locked past every retry: the caller may simply poll again
    shutil.copy(SAMPLE, log)
    conn.execute(
        "CREATE TEMP TRIGGER fail_call_60 BEFORE INSERT ON calls WHEN new.id = 60"
        " BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"
    )
    reader = QueueLogReader(conn, log, batch_lines=50)
    with pytest.raises(sqlite3.IntegrityError):
        reader.poll()
    committed = len(stored_lines(conn))
    with pytest.raises(sqlite3.IntegrityError):  # still failing: nothing more is lost
        reader.poll()
    conn.execute("DROP TRIGGER fail_call_60")
    assert reader.poll() == 378 - committed
    reader.close()
    assert contents(conn) == clean(text(LINES))
    assert source(conn)["lines_read"] == 378


# ---------------------------------------------------------------------------------- bad lines


def test_malformed_line_among_good_ones(conn, log: Path):
    good = LINES[:40]
    bad = [
        "1795421260|1795421220.31|complaints|Frank",  # cut short
        "yesterday|1795421220.31|complaints|Frank|PAUSE|x",
        "1795421261|x|support|Bob|CONNECT\x00|1",
    ]
    custom = "1795421262|1795421261.59|support|Bob|SURVEY|5|good"
    data = [*good[:10], bad[0], *good[10:20], "", bad[1], *good[20:30], custom, bad[2], *good[30:]]
    log.write_text(text(data))
    reader = QueueLogReader(conn, log)
    assert reader.read_all() == 40 + 3 + 1
    reader.close()
    assert stored_lines(conn) == [line for line in data if line and line not in bad]
    problems = conn.execute(
        "SELECT file, line_no, byte_offset, reason, raw FROM ingest_problems ORDER BY line_no"
    ).fetchall()
    assert [(p[0], p[1]) for p in problems] == [
        (str(log.resolve()), 11), (str(log.resolve()), 23), (str(log.resolve()), 35)]
    assert "found 4" in problems[0][3]
    assert "not a number" in problems[1][3]
    assert "NUL" in problems[2][3]
    assert problems[0][4] == bad[0]
    raw = log.read_bytes()
    assert raw[problems[0][2]:].startswith(bad[0].encode())  # byte offset of the bad line
    assert conn.execute("SELECT line_no, event, raw FROM unknown_events").fetchall() == [
        (34, "SURVEY", custom)]
    assert source(conn) == {"offset": len(raw), "line_no": len(data), "lines_read": 44,
                            "problems": 3, "unknown_events": 1}
    # the good lines around the bad ones were all derived
    assert conn.execute("SELECT count(*) FROM calls").fetchone()[0] == sum(
        1 for line in good if "|ENTERQUEUE|" in line)


def test_invalid_utf8_is_kept_readable(conn, log: Path):
    log.write_bytes(text(LINES[:3]).encode() + b"1795421199|c9|support|NONE|PAUSE|caf\xe9\n")
    reader = QueueLogReader(conn, log)
    assert reader.read_all() == 4
    reader.close()
    assert stored_lines(conn)[-1] == "1795421199|c9|support|NONE|PAUSE|caf\ufffd"


def test_a_corrupt_number_does_not_stop_the_ingest(conn, log: Path):
    log.write_text(text([
        *LINES[:5],
        "1795421201|c9|support|Bob|CONNECT|99999999999999999999999|x|3",
        "1795421202|c9|support|Bob|RINGNOANSWER|1e400",
        *LINES[5:10],
    ]))
    reader = QueueLogReader(conn, log)
    assert reader.read_all() == 12
    reader.close()
    assert conn.execute("SELECT hold_s FROM calls WHERE callid = 'c9'").fetchone() == (0,)
    assert len(stored_lines(conn)) == 12


def test_missing_file_is_not_an_error(conn, log: Path):
    reader = QueueLogReader(conn, log)
    assert reader.poll() == 0
    log.write_text(text(LINES[:5]))
    assert reader.poll() == 5
    reader.close()
