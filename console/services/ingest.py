"""Headless ingest for `composure ingest`: the same reader the GUI's worker thread uses."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from console.ingest.follower import BatchReport, QueueLogReader
from console.services.session import LOCK_NOTICE_MS, open_database


def ingest_queue_log(
    db_path: Path,
    queue_log: Path,
    follow: bool = False,
    stop: threading.Event | None = None,
    on_batch: Callable[[BatchReport], None] | None = None,
    on_locked: Callable[[int, float], None] | None = None,
    interval: float = 0.25,
) -> tuple[int, int]:
    """Read ``queue_log`` into the database; returns (lines, problems) read in this run."""
    conn = open_database(db_path)
    reader = QueueLogReader(conn, queue_log, on_locked=on_locked)
    # another program writing: say so within a second, then keep retrying (see IngestWriter)
    conn.execute(f"PRAGMA busy_timeout = {LOCK_NOTICE_MS}")
    try:
        if follow:
            reader.follow(stop or threading.Event(), interval=interval, on_batch=on_batch)
        else:
            reader.read_all(on_batch=on_batch)
        return reader.total_lines, reader.total_problems
    finally:
        reader.close()
        conn.close()


def recent_problems(db_path: Path, limit: int = 20):
    from console.store import queries

    conn = open_database(db_path)
    try:
        return queries.problems(conn, limit)
    finally:
        conn.close()
