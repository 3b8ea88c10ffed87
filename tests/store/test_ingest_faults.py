"""A full disk, a locked and a read-only database during ingest (issue 12, "Messages that
mislead"): the real error is kept (not "cannot rollback - no transaction is active"), the read
position stays at the last stored batch, a follower waits the fault out and reads on, and the
words say what is wrong (full, locked by whom, read-only) instead of "damaged".

A full disk is SQLite's own SQLITE_FULL, made by capping the database's pages
(``PRAGMA max_page_count``); tests/integration/test_ingest_faults.py fills a real file system.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from console.ingest.follower import QueueLogReader
from console.services import ingest as ingest_service
from console.store import db
from console.store.db_faults import FULL, LOCKED, OTHER, READONLY, fault_of
from tests.ingest.rotating_log import SAMPLE, clean_ingest, contents

LINES = SAMPLE.read_bytes().splitlines(keepends=True)


def stored_position(conn: sqlite3.Connection) -> tuple[int, int]:
    return conn.execute("SELECT offset, lines_read FROM ingest_sources").fetchone()


def cap_pages(conn: sqlite3.Connection, extra: int) -> None:
    """From now on this connection may grow the database by ``extra`` pages only."""
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + extra}")


def test_a_full_disk_keeps_the_error_and_the_position(tmp_path: Path) -> None:
    log = tmp_path / "queue_log"
    log.write_bytes(b"".join(LINES))
    conn = db.connect(tmp_path / "floor.sqlite")
    try:
        reader = QueueLogReader(conn, log, batch_lines=50)
        cap_pages(conn, 2)
        with pytest.raises(sqlite3.OperationalError) as raised:
            reader.read_all()
        assert fault_of(raised.value) == FULL
        assert "no transaction is active" not in str(raised.value)
        offset, lines = stored_position(conn)
        assert 0 < lines < 378 and lines % 50 == 0  # whole batches stored, the rest not
        assert offset == len(b"".join(LINES[:lines]))
        conn.execute("PRAGMA max_page_count = 1000000")  # room again
        assert reader.read_all() == 378 - lines
        reader.close()
    finally:
        conn.close()
    assert contents(tmp_path / "floor.sqlite") == clean_ingest(LINES, tmp_path / "clean")


def test_following_waits_out_a_full_disk_and_says_so(tmp_path: Path) -> None:
    log = tmp_path / "queue_log"
    log.write_bytes(b"".join(LINES[:100]))
    path = tmp_path / "floor.sqlite"
    conn = db.connect(path)
    notices: list[str] = []
    stop = threading.Event()
    reader = QueueLogReader(conn, log, batch_lines=20)
    try:
        assert reader.poll() == 100
        cap_pages(conn, 1)
        with log.open("ab") as fh:
            fh.write(b"".join(LINES[100:]))

        def notice(message: str) -> None:
            notices.append(message)
            if len(notices) == 1:
                conn.execute("PRAGMA max_page_count = 1000000")  # space was freed
            else:
                stop.set()  # told that it writes again: done

        follower = threading.Thread(target=ingest_service._follow, args=(
            reader, path, stop, 0.01, None, notice, 0.05))
        follower.start()
        follower.join(60)
        assert not follower.is_alive()
        reader.close()
    finally:
        stop.set()
        conn.close()
    assert len(notices) == 2
    assert f"the disk holding {path} is full" in notices[0]
    assert "the read position is kept" in notices[0]
    assert "can be written again" in notices[1]
    assert contents(path) == clean_ingest(LINES, tmp_path / "clean")


def test_one_pass_on_a_full_disk_says_the_disk_is_full(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "queue_log"
    log.write_bytes(b"".join(LINES))
    path = tmp_path / "floor.sqlite"
    opened = ingest_service.open_database

    def capped(p):
        conn = opened(p)
        cap_pages(conn, 2)
        return conn

    monkeypatch.setattr(ingest_service, "open_database", capped)
    with pytest.raises(ingest_service.StoreError) as raised:
        ingest_service.ingest_queue_log(path, log)
    message = str(raised.value)
    assert message.startswith(f"the disk holding {path} is full")
    assert "restore" not in message and "cannot be read" not in message


def test_errors_are_told_apart(tmp_path: Path) -> None:
    def error(code: int, text: str) -> sqlite3.OperationalError:
        exc = sqlite3.OperationalError(text)
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
        return exc

    assert fault_of(error(5, "database is locked")) == LOCKED
    assert fault_of(error(517, "database is locked")) == LOCKED  # SQLITE_BUSY_SNAPSHOT
    assert fault_of(error(13, "database or disk is full")) == FULL
    assert fault_of(error(8, "attempt to write a readonly database")) == READONLY
    assert fault_of(error(1032, "attempt to write a readonly database")) == READONLY
    assert fault_of(error(11, "database disk image is malformed")) == OTHER
    wrapped = ingest_service.StoreError("Cannot open the database")
    wrapped.__cause__ = error(13, "database or disk is full")
    assert fault_of(wrapped) == FULL
    # "unable to open database file" in a writable folder is not read-only ...
    assert fault_of(error(14, "unable to open database file"), tmp_path / "x.sqlite") == OTHER


def test_one_pass_on_a_database_locked_past_every_retry_says_locked(tmp_path: Path) -> None:
    log = tmp_path / "queue_log"
    log.write_bytes(b"".join(LINES[:100]))
    path = tmp_path / "floor.sqlite"
    assert ingest_service.ingest_queue_log(path, log) == (100, 0)
    with log.open("ab") as fh:
        fh.write(b"".join(LINES[100:]))
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another program writing, and not letting go
    heard: list[int] = []
    try:
        with pytest.raises(ingest_service.StoreError) as raised:
            ingest_service.ingest_queue_log(path, log, lock_retries=2,
                                            on_locked=lambda attempt, _: heard.append(attempt))
    finally:
        blocker.close()
    message = str(raised.value)
    assert heard == [1]  # told while it waited
    assert message.startswith(f"the database {path} is locked by ")
    assert "run the command again once it is free" in message
    assert "restore" not in message and "cannot be read" not in message
    conn = db.connect(path)
    try:
        assert stored_position(conn) == (len(b"".join(LINES[:100])), 100)  # nothing half-stored
    finally:
        conn.close()
