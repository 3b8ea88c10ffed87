"""What a shift report says, as plain data: built once from the services, then drawn by each
renderer (PDF, XLSX, CSV) without any of them recomputing a figure.

Values are raw (seconds, fractions, epoch seconds); formatting and translation belong to the
renderers. Agent names are already what the report may show (a pseudonym when anonymised), so
no renderer can leak a real name by forgetting to swap it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from console.services.stats import StatsReport

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ReportRequest:
    start: float
    end: float
    teams: tuple[str, ...] = ()  # empty: the whole floor
    anonymize: bool = False
    title: str | None = None  # "Early shift" ...; None: the range speaks for itself


@dataclass(frozen=True, slots=True)
class Unavailable:
    """A section whose data this database does not hold (yet): said plainly, never faked.

    ``what`` is a code the renderers translate: ``coaching``, ``recognition``,
    ``escalations``, ``management_issues``.
    """

    what: str


@dataclass(frozen=True)
class Part(Generic[T]):
    """A section's rows, or why there are none."""

    rows: tuple[T, ...] = ()
    unavailable: Unavailable | None = None

    @property
    def available(self) -> bool:
        return self.unavailable is None


@dataclass(frozen=True, slots=True)
class Summary:
    offered: int
    answered: int
    abandoned: int
    short_abandoned: int
    service_level: float | None
    sl_target: float
    sl_seconds: int
    abandon_rate: float | None
    aht_s: float | None
    longest_wait_s: float | None
    flags: int
    severe_flags: int
    unacknowledged_flags: int
    median_minutes_to_ack: float | None
    median_minutes_to_break: float | None
    breaks_granted: int
    one_to_ones: int
    escalations_breached: int | None  # None: escalations are not recorded here


@dataclass(frozen=True, slots=True)
class IntervalRow:
    start: float
    end: float
    offered: int
    answered: int
    abandoned: int
    answered_in_sl: int
    service_level: float | None
    abandon_rate: float | None
    mean_hold_s: float | None
    mean_talk_s: float | None


@dataclass(frozen=True, slots=True)
class PauseLine:
    agent: str
    reason: str  # "" when the pause gave none
    count: int
    seconds: float


@dataclass(frozen=True, slots=True)
class AgentLine:
    agent: str  # shown name (pseudonym when anonymised)
    team: str
    calls: int  # answered
    handled: int  # completed
    talk_s: float
    wrap_s: float
    aht_s: float | None
    missed_rings: int
    pause_s: float
    pauses: tuple[tuple[str, float], ...]  # (reason, seconds), longest first
    flags: int
    severe_flags: int
    strain_peak: float | None  # highest half-hourly reading of the board's strain score
    # (taken while the agent was on the floor)
    strain_peak_at: float | None
    breaks: int
    break_minutes: float
    one_to_ones: int
    coaching: int | None  # None: coaching is not recorded here
    praise: int | None  # None: recognition is not recorded here


@dataclass(frozen=True, slots=True)
class FlagLine:
    ts: float
    agent: str
    team: str
    queue: str
    severity: int
    category: str
    raw_category: str
    caller: str  # masked, unless the floor shows full numbers and the report is not anonymised
    source: str
    minutes_to_ack: float | None
    minutes_to_break: float | None
    acknowledged_by: str
    repeat_caller: bool
    note: str


@dataclass(frozen=True, slots=True)
class RepeatCallerLine:
    caller: str  # masked, unless the floor shows full numbers and the report is not anonymised
    flags: int
    agents: int
    worst_severity: int
    first_ts: float
    last_ts: float
    marked: bool  # marked as a repeat abuser by a supervisor


@dataclass(frozen=True, slots=True)
class SessionLine:
    ts: float
    agent: str
    kind: str  # one_to_one | coaching | talk
    with_whom: str
    status: str
    minutes: float | None
    note: str


@dataclass(frozen=True, slots=True)
class EscalationLine:
    reference: str
    opened_ts: float
    owner: str
    state: str  # on_track | at_risk | breached | met | met_late | ...
    promised_minutes: float | None
    elapsed_minutes: float | None
    trust: float | None  # (1 - reply / promised) x 100 at the first reply; < 0 overdue
    resolved_ts: float | None
    opened_in_range: bool
    resolved_in_range: bool


@dataclass(frozen=True, slots=True)
class EscalationCounts:
    opened: int
    resolved: int
    at_risk: int
    breached: int
    mean_trust: float | None


@dataclass(frozen=True, slots=True)
class NoteLine:
    ts: float
    author: str
    about: str  # agent (shown name) or subject
    text: str
    source: str  # flag | coaching | escalation ...


@dataclass(frozen=True, slots=True)
class RecognitionLine:
    ts: float
    agent: str
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class IssueCountLine:
    cause: str  # code; built-in causes are named by the renderers
    label: str  # the floor's own name for a cause it added ("" for built-in ones)
    occurrences: int
    issues: int
    open: int
    sent: int
    fixed: int


@dataclass(frozen=True)
class ReportData:
    request: ReportRequest
    generated_at: float
    now: float  # the clock the figures were computed against (waiting calls, strain)
    stats: StatsReport  # the very object `composure stats` prints: queues and the total
    summary: Summary
    intervals: tuple[IntervalRow, ...]
    agents: tuple[AgentLine, ...]
    pauses: tuple[PauseLine, ...]
    flags: tuple[FlagLine, ...]
    repeat_callers: tuple[RepeatCallerLine, ...]
    sessions: Part[SessionLine]
    coaching_available: bool
    escalations: Part[EscalationLine]
    escalation_counts: EscalationCounts | None
    notes: tuple[NoteLine, ...]
    recognition: Part[RecognitionLine]
    issues: Part[IssueCountLine]
    teams_shown: tuple[str, ...] = ()
    pseudonymised: bool = False
    warnings: tuple[str, ...] = field(default_factory=tuple)
    interval_kind: str = "half_hour"  # half_hour | day | week: what one interval row is
    intervals_left_out: int = 0  # days (weeks) without a call, not shown as rows
