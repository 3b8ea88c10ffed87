"""Recognitions: recording praise for an agent, withdrawing a mistaken one, reading them back."""

from __future__ import annotations

import sqlite3

from console.domain import recognition as rules
from console.domain.recognition import Recognition
from console.store import audit
from console.store.flags import transaction

_SELECT = ("SELECT id, ts, agent, kind, text, callid, flag_id, recorded_by, withdrawn_at,"
           " withdrawn_by FROM recognitions")


def record(conn: sqlite3.Connection, *, agent: str, kind: str, text: str | None, ts: float,
           callid: str | None = None, flag_id: int | None = None,
           actor: str | None = None) -> int:
    agent, kind, text = rules.clean(agent, kind, text)
    actor = actor or audit.current_actor()
    with transaction(conn):
        if callid is None and flag_id is not None:
            row = conn.execute("SELECT callid FROM abuse_flags WHERE id = ?",
                               (flag_id,)).fetchone()
            callid = row[0] if row else None
        cur = conn.execute(
            "INSERT INTO recognitions (ts, agent, kind, text, callid, flag_id, recorded_by)"
            " VALUES (?,?,?,?,?,?,?)", (int(ts), agent, kind, text, callid, flag_id, actor))
        rid = int(cur.lastrowid or 0)
        audit.record(conn, "recognition.record", f"recognition:{rid}",
                     {"agent": agent, "kind": kind, "callid": callid, "flag_id": flag_id},
                     actor=actor, ts=ts)
    return rid


def withdraw(conn: sqlite3.Connection, recognition_id: int, ts: float,
             actor: str | None = None) -> bool:
    """Recorded for the wrong person or by mistake: kept (the audit trail stays whole) but no
    longer shown or counted."""
    actor = actor or audit.current_actor()
    with transaction(conn):
        cur = conn.execute(
            "UPDATE recognitions SET withdrawn_at = ?, withdrawn_by = ?"
            " WHERE id = ? AND withdrawn_at IS NULL", (int(ts), actor, recognition_id))
        if cur.rowcount:
            audit.record(conn, "recognition.withdraw", f"recognition:{recognition_id}",
                         actor=actor, ts=ts)
    return bool(cur.rowcount)


def between(conn: sqlite3.Connection, start: float, end: float, *,
            include_withdrawn: bool = False, agent: str | None = None) -> list[Recognition]:
    """Newest first."""
    sql = _SELECT + " WHERE ts >= ? AND ts < ?"
    args: list = [int(start), int(end)]
    if not include_withdrawn:
        sql += " AND withdrawn_at IS NULL"
    if agent is not None:
        sql += " AND agent = ?"
        args.append(agent)
    sql += " ORDER BY ts DESC, id DESC"
    return [Recognition(*r) for r in conn.execute(sql, args)]


def get(conn: sqlite3.Connection, recognition_id: int) -> Recognition | None:
    row = conn.execute(_SELECT + " WHERE id = ?", (recognition_id,)).fetchone()
    return Recognition(*row) if row else None


def recent_answered_calls(conn: sqlite3.Connection, since: float, until: float,
                          queue_contains: str | None = None,
                          limit: int = 50) -> list[tuple[str, str, str, int]]:
    """(agent, callid, queue, end ts) of answered calls that ended in the window, latest
    first: what a recognition (on the demo floor, what the script's praise) links to."""
    sql = ("SELECT agent, callid, queue, end_ts FROM calls WHERE agent IS NOT NULL"
           " AND connect_ts IS NOT NULL AND end_ts >= ? AND end_ts < ?")
    args: list = [int(since), int(until)]
    if queue_contains:
        sql += " AND instr(lower(queue), ?) > 0"
        args.append(queue_contains.lower())
    sql += " ORDER BY end_ts DESC, id DESC LIMIT ?"
    args.append(limit)
    return [tuple(r) for r in conn.execute(sql, args)]  # type: ignore[misc]


def floor_data_until(conn: sqlite3.Connection) -> float | None:
    """The newest call the floor has ingested (entered the queue): how far the data reaches."""
    row = conn.execute("SELECT max(enter_ts) FROM calls").fetchone()
    return row[0] if row and row[0] is not None else None
