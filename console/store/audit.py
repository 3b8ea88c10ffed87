"""The audit log: who did what, when. Written in the same transaction as the action itself,
so an action without its audit row cannot exist."""

from __future__ import annotations

import getpass
import json
import sqlite3
import time
from dataclasses import dataclass

from console.store import audit_chain
from console.store.db import database


def current_actor() -> str:
    """The OS user: the console has no accounts of its own."""
    try:
        return getpass.getuser()
    except Exception:  # no user name is no reason to lose an audit row
        return "unknown"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    ts: int
    actor: str
    action: str
    subject: str | None
    detail: str | None


def record(conn: sqlite3.Connection, action: str, subject: str | None = None,
           detail: dict | str | None = None, actor: str | None = None,
           ts: float | None = None) -> None:
    """Append one row, hash-chained to the row before it (console/store/audit_chain.py).

    The previous row is read and the new one written under one write lock: inside the
    caller's transaction (``BEGIN IMMEDIATE`` everywhere in the store), else in one of our
    own, so two writers can never chain onto the same row."""
    if isinstance(detail, dict):
        detail = json.dumps(detail, ensure_ascii=False, sort_keys=True)
    values = (int(ts if ts is not None else time.time()), actor or current_actor(), action,
              subject, detail)
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        last = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        row_id = last[0] + 1 if last else 1
        digest = audit_chain.row_hash(last[1] if last else None, row_id, *values)
        conn.execute("INSERT INTO audit_log (id, ts, actor, action, subject, detail, hash) "
                     "VALUES (?,?,?,?,?,?,?)", (row_id, *values, digest))
    except BaseException:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if own:
        conn.execute("COMMIT")


def entries(conn: sqlite3.Connection, limit: int = 1000) -> list[AuditEntry]:
    rows = database(conn)["audit_log"].rows_where(
        select="id, ts, actor, action, subject, detail", order_by="id desc", limit=limit)
    return [AuditEntry(**row) for row in rows]
