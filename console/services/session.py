"""The GUI's doorway to the data: each object owns its own SQLite connection, so it can live
on the worker thread that uses it (SQLite connections must not be shared across threads).

The ui package talks only to these classes, never to the store, which keeps SQL out of ui/.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from console.domain import kpi
from console.domain.board import BoardSnapshot
from console.domain.events import IngestProblem
from console.ingest.follower import QueueLogReader
from console.services.board import build_snapshot
from console.services.clock import Clock, WallClock
from console.store import breaks as breaks_store
from console.store import db, queries
from console.store.db import StoreError

__all__ = ["BoardReader", "IngestStep", "LiveIngest", "StoreError", "open_database"]


def open_database(path: Path | str) -> sqlite3.Connection:
    """Open and migrate; raises StoreError with a message fit for the user."""
    try:
        return db.connect(path)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"Cannot open the database {path}: {exc}") from exc


class BoardReader:
    """Builds board snapshots, skipping the work when nothing was committed since the last."""

    def __init__(self, db_path: Path | str, settings: kpi.KpiSettings | None = None) -> None:
        self.conn = open_database(db_path)
        self.settings = settings or kpi.KpiSettings()
        self._version: int | None = None
        self._last_built = 0.0

    def snapshot(
        self, now: float, force: bool = False, max_age: float = 5.0
    ) -> BoardSnapshot | None:
        """A fresh snapshot, or None if the data is unchanged and the last one is recent.

        ``max_age`` (seconds of the clock) still rebuilds an unchanged board now and then,
        because waits and intervals move with time even when no line arrives.
        """
        version = queries.data_version(self.conn)
        if not force and version == self._version and now - self._last_built < max_age:
            return None
        self._version = version
        self._last_built = now
        return build_snapshot(self.conn, now, self.settings)

    def problems(self, limit: int = 5000) -> list[IngestProblem]:
        return queries.problems(self.conn, limit)

    def close(self) -> None:
        self.conn.close()


@dataclass(frozen=True, slots=True)
class IngestStep:
    lines: int
    problems: int
    last_ts: int | None
    status: str  # "ok" | "waiting" (file missing) | "locked"


class LiveIngest:
    """One step of live ingest: the demo writes its lines first, then the follower reads."""

    def __init__(self, db_path: Path | str, queue_log: Path | str, clock: Clock | None = None,
                 demo=None, kind: str = "queue_log") -> None:
        self.db_path = Path(db_path)
        self.kind = "demo" if demo is not None else kind
        self.queue_log = Path(queue_log)
        self.clock = clock or WallClock()
        self.demo = demo
        self._conn: sqlite3.Connection | None = None
        self._reader: QueueLogReader | None = None
        self._locked = False

    def _ensure(self) -> QueueLogReader:
        if self._reader is None:
            self._conn = open_database(self.db_path)
            self._reader = QueueLogReader(self._conn, self.queue_log, batch_lines=5000,
                                          kind=self.kind, on_locked=self._note_locked)
        return self._reader

    def _note_locked(self, attempt: int, delay: float) -> None:
        self._locked = True

    def step(self) -> IngestStep:
        if self.demo is not None:
            self.demo.write_until(self.clock.now())
        if not self.queue_log.exists() and self._reader is None:
            return IngestStep(0, 0, None, "waiting")
        reader = self._ensure()
        before = reader.total_problems
        self._locked = False
        lines = reader.poll()
        if lines and self._conn is not None:
            # an agent's UNPAUSE is their return from a recovery break
            breaks_store.close_on_unpause(self._conn)
        return IngestStep(lines, reader.total_problems - before, reader.state.last_ts or None,
                          "locked" if self._locked else "ok")

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
        if self._conn is not None:
            self._conn.close()


def wall_now() -> float:
    return time.time()
