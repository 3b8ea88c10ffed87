"""What the team board shows, as plain data: built off the GUI thread, drawn on it.

A :class:`BoardSnapshot` is immutable so it can cross from the refresh worker to the GUI
thread without locks; the Qt models diff consecutive snapshots to emit ``dataChanged`` only
for rows that changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from console.domain.breaks import Break
from console.domain.calls import CallRow
from console.domain.flags import Flag
from console.domain.kpi import QueueStats
from console.domain.strain import Reason
from console.domain.wellbeing import Wellbeing

if TYPE_CHECKING:
    from console.domain.floor_settings import FloorSettings


@dataclass(frozen=True, slots=True)
class QueueSeat:
    """An agent as one queue sees them: ``state`` is an AgentState value (``on_call`` only
    for a call from this queue; a call from another queue shows as that state too)."""

    queue: str
    state: str
    reason: str | None = None
    paused: bool = False  # paused in this queue (a wrap-up pause included)
    in_call: bool = False  # on a call that came from this queue


@dataclass(frozen=True, slots=True)
class QueueMembers:
    """A queue's own members right now: what its row on the board counts."""

    queue: str
    members: int = 0
    available: int = 0
    paused: int = 0
    on_call: int = 0


@dataclass(frozen=True, slots=True)
class AgentRow:
    name: str
    display_name: str
    team: str
    state: str
    reason: str | None
    state_since: float | None
    calls_today: int
    aht_today_s: float | None
    missed_rings: int
    last_call_end: float | None
    talk_today_s: float = 0.0
    strain: float = 0.0  # 0-100, from counted events only
    strain_level: str = "ok"  # ok | watch | break_recommended
    strain_reasons: tuple[Reason, ...] = ()
    recommend_one_to_one: bool = False
    on_break_until: float | None = None  # a running recovery break's planned end
    # the agent per queue (sorted by queue); the state cell details them when they differ
    queues: tuple[QueueSeat, ...] = ()


@dataclass(frozen=True, slots=True)
class FloorKpis:
    calls_waiting: int
    longest_wait_s: float
    sl_today: float | None
    sl_30m: float | None
    sl_target: float
    sl_seconds: int
    abandon_rate: float | None
    aht_s: float | None
    occupancy: float | None
    available: int
    on_call: int
    wrap_up: int
    paused: int
    logged_out: int
    paused_reasons: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class IntervalBucket:
    start_ts: float
    offered: int
    answered: int
    abandoned: int


@dataclass(frozen=True, slots=True)
class BoardSnapshot:
    now: float
    kpis: FloorKpis
    agents: tuple[AgentRow, ...]
    queues: tuple[QueueStats, ...]
    intervals: tuple[IntervalBucket, ...]
    interval_seconds: int
    depth: tuple[tuple[float, int], ...]
    teams: tuple[str, ...]
    problems: int = 0
    unknown_events: int = 0
    sources: tuple[str, ...] = field(default_factory=tuple)
    flags: tuple[Flag, ...] = ()  # this shift's abuse flags, newest first
    unacknowledged_flags: int = 0
    breaks: tuple[Break, ...] = ()  # recovery breaks running now
    wellbeing: Wellbeing | None = None  # this shift's flags, time to acknowledge, to a break
    recent_calls: tuple[CallRow, ...] = ()  # today's newest calls, newest first
    queue_members: tuple[QueueMembers, ...] = ()  # each queue's own members, by queue
    # the rules this snapshot was built with: tiles, alerts and strain levels follow them
    settings: FloorSettings = field(default_factory=lambda: _default_settings())


def _default_settings() -> FloorSettings:
    # imported late: the settings import the alert rules, which import this module
    from console.domain.floor_settings import FloorSettings

    return FloorSettings()
