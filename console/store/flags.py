"""Abuse flags: reading them for the panel, and the supervisor's actions on them."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

from console.domain.flags import Flag
from console.store import audit

_SELECT = (
    "SELECT f.id, f.ts, f.agent, f.queue, f.callid, f.caller, f.severity, f.category,"
    " f.raw_category, f.note, f.source, f.acknowledged_at, f.acknowledged_by,"
    " (r.caller IS NOT NULL), (SELECT count(*) FROM flag_notes n WHERE n.flag_id = f.id)"
    " FROM abuse_flags f LEFT JOIN repeat_callers r ON r.caller = f.caller"
)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def flags_since(conn: sqlite3.Connection, since: float, until: float | None = None) -> list[Flag]:
    sql = _SELECT + " WHERE f.ts >= ?"
    args: list = [int(since)]
    if until is not None:
        sql += " AND f.ts < ?"
        args.append(int(until))
    sql += " ORDER BY f.ts DESC, f.id DESC"
    return [Flag(*r[:13], repeat_caller=bool(r[13]), notes=r[14]) for r in conn.execute(sql, args)]


def flag(conn: sqlite3.Connection, flag_id: int) -> Flag | None:
    r = conn.execute(_SELECT + " WHERE f.id = ?", (flag_id,)).fetchone()
    return Flag(*r[:13], repeat_caller=bool(r[13]), notes=r[14]) if r else None


def unacknowledged_count(conn: sqlite3.Connection, since: float) -> int:
    return conn.execute(
        "SELECT count(*) FROM abuse_flags WHERE acknowledged_at IS NULL AND ts >= ?",
        (int(since),)).fetchone()[0]


def acknowledge(conn: sqlite3.Connection, flag_id: int, actor: str | None = None) -> bool:
    actor = actor or audit.current_actor()
    now = int(time.time())
    with transaction(conn):
        cur = conn.execute(
            "UPDATE abuse_flags SET acknowledged_at = ?, acknowledged_by = ?"
            " WHERE id = ? AND acknowledged_at IS NULL", (now, actor, flag_id))
        if cur.rowcount:
            audit.record(conn, "flag.acknowledge", f"flag:{flag_id}", actor=actor, ts=now)
    return bool(cur.rowcount)


def add_note(conn: sqlite3.Connection, flag_id: int, text: str, actor: str | None = None) -> None:
    actor = actor or audit.current_actor()
    now = int(time.time())
    with transaction(conn):
        conn.execute("INSERT INTO flag_notes (flag_id, ts, author, text) VALUES (?,?,?,?)",
                     (flag_id, now, actor, text))
        # the audit log is append-only and kept for good: it says a note was written, while
        # the words stay in flag_notes, where retention can remove them
        audit.record(conn, "flag.note", f"flag:{flag_id}", {"chars": len(text)}, actor=actor,
                     ts=now)


def notes(conn: sqlite3.Connection, flag_id: int) -> list[tuple[int, str, str]]:
    return list(conn.execute(
        "SELECT ts, author, text FROM flag_notes WHERE flag_id = ? ORDER BY id", (flag_id,)))


def create_flag(
    conn: sqlite3.Connection, *, ts: float, agent: str | None, severity: int, category: str,
    source: str, queue: str | None = None, callid: str | None = None, caller: str | None = None,
    note: str | None = None, raw_category: str | None = None, external_id: str | None = None,
    actor: str | None = None,
) -> int:
    """A flag raised in the console or imported; ``external_id`` makes re-imports idempotent."""
    actor = actor or audit.current_actor()
    with transaction(conn):
        if caller is None and callid:
            row = conn.execute("SELECT caller FROM calls WHERE callid = ? ORDER BY id DESC",
                               (callid,)).fetchone()
            caller = row[0] if row else None
        cur = conn.execute(
            "INSERT INTO abuse_flags (ts, callid, queue, agent, caller, severity, category,"
            " raw_category, note, source, created_by, external_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT (source, external_id) WHERE external_id IS NOT NULL DO UPDATE SET"
            " severity = excluded.severity, category = excluded.category, note = excluded.note",
            (int(ts), callid, queue, agent, caller, severity, category, raw_category, note,
             source, actor, external_id),
        )
        flag_id = cur.lastrowid
        if external_id is not None:
            flag_id = conn.execute(
                "SELECT id FROM abuse_flags WHERE source = ? AND external_id = ?",
                (source, external_id)).fetchone()[0]
        audit.record(conn, "flag.create", f"flag:{flag_id}",
                     {"agent": agent, "severity": severity, "category": category,
                      "source": source}, actor=actor)
    return flag_id


def mark_repeat_caller(conn: sqlite3.Connection, caller: str, note: str | None = None,
                       actor: str | None = None) -> None:
    actor = actor or audit.current_actor()
    now = int(time.time())
    with transaction(conn):
        conn.execute(
            "INSERT INTO repeat_callers (caller, marked_at, marked_by, note) VALUES (?,?,?,?)"
            " ON CONFLICT(caller) DO UPDATE SET note = coalesce(excluded.note, note)",
            (caller, now, actor, note))
        # the number itself stays out of the audit text: only its last digits
        audit.record(conn, "caller.mark_repeat", f"caller:…{caller[-4:]}", actor=actor, ts=now)
