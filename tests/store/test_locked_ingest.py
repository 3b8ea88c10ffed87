"""Another program holding the write lock: the live ingest waits, retries, says so at once
(the status bar shows it while it waits), and loses nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from console.services.session import LiveIngest, open_database

SAMPLE = Path(__file__).parents[1] / "fixtures" / "asterisk22_queue_log"


def test_locked_database_is_reported_while_waiting_and_nothing_is_lost(tmp_path: Path) -> None:
    db = tmp_path / "locked.sqlite"
    log = tmp_path / "queue_log"
    lines = SAMPLE.read_bytes().splitlines(keepends=True)
    log.write_bytes(b"".join(lines[:10]))
    open_database(db).close()
    ingest = LiveIngest(db, log, on_locked=lambda attempt, delay: on_locked(attempt, delay))
    assert ingest.step().lines == 10
    with log.open("ab") as fh:
        fh.write(b"".join(lines[10:]))
    blocker = sqlite3.connect(db, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another program writing
    heard: list[int] = []

    def on_locked(attempt: int, delay: float) -> None:
        heard.append(attempt)
        if blocker.in_transaction:
            blocker.execute("COMMIT")  # the other program finishes its write

    try:
        step = ingest.step()
    finally:
        ingest.close()
        blocker.close()
    assert heard and heard[0] == 1
    assert step.status == "locked"
    assert step.lines == 368
    conn = open_database(db)
    try:
        assert conn.execute("SELECT lines_read FROM ingest_sources").fetchone()[0] == 378
    finally:
        conn.close()
