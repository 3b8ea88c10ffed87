"""The GUI's doorway to the data: each object owns its own SQLite connection, so it can live
on the worker thread that uses it (SQLite connections must not be shared across threads).

The ui package talks only to these classes, never to the store, which keeps SQL out of ui/.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from console.domain import kpi
from console.domain.board import BoardSnapshot
from console.domain.events import IngestProblem
from console.domain.floor_settings import FloorSettings
from console.domain.raw_mask import mask_raw_line, mask_reason
from console.ingest.follower import QueueLogReader
from console.services.board_live import LiveBoard
from console.services.clock import Clock, WallClock
from console.services.data_safety import load_settings as load_data_safety
from console.services.floor_settings import SettingsCache
from console.store import breaks as breaks_store
from console.store import db, queries
from console.store.db import StoreError

LOCK_NOTICE_MS = 1000

__all__ = ["BoardReader", "IngestStep", "LiveIngest", "StoreError", "open_database"]


def open_database(path: Path | str) -> sqlite3.Connection:
    """Open and migrate; raises StoreError with a message fit for the user."""
    from console.services.db_location import location_problem

    problem = location_problem(Path(path))
    if problem is not None:  # a folder that cannot be created or written: say so, no traceback
        raise StoreError(problem[0].upper() + problem[1:] + ".")
    try:
        return db.connect(path)
    except OSError as exc:
        raise StoreError(f"Cannot open the database {path}: {exc.strerror or exc}; choose "
                         "another place with --db.") from exc
    except sqlite3.DatabaseError as exc:
        from console.store.backup import latest_backup

        latest = latest_backup(path)
        hint = (f" `composure db check --db {path}` tells what is wrong; `composure db restore "
                f"--db {path}` puts back the latest backup ({latest.path.name})." if latest
                else "")
        raise StoreError(f"Cannot open the database {path}: {exc}.{hint}") from exc


class BoardReader:
    """Builds board snapshots, skipping the work when nothing was committed since the last.

    The floor settings are read from the database at each build (a saved change commits, so
    the data version moves and the next snapshot follows it); ``settings`` overrides the
    KPI definitions, for tests and tools.
    """

    def __init__(self, db_path: Path | str, settings: kpi.KpiSettings | None = None) -> None:
        self.conn = open_database(db_path)
        self.settings = settings
        self.floor_settings = SettingsCache(self.conn)
        self._version: int | None = None
        self._last_built = 0.0
        self._live = LiveBoard()

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
        # today's sums are followed between snapshots, not read whole (services/board_live.py)
        return self._live.snapshot(self.conn, now, self.current_settings())

    def current_settings(self) -> FloorSettings:
        floor = self.floor_settings.current()
        if self.settings is not None:
            floor = replace(floor, kpi=self.settings)
        return floor

    def problems(self, limit: int = 5000) -> list[IngestProblem]:
        """The unreadable lines, caller numbers masked as on the rest of the board unless
        the floor shows them in full: the dock never holds a number it may not show."""
        show_full = load_data_safety(self.conn).show_full_callers
        return [replace(p, raw=mask_raw_line(p.raw, show_full),
                        reason=mask_reason(p.reason, show_full))
                for p in queries.problems(self.conn, limit)]

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
                 demo=None, kind: str = "queue_log",
                 on_locked: Callable[[int, float], None] | None = None) -> None:
        self.db_path = Path(db_path)
        self.kind = "demo" if demo is not None else kind
        self.queue_log = Path(queue_log)
        self.clock = clock or WallClock()
        self.demo = demo
        self._conn: sqlite3.Connection | None = None
        self._reader: QueueLogReader | None = None
        self._locked = False
        self._on_locked = on_locked  # told at once, while the step still waits and retries

    def _ensure(self) -> QueueLogReader:
        if self._reader is None:
            conn = open_database(self.db_path)
            try:
                reader = QueueLogReader(conn, self.queue_log, batch_lines=5000,
                                        kind=self.kind, on_locked=self._note_locked)
            except BaseException:
                conn.close()  # the next step tries again with a fresh connection
                raise
            # another program writing: hear of it within a second (the batch writer
            # retries, and says so through on_locked) rather than after a 10 s silent wait
            conn.execute(f"PRAGMA busy_timeout = {LOCK_NOTICE_MS}")
            self._conn, self._reader = conn, reader
        return self._reader

    def _note_locked(self, attempt: int, delay: float) -> None:
        self._locked = True
        if self._on_locked is not None:
            self._on_locked(attempt, delay)

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
