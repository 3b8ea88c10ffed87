"""Read queries the board, `composure stats` and reports share. Only SQL lives here;
the arithmetic on the rows is in :mod:`console.domain.kpi`."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from console.domain.events import IngestProblem
from console.domain.kpi import CallFact
from console.store.db import database


@dataclass(frozen=True, slots=True)
class AgentInfo:
    name: str
    display_name: str | None
    team: str | None


@dataclass(frozen=True, slots=True)
class AgentDay:
    """Per-agent totals over a time range."""

    name: str
    answered: int
    completed: int
    talk_s: float
    last_call_end: float | None


def data_version(conn: sqlite3.Connection) -> int:
    """Changes whenever another connection commits: lets readers skip unchanged refreshes."""
    return conn.execute("PRAGMA data_version").fetchone()[0]


def call_facts(conn: sqlite3.Connection, start: float, end: float,
               queue: str | None = None) -> list[CallFact]:
    sql = ("SELECT queue, enter_ts, outcome, hold_s, talk_s, agent FROM calls"
           " WHERE enter_ts >= ? AND enter_ts < ?")
    args: list = [int(start), int(end)]
    if queue:
        sql += " AND queue = ?"
        args.append(queue)
    return [CallFact(*row) for row in conn.execute(sql, args)]


def waiting_calls(conn: sqlite3.Connection, since: float) -> list[CallFact]:
    """Calls still in a queue now, even if they entered before the range being shown."""
    return [CallFact(*row) for row in conn.execute(
        "SELECT queue, enter_ts, outcome, hold_s, talk_s, agent FROM calls"
        " WHERE outcome = 'waiting' AND enter_ts >= ?", (int(since),))]


def queue_names(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM queues ORDER BY name")]


def agents(conn: sqlite3.Connection) -> list[AgentInfo]:
    return [AgentInfo(*r) for r in conn.execute(
        "SELECT a.name, a.display_name, t.name FROM agents a"
        " LEFT JOIN teams t ON t.id = a.team_id ORDER BY a.name")]


def team_names(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM teams ORDER BY name")]


def agent_totals(conn: sqlite3.Connection, start: float, end: float,
                 queue: str | None = None) -> dict[str, AgentDay]:
    rows = conn.execute(
        "SELECT agent, count(*),"
        " sum(outcome IN ('completed_caller','completed_agent','transferred')),"
        " coalesce(sum(talk_s), 0), max(end_ts) FROM calls"
        " WHERE agent IS NOT NULL AND enter_ts >= ? AND enter_ts < ?"
        " AND (? IS NULL OR queue = ?) GROUP BY agent",
        (int(start), int(end), queue, queue),
    )
    return {r[0]: AgentDay(r[0], r[1], r[2] or 0, float(r[3]), r[4]) for r in rows}


def missed_rings(conn: sqlite3.Connection, start: float, end: float,
                 queue: str | None = None) -> dict[str, int]:
    return dict(conn.execute(
        "SELECT agent, count(*) FROM ring_events WHERE kind = 'noanswer' AND ts >= ? AND ts < ?"
        " AND (? IS NULL OR queue = ?) GROUP BY agent", (int(start), int(end), queue, queue)))


def current_states(conn: sqlite3.Connection) -> dict[str, tuple[str, str | None, int]]:
    """Each agent's open interval: (state, reason, since)."""
    return {r[0]: (r[1], r[2], r[3]) for r in conn.execute(
        "SELECT agent, state, reason, start_ts FROM agent_states WHERE end_ts IS NULL")}


def state_seconds(conn: sqlite3.Connection, start: float, end: float,
                  now: float) -> dict[tuple[str, str], float]:
    """Seconds each agent spent in each state within [start, end), open intervals up to now."""
    # summed by SQLite: a month's report asks this over a million intervals
    lo, hi, now_i = int(start), int(end), int(now)
    rows = conn.execute(
        "SELECT agent, state, sum(min(coalesce(end_ts, ?), ?) - max(start_ts, ?))"
        " FROM agent_states WHERE start_ts < ? AND coalesce(end_ts, ?) > ?"
        " AND min(coalesce(end_ts, ?), ?) > max(start_ts, ?) GROUP BY agent, state",
        (now_i, hi, lo, hi, now_i, lo, now_i, hi, lo),
    )
    return {(agent, state): float(secs) for agent, state, secs in rows}


def problem_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM ingest_problems").fetchone()[0]


def unknown_event_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM unknown_events").fetchone()[0]


def problems(conn: sqlite3.Connection, limit: int = 5000) -> list[IngestProblem]:
    rows = database(conn)["ingest_problems"].rows_where(
        select="id, file, line_no, byte_offset, reason, coalesce(raw, '') AS raw, seen_at",
        order_by="id desc", limit=limit)
    return [IngestProblem(**row) for row in rows]


def latest_event_ts(conn: sqlite3.Connection) -> int | None:
    row = conn.execute("SELECT max(last_ts) FROM raw_batches").fetchone()
    return row[0] if row else None


def depth_events(conn: sqlite3.Connection, start: float, now: float,
                 lookback: int = 4 * 3600) -> list[tuple[int, int]]:
    """(enter, leave) of calls that were waiting at some point in [start, now]."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT enter_ts, coalesce(connect_ts, end_ts, ?) FROM calls"
        " WHERE enter_ts >= ? AND enter_ts <= ? AND coalesce(connect_ts, end_ts, ?) >= ?",
        (int(now), int(start) - lookback, int(now), int(now), int(start)))]


def calls_for_strain(conn: sqlite3.Connection, since: float,
                     until: float | None = None) -> list[tuple[str, str, int, int]]:
    """(agent, queue, connect_ts, talk_s) of calls answered in [since, until].

    ``until`` is the moment of the reading: a strain score at t counts no call answered after
    t (a report reads the score at past moments, when later calls are already stored).
    """
    if until is None:
        return list(conn.execute(
            "SELECT agent, queue, connect_ts, coalesce(talk_s, 0) FROM calls"
            " WHERE agent IS NOT NULL AND connect_ts >= ?", (int(since),)))
    return list(conn.execute(
        "SELECT agent, queue, connect_ts, coalesce(talk_s, 0) FROM calls"
        " WHERE agent IS NOT NULL AND connect_ts >= ? AND connect_ts <= ?",
        (int(since), int(until))))


def pauses_since(conn: sqlite3.Connection, since: float,
                 now: float) -> list[tuple[str, int, int, str | None]]:
    """(agent, start, end, reason) of paused intervals, open ones ending now.

    A pause that starts after ``now`` has not happened at ``now``: a reading at a past moment
    (the report's strain marks) must not see it.
    """
    return list(conn.execute(
        "SELECT agent, start_ts, coalesce(end_ts, ?), reason FROM agent_states"
        " WHERE state = 'paused' AND coalesce(end_ts, ?) >= ? AND start_ts <= ?",
        (int(now), int(now), int(since), int(now))))


def logged_out_since(conn: sqlite3.Connection, since: float,
                     now: float) -> list[tuple[str, int, int]]:
    """(agent, start, end) of logged-out intervals overlapping [since, now]; one still open at
    ``now`` (or ending after it: a reading in the past) ends at ``now``."""
    return list(conn.execute(
        "SELECT agent, start_ts, min(coalesce(end_ts, ?), ?) FROM agent_states"
        " WHERE state = 'logged_out' AND start_ts < ? AND coalesce(end_ts, ?) >= ?",
        (int(now), int(now), int(now), int(now), int(since))))


def offered_per_bucket(conn: sqlite3.Connection, start: float, end: float,
                       bucket: int) -> dict[int, int]:
    """Calls offered per ``bucket``-second slot of the day (seconds since local midnight)."""
    return dict(conn.execute(
        "SELECT (CAST(strftime('%s', enter_ts, 'unixepoch', 'localtime') AS INTEGER) % 86400)"
        " / ? * ?, count(*) FROM calls WHERE enter_ts >= ? AND enter_ts < ? GROUP BY 1",
        (bucket, bucket, int(start), int(end))))


def on_shift_since(conn: sqlite3.Connection, day_start: float,
                   until: float | None = None) -> dict[str, int]:
    """When each agent's current stretch of work began: the end of their last logged-out
    interval today, or their first interval today.

    ``until`` is the moment asked about: a logout that ended after it has not happened yet
    (without it, a report's 09:00 reading took a 14:00 return from lunch as the shift start).
    """
    out: dict[str, int] = {}
    bound = int(until) if until is not None else None
    for agent, first, back in conn.execute(
        "SELECT agent, min(start_ts), max(CASE WHEN state = 'logged_out'"
        " AND (? IS NULL OR end_ts <= ?) THEN end_ts END)"
        " FROM agent_states WHERE coalesce(end_ts, start_ts) >= ?"
        " AND (? IS NULL OR start_ts <= ?) GROUP BY agent",
        (bound, bound, int(day_start), bound, bound),
    ):
        out[agent] = max(int(day_start), back or first)
    return out


def first_call_ts(conn: sqlite3.Connection, since: float, until: float) -> int | None:
    """When the earliest call in [since, until) entered a queue (how much history there is)."""
    return conn.execute("SELECT min(enter_ts) FROM calls WHERE enter_ts >= ? AND enter_ts < ?",
                        (int(since), int(until))).fetchone()[0]


def longest_hold(conn: sqlite3.Connection, start: float, end: float) -> int | None:
    """The longest wait of a call that entered in [start, end) (None: no call with a wait)."""
    return conn.execute("SELECT max(hold_s) FROM calls WHERE enter_ts >= ? AND enter_ts < ?",
                        (int(start), int(end))).fetchone()[0]
