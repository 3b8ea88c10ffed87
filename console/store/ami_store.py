"""Where the live AMI picture is kept: the AMI source's row in ``ingest_sources``.

A source's ``state_json`` already holds "the derivation state of this source"; for queue_log
that is the open calls and agent states, for AMI it is the overlay of live agent states
(:meth:`console.domain.ami_state.AmiFloor.overlay`). Using that row needs no new table, and a
commit there moves ``PRAGMA data_version``, so the board rebuilds at once.
"""

from __future__ import annotations

import json
import sqlite3
import time

KIND = "ami"


def source_key(host: str, port: int) -> str:
    return f"ami://{host}:{port}"


def save_overlay(conn: sqlite3.Connection, key: str, overlay: dict, events: int = 0) -> None:
    """Upsert the overlay in its own short transaction (the client's thread only)."""
    payload = json.dumps(overlay, ensure_ascii=False)
    conn.execute("BEGIN IMMEDIATE")
    try:
        cur = conn.execute(
            "UPDATE ingest_sources SET state_json = ?, lines_read = lines_read + ?,"
            " updated_at = ? WHERE path = ? AND kind = ?",
            (payload, events, int(time.time()), key, KIND))
        if cur.rowcount == 0:
            conn.execute(
                "INSERT INTO ingest_sources (kind, path, lines_read, state_json, updated_at)"
                " VALUES (?, ?, ?, ?, ?)", (KIND, key, events, payload, int(time.time())))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def overlays(conn: sqlite3.Connection) -> list[dict]:
    """Every AMI source's overlay (usually one); unreadable JSON counts as none."""
    return list(overlays_by_source(conn).values())


def overlays_by_source(conn: sqlite3.Connection) -> dict[str, dict]:
    out = {}
    for path, text in conn.execute(
            "SELECT path, state_json FROM ingest_sources WHERE kind = ? AND state_json IS NOT NULL",
            (KIND,)):
        try:
            value = json.loads(text)
        except ValueError:
            continue
        if isinstance(value, dict):
            out[path] = value
    return out


def source_summaries(conn: sqlite3.Connection) -> list[tuple[str, str, int, int | None]]:
    """(kind, path, lines_read, updated_at) of every source, for the data sources page."""
    return [tuple(r) for r in conn.execute(
        "SELECT kind, path, lines_read, updated_at FROM ingest_sources ORDER BY kind, path")]


def last_event_by_source(conn: sqlite3.Connection) -> dict[str, float]:
    """The newest event time each file source has stored (from its raw batches)."""
    return {r[0]: r[1] for r in conn.execute(
        "SELECT s.path, max(b.last_ts) FROM ingest_sources s JOIN raw_batches b"
        " ON b.source_id = s.id GROUP BY s.id")}
