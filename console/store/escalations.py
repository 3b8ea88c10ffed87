"""Escalations and their timelines: reading them, and every write with its audit row.

Each action writes the item's row, a timeline event and (for a person's action) an audit row in
one transaction. The arithmetic (elapsed minutes, states) is done by the caller with
:mod:`console.domain.escalations`; this module stores the figures it is given.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from console.domain.escalations import SYSTEM_ACTOR, Escalation, EscalationEvent, PauseSpan
from console.store import audit
from console.store.flags import transaction

_COLUMNS = (
    "id", "reference", "channel", "opened_at", "promise_minutes", "clock", "customer",
    "category", "description", "owner", "holder_role", "department", "agent", "callid", "queue",
    "flag_id", "source", "external_ref", "first_reply_at", "reply_elapsed_minutes",
    "resolved_at", "elapsed_minutes", "state", "warned_percent", "notified", "created_by",
    "updated_at",
)
_SELECT = f"SELECT {', '.join(_COLUMNS)} FROM escalations"
# columns an import may set; the rest belong to the console
IMPORTABLE = ("reference", "channel", "opened_at", "promise_minutes", "clock", "customer",
              "category", "description", "owner", "holder_role", "department", "agent",
              "callid", "queue")


def _subject(escalation_id: int) -> str:
    return f"escalation:{escalation_id}"


def _items(conn: sqlite3.Connection, where: str = "", args: Sequence = ()) -> list[Escalation]:
    rows = conn.execute(f"{_SELECT} {where}", args).fetchall()
    pauses = _pauses(conn, [r[0] for r in rows])
    return [Escalation(**dict(zip(_COLUMNS, r, strict=True)), pauses=pauses.get(r[0], ()))
            for r in rows]


def _pauses(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[PauseSpan, ...]]:
    """Pause spans from the timeline's pause / resume events."""
    out: dict[int, list[PauseSpan]] = {}
    if not ids:
        return {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for item_id, ts, kind in conn.execute(
                f"SELECT escalation_id, ts, kind FROM escalation_events WHERE kind IN"
                f" ('pause', 'resume') AND escalation_id IN ({marks}) ORDER BY ts, id", chunk):
            spans = out.setdefault(item_id, [])
            if kind == "pause" and (not spans or spans[-1].end_ts is not None):
                spans.append(PauseSpan(ts, None))
            elif kind == "resume" and spans and spans[-1].end_ts is None:
                spans[-1] = PauseSpan(spans[-1].start_ts, ts)
    return {k: tuple(v) for k, v in out.items()}


def get(conn: sqlite3.Connection, escalation_id: int) -> Escalation | None:
    found = _items(conn, "WHERE id = ?", (escalation_id,))
    return found[0] if found else None


def by_external_ref(conn: sqlite3.Connection, ref: str) -> Escalation | None:
    found = _items(conn, "WHERE external_ref = ?", (ref,))
    return found[0] if found else None


def items(conn: sqlite3.Connection, *, open_only: bool = False,
          closed_since: float | None = None) -> list[Escalation]:
    """Open items, plus (unless ``open_only``) those resolved since ``closed_since``
    (all of them when None)."""
    if open_only:
        return _items(conn, "WHERE resolved_at IS NULL ORDER BY opened_at, id")
    if closed_since is None:
        return _items(conn, "ORDER BY opened_at, id")
    return _items(conn, "WHERE resolved_at IS NULL OR resolved_at >= ? ORDER BY opened_at, id",
                  (int(closed_since),))


def events(conn: sqlite3.Connection, escalation_id: int) -> list[EscalationEvent]:
    return [EscalationEvent(*r[:8], detail=json.loads(r[8]) if r[8] else None)
            for r in conn.execute(
                "SELECT id, escalation_id, ts, kind, actor, text, holder, role, detail"
                " FROM escalation_events WHERE escalation_id = ? ORDER BY ts, id",
                (escalation_id,))]


def escalated_calls_since(conn: sqlite3.Connection, since: float,
                          until: float) -> list[tuple[str, int]]:
    """(agent, opened_at) of escalations raised from an agent's call, for their strain."""
    return list(conn.execute(
        "SELECT agent, opened_at FROM escalations WHERE agent IS NOT NULL"
        " AND opened_at >= ? AND opened_at < ?", (int(since), int(until))))


def open_for_call(conn: sqlite3.Connection, callid: str) -> int | None:
    row = conn.execute("SELECT id FROM escalations WHERE callid = ? ORDER BY id DESC LIMIT 1",
                       (callid,)).fetchone()
    return row[0] if row else None


_CALL_FIELDS = ("callid", "agent", "queue", "caller", "enter_ts", "end_ts")


def call_context(conn: sqlite3.Connection, callid: str) -> dict[str, Any] | None:
    """The call an escalation is opened from: its agent, queue and caller."""
    row = conn.execute("SELECT callid, agent, queue, caller, enter_ts, end_ts FROM calls"
                       " WHERE callid = ? ORDER BY id DESC LIMIT 1", (callid,)).fetchone()
    return None if row is None else dict(zip(_CALL_FIELDS, row, strict=True))


def last_call_of(conn: sqlite3.Connection, agent: str) -> dict[str, Any] | None:
    """The agent's latest answered call (the one a lead escalates from the agent's row)."""
    row = conn.execute("SELECT callid, agent, queue, caller, enter_ts, end_ts FROM calls"
                       " WHERE agent = ? AND connect_ts IS NOT NULL"
                       " ORDER BY connect_ts DESC, id DESC LIMIT 1", (agent,)).fetchone()
    return None if row is None else dict(zip(_CALL_FIELDS, row, strict=True))


# ---------------------------------------------------------------------------------- writes
def _event(conn: sqlite3.Connection, escalation_id: int, ts: float, kind: str, actor: str,
           text: str | None = None, holder: str | None = None, role: str | None = None,
           detail: dict | None = None) -> None:
    conn.execute(
        "INSERT INTO escalation_events (escalation_id, ts, kind, actor, text, holder, role,"
        " detail) VALUES (?,?,?,?,?,?,?,?)",
        (escalation_id, int(ts), kind, actor, text, holder, role,
         json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None))


def _audit(conn: sqlite3.Connection, action: str, escalation_id: int, ts: float, actor: str,
           detail: dict | None = None) -> None:
    audit.record(conn, f"escalation.{action}", _subject(escalation_id), detail, actor=actor,
                 ts=ts)


def _touch(conn: sqlite3.Connection, escalation_id: int, ts: float, **columns: Any) -> None:
    sets = ", ".join(f"{c} = ?" for c in columns)
    conn.execute(f"UPDATE escalations SET {sets}{', ' if sets else ''}updated_at = ? WHERE id = ?",
                 (*columns.values(), int(ts), escalation_id))


def create(conn: sqlite3.Connection, values: dict[str, Any], *, now: float, actor: str,
           note: str | None = None, kind: str = "opened") -> int:
    """A new escalation (``values``: column -> value); reference ESC-<id> unless given."""
    cols = dict(values)
    cols["reference"] = cols.get("reference") or ""
    cols["created_by"] = actor
    cols["updated_at"] = int(now)
    with transaction(conn):
        cur = conn.execute(
            f"INSERT INTO escalations ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            tuple(cols.values()))
        escalation_id = int(cur.lastrowid or 0)
        if not cols["reference"]:
            conn.execute("UPDATE escalations SET reference = ? WHERE id = ?",
                         (f"ESC-{escalation_id}", escalation_id))
        _event(conn, escalation_id, cols["opened_at"], kind, actor, note,
               holder=cols.get("owner") or cols.get("department"),
               role=cols.get("holder_role"))
        _audit(conn, "open" if kind == "opened" else "import", escalation_id, now, actor,
               {"channel": cols.get("channel"), "promise_minutes": cols.get("promise_minutes"),
                "reference": cols["reference"] or f"ESC-{escalation_id}",
                "source": cols.get("source")})
    return escalation_id


def update_imported(conn: sqlite3.Connection, escalation_id: int, changes: dict[str, Any], *,
                    now: float, actor: str, note: str | None = None) -> None:
    """A re-import: the changed columns, one "updated" event naming them, a handoff event when
    the holder changed."""
    with transaction(conn):
        if changes:
            _touch(conn, escalation_id, now, **changes)
            _event(conn, escalation_id, now, "updated", actor, note,
                   detail={"fields": sorted(changes)})
            if "owner" in changes or "holder_role" in changes:
                row = conn.execute("SELECT owner, department, holder_role FROM escalations"
                                   " WHERE id = ?", (escalation_id,)).fetchone()
                _event(conn, escalation_id, now, "handoff", actor, None,
                       holder=row[0] or row[1], role=row[2])
            _audit(conn, "update", escalation_id, now, actor, {"fields": sorted(changes)})
        elif note:
            _event(conn, escalation_id, now, "note", actor, note)
            _audit(conn, "note", escalation_id, now, actor)


def reply(conn: sqlite3.Connection, escalation_id: int, *, ts: float, elapsed: float,
          first: bool, text: str | None, actor: str, now: float | None = None) -> None:
    """A reply to the customer; the first one fixes the trust score's raw minutes."""
    with transaction(conn):
        if first:
            _touch(conn, escalation_id, now or ts, first_reply_at=int(ts),
                   reply_elapsed_minutes=elapsed, elapsed_minutes=elapsed)
        else:
            _touch(conn, escalation_id, now or ts, elapsed_minutes=elapsed)
        _event(conn, escalation_id, ts, "reply", actor, text,
               detail={"elapsed_minutes": round(elapsed, 2), "first": first})
        _audit(conn, "reply", escalation_id, now or ts, actor,
               {"first": first, "elapsed_minutes": round(elapsed, 2)})


def pause(conn: sqlite3.Connection, escalation_id: int, *, ts: float, elapsed: float,
          reason: str | None, actor: str) -> None:
    with transaction(conn):
        _touch(conn, escalation_id, ts, elapsed_minutes=elapsed)
        _event(conn, escalation_id, ts, "pause", actor, reason,
               detail={"elapsed_minutes": round(elapsed, 2)})
        _audit(conn, "pause", escalation_id, ts, actor, {"reason": reason})


def resume(conn: sqlite3.Connection, escalation_id: int, *, ts: float, elapsed: float,
           actor: str, text: str | None = None) -> None:
    with transaction(conn):
        _touch(conn, escalation_id, ts, elapsed_minutes=elapsed)
        _event(conn, escalation_id, ts, "resume", actor, text,
               detail={"elapsed_minutes": round(elapsed, 2)})
        _audit(conn, "resume", escalation_id, ts, actor)


def handoff(conn: sqlite3.Connection, escalation_id: int, *, ts: float, holder: str, role: str,
            department: str | None, text: str | None, actor: str) -> None:
    with transaction(conn):
        columns: dict[str, Any] = {"owner": holder, "holder_role": role}
        if department:
            columns["department"] = department
        _touch(conn, escalation_id, ts, **columns)
        _event(conn, escalation_id, ts, "handoff", actor, text, holder=holder, role=role)
        _audit(conn, "handoff", escalation_id, ts, actor,
               {"to": holder, "role": role, "department": department})


def resolve(conn: sqlite3.Connection, escalation_id: int, *, ts: float, elapsed: float,
            state: str, text: str | None, actor: str, end_pause: bool,
            now: float | None = None) -> None:
    """Resolution fixes the figure of record; a running pause ends with it."""
    with transaction(conn):
        if end_pause:
            _event(conn, escalation_id, ts, "resume", actor, None)
        _touch(conn, escalation_id, now or ts, resolved_at=int(ts), elapsed_minutes=elapsed,
               state=state)
        _event(conn, escalation_id, ts, "resolved", actor, text,
               detail={"elapsed_minutes": round(elapsed, 2), "state": state})
        _audit(conn, "resolve", escalation_id, now or ts, actor,
               {"state": state, "elapsed_minutes": round(elapsed, 2)})


def add_note(conn: sqlite3.Connection, escalation_id: int, *, ts: float, text: str,
             actor: str) -> None:
    with transaction(conn):
        _touch(conn, escalation_id, ts)
        _event(conn, escalation_id, ts, "note", actor, text)
        _audit(conn, "note", escalation_id, ts, actor, {"text": text})


def set_promise(conn: sqlite3.Connection, escalation_id: int, *, ts: float, minutes: int,
                previous: int, text: str | None, actor: str) -> None:
    with transaction(conn):
        _touch(conn, escalation_id, ts, promise_minutes=minutes)
        _event(conn, escalation_id, ts, "promise", actor, text,
               detail={"from": previous, "to": minutes})
        _audit(conn, "promise", escalation_id, ts, actor, {"from": previous, "to": minutes})


def record_notices(conn: sqlite3.Connection, notices: Iterable[tuple[int, str, int]],
                   states: dict[int, tuple[str, float]], ts: float) -> list[tuple[int, str, int]]:
    """Write threshold crossings (id, kind, percent) once each, and the items' current states.

    The guards in the UPDATEs make a crossing count once even if two consoles look at the same
    database: only the one whose UPDATE changed the row writes the event (and notifies).
    """
    recorded: list[tuple[int, str, int]] = []
    with transaction(conn):
        for escalation_id, kind, percent in notices:
            if kind == "warning":
                cur = conn.execute("UPDATE escalations SET warned_percent = ? WHERE id = ?"
                                   " AND warned_percent < ?", (percent, escalation_id, percent))
            else:  # at_risk once, then breached once (an item may skip at_risk)
                earlier = "notified IS NULL" + (" OR notified = 'at_risk'"
                                                if kind == "breached" else "")
                cur = conn.execute(
                    f"UPDATE escalations SET notified = ? WHERE id = ? AND resolved_at IS NULL"
                    f" AND ({earlier})", (kind, escalation_id))
            if cur.rowcount:
                _event(conn, escalation_id, ts, kind, SYSTEM_ACTOR,
                       detail={"percent": percent})
                recorded.append((escalation_id, kind, percent))
        for escalation_id, (state, elapsed) in states.items():
            conn.execute("UPDATE escalations SET state = ?, elapsed_minutes = ? WHERE id = ?"
                         " AND resolved_at IS NULL AND state != ?",
                         (state, elapsed, escalation_id, state))
    return recorded


def answered_calls_ended(conn: sqlite3.Connection, since: float,
                         until: float) -> list[tuple[str, str, str, str | None, int]]:
    """(callid, agent, queue, caller, end_ts) of answered calls that ended in [since, until)."""
    return list(conn.execute(
        "SELECT callid, agent, queue, caller, end_ts FROM calls WHERE agent IS NOT NULL"
        " AND connect_ts IS NOT NULL AND end_ts >= ? AND end_ts < ? ORDER BY end_ts, id",
        (int(since), int(until))))


def latest_event_ts(conn: sqlite3.Connection) -> int | None:
    return conn.execute("SELECT max(ts) FROM escalation_events").fetchone()[0]
