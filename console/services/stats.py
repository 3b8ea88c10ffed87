"""Queue and agent statistics for a time range: one function behind the board, `composure
stats` and the shift report, so the three can never disagree."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta

from console.domain import kpi
from console.domain.floor_state import STALE_CALL_SECONDS
from console.domain.time_range import TimeOutOfRange, year_problem
from console.domain.wellbeing import Wellbeing, wellbeing
from console.services import floor_settings
from console.store import breaks as breaks_store
from console.store import flags as flags_store
from console.store import queries


@dataclass(frozen=True, slots=True)
class AgentStats:
    agent: str
    answered: int
    talk_s: float
    missed_rings: int


@dataclass(frozen=True, slots=True)
class StatsReport:
    start: float
    end: float
    now: float
    settings: kpi.KpiSettings
    queues: tuple[kpi.QueueStats, ...]
    total: kpi.QueueStats
    agents: tuple[AgentStats, ...]
    wellbeing: Wellbeing | None = None

    def to_json(self) -> dict:
        def q(s: kpi.QueueStats) -> dict:
            return {
                "queue": s.queue,
                "offered": s.offered,
                "answered": s.answered,
                "answered_within_sl": s.answered_in_sl,
                "abandoned": s.abandoned,
                "short_abandoned": s.short_abandoned,
                "exited": {"timeout": s.exited_timeout, "key": s.exited_key,
                           "empty": s.exited_empty, "withdrawn": s.withdrawn},
                "still_waiting": s.waiting,
                "lost": s.lost,
                "mean_hold_s": _round(s.mean_hold_s),
                "mean_talk_s": _round(s.mean_talk_s),
                "service_level": _round(s.service_level, 4),
                "abandon_rate": _round(s.abandon_rate, 4),
            }

        return {
            "from": datetime.fromtimestamp(self.start).isoformat(timespec="seconds"),
            "to": datetime.fromtimestamp(self.end).isoformat(timespec="seconds"),
            "service_level_definition": (
                f"answered within {self.settings.sl_seconds} s / offered, excluding abandons "
                f"under {self.settings.short_abandon_seconds} s and calls still waiting under "
                f"{self.settings.sl_seconds} s"
            ),
            "settings": asdict(self.settings),
            "queues": [q(s) for s in self.queues],
            "total": q(self.total),
            "agents": [asdict(a) for a in self.agents],
            "wellbeing": self.wellbeing.to_json() if self.wellbeing else None,
        }


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def day_range(day: date) -> tuple[float, float]:
    """Local midnight to the next local midnight (23 or 25 hours on daylight-saving days)."""
    start = datetime.combine(day, time.min).astimezone()
    stop = datetime.combine(day + timedelta(days=1), time.min).astimezone()
    return start.timestamp(), stop.timestamp()


def _check_year(text: str, year: int) -> None:
    """9999-12-31 parses, but its end (and any local time near it) cannot be computed."""
    problem = year_problem(year)
    if problem is not None:
        raise TimeOutOfRange(f"{text!r}: {problem}")


def parse_local(text: str, *, end: bool = False) -> float:
    """A date (whole day; ``end`` means its end) or a date-time, in local time."""
    text = text.strip()
    try:
        if len(text) == 10:
            d = date.fromisoformat(text)
            _check_year(text, d.year)
            start, stop = day_range(d)
            return stop if end else start
        moment = datetime.fromisoformat(text.replace(" ", "T"))
        _check_year(text, moment.year)
        return moment.astimezone().timestamp()
    except TimeOutOfRange:
        raise
    except ValueError as exc:
        raise ValueError(
            f"{text!r} is not a date (2026-11-23) or a date-time (2026-11-23T08:00)"
        ) from exc


def compute_stats(
    conn: sqlite3.Connection,
    start: float,
    end: float,
    now: float,
    settings: kpi.KpiSettings | None = None,
    queue: str | None = None,
) -> StatsReport:
    if settings is None:  # the floor's definitions, so every screen and command agrees
        settings = floor_settings.load(conn).kpi
    per_queue, total = queue_figures(conn, start, end, now, settings, queue)
    totals = queries.agent_totals(conn, start, end, queue)
    rings = queries.missed_rings(conn, start, end, queue)
    names = sorted(set(totals) | set(rings))
    agents = tuple(
        AgentStats(
            agent=n,
            answered=totals[n].answered if n in totals else 0,
            talk_s=totals[n].talk_s if n in totals else 0.0,
            missed_rings=rings.get(n, 0),
        )
        for n in names
    )
    care_figures = wellbeing(flags_store.flags_since(conn, start, end),
                             breaks_store.since(conn, start, end + 3600))
    return StatsReport(start, end, now, settings, per_queue, total, agents, care_figures)


def queue_figures(
    conn: sqlite3.Connection, start: float, end: float, now: float,
    settings: kpi.KpiSettings, queue: str | None = None,
) -> tuple[tuple[kpi.QueueStats, ...], kpi.QueueStats]:
    """The calls half of :func:`compute_stats`: per queue and the floor total (the board's
    last half hour needs no more)."""
    facts = queries.call_facts(conn, start, end, queue)
    # a call still waiting is only waiting if it is recent; older ones ended unseen
    facts = [
        f if f.outcome != kpi.WAITING or now - f.enter_ts < STALE_CALL_SECONDS
        else kpi.CallFact(f.queue, f.enter_ts, kpi.LOST, f.hold_s, f.talk_s, f.agent)
        for f in facts
    ]
    by_queue: dict[str, list[kpi.CallFact]] = {}
    for f in facts:
        by_queue.setdefault(f.queue, []).append(f)
    per_queue = tuple(
        kpi.queue_stats(name, by_queue[name], now, settings) for name in sorted(by_queue)
    )
    return per_queue, kpi.combine("*", per_queue)
