"""Peer coaching sessions, 1:1 talks and the needs list: reads, and writes with their audit row.

Times (``created_at``, ``completed_at``, ``due_ts``) come from the caller's clock, so the demo's
simulated day and the real floor file sessions the same way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from console.domain.coaching import (
    DONE,
    ONE_TO_ONE,
    PEER,
    PLANNED,
    CallRef,
    CoachingSession,
    Need,
    TalkNeeds,
)
from console.store import audit
from console.store.flags import transaction

_COLUMNS = ("id, kind, agent, coach, callid, queue, flag_id, break_id, focus, due_ts, status,"
            " went_well, do_differently, notes, created_by, created_at, completed_at")


def _needs_of(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, tuple[int, ...]]:
    out: dict[int, list[int]] = {}
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    for sid, need in conn.execute(
            f"SELECT session_id, need_id FROM session_needs WHERE session_id IN ({marks})"
            " ORDER BY session_id, rank", list(ids)):
        out.setdefault(sid, []).append(need)
    return {k: tuple(v) for k, v in out.items()}


def _sessions(conn: sqlite3.Connection, where: str, args: Sequence = ()) -> list[CoachingSession]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM coaching_sessions WHERE {where}",
                        list(args)).fetchall()
    needs = _needs_of(conn, [r[0] for r in rows if r[1] == ONE_TO_ONE])
    return [CoachingSession(*r, needs=needs.get(r[0], ())) for r in rows]


def session(conn: sqlite3.Connection, session_id: int) -> CoachingSession | None:
    found = _sessions(conn, "id = ?", (session_id,))
    return found[0] if found else None


def sessions_for_agent(conn: sqlite3.Connection, agent: str) -> list[CoachingSession]:
    """Sessions about ``agent`` (as the one coached or talked to) and those they coached."""
    return _sessions(conn, "agent = ? OR (kind = 'peer' AND coach = ?) ORDER BY created_at, id",
                     (agent, agent))


def open_sessions(conn: sqlite3.Connection) -> list[CoachingSession]:
    return _sessions(conn, "status = 'planned' ORDER BY due_ts, id")


def pending_talk(conn: sqlite3.Connection, agent: str) -> CoachingSession | None:
    """The planned 1:1 talk with ``agent`` due soonest, if any."""
    found = _sessions(conn, "agent = ? AND kind = 'one_to_one' AND status = 'planned'"
                            " ORDER BY due_ts IS NULL, due_ts, id LIMIT 1", (agent,))
    return found[0] if found else None


def peer_sessions_per_coach(conn: sqlite3.Connection, start: float,
                            end: float) -> dict[str, int]:
    """Peer sessions each coach has (or had) in ``[start, end)``, cancelled ones not counted."""
    return dict(conn.execute(
        "SELECT coach, count(*) FROM coaching_sessions WHERE kind = 'peer'"
        " AND status != 'cancelled' AND coach IS NOT NULL"
        " AND coalesce(due_ts, created_at) >= ? AND coalesce(due_ts, created_at) < ?"
        " GROUP BY coach", (int(start), int(end))))


def _write_needs(conn: sqlite3.Connection, session_id: int, needs: Sequence[int]) -> None:
    conn.execute("DELETE FROM session_needs WHERE session_id = ?", (session_id,))
    seen: list[int] = []
    for need in needs:
        if need not in seen:
            seen.append(need)
    conn.executemany("INSERT INTO session_needs (session_id, need_id, rank) VALUES (?,?,?)",
                     [(session_id, n, i) for i, n in enumerate(seen, 1)])


def create_session(
    conn: sqlite3.Connection, *, kind: str, agent: str, now: float, coach: str | None = None,
    callid: str | None = None, queue: str | None = None, flag_id: int | None = None,
    break_id: int | None = None, focus: str | None = None, due_ts: float | None = None,
    status: str = PLANNED, went_well: str | None = None, do_differently: str | None = None,
    notes: str | None = None, needs: Sequence[int] = (), actor: str | None = None,
) -> int:
    """A planned session (or a talk recorded straight away, ``status`` done)."""
    if kind not in (PEER, ONE_TO_ONE):
        raise ValueError(f"unknown session kind {kind!r}")
    if status not in (PLANNED, DONE):
        raise ValueError(f"a new session is planned or done, not {status!r}")
    actor = actor or audit.current_actor()
    with transaction(conn):
        cur = conn.execute(
            "INSERT INTO coaching_sessions (kind, agent, coach, callid, queue, flag_id,"
            " break_id, focus, due_ts, status, went_well, do_differently, notes, created_by,"
            " created_at, completed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (kind, agent, coach, callid, queue, flag_id, break_id, focus,
             None if due_ts is None else int(due_ts), status, went_well, do_differently, notes,
             actor, int(now), int(now) if status == DONE else None))
        session_id = cur.lastrowid
        if needs:
            _write_needs(conn, session_id, needs)
        audit.record(conn, f"{kind}.{'record' if status == DONE else 'plan'}",
                     f"session:{session_id}",
                     {"agent": agent, "coach": coach, "callid": callid, "flag_id": flag_id,
                      "break_id": break_id, "due_ts": due_ts and int(due_ts),
                      "needs": list(needs)}, actor=actor)
    return session_id


def record_outcome(
    conn: sqlite3.Connection, session_id: int, *, now: float, went_well: str | None,
    do_differently: str | None, notes: str | None = None, coach: str | None = None,
    needs: Sequence[int] | None = None, actor: str | None = None,
) -> bool:
    """Mark a session done with its outcome (a done one may be corrected; a cancelled one
    stays cancelled)."""
    actor = actor or audit.current_actor()
    with transaction(conn):
        row = conn.execute("SELECT kind, status FROM coaching_sessions WHERE id = ?",
                           (session_id,)).fetchone()
        if row is None:
            raise ValueError(f"there is no session {session_id}")
        kind, status = row
        if status == "cancelled":
            raise ValueError("this session was cancelled")
        conn.execute(
            "UPDATE coaching_sessions SET status = 'done', went_well = ?, do_differently = ?,"
            " notes = ?, coach = coalesce(?, coach), completed_at = coalesce(completed_at, ?)"
            " WHERE id = ?",
            (went_well, do_differently, notes, coach, int(now), session_id))
        if needs is not None:
            _write_needs(conn, session_id, needs)
        audit.record(conn, f"{kind}.{'record' if status == PLANNED else 'correct'}",
                     f"session:{session_id}",
                     {"needs": list(needs) if needs is not None else None}, actor=actor)
    return True


def cancel_session(conn: sqlite3.Connection, session_id: int, *, now: float,
                   reason: str | None = None, actor: str | None = None) -> bool:
    actor = actor or audit.current_actor()
    with transaction(conn):
        cur = conn.execute(
            "UPDATE coaching_sessions SET status = 'cancelled', completed_at = ?,"
            " notes = coalesce(?, notes) WHERE id = ? AND status = 'planned'",
            (int(now), reason, session_id))
        if cur.rowcount:
            audit.record(conn, "coaching.cancel", f"session:{session_id}", {"reason": reason},
                         actor=actor)
    return bool(cur.rowcount)


def plan_talks_for_breaks(conn: sqlite3.Connection, since: float) -> int:
    """A pending 1:1 talk, due when the break ends, for every recovery break since ``since``
    that asked for one and has none yet. Idempotent (one talk per break, by a unique index),
    so it also repairs a grant whose talk was not written (a crash between the two)."""
    missing = conn.execute(
        "SELECT b.id, b.agent, b.granted_by, b.start_ts + b.planned_minutes * 60, b.flag_id,"
        " b.start_ts FROM breaks b WHERE b.one_to_one = 1 AND b.start_ts >= ? AND NOT EXISTS"
        " (SELECT 1 FROM coaching_sessions s WHERE s.break_id = b.id)", (int(since),)).fetchall()
    made = 0
    for break_id, agent, lead, due, flag_id, start in missing:
        with transaction(conn):
            cur = conn.execute(
                "INSERT OR IGNORE INTO coaching_sessions (kind, agent, coach, flag_id, break_id,"
                " due_ts, status, created_by, created_at) VALUES"
                " ('one_to_one', ?, ?, ?, ?, ?, 'planned', ?, ?)",
                (agent, lead, flag_id, break_id, due, lead, start))
            if cur.rowcount:
                made += 1
                audit.record(conn, "one_to_one.plan", f"session:{cur.lastrowid}",
                             {"agent": agent, "break_id": break_id, "due_ts": due},
                             actor="system")
    return made


# ------------------------------------------------------------------------------------ needs
def needs(conn: sqlite3.Connection, include_retired: bool = False) -> list[Need]:
    sql = "SELECT id, code, label, position, active FROM needs"
    if not include_retired:
        sql += " WHERE active = 1"
    return [Need(r[0], r[1], r[2], r[3], bool(r[4]))
            for r in conn.execute(sql + " ORDER BY position, id")]


def save_needs(conn: sqlite3.Connection, items: Sequence[tuple[int | None, str | None]],
               actor: str | None = None) -> list[Need]:
    """The lead's edited list, in order: ``(id, label)`` keeps or renames a need (label None
    keeps a built-in one's translated wording), ``(None, label)`` adds one. Needs left out
    are retired, not deleted: past talks still name them."""
    actor = actor or audit.current_actor()
    with transaction(conn):
        known = {r[0]: (r[1], r[2]) for r in conn.execute("SELECT id, code, label FROM needs")}
        kept: list[int] = []
        added: list[str] = []
        for position, (need_id, label) in enumerate(items, 1):
            label = (label or "").strip() or None
            if need_id is None:
                if label is None:
                    continue
                row = conn.execute("SELECT id FROM needs WHERE label = ? AND code IS NULL",
                                   (label,)).fetchone()
                if row:
                    need_id = row[0]
                else:
                    need_id = conn.execute(
                        "INSERT INTO needs (label, position) VALUES (?, ?)",
                        (label, position)).lastrowid
                    added.append(label)
            elif need_id not in known:
                raise ValueError(f"there is no need {need_id}")
            elif label is None and known[need_id][0] is None:
                raise ValueError("a need needs a name")
            if need_id in kept:
                continue
            conn.execute("UPDATE needs SET label = ?, position = ?, active = 1 WHERE id = ?",
                         (label, position, need_id))
            kept.append(need_id)
        retired = [n for n in known if n not in kept]
        if retired:
            marks = ",".join("?" * len(retired))
            conn.execute(f"UPDATE needs SET active = 0 WHERE id IN ({marks})", retired)
        audit.record(conn, "needs.edit", "needs",
                     {"order": kept, "added": added, "retired": retired}, actor=actor)
    return needs(conn)


def talk_needs(conn: sqlite3.Connection, since: float) -> list[TalkNeeds]:
    """Every done 1:1 talk since ``since`` that ranked needs, with the agent's team."""
    rows = conn.execute(
        "SELECT s.id, s.agent, t.name, coalesce(s.completed_at, s.created_at)"
        " FROM coaching_sessions s LEFT JOIN agents a ON a.name = s.agent"
        " LEFT JOIN teams t ON t.id = a.team_id WHERE s.kind = 'one_to_one'"
        " AND s.status = 'done' AND coalesce(s.completed_at, s.created_at) >= ?"
        " AND EXISTS (SELECT 1 FROM session_needs n WHERE n.session_id = s.id)",
        (int(since),)).fetchall()
    ranked = _needs_of(conn, [r[0] for r in rows])
    return [TalkNeeds(r[1], r[2], r[3], ranked.get(r[0], ())) for r in rows]


# ------------------------------------------------------------------------------------ calls
def handled_queues(conn: sqlite3.Connection, since: float) -> dict[str, set[str]]:
    """Queues each agent answered calls from since ``since``: their skills when the roster
    does not list them."""
    out: dict[str, set[str]] = {}
    for agent, queue in conn.execute(
            "SELECT DISTINCT agent, queue FROM calls WHERE enter_ts >= ? AND agent IS NOT NULL"
            " AND connect_ts IS NOT NULL", (int(since),)):
        out.setdefault(agent, set()).add(queue)
    return out


_CALL_SQL = (
    "SELECT c.callid, c.queue, c.enter_ts, c.talk_s, f.id, f.category, f.severity FROM calls c"
    " LEFT JOIN abuse_flags f ON f.id = (SELECT max(id) FROM abuse_flags g"
    " WHERE g.callid = c.callid AND g.callid IS NOT NULL)"
)


def recent_calls(conn: sqlite3.Connection, agent: str, since: float,
                 limit: int = 12) -> list[CallRef]:
    """The agent's answered calls since ``since``, flagged ones first, then newest first."""
    rows = conn.execute(
        _CALL_SQL + " WHERE c.enter_ts >= ? AND c.agent = ? AND c.connect_ts IS NOT NULL"
        " ORDER BY f.id IS NULL, c.enter_ts DESC LIMIT ?", (int(since), agent, limit))
    return [CallRef(*r) for r in rows]


def call(conn: sqlite3.Connection, callid: str) -> CallRef | None:
    row = conn.execute(_CALL_SQL + " WHERE c.callid = ? ORDER BY c.id DESC LIMIT 1",
                       (callid,)).fetchone()
    return CallRef(*row) if row else None

