"""The audit log: who did what, when. Written in the same transaction as the action itself,
so an action without its audit row cannot exist."""

from __future__ import annotations

import getpass
import json
import sqlite3
import time
from dataclasses import dataclass

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
    if isinstance(detail, dict):
        detail = json.dumps(detail, ensure_ascii=False, sort_keys=True)
    conn.execute(
        "INSERT INTO audit_log (ts, actor, action, subject, detail) VALUES (?,?,?,?,?)",
        (int(ts if ts is not None else time.time()), actor or current_actor(), action, subject,
         detail),
    )


def entries(conn: sqlite3.Connection, limit: int = 1000) -> list[AuditEntry]:
    rows = database(conn)["audit_log"].rows_where(order_by="id desc", limit=limit)
    return [AuditEntry(**row) for row in rows]
