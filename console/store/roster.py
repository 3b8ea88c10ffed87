"""Agents, teams and interface aliases: who is who on the floor."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RosterEntry:
    name: str
    team: str | None
    interface: str | None = None
    start_date: str | None = None
    coach: bool = False
    display_name: str | None = None


def save_roster(conn: sqlite3.Connection, entries: Iterable[RosterEntry]) -> int:
    """Insert or update agents (never deletes: history keeps people who left)."""
    count = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for e in entries:
            team_id = None
            if e.team:
                conn.execute("INSERT OR IGNORE INTO teams (name) VALUES (?)", (e.team,))
                team_id = conn.execute("SELECT id FROM teams WHERE name = ?",
                                       (e.team,)).fetchone()[0]
            conn.execute(
                "INSERT INTO agents (name, display_name, team_id, interface, start_date, coach)"
                " VALUES (?,?,?,?,?,?) ON CONFLICT(name) DO UPDATE SET"
                " display_name = coalesce(excluded.display_name, display_name),"
                " team_id = coalesce(excluded.team_id, team_id),"
                " interface = coalesce(excluded.interface, interface),"
                " start_date = coalesce(excluded.start_date, start_date), coach = excluded.coach",
                (e.name, e.display_name, team_id, e.interface, e.start_date, int(e.coach)),
            )
            if e.interface:
                conn.execute(
                    "INSERT OR REPLACE INTO agent_aliases (alias, agent) VALUES (?, ?)",
                    (e.interface, e.name),
                )
            count += 1
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return count
