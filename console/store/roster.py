"""Agents, teams and interface aliases: who is who on the floor.

A roster row leaves what it does not say unchanged (a blank team or start date keeps the
stored one), so a partial re-import never erases what an earlier one taught.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from console.store import audit


@dataclass(frozen=True, slots=True)
class RosterEntry:
    name: str
    team: str | None
    interface: str | None = None
    start_date: str | None = None
    coach: bool | None = False  # None: keep what is stored
    display_name: str | None = None
    queues: tuple[str, ...] | None = None  # None: keep; () clears the membership
    employee_id: str | None = None
    aliases: tuple[str, ...] = ()  # more spellings queue_log uses for this agent


@dataclass(frozen=True, slots=True)
class RosterSaved:
    added: int
    updated: int
    refused: tuple[tuple[int, str], ...] = ()  # (position in the entries, reason)


@dataclass(frozen=True, slots=True)
class RosterDetail:
    name: str
    display_name: str | None
    team: str | None
    start_date: str | None
    coach: bool
    employee_id: str | None
    queues: tuple[str, ...]


def _upsert(conn: sqlite3.Connection, e: RosterEntry) -> str | bool:
    """True if added, False if updated, or the reason the row was refused."""
    if e.employee_id:
        owner = conn.execute("SELECT name FROM agents WHERE employee_id = ? AND name != ?",
                             (e.employee_id, e.name)).fetchone()
        if owner:
            return f"employee id {e.employee_id} already belongs to {owner[0]}"
    team_id = None
    if e.team:
        conn.execute("INSERT OR IGNORE INTO teams (name) VALUES (?)", (e.team,))
        team_id = conn.execute("SELECT id FROM teams WHERE name = ?", (e.team,)).fetchone()[0]
    existed = conn.execute("SELECT 1 FROM agents WHERE name = ?", (e.name,)).fetchone()
    coach = None if e.coach is None else int(e.coach)
    conn.execute(
        "INSERT INTO agents (name, display_name, team_id, interface, start_date, coach,"
        " employee_id) VALUES (?,?,?,?,?,coalesce(?, 0),?) ON CONFLICT(name) DO UPDATE SET"
        " display_name = coalesce(excluded.display_name, display_name),"
        " team_id = coalesce(excluded.team_id, team_id),"
        " interface = coalesce(excluded.interface, interface),"
        " start_date = coalesce(excluded.start_date, start_date),"
        " coach = CASE WHEN ? IS NULL THEN coach ELSE excluded.coach END,"
        " employee_id = coalesce(excluded.employee_id, employee_id)",
        (e.name, e.display_name, team_id, e.interface, e.start_date, coach, e.employee_id,
         coach),
    )
    for alias in (e.interface, *e.aliases):
        if alias and alias != e.name:
            conn.execute("INSERT OR REPLACE INTO agent_aliases (alias, agent) VALUES (?, ?)",
                         (alias, e.name))
    if e.queues is not None:
        conn.execute("DELETE FROM agent_queues WHERE agent = ?", (e.name,))
        conn.executemany("INSERT OR IGNORE INTO agent_queues (agent, queue) VALUES (?, ?)",
                         [(e.name, q) for q in e.queues])
    return not existed


def save_roster(conn: sqlite3.Connection, entries: Iterable[RosterEntry]) -> int:
    """Insert or update agents (never deletes: history keeps people who left)."""
    saved = import_roster(conn, entries, None)
    return saved.added + saved.updated


def import_roster(conn: sqlite3.Connection, entries: Iterable[RosterEntry],
                  source: str | None, actor: str | None = None) -> RosterSaved:
    """Insert or update agents in one transaction; with a ``source`` (the file imported) the
    import is audited in the same transaction. A row whose employee id belongs to another
    agent is refused, the others are kept."""
    added = updated = 0
    refused: list[tuple[int, str]] = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        for i, e in enumerate(entries):
            result = _upsert(conn, e)
            if isinstance(result, str):
                refused.append((i, result))
            elif result:
                added += 1
            else:
                updated += 1
        if source is not None:
            audit.record(conn, "roster.import", f"file:{source}",
                         {"added": added, "updated": updated, "refused": len(refused)},
                         actor=actor)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return RosterSaved(added, updated, tuple(refused))


def roster_details(conn: sqlite3.Connection) -> list[RosterDetail]:
    queues: dict[str, list[str]] = {}
    for agent, queue in conn.execute("SELECT agent, queue FROM agent_queues ORDER BY queue"):
        queues.setdefault(agent, []).append(queue)
    return [RosterDetail(r[0], r[1], r[2], r[3], bool(r[4]), r[5], tuple(queues.get(r[0], ())))
            for r in conn.execute(
                "SELECT a.name, a.display_name, t.name, a.start_date, a.coach, a.employee_id"
                " FROM agents a LEFT JOIN teams t ON t.id = a.team_id ORDER BY a.name")]
