"""The one write path for ingested events: rows and the read position commit together.

Everything a batch produced (raw lines, derived calls and agent-state intervals, missed rings,
abuse flags, unreadable lines) is written in a single transaction that also moves the source's
byte offset and stores the derivation state. A crash therefore loses either the whole batch
(and the offset still points before it) or nothing.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from console.domain.floor_state import Changes
from console.store import member_states

LockedCallback = Callable[[int, float], None]


@dataclass(slots=True)
class SourceCursor:
    id: int
    path: str
    inode: int | None
    head_hash: str | None
    offset: int
    line_no: int
    state: dict | None


@dataclass(slots=True)
class RawBatch:
    """The readable lines of one batch, verbatim, and the unknown events among them."""

    first_line: int = 0
    last_line: int = 0
    first_ts: int | None = None
    last_ts: int | None = None
    lines: list[str] = field(default_factory=list)
    unknown: list[tuple[int, int, str, str]] = field(default_factory=list)  # line, ts, event, raw


@dataclass(frozen=True, slots=True)
class Problem:
    line_no: int
    byte_offset: int | None
    reason: str
    raw: str


_CALL_SQL = (
    "INSERT OR REPLACE INTO calls (id, callid, queue, caller, enter_ts, position, outcome, agent,"
    " connect_ts, end_ts, hold_s, ring_s, talk_s, line_no) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_STATE_SQL = (
    "INSERT OR REPLACE INTO agent_states (id, agent, state, reason, start_ts, end_ts)"
    " VALUES (?,?,?,?,?,?)"
)
_RAW_SQL = (
    "INSERT INTO raw_batches (source_id, first_line, last_line, first_ts, last_ts, lines)"
    " VALUES (?,?,?,?,?,?)"
)
_UNKNOWN_SQL = (
    "INSERT INTO unknown_events (source_id, line_no, ts, event, raw) VALUES (?,?,?,?,?)"
)
_RING_SQL = "INSERT INTO ring_events (ts, callid, queue, agent, ring_ms, kind) VALUES (?,?,?,?,?,?)"
_FLAG_SQL = (
    "INSERT INTO abuse_flags (ts, callid, queue, agent, caller, severity, category, raw_category,"
    " note, source, line_no) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
)


class IngestWriter:
    def __init__(self, conn: sqlite3.Connection, on_locked: LockedCallback | None = None,
                 retries: int = 60) -> None:
        self.conn = conn
        self.on_locked = on_locked
        self.retries = retries

    def open_source(self, path: str, kind: str = "queue_log") -> SourceCursor:
        row = self.conn.execute(
            "SELECT id, path, inode, head_hash, offset, line_no, state_json FROM ingest_sources"
            " WHERE path = ?", (path,)
        ).fetchone()
        if row is None:
            cur = self.conn.execute(
                "INSERT INTO ingest_sources (kind, path, updated_at) VALUES (?, ?, ?)",
                (kind, path, int(time.time())),
            )
            return SourceCursor(cur.lastrowid, path, None, None, 0, 0, None)
        return SourceCursor(row[0], row[1], row[2], row[3], row[4], row[5],
                            json.loads(row[6]) if row[6] else None)

    def aliases(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT alias, agent FROM agent_aliases"))

    def commit_batch(
        self,
        cursor: SourceCursor,
        batch: RawBatch,
        changes: Changes,
        problems: Sequence[Problem] = (),
        state: dict | None = None,
    ) -> None:
        """Write one batch and advance ``cursor`` (already moved by the reader) atomically."""
        sid = cursor.id
        now = int(time.time())

        def write() -> None:
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            try:
                if batch.lines:
                    c.execute(_RAW_SQL, (sid, batch.first_line, batch.last_line, batch.first_ts,
                                         batch.last_ts, "\n".join(batch.lines)))
                if batch.unknown:
                    c.executemany(_UNKNOWN_SQL, [(sid, *u) for u in batch.unknown])
                if changes.calls:
                    c.executemany(_CALL_SQL, [r.row() for r in changes.calls.values()])
                if changes.intervals:
                    c.executemany(_STATE_SQL, [r.row() for r in changes.intervals.values()])
                if changes.members:
                    member_states.write_intervals(c, changes.members.values())
                if changes.rings:
                    c.executemany(_RING_SQL, changes.rings)
                if changes.flags:
                    c.executemany(_FLAG_SQL, changes.flags)
                if changes.agents:
                    c.executemany("INSERT OR IGNORE INTO agents (name) VALUES (?)",
                                  [(a,) for a in changes.agents])
                if changes.calls:
                    queues = {(r.queue, r.enter_ts) for r in changes.calls.values()}
                    c.executemany("INSERT OR IGNORE INTO queues (name, first_seen) VALUES (?, ?)",
                                  sorted(queues, key=lambda q: q[1]))
                if problems:
                    c.executemany(
                        "INSERT INTO ingest_problems (source_id, file, line_no, byte_offset,"
                        " reason, raw, seen_at) VALUES (?,?,?,?,?,?,?)",
                        [(sid, cursor.path, p.line_no, p.byte_offset, p.reason, p.raw[:2000], now)
                         for p in problems],
                    )
                c.execute(
                    "UPDATE ingest_sources SET inode = ?, head_hash = ?, offset = ?, line_no = ?,"
                    " lines_read = lines_read + ?, problems = problems + ?,"
                    " unknown_events = unknown_events + ?, state_json = ?, updated_at = ?"
                    " WHERE id = ?",
                    (cursor.inode, cursor.head_hash, cursor.offset, cursor.line_no,
                     len(batch.lines) + len(problems), len(problems), len(batch.unknown),
                     json.dumps(state, ensure_ascii=False) if state is not None else None,
                     now, sid),
                )
                c.execute("COMMIT")
            except BaseException:
                c.execute("ROLLBACK")
                raise

        self._with_retry(write)

    def _with_retry(self, fn: Callable[[], None]) -> None:
        """Wait out another process's write lock instead of failing the batch."""
        delay = 0.05
        for attempt in range(1, self.retries + 1):
            try:
                fn()
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if attempt == self.retries:
                    raise
                if self.on_locked is not None:
                    self.on_locked(attempt, delay)
                time.sleep(delay)
                delay = min(delay * 2, 2.0)
