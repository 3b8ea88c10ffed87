"""Build a :class:`ReportData` for a shift from the services the board and `composure stats`
use, so a figure in the report is the figure on the board for the same range.

* Queue figures and the summary's offered / answered / abandoned / service level come from
  :func:`console.services.stats.compute_stats` for the whole range: the same object
  `composure stats --json` prints.
* The interval table is the same sums over each half hour (clipped to the range), from the
  same read of the calls (``compute_stats_by_interval``), so the rows add up to the summary;
  over more than a shift each day, over more than a month each week, leaving out those
  without a call (the report says how many).
* AHT is the board's formula (talk + wrap-up over handled calls).

The team filter narrows what is about people (agents, flags, breaks, sessions, escalations
raised on their calls). Queue figures stay the floor's: a call that was abandoned belongs to no
team, and a report that quietly dropped it would flatter everyone.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from datetime import time as dtime

from console.domain.agent_state import AgentState
from console.domain.kpi import average_handle_time
from console.domain.wellbeing import wellbeing
from console.reports import agent_lines, care_lines, optional_sources
from console.reports.model import IntervalRow, Part, ReportData, ReportRequest, Summary
from console.reports.pseudonyms import Pseudonyms, database_secret
from console.services import floor_settings
from console.services.data_safety import load_settings as load_data_safety
from console.services.stats import StatsReport, compute_stats_by_interval
from console.store import breaks as breaks_store
from console.store import flags as flags_store
from console.store import queries

INTERVAL_SECONDS = 30 * 60

Progress = Callable[[int, str], None]


class ReportCancelled(Exception):
    """The person asked to stop; nothing was written."""


# The interval table's rows follow the range: half hours for a shift, days up to a month,
# weeks beyond (a month in half hours was 1,488 rows and 554 pages). The strain peak is read
# every half hour whatever the table shows.
HALF_HOUR, DAY, WEEK = "half_hour", "day", "week"
SHIFT_LONGEST = 26 * 3600  # a night shift on a daylight-saving night is still one shift
MONTH_LONGEST = 31 * 86400 + 3600


def interval_kind(start: float, end: float) -> str:
    span = end - start
    return HALF_HOUR if span <= SHIFT_LONGEST else DAY if span <= MONTH_LONGEST else WEEK


def calendar_bounds(start: float, end: float, kind: str) -> list[tuple[float, float]]:
    """Local days (or weeks from Monday), the first and last clipped to the range; a day is
    23 or 25 hours on a daylight-saving change, as the floor lived it."""
    day = datetime.fromtimestamp(start).date()
    if kind == WEEK:
        day -= timedelta(days=day.weekday())
    step = timedelta(days=7 if kind == WEEK else 1)
    out: list[tuple[float, float]] = []
    while True:
        lo = datetime.combine(day, dtime.min).astimezone().timestamp()
        hi = datetime.combine(day + step, dtime.min).astimezone().timestamp()
        if lo >= end:
            return out
        if hi > start:
            out.append((max(lo, start), min(hi, end)))
        day += step


def interval_bounds(start: float, end: float,
                    step: int = INTERVAL_SECONDS) -> list[tuple[float, float]]:
    """Half hours on the local clock's grid (08:00, 08:30 ...), the first and last clipped to
    the range: a shift from 06:10 gets 06:10-06:30 first."""
    local = datetime.fromtimestamp(start)
    offset = (local.minute * 60 + local.second) % step
    t = start - offset
    out = []
    while t < end:
        out.append((max(t, start), min(t + step, end)))
        t += step
    return out


def longest_wait(conn: sqlite3.Connection, stats: StatsReport) -> float | None:
    """The longest any caller waited in the range: answered, abandoned or still waiting.

    ``QueueStats.longest_wait_s`` is the board's "waiting now" figure (live calls only), which
    for a finished shift is 0; the report wants the worst wait of the shift.
    """
    hold = queries.longest_hold(conn, stats.start, stats.end)  # one SQL max, not every call
    worst = max([*([hold] if hold is not None else []), stats.total.longest_wait_s],
                default=0.0)
    return float(worst) if (hold is not None or stats.total.waiting) else None


def build_report(
    conn: sqlite3.Connection, request: ReportRequest, now: float, *,
    progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
    generated_at: float | None = None,
) -> ReportData:
    def step(percent: int, stage: str) -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        if progress is not None:
            progress(percent, stage)

    start, end = request.start, request.end
    if end <= start:
        raise ValueError("the report's end must be after its start")
    step(0, "figures")
    floor = floor_settings.load(conn)
    bounds = interval_bounds(start, end)
    kind = interval_kind(start, end)
    rows = bounds if kind == HALF_HOUR else calendar_bounds(start, end, kind)
    # the whole range and each row from one read of the calls (a month read 32 times was
    # as long as the rest of the report)
    stats, row_totals = compute_stats_by_interval(conn, start, end, now, floor.kpi,
                                                  intervals=rows)
    roster = queries.agents(conn)
    teams = {a.name: a.team or "" for a in roster}
    members = ({a.name for a in roster if a.team in request.teams}
               if request.teams else None)
    secret = database_secret(conn) if request.anonymize else None
    # caller numbers follow the floor's privacy setting; an anonymised report always masks
    show_full = not request.anonymize and load_data_safety(conn).show_full_callers
    names = Pseudonyms(secret, [a.name for a in roster],
                       {a.name: a.display_name or "" for a in roster})

    def mine(agent: str | None) -> bool:
        return members is None or (agent or "") in members

    flags = [f for f in flags_store.flags_since(conn, start, end) if mine(f.agent)]
    breaks_after = [b for b in breaks_store.since(conn, start, end + 3600) if mine(b.agent)]
    breaks = [b for b in breaks_after if b.start_ts < end]
    care = (stats.wellbeing if members is None or stats.wellbeing is None
            else wellbeing(flags, breaks_after, stats.wellbeing.window_minutes))

    step(5, "intervals")
    intervals = []
    left_out = 0
    for (lo, hi), t in zip(rows, row_totals, strict=True):
        if kind != HALF_HOUR and not (t.offered or t.answered or t.abandoned):
            left_out += 1  # a day without calls: left out, and the report says how many
            continue
        intervals.append(IntervalRow(lo, hi, t.offered, t.answered, t.abandoned,
                                     t.answered_in_sl, t.service_level, t.abandon_rate,
                                     t.mean_hold_s, t.mean_talk_s))

    marks = [hi for _lo, hi in bounds if hi <= now] or [min(end, now)]

    def strain_step(i: int) -> None:
        step(30 + 40 * i // len(marks), "strain")

    peaks = agent_lines.strain_peaks(conn, marks, floor.strain, strain_step)

    step(70, "care")
    active = ({a for a in (set(teams) | {f.agent for f in flags if f.agent}) if mine(a)})
    coaching = optional_sources.coaching(conn, start, end, active, names)
    recognition, praise = optional_sources.recognition(conn, start, end, members, names)
    state_secs = queries.state_seconds(conn, start, min(end, now), now)
    agents, pauses = agent_lines.agent_lines(
        conn, start, end, now, members=members, teams=teams, names=names, flags=flags,
        breaks=breaks, peaks=peaks, coaching=coaching.per_agent, praise=praise,
        state_secs=state_secs)

    step(85, "sessions")
    escalations = optional_sources.escalations(conn, start, end, now, members, names)
    # 1:1 talks granted with a break count even where no coaching session records them
    granted = care_lines.one_to_one_lines(
        [b for b in breaks if b.id not in coaching.break_ids], names)
    sessions = Part(tuple(sorted([*coaching.sessions.rows, *granted], key=lambda s: s.ts)),
                    coaching.sessions.unavailable)
    notes = sorted([*care_lines.flag_notes(conn, flags, names), *coaching.notes,
                    *escalations.notes], key=lambda n: n.ts)
    total = stats.total
    # the floor's AHT, as the board's tile computes it, whatever teams are shown
    wrap = sum(v for (_agent, state), v in state_secs.items() if state == AgentState.WRAP_UP)
    summary = Summary(
        offered=total.offered, answered=total.answered, abandoned=total.abandoned,
        short_abandoned=total.short_abandoned, service_level=total.service_level,
        sl_target=stats.settings.sl_target, sl_seconds=stats.settings.sl_seconds,
        abandon_rate=total.abandon_rate,
        aht_s=average_handle_time(total.talk_total_s, wrap, total.completed),
        longest_wait_s=longest_wait(conn, stats),
        flags=care.flags if care else len(flags),
        severe_flags=care.severe_flags if care else 0,
        unacknowledged_flags=care.unacknowledged if care else 0,
        median_minutes_to_ack=care.median_minutes_to_ack if care else None,
        median_minutes_to_break=care.median_minutes_to_break if care else None,
        breaks_granted=len(breaks),
        one_to_ones=sum(1 for s in sessions.rows if s.kind == "one_to_one"),
        escalations_breached=escalations.counts.breached if escalations.counts else None,
    )
    step(95, "done")
    return ReportData(
        request=request, generated_at=generated_at if generated_at is not None else time.time(),
        now=now, stats=stats, summary=summary, intervals=tuple(intervals), agents=agents,
        pauses=pauses,
        flags=care_lines.flag_lines(flags, breaks_after, teams, names, show_full),
        repeat_callers=care_lines.repeat_callers(flags, show_full), sessions=sessions,
        coaching_available=coaching.sessions.available, escalations=escalations.lines,
        escalation_counts=escalations.counts, notes=tuple(notes), recognition=recognition,
        issues=optional_sources.management_issues(conn, start, end),
        teams_shown=tuple(request.teams), pseudonymised=request.anonymize,
        interval_kind=kind, intervals_left_out=left_out,
    )
