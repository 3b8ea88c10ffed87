"""KPI formulas: the single definition used by the board, `composure stats` and reports.

Definitions (DESIGN.md section 6), stated once so that every screen agrees:

* **Service level** = answered within T seconds / (offered - short abandons - calls still
  waiting that have not yet waited T - lost calls, whose end line never arrived). A call still
  waiting beyond T already counts as missed.
  This is the "offered" definition; Asterisk's own `servicelevel` divides by completed calls
  only, which flatters a floor that is losing callers.
* **Abandon rate** = abandoned (excluding short abandons) / (offered - short abandons).
* **AHT** = (talk + wrap-up) / handled calls.
* **Occupancy** = (talk + wrap) / (talk + wrap + available).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# Call outcomes as stored; "waiting" and "connected" are still open.
WAITING = "waiting"
CONNECTED = "connected"
COMPLETED_CALLER = "completed_caller"
COMPLETED_AGENT = "completed_agent"
TRANSFERRED = "transferred"
ABANDONED = "abandoned"
EXIT_TIMEOUT = "exit_timeout"
EXIT_KEY = "exit_key"
EXIT_EMPTY = "exit_empty"
WITHDRAWN = "withdrawn"
LOST = "lost"  # the end line never arrived (Asterisk restarted, or the call went stale)

ANSWERED_OUTCOMES = frozenset({CONNECTED, COMPLETED_CALLER, COMPLETED_AGENT, TRANSFERRED})
COMPLETED_OUTCOMES = frozenset({COMPLETED_CALLER, COMPLETED_AGENT, TRANSFERRED})
EXIT_OUTCOMES = frozenset({EXIT_TIMEOUT, EXIT_KEY, EXIT_EMPTY, WITHDRAWN})


@dataclass(frozen=True, slots=True)
class KpiSettings:
    sl_seconds: int = 20
    sl_target: float = 0.80
    short_abandon_seconds: int = 5
    # the board's tile colours (DESIGN.md section 6: occupancy healthy to 85 %, caution to 92 %)
    abandon_caution: float = 0.05
    abandon_alert: float = 0.10
    occupancy_caution: float = 0.85
    occupancy_danger: float = 0.92


# The range each setting may take (checked by console.domain.settings_codec when loading and
# saving, and used as the Preferences dialog's spin box limits). Fractions, not percent.
KPI_BOUNDS: dict[str, tuple[float, float]] = {
    "sl_seconds": (1, 600),
    "sl_target": (0.01, 0.99),  # Erlang C has no answer for 100 %
    "short_abandon_seconds": (0, 60),
    "abandon_caution": (0.0, 1.0),
    "abandon_alert": (0.0, 1.0),
    "occupancy_caution": (0.5, 1.0),
    "occupancy_danger": (0.5, 1.0),
}


@dataclass(frozen=True, slots=True)
class CallFact:
    """The few facts about one queued call that every KPI needs."""

    queue: str
    enter_ts: float
    outcome: str
    hold_s: float | None  # wait before answer or before leaving the queue
    talk_s: float | None
    agent: str | None = None


@dataclass(frozen=True, slots=True)
class QueueStats:
    queue: str
    offered: int = 0
    answered: int = 0
    answered_in_sl: int = 0
    abandoned: int = 0
    short_abandoned: int = 0
    exited_timeout: int = 0
    exited_key: int = 0
    exited_empty: int = 0
    withdrawn: int = 0
    waiting: int = 0
    lost: int = 0
    sl_denominator: int = 0
    hold_total_s: float = 0.0
    talk_total_s: float = 0.0
    completed: int = 0
    longest_wait_s: float = 0.0

    @property
    def exited(self) -> int:
        return self.exited_timeout + self.exited_key + self.exited_empty + self.withdrawn

    @property
    def mean_hold_s(self) -> float | None:
        return self.hold_total_s / self.answered if self.answered else None

    @property
    def mean_talk_s(self) -> float | None:
        return self.talk_total_s / self.completed if self.completed else None

    @property
    def service_level(self) -> float | None:
        return self.answered_in_sl / self.sl_denominator if self.sl_denominator else None

    @property
    def abandon_rate(self) -> float | None:
        base = self.offered - self.short_abandoned
        return (self.abandoned - self.short_abandoned) / base if base > 0 else None


def queue_stats(
    queue: str, calls: Iterable[CallFact], now: float, settings: KpiSettings
) -> QueueStats:
    """Aggregate one queue's calls; ``now`` decides how long still-waiting calls have waited."""
    offered = answered = in_sl = abandoned = short = 0
    timeout = key = empty = withdrawn = waiting = lost = completed = 0
    hold_total = talk_total = 0.0
    longest = 0.0
    undecided = 0
    t = settings.sl_seconds
    for c in calls:
        offered += 1
        o = c.outcome
        if o in ANSWERED_OUTCOMES:
            answered += 1
            hold = c.hold_s or 0.0
            hold_total += hold
            if hold <= t:
                in_sl += 1
            if o in COMPLETED_OUTCOMES:
                completed += 1
                talk_total += c.talk_s or 0.0
        elif o == WAITING:
            waiting += 1
            waited = max(0.0, now - c.enter_ts)
            longest = max(longest, waited)
            if waited <= t:
                undecided += 1
        elif o == ABANDONED:
            abandoned += 1
            if (c.hold_s or 0.0) < settings.short_abandon_seconds:
                short += 1
        elif o == EXIT_TIMEOUT:
            timeout += 1
        elif o == EXIT_KEY:
            key += 1
        elif o == EXIT_EMPTY:
            empty += 1
        elif o == WITHDRAWN:
            withdrawn += 1
        elif o == LOST:
            lost += 1
    return QueueStats(
        queue=queue,
        offered=offered,
        answered=answered,
        answered_in_sl=in_sl,
        abandoned=abandoned,
        short_abandoned=short,
        exited_timeout=timeout,
        exited_key=key,
        exited_empty=empty,
        withdrawn=withdrawn,
        waiting=waiting,
        lost=lost,
        sl_denominator=max(0, offered - short - undecided - lost),
        hold_total_s=hold_total,
        talk_total_s=talk_total,
        completed=completed,
        longest_wait_s=longest,
    )


def combine(queue: str, parts: Iterable[QueueStats]) -> QueueStats:
    """Sum per-queue figures into a floor total (ratios are recomputed, never averaged)."""
    total = QueueStats(queue=queue)
    fields = [f for f in QueueStats.__dataclass_fields__ if f != "queue"]
    sums = {f: 0 for f in fields}
    longest = 0.0
    for p in parts:
        for f in fields:
            if f == "longest_wait_s":
                longest = max(longest, p.longest_wait_s)
            else:
                sums[f] += getattr(p, f)
    sums["longest_wait_s"] = longest
    return QueueStats(queue=total.queue, **sums)


def occupancy(talk_s: float, wrap_s: float, available_s: float) -> float | None:
    busy = talk_s + wrap_s
    base = busy + available_s
    return busy / base if base > 0 else None


def average_handle_time(talk_s: float, wrap_s: float, handled: int) -> float | None:
    return (talk_s + wrap_s) / handled if handled else None


def occupancy_band(value: float | None, settings: KpiSettings | None = None) -> str:
    """healthy up to 85 %, caution to 92 %, danger above (DESIGN.md section 6)."""
    s = settings or KpiSettings()
    if value is None or value <= s.occupancy_caution:
        return "healthy"
    if value <= s.occupancy_danger:
        return "caution"
    return "danger"
