"""The rows an incremental board reads: what changed since its last read, by id.

The ingest derivation numbers calls and intervals from counters, writes a row once it is
final and rewrites (``INSERT OR REPLACE``, same id) only rows that are still open: waiting
or connected calls, intervals without an end. So "what changed since the last read" is the
rows with a higher id than any seen, plus the rows that were open then. The counts here let
the reader check that the store still holds what it followed (a purge, a restore or a
re-derivation does not), and rebuild from scratch when it does not.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

# (id, queue, enter_ts, outcome, hold_s, talk_s, agent, end_ts)
CallRow = tuple[int, str, int, str, int | None, int | None, str | None, int | None]
# (id, agent, state, start_ts, end_ts)
IntervalRow = tuple[int, str, str, int, int | None]

_CALL_COLUMNS = "id, queue, enter_ts, outcome, hold_s, talk_s, agent, end_ts"
_INTERVAL_COLUMNS = "id, agent, state, start_ts, end_ts"


def calls_entered(conn: sqlite3.Connection, start: float, end: float) -> list[CallRow]:
    """Every call that entered a queue in [start, end), by the entry-time index."""
    return list(conn.execute(
        f"SELECT {_CALL_COLUMNS} FROM calls WHERE enter_ts >= ? AND enter_ts < ?",
        (int(start), int(end))))


def calls_changed(conn: sqlite3.Connection, after_id: int,
                  ids: Iterable[int]) -> list[CallRow]:
    """Calls with an id above ``after_id`` and the calls ``ids`` (those open at the last
    read), whatever they hold now."""
    rows = list(conn.execute(f"SELECT {_CALL_COLUMNS} FROM calls WHERE id > ?", (after_id,)))
    wanted = sorted(i for i in ids if i <= after_id)
    if wanted:
        rows += conn.execute(
            f"SELECT {_CALL_COLUMNS} FROM calls WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(wanted),))
    return rows


def call_count(conn: sqlite3.Connection, start: float, end: float) -> tuple[int, int]:
    """(calls that entered in [start, end), highest call id in the store): index-only."""
    n = conn.execute("SELECT count(*) FROM calls WHERE enter_ts >= ? AND enter_ts < ?",
                     (int(start), int(end))).fetchone()[0]
    top = conn.execute("SELECT max(id) FROM calls").fetchone()[0]
    return n, top or 0


def intervals_touching(conn: sqlite3.Connection, since: float) -> list[IntervalRow]:
    """Intervals that ended at or after ``since`` and every open one (the end index, the
    open index: not a scan of all history)."""
    return list(conn.execute(
        f"SELECT {_INTERVAL_COLUMNS} FROM agent_states INDEXED BY agent_states_end"
        " WHERE end_ts >= ? UNION ALL"
        f" SELECT {_INTERVAL_COLUMNS} FROM agent_states WHERE end_ts IS NULL",
        (int(since),)))


def intervals_changed(conn: sqlite3.Connection, after_id: int,
                      ids: Iterable[int]) -> list[IntervalRow]:
    """Intervals with an id above ``after_id`` and the intervals ``ids`` (open at the last
    read), whatever they hold now."""
    rows = list(conn.execute(
        f"SELECT {_INTERVAL_COLUMNS} FROM agent_states WHERE id > ?", (after_id,)))
    wanted = sorted(i for i in ids if i <= after_id)
    if wanted:
        rows += conn.execute(
            f"SELECT {_INTERVAL_COLUMNS} FROM agent_states"
            " WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(wanted),))
    return rows


def interval_count(conn: sqlite3.Connection, since: float) -> tuple[int, int, int]:
    """(intervals that ended at or after ``since``, open intervals, highest id): from the
    indexes alone."""
    closed = conn.execute("SELECT count(*) FROM agent_states WHERE end_ts >= ?",
                          (int(since),)).fetchone()[0]
    open_ = conn.execute("SELECT count(*) FROM agent_states WHERE end_ts IS NULL").fetchone()[0]
    top = conn.execute("SELECT max(id) FROM agent_states").fetchone()[0]
    return closed, open_, top or 0
