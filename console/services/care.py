"""Looking after agents: strain per agent, and what a recovery break costs the floor.

Strain counts events only (flags, complaint calls, long calls, time without a break,
occupancy); it never guesses anyone's feelings (DESIGN.md section 6).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from console.domain import breaks as breaks_rules
from console.domain import kpi, staffing
from console.domain.agent_state import AgentState
from console.domain.strain import (
    BreakSpan,
    StrainEvent,
    StrainResult,
    StrainSettings,
    compute_strain,
    is_long_call,
)
from console.services import floor_settings
from console.services.stats import compute_stats, day_range
from console.store import breaks as breaks_store
from console.store import coaching as coaching_store
from console.store import escalations as escalations_store
from console.store import flags as flags_store
from console.store import queries

LOOKBACK = 24 * 3600
MIN_BREAK_SECONDS = 180  # a pause shorter than this is not a rest


def is_complaint_queue(queue: str | None) -> bool:
    q = (queue or "").lower()
    return "complaint" in q or "投诉" in q or "escalat" in q


def strain_by_agent(conn: sqlite3.Connection, now: float,
                    settings: StrainSettings | None = None, *,
                    hour: dict[tuple[str, str], float] | None = None,
                    on_shift: dict[str, int] | None = None) -> dict[str, StrainResult]:
    """``settings`` None: the floor's, from the database. ``hour`` (state seconds of the
    last hour) and ``on_shift`` (``queries.on_shift_since`` today up to ``now``) are read
    here unless the caller has them already (the board)."""
    settings = settings or floor_settings.load(conn).strain
    since = now - LOOKBACK
    day_start, _ = day_range(datetime.fromtimestamp(now).date())
    events: dict[str, list[StrainEvent]] = {}
    for f in flags_store.flags_since(conn, since, now + 1):
        if f.agent:
            events.setdefault(f.agent, []).append(
                StrainEvent(f.ts, "flag", f.severity, f.category))
    # only what happened up to ``now``: a reading at a past moment counts no later call,
    # and a long call only once it has ended
    # only complaint and very long calls make an event: the others stay in SQLite
    complaint = [q for q in queries.queue_names(conn) if is_complaint_queue(q)]
    for agent, queue, ts, talk in queries.calls_for_strain(
            conn, since, now, queues=complaint, longer_than=settings.long_call_minutes * 60):
        if is_complaint_queue(queue):
            events.setdefault(agent, []).append(StrainEvent(ts, "complaint"))
        if is_long_call(talk, settings) and ts + talk <= now:
            events.setdefault(agent, []).append(StrainEvent(ts + talk, "long_call"))
    for agent, opened_at in escalations_store.escalated_calls_since(conn, since, now + 1):
        events.setdefault(agent, []).append(StrainEvent(opened_at, "escalated"))
    spans: dict[str, list[BreakSpan]] = {}
    for agent, start, end, _reason in queries.pauses_since(conn, since, now):
        if end - start >= MIN_BREAK_SECONDS or end >= now:
            spans.setdefault(agent, []).append(BreakSpan(start, None if end >= now else end))
    # logged out is rest, not time on the phones (a stretch still open at ``now``: see
    # compute_strain's ``logged_out_since``)
    gone: dict[str, float] = {}
    for agent, start, end in queries.logged_out_since(conn, since, now):
        if end >= now:
            gone[agent] = max(start, gone.get(agent, start))
        elif end - start >= MIN_BREAK_SECONDS:
            spans.setdefault(agent, []).append(BreakSpan(start, end))
    if hour is None:
        hour = queries.state_seconds(conn, now - 3600, now, now)
    busy: dict[str, float] = {}
    avail: dict[str, float] = {}
    for (agent, state), secs in hour.items():
        if state in (AgentState.ON_CALL, AgentState.WRAP_UP):
            busy[agent] = busy.get(agent, 0.0) + secs
        elif state == AgentState.AVAILABLE:
            avail[agent] = avail.get(agent, 0.0) + secs
    if on_shift is None:
        on_shift = queries.on_shift_since(conn, day_start, now)
    out: dict[str, StrainResult] = {}
    for agent in set(events) | set(spans) | set(busy) | set(gone):
        agent_spans = spans.get(agent, [])
        ended = [b.end_ts for b in agent_spans if b.end_ts is not None]
        out[agent] = compute_strain(
            events.get(agent, []), agent_spans, now,
            occupancy_last_hour=kpi.occupancy(busy.get(agent, 0.0), 0.0, avail.get(agent, 0.0)),
            last_break_end=max(ended) if ended else None,
            shift_start=on_shift.get(agent, day_start),
            settings=settings,
            logged_out_since=gone.get(agent),
        )
    return out


@dataclass(frozen=True, slots=True)
class Coverage:
    """What the floor is told before a break is granted."""

    agent: str
    agents_on_phones: int
    calls_per_hour: float
    aht_s: float
    impact: staffing.BreakImpact | None
    stagger: breaks_rules.StaggerCheck | None
    coverable_at: float | None
    suggested_minutes: int

    @property
    def floor_can_cover(self) -> bool:
        return self.impact is None or self.impact.meets_target_without


def coverage_for_break(conn: sqlite3.Connection, agent: str, now: float,
                       kpi_settings: kpi.KpiSettings | None = None,
                       break_settings: breaks_rules.BreakSettings | None = None) -> Coverage:
    if kpi_settings is None or break_settings is None:
        floor = floor_settings.load(conn)
        kpi_settings = kpi_settings or floor.kpi
        break_settings = break_settings or floor.breaks
    ks, bs = kpi_settings, break_settings
    last30 = compute_stats(conn, now - 1800, now + 1, now, ks).total
    cph = last30.offered * 2.0
    aht = last30.mean_talk_s or compute_stats(
        conn, now - 3 * 3600, now + 1, now, ks).total.mean_talk_s or 300.0
    states = queries.current_states(conn)
    on_phones = sum(1 for s, _r, _t in states.values()
                    if s in (AgentState.AVAILABLE, AgentState.ON_CALL, AgentState.WRAP_UP))
    impact = None
    coverable_at = None
    if on_phones >= 1 and cph > 0:
        impact = staffing.break_impact(on_phones, cph, aht, ks.sl_target, ks.sl_seconds)
        if not impact.meets_target_without:
            coverable_at = staffing.when_coverable(
                _forecast(conn, now, aht), on_phones, ks.sl_target, ks.sl_seconds)
    team = next((a.team for a in queries.agents(conn) if a.name == agent), None)
    stagger = None
    if team:
        members = {a.name for a in queries.agents(conn) if a.team == team}
        on_shift = [m for m in members
                    if states.get(m, (AgentState.LOGGED_OUT,))[0] != AgentState.LOGGED_OUT]
        off = sum(1 for m in on_shift if states[m][0] == AgentState.PAUSED)
        stagger = breaks_rules.stagger_check(team, len(on_shift), off, bs)
    worst = max((f.severity for f in flags_store.flags_since(conn, now - 3600, now + 1)
                 if f.agent == agent), default=1)
    return Coverage(agent, on_phones, cph, aht, impact, stagger, coverable_at,
                    breaks_rules.suggested_minutes(worst, bs))


def _forecast(conn: sqlite3.Connection, now: float, aht: float,
              hours: int = 3) -> list[tuple[float, float, float]]:
    """Arrivals for the next hours from the same quarter-hours of the last 7 days."""
    bucket = 900
    history = queries.offered_per_bucket(conn, now - 7 * 86400, now - 3600, bucket)
    days = max(1, min(7, int((now - _first_call(conn, now)) // 86400)))
    day_start, _ = day_range(datetime.fromtimestamp(now).date())
    out = []
    t = now - (now - day_start) % bucket + bucket
    while t < now + hours * 3600:
        slot = int((t - day_start) % 86400) // bucket * bucket
        out.append((t, history.get(slot, 0) / days * 4.0, aht))
        t += bucket
    return out


def _first_call(conn: sqlite3.Connection, now: float) -> float:
    return queries.first_call_ts(conn, now - 7 * 86400, now) or now


def grant_break(conn: sqlite3.Connection, agent: str, minutes: int, now: float, *,
                one_to_one: bool = False, flag_id: int | None = None,
                coverage_note: str | None = None) -> int:
    break_id = breaks_store.grant(conn, agent, minutes, now=now, one_to_one=one_to_one,
                                  flag_id=flag_id, coverage_note=coverage_note)
    if one_to_one:  # the lead completes this pending talk later ("1:1 talk…")
        coaching_store.plan_talks_for_breaks(conn, now - 60)
    return break_id
