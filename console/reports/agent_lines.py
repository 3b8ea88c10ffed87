"""The agent table: calls, handle time, missed rings, pauses by reason, flags, strain peak,
breaks, 1:1 talks, coaching and praise.

Calls and talk time come from the same queries as `composure stats` and the board
(``queries.agent_totals``, ``queries.missed_rings``); AHT is the board's formula
(``kpi.average_handle_time`` over talk and wrap-up seconds). The strain peak is the highest
reading of the board's own score (``care.strain_by_agent``) at each half-hour mark of the shift
and at its end while the agent was on the floor: what a supervisor watching the board would
have seen, not a new measure (read in one pass: ``services/strain_peaks.py``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from console.domain import kpi
from console.domain.agent_state import AgentState
from console.domain.breaks import Break
from console.domain.flags import Flag
from console.domain.strain import StrainSettings
from console.reports.model import AgentLine, PauseLine
from console.reports.pseudonyms import Pseudonyms
from console.services import strain_peaks as strain_history
from console.store import queries


def pause_totals(conn: sqlite3.Connection, start: float, end: float,
                 now: float) -> dict[str, dict[str, tuple[int, float]]]:
    """agent -> reason -> (pauses, seconds) inside [start, min(end, now)]."""
    stop = min(end, now)
    out: dict[str, dict[str, tuple[int, float]]] = {}
    for agent, s, e, reason in queries.pauses_since(conn, start, now):
        lo, hi = max(s, start), min(e, stop)
        if hi <= lo:
            continue
        per = out.setdefault(agent, {})
        n, secs = per.get(reason or "", (0, 0.0))
        per[reason or ""] = (n + 1, secs + (hi - lo))
    return out


def strain_peaks(conn: sqlite3.Connection, marks: list[float], settings: StrainSettings,
                 check: Callable[[int], None]) -> dict[str, tuple[float, float]]:
    """agent -> (highest score, when), over the board's score at each mark while the agent
    was on the floor, from one read of the range's rows."""
    return strain_history.strain_peaks(conn, marks, settings, check)


def agent_lines(
    conn: sqlite3.Connection, start: float, end: float, now: float, *,
    members: set[str] | None, teams: dict[str, str], names: Pseudonyms,
    flags: list[Flag], breaks: list[Break], peaks: dict[str, tuple[float, float]],
    coaching: dict[str, int] | None, praise: dict[str, int] | None,
    state_secs: dict[tuple[str, str], float] | None = None,
) -> tuple[tuple[AgentLine, ...], tuple[PauseLine, ...]]:
    """``state_secs``: ``queries.state_seconds`` over the range when the caller has it."""
    totals = queries.agent_totals(conn, start, end)
    rings = queries.missed_rings(conn, start, end)
    secs = (state_secs if state_secs is not None
            else queries.state_seconds(conn, start, min(end, now), now))
    pauses = pause_totals(conn, start, end, now)
    wrap: dict[str, float] = {}
    worked: set[str] = set()
    for (agent, state), v in secs.items():
        if state != AgentState.LOGGED_OUT and v > 0:
            worked.add(agent)
        if state == AgentState.WRAP_UP:
            wrap[agent] = wrap.get(agent, 0.0) + v
    flag_count: dict[str, list[int]] = {}
    for f in flags:
        if f.agent:
            flag_count.setdefault(f.agent, []).append(f.severity)
    break_list: dict[str, list[Break]] = {}
    for b in breaks:
        break_list.setdefault(b.agent, []).append(b)

    everyone = set(totals) | set(rings) | worked | set(flag_count) | set(break_list)
    if members is not None:
        everyone &= members
    lines: list[AgentLine] = []
    pause_lines: list[PauseLine] = []
    for agent in everyone:
        day = totals.get(agent)
        talk = day.talk_s if day else 0.0
        handled = day.completed if day else 0
        agent_pauses = pauses.get(agent, {})
        reasons = sorted(((r, s) for r, (_n, s) in agent_pauses.items()),
                         key=lambda rs: (-rs[1], rs[0]))
        own_breaks = break_list.get(agent, [])
        shown = names.name(agent)
        peak = peaks.get(agent)
        sev = flag_count.get(agent, [])
        lines.append(AgentLine(
            agent=shown, team=teams.get(agent, ""),
            calls=day.answered if day else 0, handled=handled, talk_s=talk,
            wrap_s=wrap.get(agent, 0.0),
            aht_s=kpi.average_handle_time(talk, wrap.get(agent, 0.0), handled),
            missed_rings=rings.get(agent, 0),
            pause_s=sum(s for _r, s in reasons), pauses=tuple(reasons),
            flags=len(sev), severe_flags=sum(1 for s in sev if s >= 2),
            strain_peak=peak[0] if peak else None, strain_peak_at=peak[1] if peak else None,
            breaks=len(own_breaks),
            break_minutes=sum(((b.end_ts or b.due_at()) - b.start_ts) / 60 for b in own_breaks),
            one_to_ones=sum(1 for b in own_breaks if b.one_to_one),
            coaching=None if coaching is None else coaching.get(agent, 0),
            praise=None if praise is None else praise.get(agent, 0),
        ))
        for reason, (n, s) in sorted(agent_pauses.items()):
            pause_lines.append(PauseLine(shown, reason, n, s))
    lines.sort(key=lambda a: (a.team, a.agent))
    pause_lines.sort(key=lambda p: (p.agent, -p.seconds))
    return tuple(lines), tuple(pause_lines)
