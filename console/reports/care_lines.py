"""The care sections of the report: abusive-call flags, repeat abusive callers, 1:1 talks
granted with breaks, and the supervisors' notes on flags.

Time to a break follows :func:`console.domain.wellbeing.wellbeing` exactly (the agent's next
break starting at or after the flag, over breaks up to an hour past the range), so the median
in the summary is the median of this table's column.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from console.domain.breaks import Break
from console.domain.flags import Flag, mask_caller
from console.reports.model import FlagLine, NoteLine, RepeatCallerLine, SessionLine
from console.reports.pseudonyms import Pseudonyms
from console.store import flags as flags_store


def _next_breaks(breaks: Iterable[Break]) -> dict[str, list[int]]:
    by_agent: dict[str, list[int]] = {}
    for b in breaks:
        by_agent.setdefault(b.agent, []).append(b.start_ts)
    for starts in by_agent.values():
        starts.sort()
    return by_agent


def flag_lines(flags: list[Flag], breaks: list[Break], teams: dict[str, str],
               names: Pseudonyms, show_full: bool = False) -> tuple[FlagLine, ...]:
    """Oldest first, as a shift is read. Callers masked unless ``show_full`` (the floor's
    privacy setting, never in an anonymised report)."""
    starts = _next_breaks(breaks)
    out = []
    for f in sorted(flags, key=lambda f: (f.ts, f.id)):
        nxt = next((s for s in starts.get(f.agent or "", []) if s >= f.ts), None)
        ack = (f.acknowledged_at - f.ts) / 60 if (
            f.acknowledged_at is not None and f.acknowledged_at >= f.ts) else None
        out.append(FlagLine(
            ts=f.ts, agent=names.name(f.agent), team=teams.get(f.agent or "", ""),
            queue=f.queue or "", severity=f.severity, category=f.category,
            raw_category=f.raw_category or "", caller=mask_caller(f.caller, show_full),
            source=f.source,
            minutes_to_ack=ack, minutes_to_break=None if nxt is None else (nxt - f.ts) / 60,
            acknowledged_by=f.acknowledged_by or "", repeat_caller=f.repeat_caller,
            note=names.scrub(f.note)))
    return tuple(out)


def repeat_callers(flags: list[Flag], show_full: bool = False
                   ) -> tuple[RepeatCallerLine, ...]:
    """Callers flagged more than once in the range, or marked as repeat abusers."""
    groups: dict[str, list[Flag]] = {}
    for f in flags:
        if f.caller:
            groups.setdefault(f.caller, []).append(f)
    out = []
    for caller, items in groups.items():
        marked = any(f.repeat_caller for f in items)
        if len(items) < 2 and not marked:
            continue
        out.append(RepeatCallerLine(
            caller=mask_caller(caller, show_full), flags=len(items),
            agents=len({f.agent for f in items if f.agent}),
            worst_severity=max(f.severity for f in items),
            first_ts=min(f.ts for f in items), last_ts=max(f.ts for f in items),
            marked=marked))
    out.sort(key=lambda r: (-r.flags, -r.worst_severity, r.first_ts))
    return tuple(out)


def one_to_one_lines(breaks: list[Break], names: Pseudonyms) -> list[SessionLine]:
    """1:1 talks granted together with a recovery break (the break dialog's check box)."""
    return [
        SessionLine(ts=b.start_ts, agent=names.name(b.agent), kind="one_to_one",
                    with_whom=b.granted_by, status="done" if b.end_ts else "running",
                    minutes=((b.end_ts - b.start_ts) / 60) if b.end_ts else None,
                    note=names.scrub(b.coverage_note))
        for b in sorted(breaks, key=lambda b: b.start_ts) if b.one_to_one
    ]


def flag_notes(conn: sqlite3.Connection, flags: list[Flag],
               names: Pseudonyms) -> list[NoteLine]:
    out = []
    for f in flags:
        if not f.notes:
            continue
        for ts, author, text in flags_store.notes(conn, f.id):
            out.append(NoteLine(ts=ts, author=author, about=names.name(f.agent),
                                text=names.scrub(text), source="flag"))
    return out
