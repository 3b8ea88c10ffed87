"""The highest strain reading of each agent over a range: the board's score at every mark,
from one read of the range's rows (``console.domain.strain_history``).

The inputs are gathered as :func:`console.services.care.strain_by_agent` gathers them for
one moment (flags, complaint-queue calls, long calls once ended, escalations raised from a
call; pauses of at least ``MIN_BREAK_SECONDS`` or still running; the last hour's occupancy;
the start of the agent's stretch of work today), so each reading is the board's reading at
that mark. ``tests/reports/test_strain_peaks.py`` checks that, mark by mark.
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_right
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from console.domain.strain import StrainEvent, StrainSettings, is_long_call
from console.domain.strain_history import AgentRows, Mark, peak_reading
from console.services.care import LOOKBACK, MIN_BREAK_SECONDS, is_complaint_queue
from console.services.stats import day_range
from console.store import escalations as escalations_store
from console.store import flags as flags_store
from console.store.strain_rows import SLOT, answered_queues, strain_rows


def _days(first: date, last: date) -> list[tuple[int, int]]:
    out, day = [], first
    while day <= last:
        lo, hi = day_range(day)
        out.append((int(lo), int(hi)))
        day += timedelta(days=1)
    return out


def agent_rows(conn: sqlite3.Connection, marks: Sequence[float],
               settings: StrainSettings) -> dict[str, AgentRows]:
    """Every agent's strain inputs for readings at ``marks`` (ascending), read once."""
    since, until = marks[0] - LOOKBACK, marks[-1]
    out: dict[str, AgentRows] = {}

    def rows(agent: str) -> AgentRows:
        found = out.get(agent)
        if found is None:
            found = out[agent] = AgentRows()
        return found

    for f in flags_store.flags_since(conn, since, until + 1):
        if f.agent:
            rows(f.agent).events.append((f.ts, StrainEvent(f.ts, "flag", f.severity,
                                                           f.category)))
    complaint = [q for q in answered_queues(conn, since, until) if is_complaint_queue(q)]
    days = _days(datetime.fromtimestamp(since).date(), datetime.fromtimestamp(until).date())
    # the readings' slots, and the first day's from its midnight (its first interval)
    slot_ends = sorted({int(t) for t in marks} | {int(t) - SLOT for t in marks}
                       | set(range(days[0][0] + SLOT, int(marks[0]), SLOT)))
    raw = strain_rows(conn, since, until, complaint_queues=complaint,
                      long_talk_s=settings.long_call_minutes * 60, slot_ends=slot_ends,
                      days=days)
    complaints = set(complaint)  # is_complaint_queue, asked once per queue
    for agent, queue, ts, talk in raw.calls:
        if queue in complaints:
            rows(agent).events.append((ts, StrainEvent(ts, "complaint")))
        if is_long_call(talk, settings):
            rows(agent).events.append((ts, StrainEvent(ts + talk, "long_call")))
    for agent, opened_at in escalations_store.escalated_calls_since(conn, since, until + 1):
        rows(agent).events.append((opened_at, StrainEvent(opened_at, "escalated")))
    for agent, start, end in raw.pauses:
        rows(agent).pauses.append((start, end))
    day_starts = [ds for ds, _de in days]

    def started(agent: str, start: int) -> None:
        """The earliest interval start of each local day: on_shift_since's "first"."""
        i = bisect_right(day_starts, start) - 1
        if i >= 0 and start < days[i][1]:
            r = rows(agent)
            ds = day_starts[i]
            r.first_start[ds] = min(r.first_start.get(ds, start), start)

    for agent, start, end in raw.logouts:
        r = rows(agent)
        r.has_states = True
        r.logouts.append((start, end))
        if end is not None:
            r.logout_ends.append(end)
        started(agent, start)
    for agent, start in raw.long_rows:
        rows(agent).has_states = True
        started(agent, start)
    known = out.get
    for agent, end, busy, avail, present, first in raw.slots:  # a month: 100,000 of them
        r = known(agent) or rows(agent)
        r.has_states = True
        r.slots[end] = [busy, avail, present]
        if first is not None:  # started(agent, first), written out
            i = bisect_right(day_starts, first) - 1
            if i >= 0 and first < days[i][1]:
                ds = day_starts[i]
                was = r.first_start.get(ds)
                if was is None or first < was:
                    r.first_start[ds] = first
    for agent, day_start in raw.straddles:
        rows(agent).straddles.add(day_start)
    return out


def strain_peaks(conn: sqlite3.Connection, marks: Sequence[float], settings: StrainSettings,
                 check: Callable[[int], None] | None = None) -> dict[str, tuple[float, float]]:
    """agent -> (highest score, when) over ``marks``; ``check(i)`` is called as the work
    passes mark ``i`` of ``len(marks)`` (a report's progress and cancel)."""
    if not marks:
        return {}
    ordered = sorted(marks)
    day_starts: dict[date, float] = {}

    def day_start(ts: float) -> float:
        day = datetime.fromtimestamp(ts).date()
        if day not in day_starts:
            day_starts[day] = int(day_range(day)[0])
        return day_starts[day]

    points = [Mark(t, day_start(t)) for t in ordered]
    by_second = {int(m.ts): m for m in points}
    per_agent = agent_rows(conn, ordered, settings)
    peaks: dict[str, tuple[float, float]] = {}
    for n, (agent, rows) in enumerate(sorted(per_agent.items())):
        if check is not None:
            check(n * len(ordered) // len(per_agent))
        peak = peak_reading(rows, points, settings, lookback=LOOKBACK,
                            min_break=MIN_BREAK_SECONDS, by_second=by_second)
        if peak is not None:
            peaks[agent] = peak
    return peaks
