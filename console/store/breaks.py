"""Recovery breaks granted in the console, each with its audit row."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import replace

from console.domain.breaks import Break, countdown_start
from console.store import audit
from console.store.flags import transaction

_COLUMNS = ("id, agent, kind, granted_at, granted_by, planned_minutes, start_ts, end_ts,"
            " ended_by, one_to_one, flag_id, coverage_note")


def _break(row: tuple) -> Break:
    values = list(row)
    values[9] = bool(values[9])
    return Break(*values)


def counted(conn: sqlite3.Connection, b: Break) -> Break:
    """The break with its countdown's real start: a break granted during a call starts when
    the agent is free (console.domain.breaks.countdown_start), read from the agent's states
    so that every console and the board agree without a write."""
    until = b.end_ts if b.end_ts is not None else 2**62
    # the interval the agent was in when it was granted, then the ones after it (both walks
    # of the start_ts index stay short: near the grant, and only until the break ended)
    rows = conn.execute(
        "SELECT state, start_ts, end_ts FROM agent_states WHERE agent = ? AND start_ts <= ?"
        " ORDER BY start_ts DESC, id DESC LIMIT 1", (b.agent, b.start_ts)).fetchall()
    rows += conn.execute(
        "SELECT state, start_ts, end_ts FROM agent_states WHERE agent = ? AND start_ts > ?"
        " AND start_ts < ? ORDER BY start_ts, id LIMIT 200",
        (b.agent, b.start_ts, until)).fetchall()
    start = countdown_start(b.start_ts, rows)
    if start is None:  # still on the call; one ended while waiting never started
        return replace(b, waiting=b.running)
    return b if start == b.start_ts else replace(b, start_ts=int(start))


def grant(conn: sqlite3.Connection, agent: str, minutes: int, *, now: float,
          one_to_one: bool = False, flag_id: int | None = None,
          coverage_note: str | None = None, actor: str | None = None) -> int:
    actor = actor or audit.current_actor()
    with transaction(conn):
        running = conn.execute("SELECT id FROM breaks WHERE agent = ? AND end_ts IS NULL",
                               (agent,)).fetchone()
        if running:
            raise ValueError(f"{agent} is already on a break")
        cur = conn.execute(
            "INSERT INTO breaks (agent, kind, granted_at, granted_by, planned_minutes, start_ts,"
            " one_to_one, flag_id, coverage_note) VALUES (?,?,?,?,?,?,?,?,?)",
            (agent, "recovery", int(time.time()), actor, minutes, int(now), int(one_to_one),
             flag_id, coverage_note))
        audit.record(conn, "break.grant", f"agent:{agent}",
                     {"minutes": minutes, "one_to_one": one_to_one, "flag_id": flag_id,
                      "coverage": coverage_note}, actor=actor)
    return cur.lastrowid


def end(conn: sqlite3.Connection, break_id: int, *, now: float, ended_by: str = "manual",
        actor: str | None = None) -> bool:
    actor = actor or audit.current_actor()
    with transaction(conn):
        cur = conn.execute(
            "UPDATE breaks SET end_ts = ?, ended_by = ? WHERE id = ? AND end_ts IS NULL",
            (int(now), ended_by, break_id))
        if cur.rowcount:
            audit.record(conn, "break.end", f"break:{break_id}", {"ended_by": ended_by},
                         actor=actor if ended_by == "manual" else "system")
    return bool(cur.rowcount)


def running(conn: sqlite3.Connection) -> list[Break]:
    """Breaks not ended, in the order they were granted; one granted during a call that has
    not ended yet is ``waiting`` (its countdown has not started)."""
    return [counted(conn, _break(r)) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM breaks WHERE end_ts IS NULL ORDER BY start_ts").fetchall()]


def since(conn: sqlite3.Connection, start: float, until: float | None = None) -> list[Break]:
    """Breaks granted in [start, until), as granted: ``start_ts`` is when the lead granted it
    (what the report's "minutes to a break" measures), not when a waiting one began."""
    return [_break(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM breaks WHERE start_ts >= ? AND start_ts < ? ORDER BY start_ts",
        (int(start), int(until if until is not None else 2**62)))]


def close_on_unpause(conn: sqlite3.Connection) -> int:
    """End running breaks whose agent has paused for it and unpaused since: the agent's
    UNPAUSE (from queue_log) is the return from the break. An agent still finishing a call
    when the break was granted has not started it yet."""
    closed = 0
    for b in running(conn):
        if b.waiting:
            continue
        paused = conn.execute(
            "SELECT min(start_ts) FROM agent_states WHERE agent = ? AND state = 'paused'"
            " AND coalesce(end_ts, 9e18) > ? ", (b.agent, b.start_ts)).fetchone()[0]
        if paused is None:
            continue
        back = conn.execute(
            "SELECT min(start_ts) FROM agent_states WHERE agent = ? AND start_ts > ?"
            " AND state NOT IN ('paused', 'logged_out')", (b.agent, paused)).fetchone()[0]
        if back is not None and end(conn, b.id, now=back, ended_by="unpause"):
            closed += 1
    return closed
