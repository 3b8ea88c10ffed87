"""Headless ingest for `composure ingest`: the same reader the GUI's worker thread uses.

A follower must not die of a passing fault: while the database is locked by another program
or the disk is full it says so (naming the holder of the lock when the system can tell),
keeps its read position (nothing of the failed batch was stored) and tries again; a
read-only database is said to be read-only, never "damaged".
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from console.ingest.follower import BatchReport, QueueLogReader
from console.services.session import LOCK_NOTICE_MS, StoreError, open_database
from console.store.db_faults import (
    FULL,
    LOCKED,
    READONLY,
    describe_processes,
    fault_of,
    free_bytes,
    lock_holder,
    processes_using,
    why_read_only,
)

Notice = Callable[[str], None]
RETRY_SECONDS = 5.0  # between tries while the database is locked or the disk is full
REPEAT_NOTICE_SECONDS = 60.0  # a fault that lasts is said again this often


def fault_message(kind: str, db: Path, following: bool = False) -> str:
    """One line for the user: what is wrong, that nothing is damaged, what happens next."""
    kept = "the read position is kept and nothing is lost"
    if kind == LOCKED:
        holder = lock_holder(db)
        by = f" by {holder}" if holder else " by another program"
        then = ("retrying until it is free" if following else
                "run the command again once it is free")
        return (f"the database {db} is locked{by}: {kept}; {then} (close that program, or "
                f"let it finish writing)")
    if kind == FULL:
        free = free_bytes(db)
        room = f" ({free // 1024} KiB free)" if free is not None else ""
        then = ("retrying every few seconds, reading on once there is room" if following
                else "run the command again once there is room")
        return f"the disk holding {db} is full{room}: {kept}; free some space, {then}"
    if kind == READONLY:
        return (f"the database {db} is read-only ({why_read_only(db)}); it is not damaged. "
                f"Make it writable, or give another file with --db")
    raise ValueError(kind)


def _translate(exc: BaseException, db: Path) -> BaseException:
    kind = fault_of(exc, db)
    if kind in (LOCKED, FULL, READONLY):
        return StoreError(fault_message(kind, db))
    return exc


def _open(db_path: Path, follow: bool, stop: threading.Event, notice: Notice | None,
          retry: float) -> sqlite3.Connection | None:
    said = None
    while True:
        try:
            conn = open_database(db_path)
            if said is not None and notice is not None:
                notice(f"the database {db_path} can be written again; reading on")
            return conn
        except StoreError as exc:
            kind = fault_of(exc, db_path)
            if kind not in (LOCKED, FULL) or not follow:
                if kind in (LOCKED, FULL, READONLY):
                    raise StoreError(fault_message(kind, db_path)) from exc
                raise
            if said != kind and notice is not None:
                notice(fault_message(kind, db_path, following=True))
            said = kind
        if stop.wait(retry):
            return None


def ingest_queue_log(
    db_path: Path,
    queue_log: Path,
    follow: bool = False,
    stop: threading.Event | None = None,
    on_batch: Callable[[BatchReport], None] | None = None,
    on_locked: Callable[[int, float], None] | None = None,
    interval: float = 0.25,
    on_notice: Notice | None = None,
    retry: float = RETRY_SECONDS,
    lock_retries: int = 60,
) -> tuple[int, int]:
    """Read ``queue_log`` into the database; returns (lines, problems) read in this run."""
    stop = stop or threading.Event()
    conn = _open(db_path, follow, stop, on_notice, retry)
    if conn is None:
        return 0, 0
    told_moved = False

    def moved() -> None:
        nonlocal told_moved
        if told_moved or on_notice is None:
            return
        told_moved = True
        others = describe_processes(processes_using(db_path))
        who = f" ({others})" if others else ""
        on_notice(f"another reader{who} is also storing {queue_log} into {db_path}: each line "
                  f"is stored by whichever reads it first, never twice; one reader is enough")

    try:
        try:
            reader = QueueLogReader(conn, queue_log, on_locked=on_locked, on_moved=moved,
                                    lock_retries=lock_retries)
        except sqlite3.Error as exc:
            raise _translate(exc, db_path) from exc
        # another program writing: say so within a second, then keep retrying (see IngestWriter)
        conn.execute(f"PRAGMA busy_timeout = {LOCK_NOTICE_MS}")
        try:
            if follow:
                _follow(reader, db_path, stop, interval, on_batch, on_notice, retry)
            else:
                reader.read_all(on_batch=on_batch)
        except sqlite3.Error as exc:
            raise _translate(exc, db_path) from exc
        finally:
            reader.close()
        return reader.total_lines, reader.total_problems
    finally:
        conn.close()


def _follow(reader: QueueLogReader, db: Path, stop: threading.Event, interval: float,
            on_batch: Callable[[BatchReport], None] | None, notice: Notice | None,
            retry: float) -> None:
    """Poll until stopped, waiting out a locked database and a full disk."""
    fault: str | None = None
    said_at = 0.0
    while not stop.is_set():
        try:
            reader.poll(on_batch=on_batch)
        except sqlite3.Error as exc:
            kind = fault_of(exc)
            if kind not in (LOCKED, FULL):
                raise
            now = time.monotonic()
            if notice is not None and (kind != fault or now - said_at >= REPEAT_NOTICE_SECONDS):
                notice(fault_message(kind, db, following=True))
                said_at = now
            fault = kind
            stop.wait(retry)
            continue
        if fault is not None and notice is not None:
            notice(f"the database {db} can be written again; reading on from the kept "
                   f"position")
        fault = None
        stop.wait(interval)


def recent_problems(db_path: Path, limit: int = 20):
    from console.store import queries

    conn = open_database(db_path)
    try:
        return queries.problems(conn, limit)
    finally:
        conn.close()
