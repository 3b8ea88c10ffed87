"""The floor alerts' record (table ``alerts``): raised, cleared, acknowledged.

Raising and clearing follow the conditions the console evaluates (no person acted, so no audit
row: the table is itself the record). Acknowledging is a supervisor's action: the row and its
audit entry are written in one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from console.domain.alert_log import AlertKey, LoggedAlert, missing_keys, plan_changes
from console.domain.alerts import Condition
from console.store import audit
from console.store.flags import transaction

_COLUMNS = ("id, kind, severity, raised_at, value, subject, acknowledged_at, acknowledged_by,"
            " cleared_at")


def open_alerts(conn: sqlite3.Connection) -> list[LoggedAlert]:
    """Alerts not cleared yet, oldest first (reads the ``alerts_open`` partial index)."""
    return [LoggedAlert(*r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM alerts WHERE cleared_at IS NULL ORDER BY id")]


def alerts_since(conn: sqlite3.Connection, since: float) -> list[LoggedAlert]:
    return [LoggedAlert(*r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM alerts WHERE raised_at >= ? ORDER BY id", (int(since),))]


def _last_rows(conn: sqlite3.Connection, keys: Iterable[AlertKey]) -> dict[AlertKey, LoggedAlert]:
    out: dict[AlertKey, LoggedAlert] = {}
    for kind, subject in keys:
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM alerts WHERE kind = ? AND subject IS ?"
            " ORDER BY id DESC LIMIT 1", (kind, subject)).fetchone()
        if row is not None:
            out[(kind, subject)] = LoggedAlert(*row)
    return out


def sync(conn: sqlite3.Connection, active: list[Condition], now: float,
         cooldown_s: float) -> list[LoggedAlert]:
    """Make the record match the conditions holding now; returns the open alerts.

    Reads first and writes only when something changed (most seconds nothing does); the
    plan is made again inside the write transaction, so two consoles on one database do not
    raise the same alert twice.
    """
    rows = open_alerts(conn)
    if not plan_changes(active, rows, _last_rows(conn, missing_keys(active, rows)), now,
                        cooldown_s):
        return rows
    with transaction(conn):
        rows = open_alerts(conn)
        changes = plan_changes(active, rows, _last_rows(conn, missing_keys(active, rows)),
                               now, cooldown_s)
        conn.executemany(
            "INSERT INTO alerts (kind, severity, raised_at, value, subject) VALUES (?,?,?,?,?)",
            [(c.kind, c.severity, int(now), c.value, c.subject) for c in changes.insert])
        conn.executemany("UPDATE alerts SET cleared_at = NULL WHERE id = ?",
                         [(i,) for i in changes.reopen])
        conn.executemany("UPDATE alerts SET cleared_at = ? WHERE id = ? AND cleared_at IS NULL",
                         [(int(now), i) for i in changes.clear])
    return open_alerts(conn)


def acknowledge(conn: sqlite3.Connection, kind: str, subject: str | None, now: float,
                actor: str | None = None) -> bool:
    """Acknowledge the open alert of this kind (and subject); False if none is open or it
    was acknowledged already (by someone else, on another console)."""
    actor = actor or audit.current_actor()
    with transaction(conn):
        row = conn.execute(
            f"SELECT {_COLUMNS} FROM alerts WHERE kind = ? AND subject IS ?"
            " AND cleared_at IS NULL AND acknowledged_at IS NULL ORDER BY id DESC LIMIT 1",
            (kind, subject)).fetchone()
        if row is None:
            return False
        alert = LoggedAlert(*row)
        conn.execute("UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ?",
                     (int(now), actor, alert.id))
        audit.record(conn, "alert.acknowledge", f"alert:{alert.id}",
                     {"kind": kind, "subject": subject, "severity": alert.severity,
                      "value": alert.value, "raised_at": alert.raised_at}, actor=actor)
    return True
