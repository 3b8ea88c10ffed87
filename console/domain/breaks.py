"""Recovery breaks: how long, whether the team can spare the agent, and when one is overdue.

DESIGN.md section 6: 5 minutes by default, 10-15 after a severe call, a 1:1 talk after threats;
at most about 20 % of a team off the phones at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# Not free for a break yet: still talking, or finishing the call's after-call work.
BUSY_STATES = frozenset({"on_call", "wrap_up"})


@dataclass(frozen=True, slots=True)
class BreakSettings:
    default_minutes: int = 5
    after_severe_minutes: int = 10
    after_threat_minutes: int = 15
    choices: tuple[int, ...] = (5, 10, 15)
    max_team_off_share: float = 0.20
    overdue_grace_minutes: int = 2


# Ranges (see console.domain.settings_codec); "choices" bounds each length offered.
BREAK_BOUNDS: dict[str, tuple[float, float]] = {
    "default_minutes": (1, 120),
    "after_severe_minutes": (1, 120),
    "after_threat_minutes": (1, 120),
    "choices": (1, 120),
    "max_team_off_share": (0.05, 1.0),
    "overdue_grace_minutes": (0, 60),
}


@dataclass(frozen=True, slots=True)
class Break:
    id: int
    agent: str
    kind: str
    granted_at: int
    granted_by: str
    planned_minutes: int
    start_ts: int
    end_ts: int | None
    ended_by: str | None
    one_to_one: bool
    flag_id: int | None
    coverage_note: str | None
    # granted during a call that has not ended yet: the countdown has not started, and
    # ``start_ts`` is still the moment it was granted (see countdown_start)
    waiting: bool = False

    @property
    def running(self) -> bool:
        return self.end_ts is None

    def due_at(self) -> int:
        return self.start_ts + self.planned_minutes * 60

    def seconds_left(self, now: float) -> float:
        if self.waiting:
            return float(self.planned_minutes * 60)
        return self.due_at() - now

    def overdue(self, now: float, settings: BreakSettings = BreakSettings()) -> bool:
        return (self.running and not self.waiting
                and now > self.due_at() + settings.overdue_grace_minutes * 60)


def countdown_start(granted: float,
                    intervals: Iterable[tuple[str, float, float | None]]) -> float | None:
    """When a break granted at ``granted`` starts counting down: at once when the agent is
    free then, else when the call in progress (and its wrap-up) ends; None while it has not.

    ``intervals`` are the agent's state intervals ``(state, start, end)``, ``end`` None for
    the open one. Without an interval covering ``granted`` (an agent queue_log has not named)
    nothing holds the break back.
    """
    ordered = sorted(intervals, key=lambda i: i[1])
    covering = [i for i in ordered if i[1] <= granted and (i[2] is None or i[2] > granted)]
    if not covering or covering[-1][0] not in BUSY_STATES:
        return granted
    for state, start, end in ordered:
        # an interval of no length is a step between two states (COMPLETE, then PAUSE|ACW
        # in the same second), not a moment the agent was free
        if start > granted and state not in BUSY_STATES and (end is None or end > start):
            return start
    return None


def suggested_minutes(
    max_recent_severity: int, settings: BreakSettings = BreakSettings()
) -> int:
    """Longer after a severe call: 5 by default, 10 after severity 2, 15 after a threat."""
    if max_recent_severity >= 3:
        return settings.after_threat_minutes
    if max_recent_severity == 2:
        return settings.after_severe_minutes
    return settings.default_minutes


@dataclass(frozen=True, slots=True)
class StaggerCheck:
    team: str
    team_on_shift: int
    off_phones_now: int
    share_after: float
    limit: float

    @property
    def exceeded(self) -> bool:
        return self.share_after > self.limit + 1e-9


def stagger_check(team: str, team_on_shift: int, off_phones_now: int,
                  settings: BreakSettings = BreakSettings()) -> StaggerCheck:
    """Share of the team off the phones if one more goes on a break."""
    after = (off_phones_now + 1) / team_on_shift if team_on_shift else 1.0
    return StaggerCheck(team, team_on_shift, off_phones_now, after, settings.max_team_off_share)
