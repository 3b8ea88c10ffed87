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

from console.domain.floor_state import CALL_ROW, STATE_ROW, Changes
from console.store import member_states
from console.store.batch_rows import write_rows

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

    def position(self) -> tuple[int | None, str | None, int, int]:
        """What identifies the read position: compared before each batch is written."""
        return (self.inode, self.head_hash, self.offset, self.line_no)


class PositionMoved(Exception):
    """Another reader stored lines of this source since we read our position: the batch
    was not written (it would have stored those lines twice)."""


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


def _first_seen(changes: Changes) -> list[tuple[str, int]]:
    """Each queue of the batch's calls once, with its earliest entry, earliest first: what
    INSERT OR IGNORE keeps of every (queue, entry) pair in time order, in one row a queue."""
    first: dict[str, int] = {}
    for call in changes.calls.values():
        q, ts = call.queue, call.enter_ts
        seen = first.get(q)
        if seen is None or ts < seen:
            first[q] = ts
    return sorted(first.items(), key=lambda q: q[1])


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
            # OR IGNORE: a second reader starting at the same moment may have added it
            self.conn.execute(
                "INSERT OR IGNORE INTO ingest_sources (kind, path, updated_at) VALUES (?, ?, ?)",
                (kind, path, int(time.time())),
            )
            return self.open_source(path, kind)
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
        expected: tuple[int | None, str | None, int, int] | None = None,
    ) -> None:
        """Write one batch and advance ``cursor`` (already moved by the reader) atomically.

        With ``expected`` (the position the batch was read from) the batch is written only
        if the stored position is still that one, checked inside the write transaction;
        otherwise :class:`PositionMoved` is raised and nothing is written."""
        sid = cursor.id
        now = int(time.time())

        def write() -> None:
            c = self.conn
            c.execute("BEGIN IMMEDIATE")
            try:
                if expected is not None:
                    stored = c.execute(
                        "SELECT inode, head_hash, offset, line_no FROM ingest_sources"
                        " WHERE id = ?", (sid,)).fetchone()
                    if stored is None or tuple(stored) != tuple(expected):
                        raise PositionMoved(f"{cursor.path}: stored position {stored},"
                                            f" read from {expected}")
                if batch.lines:
                    c.execute(_RAW_SQL, (sid, batch.first_line, batch.last_line, batch.first_ts,
                                         batch.last_ts, "\n".join(batch.lines)))
                if batch.unknown:
                    c.executemany(_UNKNOWN_SQL, [(sid, *u) for u in batch.unknown])
                if changes.calls:
                    write_rows(c, _CALL_SQL, CALL_ROW, changes.calls, changes.first_call_id)
                if changes.intervals:
                    write_rows(c, _STATE_SQL, STATE_ROW, changes.intervals,
                               changes.first_interval_id)
                if changes.members:
                    member_states.write_intervals(c, changes.members, changes.first_member_id)
                if changes.rings:
                    c.executemany(_RING_SQL, changes.rings)
                if changes.flags:
                    c.executemany(_FLAG_SQL, changes.flags)
                if changes.agents:
                    c.executemany("INSERT OR IGNORE INTO agents (name) VALUES (?)",
                                  [(a,) for a in changes.agents])
                if changes.calls:
                    c.executemany("INSERT OR IGNORE INTO queues (name, first_seen) VALUES (?, ?)",
                                  _first_seen(changes))
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
                # SQLite has already rolled back after some errors (a full disk): a second
                # ROLLBACK would replace the real error by "no transaction is active"
                if c.in_transaction:
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
