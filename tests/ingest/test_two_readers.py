"""Two readers of one queue_log on one database (issue 11, point 6), step by step: the
stored position is compared with the one a batch was read from inside the write transaction,
so the reader that comes second drops its batch and reads on from the stored position.
The window's live ingest and a `composure ingest --follow` are such a pair."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from console.ingest.follower import QueueLogReader
from console.services.session import LiveIngest
from console.store import db
from tests.ingest.rotating_log import SAMPLE, clean_ingest, contents

LINES = [line + "\n" for line in SAMPLE.read_text().splitlines()]


def append(path: Path, lines: list[str]) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("".join(lines))


def expected(tmp_path: Path, n: int) -> dict:
    return clean_ingest([line.encode() for line in LINES[:n]], tmp_path / "clean")


def test_the_reader_that_comes_second_stores_nothing_twice(tmp_path: Path) -> None:
    log, path = tmp_path / "queue_log", tmp_path / "floor.sqlite"
    append(log, LINES[:100])
    conn_a, conn_b = db.connect(path), db.connect(path)
    a, b = QueueLogReader(conn_a, log), QueueLogReader(conn_b, log, batch_lines=30)
    try:
        assert a.poll() == 100
        assert b.poll() == 0  # read the same 100 lines, found the position moved, dropped them
        assert b.moved == 1
        append(log, LINES[100:250])
        assert b.poll() == 150
        assert a.poll() == 0
        assert a.moved == 1
        append(log, LINES[250:])
        assert a.poll() + b.poll() == 128
    finally:
        a.close()
        b.close()
        conn_a.close()
        conn_b.close()
    stored = contents(path)
    assert stored == expected(tmp_path, 378)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT lines_read FROM ingest_sources").fetchone() == (378,)
    finally:
        conn.close()


def test_the_window_and_a_command_line_follower_on_one_database(tmp_path: Path) -> None:
    log, path = tmp_path / "queue_log", tmp_path / "floor.sqlite"
    append(log, LINES[:50])
    window = LiveIngest(path, log)  # the window started with --queue-log
    conn = db.connect(path)
    follower = QueueLogReader(conn, log)  # `composure ingest queue-log --follow`
    try:
        assert window.step().lines == 50
        for start in range(50, 378, 41):
            append(log, LINES[start:start + 41])
            # whichever polls first stores the lines; the other one finds them stored
            if start % 2:
                assert follower.poll() + window.step().lines == len(LINES[start:start + 41])
            else:
                assert window.step().lines + follower.poll() == len(LINES[start:start + 41])
    finally:
        window.close()
        follower.close()
        conn.close()
    assert contents(path) == expected(tmp_path, 378)


def test_a_batch_read_from_a_position_that_moved_is_not_written(tmp_path: Path) -> None:
    # the check is in the writer, in the transaction: a stale reader cannot slip a batch in
    log, path = tmp_path / "queue_log", tmp_path / "floor.sqlite"
    append(log, LINES[:10])
    conn_a, conn_b = db.connect(path), db.connect(path)
    a, b = QueueLogReader(conn_a, log), QueueLogReader(conn_b, log)
    try:
        stale = b.cursor.position()
        assert a.poll() == 10
        conn_b.execute("CREATE TEMP TRIGGER seen AFTER INSERT ON raw_batches"
                       " BEGIN SELECT RAISE(ABORT, 'a stale batch was written'); END")
        assert b.poll() == 0  # no IntegrityError: the batch was refused before any insert
        assert b.cursor.position() != stale  # and b now stands where a left the position
        assert b.cursor.position() == a.cursor.position()
    finally:
        a.close()
        b.close()
        conn_a.close()
        conn_b.close()
