"""Key-value settings in the database (through sqlite-utils: small, not on a hot path)."""

from __future__ import annotations

import sqlite3

from console.store.db import database


def get_value(conn: sqlite3.Connection, key: str) -> str | None:
    rows = list(database(conn).query("SELECT value FROM settings WHERE key = ?", [key]))
    return rows[0]["value"] if rows else None


def set_value(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    database(conn)["settings"].upsert({"key": key, "value": value}, pk="key")
