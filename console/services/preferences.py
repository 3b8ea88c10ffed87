"""Choices that belong to a floor rather than a screen (kept in the database, not QSettings,
so the headless commands and the window agree)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from console.services.session import StoreError, open_database
from console.store import settings_store

QUEUE_LOG_KEY = "source.queue_log"


def remembered_queue_log(db_path: Path, given: Path | None) -> Path | None:
    """The queue_log to follow: the one given (and remember it), else the last one used."""
    conn = open_database(db_path)
    try:
        if given is not None:
            given = given.resolve()
            settings_store.set_value(conn, QUEUE_LOG_KEY, str(given))
            return given
        value = settings_store.get_value(conn, QUEUE_LOG_KEY)
        return Path(value) if value else None
    except sqlite3.Error as exc:  # locked, or damage found past the header: say it in words
        raise StoreError(f"Cannot read the settings in {db_path}: {exc}") from exc
    finally:
        conn.close()
