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


_FOREVER = 1 << 62  # "no upper bound" for a bound parameter


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
    # summed by SQLite: a month's report asks this over a million intervals. Closed
    # intervals are found by their end (``agent_states_end``), open ones by the open index:
    # by start time, every interval ever stored starts before ``end``. ``+start_ts`` keeps
    # the planner off the start-time index.
    lo, hi, now_i = int(start), int(end), int(now)
    rows = conn.execute(
        "SELECT agent, state, sum(min(coalesce(end_ts, ?), ?) - max(start_ts, ?)) FROM ("
        " SELECT agent, state, start_ts, end_ts FROM agent_states"
        " WHERE end_ts > ? AND +start_ts < ?"
        " UNION ALL SELECT agent, state, start_ts, end_ts FROM agent_states"
        " WHERE end_ts IS NULL AND +start_ts < ? AND ? > ?)"
        " WHERE min(coalesce(end_ts, ?), ?) > max(start_ts, ?) GROUP BY agent, state",
        (now_i, hi, lo, lo, hi, hi, now_i, lo, now_i, hi, lo),
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


def calls_for_strain(conn: sqlite3.Connection, since: float, until: float | None = None, *,
                     queues: list[str] | None = None,
                     longer_than: float | None = None) -> list[tuple[str, str, int, int]]:
    """(agent, queue, connect_ts, talk_s) of calls answered in [since, until], in the order
    they were answered (through ``calls_connect``: not a scan of every call ever stored).

    ``until`` is the moment of the reading: a strain score at t counts no call answered after
    t (a report reads the score at past moments, when later calls are already stored).
    ``queues`` and ``longer_than`` given: only calls in those queues or with more talk (the
    ones strain counts; most of a day's calls are neither).
    """
    sql = ("SELECT agent, queue, connect_ts, coalesce(talk_s, 0) FROM calls INDEXED BY"
           " calls_connect WHERE connect_ts >= ? AND connect_ts <= ? AND agent IS NOT NULL")
    args: list = [int(since), _FOREVER if until is None else int(until)]
    if queues is not None and longer_than is not None:
        marks = ",".join("?" * len(queues)) or "NULL"
        sql += f" AND (queue IN ({marks}) OR coalesce(talk_s, 0) > ?)"
        args += [*queues, longer_than]
    return list(conn.execute(sql + " ORDER BY connect_ts, id", args))


def pauses_since(conn: sqlite3.Connection, since: float,
                 now: float) -> list[tuple[str, int, int, str | None]]:
    """(agent, start, end, reason) of paused intervals, open ones ending now.

    A pause that starts after ``now`` has not happened at ``now``: a reading at a past moment
    (the report's strain marks) must not see it.
    """
    return [(a, s, e, None if r is None else str(r))
            for a, s, e, r, _o in _touching(conn, "paused", "reason", since, now)]


def logged_out_since(conn: sqlite3.Connection, since: float,
                     now: float) -> list[tuple[str, int, int]]:
    """(agent, start, end) of logged-out intervals overlapping [since, now]; one still open at
    ``now`` (or ending after it: a reading in the past) ends at ``now``."""
    return [(a, s, min(e, int(now))) for a, s, e, _r, _o in
            _touching(conn, "logged_out", "NULL", since, now) if s < int(now)]


def _touching(conn: sqlite3.Connection, state: str, extra: str, since: float,
              now: float) -> list[tuple[str, int, int, object, int]]:
    """(agent, start, end or now, ``extra``, id) of ``state`` intervals that end at or after
    ``since`` (or are open) and start by ``now``, in (start, id) order; found by their end
    through the partial index of that state (``agent_states_paused_end``, ...), never by a
    scan of all history. The state is written into the SQL: SQLite uses a partial index
    only for a literal it can match."""
    if state not in ("paused", "logged_out"):
        raise ValueError(f"no end index for state {state!r}")
    n, lo = int(now), int(since)
    rows = conn.execute(
        f"SELECT agent, start_ts, end_ts, {extra}, id FROM agent_states"
        f" WHERE state = '{state}' AND end_ts >= ? AND +start_ts <= ?"
        f" UNION ALL SELECT agent, start_ts, ?, {extra}, id FROM agent_states"
        f" WHERE state = '{state}' AND end_ts IS NULL AND ? >= ? AND +start_ts <= ?",
        (lo, n, n, n, lo, n)).fetchall()
    rows.sort(key=lambda r: (r[1], r[4]))
    return rows


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
    Intervals are found by their end (closed) or their start (open), through the indexes.
    """
    out: dict[str, int] = {}
    bound = int(until) if until is not None else None
    ds = int(day_start)
    for agent, first, back in conn.execute(
        "SELECT agent, min(start_ts), max(CASE WHEN state = 'logged_out'"
        " AND (? IS NULL OR end_ts <= ?) THEN end_ts END) FROM ("
        " SELECT agent, state, start_ts, end_ts FROM agent_states INDEXED BY agent_states_end"
        " WHERE end_ts >= ? AND (? IS NULL OR +start_ts <= ?)"
        " UNION ALL SELECT agent, state, start_ts, end_ts FROM agent_states"
        " WHERE end_ts IS NULL AND start_ts >= ? AND (? IS NULL OR start_ts <= ?))"
        " GROUP BY agent",
        (bound, bound, ds, bound, bound, ds, bound, bound),
    ):
        out[agent] = max(ds, back or first)
    return out


def first_call_ts(conn: sqlite3.Connection, since: float, until: float) -> int | None:
    """When the earliest call in [since, until) entered a queue (how much history there is)."""
    return conn.execute("SELECT min(enter_ts) FROM calls WHERE enter_ts >= ? AND enter_ts < ?",
                        (int(since), int(until))).fetchone()[0]


def longest_hold(conn: sqlite3.Connection, start: float, end: float) -> int | None:
    """The longest wait of a call that entered in [start, end) (None: no call with a wait)."""
    return conn.execute("SELECT max(hold_s) FROM calls WHERE enter_ts >= ? AND enter_ts < ?",
                        (int(start), int(end))).fetchone()[0]
