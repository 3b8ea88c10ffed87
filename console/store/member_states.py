"""Per-queue agent states (``member_states``) and the AMI member lists (``member_snapshots``).

The queue_log derivation writes the intervals with its batch (:func:`write_intervals` inside
the ingest writer's transaction); the AMI ingest stores each ``QueueStatus`` answer here and
the derivation applies it in time order (:func:`snapshots_after`).
"""

from __future__ import annotations

import json
import sqlite3

from console.domain.floor_state import FloorState
from console.domain.membership import ListedMember, MemberInterval
from console.store.batch_rows import write_rows

_MEMBER_SQL = (
    "INSERT OR REPLACE INTO member_states (id, agent, queue, paused, reason, resolved,"
    " start_ts, end_ts) VALUES (?,?,?,?,?,?,?,?)"
)


def write_intervals(conn: sqlite3.Connection, intervals: dict[int, MemberInterval],
                    first_new: int) -> None:
    """Inside the caller's transaction; ids from ``first_new`` on were made in this batch
    (see :func:`console.store.batch_rows.write_rows`)."""
    write_rows(conn, _MEMBER_SQL, MemberInterval.row, intervals, first_new)


def catch_up(conn: sqlite3.Connection, state: FloorState) -> None:
    """Before a queue_log batch: the interface mappings and QueueStatus answers the AMI
    ingest (or the roster) stored since; cheap (two small reads) so it runs every poll."""
    state.learn_aliases(aliases(conn))
    for snapshot in snapshots_after(conn, state.snapshot_id):
        state.add_snapshot(*snapshot)


def save_snapshot(conn: sqlite3.Connection, source: str, ts: float,
                  members: list[ListedMember]) -> int:
    """Its own short transaction; returns the snapshot's id."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        cur = conn.execute(
            "INSERT INTO member_snapshots (source, ts, members) VALUES (?, ?, ?)",
            (source, ts, json.dumps([m.values() for m in members], ensure_ascii=False)))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return int(cur.lastrowid or 0)


def snapshots_after(conn: sqlite3.Connection,
                    snapshot_id: int) -> list[tuple[int, float, list[ListedMember]]]:
    out = []
    for sid, ts, text in conn.execute(
            "SELECT id, ts, members FROM member_snapshots WHERE id > ? ORDER BY id",
            (snapshot_id,)):
        try:
            members = [ListedMember(*v) for v in json.loads(text)]
        except (ValueError, TypeError):
            continue
        out.append((sid, ts, members))
    return out


# a call is swept as lost this long after it entered (domain/floor_state.py STALE_CALL_SECONDS)
_CALL_HORIZON = 4 * 3600 + 60


def states_at(conn: sqlite3.Connection, ts: int) -> list[tuple]:
    """(agent, queue, paused, reason, in_call, resolved, start_ts) of every row covering
    ``ts`` (an interval holds from start_ts up to, not including, end_ts); in_call: on a
    call from ANY queue at ``ts``, from the calls table (a busy agent is offered no call in
    any queue, so each of their queues counts them in a call)."""
    calls = {a for (a,) in conn.execute(
        "SELECT agent FROM calls WHERE enter_ts BETWEEN ? AND ? AND agent IS NOT NULL"
        " AND connect_ts <= ? AND (end_ts IS NULL OR end_ts > ?)",
        (ts - _CALL_HORIZON, ts, ts, ts))}
    return [(a, q, p, r, a in calls, res, start) for a, q, p, r, res, start in
            conn.execute(
                "SELECT agent, queue, paused, reason, resolved, start_ts FROM member_states"
                " WHERE start_ts <= ? AND (end_ts IS NULL OR end_ts > ?)"
                " ORDER BY agent, queue, start_ts", (ts, ts))]


def pairs_known(conn: sqlite3.Connection, ts: int) -> list[tuple[str, str, int]]:
    """Every (agent, queue, resolved) the store knows of by ``ts``."""
    return [tuple(r) for r in conn.execute(
        "SELECT agent, queue, min(resolved) FROM member_states WHERE start_ts <= ?"
        " GROUP BY agent, queue", (ts,))]


def open_states(conn: sqlite3.Connection) -> list[tuple]:
    """The per-queue rows still open: (agent, queue, paused, reason, in_call, resolved,
    start_ts); in_call: on a connected call from any queue now (see :func:`states_at`)."""
    # the IN term lets SQLite use the partial index calls_open (a year of calls otherwise)
    calls = {a for (a,) in conn.execute(
        "SELECT agent FROM calls WHERE outcome IN ('waiting', 'connected')"
        " AND outcome = 'connected' AND agent IS NOT NULL")}
    return [(a, q, p, r, a in calls, res, start) for a, q, p, r, res, start in
            conn.execute(
                "SELECT agent, queue, paused, reason, resolved, start_ts FROM member_states"
                " WHERE end_ts IS NULL ORDER BY agent, queue")]


def aliases(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT alias, agent FROM agent_aliases"))


def learn_aliases(conn: sqlite3.Connection, mapping: dict[str, str]) -> None:
    """Interface -> member name pairs AMI told us; a roster row already there wins."""
    rows = [(i, n) for i, n in mapping.items() if i and n and i != n]
    if not rows:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany("INSERT OR IGNORE INTO agent_aliases (alias, agent) VALUES (?, ?)",
                         rows)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
