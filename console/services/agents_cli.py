"""`composure agents [--at WHEN] [--json]`: every agent's state in every queue, from the store.

The same picture the board has: the per-queue intervals the queue_log derivation stored
(``member_states``, corrected by AMI ``QueueStatus`` answers), and, for "now", the live AMI
overlay laid over them while its link is up (:func:`console.domain.ami_state.merge_members`).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from console.domain.ami_state import merge_members
from console.services.session import StoreError, open_database
from console.services.stats import parse_local
from console.store import ami_store, member_states

# an --at this close to the clock counts as "now": the live overlay applies
NOW_SLACK_SECONDS = 2


@dataclass(frozen=True, slots=True)
class QueueState:
    agent: str
    queue: str
    member: bool
    paused: bool
    reason: str | None
    in_call: bool
    resolved: bool = True  # False: an interface not yet mapped to a person (never counted)


def floor_at(conn: sqlite3.Connection, ts: float, now: float | None = None) -> list[QueueState]:
    """One row per agent and queue the store knows of by ``ts``, sorted."""
    now = time.time() if now is None else now
    at = int(ts)
    picture: dict[str, dict[str, tuple[bool, str | None, bool]]] = {}
    since: dict[str, float] = {}
    unresolved: set[str] = set()
    for agent, queue, paused, reason, in_call, resolved, start in member_states.states_at(
            conn, at):
        picture.setdefault(agent, {})[queue] = (bool(paused), reason if paused else None,
                                                bool(in_call))
        since[agent] = max(since.get(agent, 0), start)
        if not resolved:
            unresolved.add(agent)
    known = {(a, q) for a, q, _ in member_states.pairs_known(conn, at)}
    unresolved |= {a for a, _, r in member_states.pairs_known(conn, at) if not r}
    if abs(ts - now) <= NOW_SLACK_SECONDS:
        picture = merge_members(picture, since, ami_store.overlays(conn), now)
    _fold_interfaces(picture, known, unresolved, member_states.aliases(conn))
    for agent, queues in picture.items():
        known |= {(agent, q) for q in queues}
    rows = []
    for agent, queue in sorted(known):
        state = picture.get(agent, {}).get(queue)
        if state is None:
            rows.append(QueueState(agent, queue, False, False, None, False,
                                   agent not in unresolved))
        else:
            rows.append(QueueState(agent, queue, True, state[0], state[1], state[2],
                                   agent not in unresolved))
    return rows


def _fold_interfaces(picture: dict, known: set[tuple[str, str]], unresolved: set[str],
                     aliases: dict[str, str]) -> None:
    """An interface stored unresolved that has a name by now is that person."""
    for iface in [a for a in unresolved if a in aliases]:
        name = aliases[iface]
        for queue, state in picture.pop(iface, {}).items():
            picture.setdefault(name, {}).setdefault(queue, state)
        for pair in [p for p in known if p[0] == iface]:
            known.discard(pair)
            known.add((name, pair[1]))
        unresolved.discard(iface)


def parse_when(text: str | None) -> float:
    """Epoch seconds, or a local date-time (2026-11-23T08:00); None is now."""
    if text is None:
        return time.time()
    try:
        return float(text)
    except ValueError:
        return parse_local(text)


def cmd_agents(db_path: Path, at: str | None, as_json: bool) -> int:
    try:
        ts = parse_when(at)
    except ValueError as exc:
        print(f"composure: --at {exc}; or give epoch seconds", file=sys.stderr)
        return 2
    try:
        conn = open_database(db_path)
    except StoreError as exc:
        print(f"composure: {exc}", file=sys.stderr)
        return 2
    try:
        rows = floor_at(conn, ts)
    finally:
        conn.close()
    if as_json:
        print(json.dumps([_json(r) for r in rows], ensure_ascii=False, indent=1))
        return 0
    print(render_table(rows, ts))
    return 0


def _json(row: QueueState) -> dict:
    out = asdict(row)
    if row.resolved:
        del out["resolved"]
    return out


def render_table(rows: list[QueueState], ts: float) -> str:
    stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ts))
    if not rows:
        return f"agents at {stamp}: none known"
    table = [("agent", "queue", "state", "reason")]
    busy = {r.agent for r in rows if r.in_call}
    for r in rows:
        if not r.member:
            state = "not a member"
        elif r.in_call:
            state = "in call"
        elif r.paused:
            state = "paused"
        elif r.agent in busy:
            state = "busy (call from another queue)"
        elif not r.resolved:
            state = "member (not counted)"
        else:
            state = "available"
        name = r.agent if r.resolved else f"{r.agent} (interface, no name yet)"
        table.append((name, r.queue, state, r.reason or ""))
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    lines = [f"agents at {stamp}"]
    for row in table:
        lines.append("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True))
                     .rstrip())
    return "\n".join(lines)
