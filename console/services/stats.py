"""Queue and agent statistics for a time range: one function behind the board, `composure
stats` and the shift report, so the three can never disagree."""

from __future__ import annotations

import sqlite3
from bisect import bisect_right
from collections.abc import Sequence
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
    return compute_stats_by_interval(conn, start, end, now, settings, queue)[0]


def compute_stats_by_interval(
    conn: sqlite3.Connection,
    start: float,
    end: float,
    now: float,
    settings: kpi.KpiSettings | None = None,
    queue: str | None = None,
    intervals: Sequence[tuple[float, float]] = (),
) -> tuple[StatsReport, list[kpi.QueueStats]]:
    """``compute_stats`` over the range, and the floor total of each of ``intervals``
    (ascending, not overlapping, inside the range) from the same read of the calls: each
    equal to ``compute_stats(conn, lo, hi, ...).total``, without reading a month of calls
    again for each day of a month's report."""
    if settings is None:  # the floor's definitions, so every screen and command agrees
        settings = floor_settings.load(conn).kpi
    facts = _facts(conn, start, end, now, queue)
    per_queue = _per_queue(facts, now, settings)
    total = kpi.combine("*", per_queue)
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
    report = StatsReport(start, end, now, settings, per_queue, total, agents, care_figures)
    return report, _interval_totals(facts, start, end, intervals, now, settings)


def queue_figures(
    conn: sqlite3.Connection, start: float, end: float, now: float,
    settings: kpi.KpiSettings, queue: str | None = None,
) -> tuple[tuple[kpi.QueueStats, ...], kpi.QueueStats]:
    """The calls half of :func:`compute_stats`: per queue and the floor total (the board's
    last half hour needs no more)."""
    per_queue = _per_queue(_facts(conn, start, end, now, queue), now, settings)
    return per_queue, kpi.combine("*", per_queue)


def _facts(conn: sqlite3.Connection, start: float, end: float, now: float,
           queue: str | None) -> list[kpi.CallFact]:
    facts = queries.call_facts(conn, start, end, queue)
    # a call still waiting is only waiting if it is recent; older ones ended unseen
    return [
        f if f.outcome != kpi.WAITING or now - f.enter_ts < STALE_CALL_SECONDS
        else kpi.CallFact(f.queue, f.enter_ts, kpi.LOST, f.hold_s, f.talk_s, f.agent)
        for f in facts
    ]


def _per_queue(facts: Sequence[kpi.CallFact], now: float,
               settings: kpi.KpiSettings) -> tuple[kpi.QueueStats, ...]:
    by_queue: dict[str, list[kpi.CallFact]] = {}
    for f in facts:
        by_queue.setdefault(f.queue, []).append(f)
    return tuple(
        kpi.queue_stats(name, by_queue[name], now, settings) for name in sorted(by_queue)
    )


def _interval_totals(facts: Sequence[kpi.CallFact], start: float, end: float,
                     intervals: Sequence[tuple[float, float]], now: float,
                     settings: kpi.KpiSettings) -> list[kpi.QueueStats]:
    """Each interval's calls, chosen as ``call_facts`` chooses them (int(lo) <= enter <
    int(hi)), then the very sums ``compute_stats`` makes."""
    los = [int(lo) for lo, _hi in intervals]
    his = [int(hi) for _lo, hi in intervals]
    if any(a > b for a, b in zip(his, los[1:], strict=False)) or (
            los and (los[0] < int(start) or his[-1] > int(end))):
        raise ValueError("intervals must be ascending, not overlapping and inside the range")
    buckets: list[list[kpi.CallFact]] = [[] for _ in intervals]
    for f in facts:
        i = bisect_right(los, f.enter_ts) - 1
        if i >= 0 and f.enter_ts < his[i]:
            buckets[i].append(f)
    return [kpi.combine("*", _per_queue(b, now, settings)) for b in buckets]
