"""Key-value settings in the database (through sqlite-utils: small, not on a hot path)."""

from __future__ import annotations

import sqlite3

from console.store.db import database


def get_value(conn: sqlite3.Connection, key: str) -> str | None:
    rows = list(database(conn).query("SELECT value FROM settings WHERE key = ?", [key]))
    return rows[0]["value"] if rows else None


def set_value(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    database(conn)["settings"].upsert({"key": key, "value": value}, pk="key")


def values_with_prefix(conn: sqlite3.Connection, prefix: str) -> dict[str, str | None]:
    """Every key starting with ``prefix`` (plain SQL: safe inside a caller's transaction)."""
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = conn.execute("SELECT key, value FROM settings WHERE key LIKE ? ESCAPE '\\'",
                        (escaped + "%",))
    return dict(rows.fetchall())


def put_values(conn: sqlite3.Connection, values: dict[str, str | None]) -> None:
    """Upsert several keys without committing, so they join the caller's transaction (the
    sqlite-utils upsert in :func:`set_value` commits on its own)."""
    conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value", list(values.items()))
