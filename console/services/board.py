"""Build a :class:`BoardSnapshot` from the store. Runs on a worker thread with its own
connection; the GUI thread only receives the finished, immutable snapshot."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import datetime

from console.domain import kpi
from console.domain.agent_state import AgentState, is_wrap_up_reason
from console.domain.ami_state import merge_members, merge_states
from console.domain.board import (
    AgentRow,
    BoardSnapshot,
    FloorKpis,
    IntervalBucket,
    QueueMembers,
    QueueSeat,
)
from console.domain.breaks import Break
from console.domain.flags import mask_caller
from console.domain.floor_settings import FloorSettings
from console.domain.strain import StrainResult
from console.domain.wellbeing import wellbeing
from console.services import care, floor_settings
from console.services.calls import recent_calls
from console.services.data_safety import load_settings as load_data_safety
from console.services.stats import compute_stats, day_range, queue_figures
from console.store import ami_store, member_states, queries
from console.store import breaks as breaks_store
from console.store import flags as flags_store

INTERVAL_SECONDS = 15 * 60
DEPTH_WINDOW = 3600
DEPTH_STEP = 30


@dataclass(frozen=True, slots=True)
class DayFigures:
    """What the board sums over today: read whole by :func:`build_snapshot`, kept up to date
    row by row by :class:`console.services.board_live.LiveBoard`; equal either way."""

    queues: tuple[kpi.QueueStats, ...]  # today's calls per queue (compute_stats' queues)
    total: kpi.QueueStats
    wrap_by_agent: dict[str, float]  # seconds wrapping up today
    totals: dict[str, queries.AgentDay]
    intervals: tuple[IntervalBucket, ...]
    on_shift: dict[str, int]  # queries.on_shift_since(day_start, now)


def build_snapshot(
    conn: sqlite3.Connection, now: float, settings: FloorSettings | None = None
) -> BoardSnapshot:
    """``settings`` None reads the floor's settings from the database."""
    floor = settings or floor_settings.load(conn)
    return assemble(conn, now, floor, day_figures(conn, now, floor))


def day_figures(conn: sqlite3.Connection, now: float, floor: FloorSettings) -> DayFigures:
    """Today's sums read from the store in full."""
    day_start, day_end = day_range(datetime.fromtimestamp(now).date())
    today = compute_stats(conn, day_start, day_end, now, floor.kpi)
    wrap_by_agent: dict[str, float] = {}
    for (agent, state), v in queries.state_seconds(conn, day_start, now, now).items():
        if state == AgentState.WRAP_UP:
            wrap_by_agent[agent] = wrap_by_agent.get(agent, 0.0) + v
    return DayFigures(
        queues=today.queues, total=today.total, wrap_by_agent=wrap_by_agent,
        totals=queries.agent_totals(conn, day_start, day_end),
        intervals=_intervals(conn, day_start, now),
        on_shift=queries.on_shift_since(conn, day_start, now))


def assemble(conn: sqlite3.Connection, now: float, floor: FloorSettings,
             day: DayFigures) -> BoardSnapshot:
    """The snapshot from today's sums and the small reads every snapshot makes afresh (the
    last half hour and hour, who is where now, strain, flags)."""
    day_start, day_end = day_range(datetime.fromtimestamp(now).date())
    _, last30 = queue_figures(conn, now - 1800, now + 1, now, floor.kpi)

    # occupancy needs time spent in states, not just calls
    secs_hour = queries.state_seconds(conn, now - 3600, now, now)
    talk_h = sum(v for (_, s), v in secs_hour.items() if s == AgentState.ON_CALL)
    wrap_h = sum(v for (_, s), v in secs_hour.items() if s == AgentState.WRAP_UP)
    avail_h = sum(v for (_, s), v in secs_hour.items() if s == AgentState.AVAILABLE)
    wrap_by_agent = day.wrap_by_agent
    totals = day.totals
    rings = queries.missed_rings(conn, day_start, day_end)
    # live AMI states laid over queue_log's open intervals (rules: domain/ami_state.py)
    overlays = ami_store.overlays(conn)
    states = merge_states(queries.current_states(conn), overlays, now)
    seats = _queue_seats(conn, states, overlays, now)
    infos = {a.name: a for a in queries.agents(conn)}
    strain = care.strain_by_agent(conn, now, floor.strain, hour=secs_hour,
                                  on_shift=day.on_shift)
    running = {b.agent: b for b in breaks_store.running(conn)}
    rows: list[AgentRow] = []
    counts = {s: 0 for s in AgentState}
    reasons: dict[str, int] = {}
    for name in sorted(set(infos) | set(states)):
        info = infos.get(name)
        state, reason, since = states.get(name, (AgentState.LOGGED_OUT.value, None, None))
        counts[AgentState(state)] += 1
        if state == AgentState.PAUSED:
            key = reason or ""
            reasons[key] = reasons.get(key, 0) + 1
        agent_day = totals.get(name)
        handled = agent_day.completed if agent_day else 0
        rows.append(
            AgentRow(
                name=name,
                display_name=(info.display_name if info and info.display_name else name),
                team=(info.team if info and info.team else ""),
                state=state,
                reason=reason,
                state_since=since,
                calls_today=agent_day.answered if agent_day else 0,
                aht_today_s=kpi.average_handle_time(
                    agent_day.talk_s if agent_day else 0.0, wrap_by_agent.get(name, 0.0),
                    handled),
                missed_rings=rings.get(name, 0),
                last_call_end=agent_day.last_call_end if agent_day else None,
                talk_today_s=agent_day.talk_s if agent_day else 0.0,
                **_strain_fields(strain.get(name), running.get(name)),
                queues=seats.get(name, ()),
            )
        )

    shift_flags = flags_store.flags_since(conn, day_start, day_end)
    total = day.total
    wrap_total = sum(wrap_by_agent.values())
    kpis = FloorKpis(
        calls_waiting=total.waiting,
        longest_wait_s=total.longest_wait_s,
        sl_today=total.service_level,
        sl_30m=last30.service_level,
        sl_target=floor.kpi.sl_target,
        sl_seconds=floor.kpi.sl_seconds,
        abandon_rate=total.abandon_rate,
        aht_s=kpi.average_handle_time(total.talk_total_s, wrap_total, total.completed),
        occupancy=kpi.occupancy(talk_h, wrap_h, avail_h),
        available=counts[AgentState.AVAILABLE],
        on_call=counts[AgentState.ON_CALL],
        wrap_up=counts[AgentState.WRAP_UP],
        paused=counts[AgentState.PAUSED],
        logged_out=counts[AgentState.LOGGED_OUT],
        paused_reasons=tuple(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
    )
    show_full = load_data_safety(conn).show_full_callers
    return BoardSnapshot(
        now=now,
        kpis=kpis,
        agents=tuple(rows),
        queues=day.queues,
        intervals=day.intervals,
        interval_seconds=INTERVAL_SECONDS,
        depth=_depth(conn, now),
        teams=tuple(sorted({r.team for r in rows if r.team})),
        problems=queries.problem_count(conn),
        # caller numbers leave the service masked unless the floor shows them (data safety)
        flags=tuple(shift_flags if show_full else
                    (replace(f, caller=mask_caller(f.caller) or None) for f in shift_flags)),
        unacknowledged_flags=sum(1 for f in shift_flags if not f.acknowledged),
        breaks=tuple(running.values()),
        wellbeing=wellbeing(shift_flags, breaks_store.since(conn, day_start, day_end + 3600)),
        unknown_events=queries.unknown_event_count(conn),
        recent_calls=recent_calls(conn, day_start, now, shift_flags, show_full=show_full),
        queue_members=_queue_members(seats),
        settings=floor,
    )


def _queue_seats(
    conn: sqlite3.Connection, states: dict[str, tuple[str, str | None, int]],
    overlays: list[dict], now: float,
) -> dict[str, tuple[QueueSeat, ...]]:
    """Each agent per queue: queue_log's per-queue intervals with the live overlay laid over
    (the same rule as the overall state). Unresolved interfaces are no one's seat."""
    picture: dict[str, dict[str, tuple[bool, str | None, bool]]] = {}
    since: dict[str, float] = {}
    for agent, queue, paused, reason, in_call, resolved, start in member_states.open_states(
            conn):
        if resolved:
            picture.setdefault(agent, {})[queue] = (bool(paused), reason, bool(in_call))
            since[agent] = max(since.get(agent, 0), start)
    picture = merge_members(picture, since, overlays, now)
    out = {}
    for agent, queues in picture.items():
        overall = states.get(agent, (AgentState.LOGGED_OUT.value, None, 0))[0]
        row = []
        for queue, (paused, reason, in_call) in sorted(queues.items()):
            if in_call:
                state = AgentState.ON_CALL.value
            elif paused:
                wrap = is_wrap_up_reason(reason)
                state = AgentState.WRAP_UP.value if wrap else AgentState.PAUSED.value
            elif overall in (AgentState.ON_CALL, AgentState.WRAP_UP):
                state = overall  # busy with a call from another queue
            else:
                state = AgentState.AVAILABLE.value
            row.append(QueueSeat(queue, state, reason if paused else None, paused, in_call))
        out[agent] = tuple(row)
    return out


def _queue_members(seats: dict[str, tuple[QueueSeat, ...]]) -> tuple[QueueMembers, ...]:
    counts: dict[str, list[int]] = {}
    for row in seats.values():
        for seat in row:
            c = counts.setdefault(seat.queue, [0, 0, 0, 0])
            c[0] += 1
            c[1] += seat.state == AgentState.AVAILABLE
            c[2] += seat.paused
            c[3] += seat.in_call
    return tuple(QueueMembers(q, *c) for q, c in sorted(counts.items()))


def _strain_fields(result: StrainResult | None, running: Break | None) -> dict:
    # a break waiting for the call to end has no planned end yet
    fields: dict = {"on_break_until": running.due_at() if running and not running.waiting
                    else None, "break_waiting": bool(running and running.waiting)}
    if result is not None:
        fields.update(strain=result.score, strain_level=result.level,
                      strain_reasons=result.reasons,
                      recommend_one_to_one=result.recommend_one_to_one)
    return fields


def _intervals(
    conn: sqlite3.Connection, day_start: float, now: float
) -> tuple[IntervalBucket, ...]:
    """Offered/answered/abandoned per 15 minutes from the first call of the day to now."""
    facts = queries.call_facts(conn, day_start, now + 1)
    if not facts:
        return ()
    first = min(f.enter_ts for f in facts)
    base = day_start + ((first - day_start) // INTERVAL_SECONDS) * INTERVAL_SECONDS
    n = int((now - base) // INTERVAL_SECONDS) + 1
    offered = [0] * n
    answered = [0] * n
    abandoned = [0] * n
    for f in facts:
        i = int((f.enter_ts - base) // INTERVAL_SECONDS)
        if 0 <= i < n:
            offered[i] += 1
            if f.outcome in kpi.ANSWERED_OUTCOMES:
                answered[i] += 1
            elif f.outcome == kpi.ABANDONED:
                abandoned[i] += 1
    return tuple(
        IntervalBucket(base + i * INTERVAL_SECONDS, offered[i], answered[i], abandoned[i])
        for i in range(n)
    )


def _depth(conn: sqlite3.Connection, now: float) -> tuple[tuple[float, int], ...]:
    """Calls waiting, sampled every 30 s over the last hour."""
    start = now - DEPTH_WINDOW
    spans = queries.depth_events(conn, start, now)
    n = DEPTH_WINDOW // DEPTH_STEP + 1
    diff = [0] * (n + 1)
    for enter, leave in spans:
        lo = max(0, int(-(-(enter - start) // DEPTH_STEP)))
        hi = min(n, int((leave - start) // DEPTH_STEP) + (0 if leave > now else 1))
        if leave <= enter:
            continue
        if lo < hi:
            diff[lo] += 1
            diff[hi] -= 1
    out = []
    level = 0
    for i in range(n):
        level += diff[i]
        out.append((start + i * DEPTH_STEP, level))
    return tuple(out)
