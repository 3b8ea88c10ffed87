"""Two `composure ingest queue-log --follow` on one database (issue 11, point 6): while a
writer appends (and the file is rotated once), both run to the end, and the database equals a
clean one-pass ingest of every line written: no call, ring, flag or interval stored twice,
none lost. Before the stored position was checked at each write, every line was stored twice.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from console.store.db_faults import processes_using
from tests.ingest.rotating_log import FakeAsterisk, Logrotate, clean_ingest, contents
from tests.integration.test_crash_recovery import composure


def follower(log: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([*composure(), "ingest", "queue-log", str(log), "--follow",
                             "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def stored_lines(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=5)
        try:
            return conn.execute("SELECT coalesce(sum(lines_read), 0) FROM ingest_sources"
                                ).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # not created yet


def wait_until(condition, what: str, procs: list[subprocess.Popen], timeout: float = 90):
    deadline = time.monotonic() + timeout
    while not condition():
        for p in procs:
            assert p.poll() is None, f"a follower exited: {p.stderr.read()}"
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def test_two_followers_on_one_database_store_each_line_once(tmp_path: Path) -> None:
    folder = tmp_path / "asterisk"
    folder.mkdir()
    log = folder / "queue_log"
    db = tmp_path / "floor.sqlite"
    writer = FakeAsterisk(log, burst=5, pause=0.02)  # about 250 lines a second
    rotate = Logrotate(log, writer)
    writer.start()
    procs: list[subprocess.Popen] = []
    try:
        procs.append(follower(log, db))
        wait_until(lambda: stored_lines(db) > 0, "the first follower stored nothing", procs)
        procs.append(follower(log, db))
        # both have the database open (the second one has started and read its position)
        wait_until(lambda: {p.pid for p in procs} <= set(processes_using(db)),
                   "the second follower never opened the database", procs)
        writer.wait_for(600)
        rotate.rename(late_lines=20)
        writer.wait_for(600)
    finally:
        writer.stop()
    try:
        total = len(writer.written)
        wait_until(lambda: stored_lines(db) >= total, "the followers never caught up", procs)
        time.sleep(1.0)  # a doubled batch would land now: give it the time to
        for p in procs:
            assert p.poll() is None, p.stderr.read()
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        errors = [p.communicate(timeout=60)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors

    followed = contents(db)
    clean = clean_ingest(writer.written, tmp_path / "clean")
    assert len(clean["lines"]) >= 1200
    assert stored_lines(db) == len(clean["lines"])
    assert len(followed["lines"]) == len(clean["lines"])  # 0 doubled, 0 lost
    assert followed["lines"] == clean["lines"]
    for table in ("calls", "intervals", "rings", "flags", "agents", "queues", "problems"):
        assert followed[table] == clean[table], table
    # they did race: a batch was read by both, and the one that came second was dropped
    assert any("another reader" in e for e in errors), errors
