"""Agent states as the board shows them, and the time-in-state escalation rule.

The state is derived from queue_log facts only (login, pause, connect, complete); ringing is not
in queue_log, so it is not a state here until a live AMI source supplies it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class AgentState(StrEnum):
    LOGGED_OUT = "logged_out"
    AVAILABLE = "available"
    ON_CALL = "on_call"
    WRAP_UP = "wrap_up"
    PAUSED = "paused"


# Pause reasons that mean after-call work: many floors pause agents with one of these
# instead of (or as well as) Asterisk's queue wrapuptime, so they count as wrap-up, not a pause.
WRAP_UP_REASONS = frozenset(
    {"wrap", "wrapup", "wrap-up", "wrap up", "acw", "after call work", "after-call work",
     "后处理", "话后处理", "整理"}
)


def is_wrap_up_reason(reason: str | None) -> bool:
    return bool(reason) and reason.strip().lower() in WRAP_UP_REASONS


class Escalation(StrEnum):
    """How loudly the time in a state should be shown: colour plus an icon, never colour alone."""

    NORMAL = "normal"
    WARNING = "warning"
    CRITICAL = "critical"


@dataclass(frozen=True, slots=True)
class StateThresholds:
    """Seconds in a state after which the board warns, then alarms (every number a setting)."""

    warning: dict[AgentState, int] = field(
        default_factory=lambda: {
            AgentState.ON_CALL: 10 * 60,
            AgentState.PAUSED: 15 * 60,
            AgentState.WRAP_UP: 2 * 60,
        }
    )
    critical: dict[AgentState, int] = field(
        default_factory=lambda: {
            AgentState.ON_CALL: 20 * 60,
            AgentState.PAUSED: 30 * 60,
            AgentState.WRAP_UP: 5 * 60,
        }
    )

    def escalation(self, state: AgentState, seconds: float) -> Escalation:
        crit = self.critical.get(state)
        if crit is not None and seconds > crit:
            return Escalation.CRITICAL
        warn = self.warning.get(state)
        if warn is not None and seconds > warn:
            return Escalation.WARNING
        return Escalation.NORMAL
