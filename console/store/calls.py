"""The call list: the newest queue visits in a time range, with the agent's display name.

Walks the ``calls_enter`` index backwards from the end of the range and stops after ``limit``
rows, so the cost does not grow with the day's volume (see tests/store/test_recent_calls.py,
which checks the plan with EXPLAIN QUERY PLAN).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

RECENT_CALLS_SQL = (
    "SELECT c.id, c.callid, c.queue, c.agent, a.display_name, c.caller, c.enter_ts,"
    " c.outcome, c.connect_ts, c.hold_s, c.talk_s"
    " FROM calls c LEFT JOIN agents a ON a.name = c.agent"
    " WHERE c.enter_ts >= ? AND c.enter_ts < ?"
    " ORDER BY c.enter_ts DESC, c.id DESC LIMIT ?"
)


@dataclass(frozen=True, slots=True)
class CallRecord:
    id: int
    callid: str
    queue: str
    agent: str | None
    display_name: str | None
    caller: str | None  # the full number: masked before it leaves the services layer
    enter_ts: int
    outcome: str
    connect_ts: int | None
    hold_s: int | None
    talk_s: int | None


def recent_calls(conn: sqlite3.Connection, since: float, until: float,
                 limit: int) -> list[CallRecord]:
    """Newest first (by entry time, then id, so equal seconds keep a stable order)."""
    rows = conn.execute(RECENT_CALLS_SQL, (int(since), int(until), int(limit)))
    return [CallRecord(*r) for r in rows]
