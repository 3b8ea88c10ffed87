"""Floor alerts (wallboard practice, DESIGN.md section 6): what is wrong now, how bad, and
whether it is worth interrupting a supervisor again.

Evaluating conditions is separate from deciding to raise: a condition that stays true does
not re-alert within its cooldown, and quiet hours mute notifications (never the alerts strip).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime
from datetime import time as dtime

from console.domain.board import FloorKpis

INFO, WARNING, CRITICAL = "info", "warning", "critical"

CALLS_WAITING = "calls_waiting"
LONGEST_WAIT = "longest_wait"
SL_UNDER_TARGET = "sl_under_target"
ABANDONS_PER_HOUR = "abandons_per_hour"
NO_AGENT_AVAILABLE = "no_agent_available"
STRAIN_OVER_THRESHOLD = "strain_over_threshold"
KINDS = (CALLS_WAITING, LONGEST_WAIT, SL_UNDER_TARGET, ABANDONS_PER_HOUR, NO_AGENT_AVAILABLE,
         STRAIN_OVER_THRESHOLD)


@dataclass(frozen=True, slots=True)
class AlertSettings:
    calls_waiting: int = 5
    longest_wait_s: int = 120
    abandons_per_hour: int = 5
    strain_threshold: float = 60.0
    cooldown_minutes: int = 15
    quiet_start: str | None = None  # "22:00": notifications muted from here ...
    quiet_end: str | None = None  # ... to here (may cross midnight)
    enabled: frozenset[str] = field(default_factory=lambda: frozenset(KINDS))
    sound: bool = False  # beep with a desktop notification


# Ranges of the numeric settings (see console.domain.settings_codec); quiet hours are "HH:MM".
ALERT_BOUNDS: dict[str, tuple[float, float]] = {
    "calls_waiting": (0, 999),
    "longest_wait_s": (5, 7200),
    "abandons_per_hour": (0, 999),
    "strain_threshold": (1, 100),
    "cooldown_minutes": (0, 1440),
}


@dataclass(frozen=True, slots=True)
class Condition:
    kind: str
    severity: str
    value: float
    subject: str | None = None  # an agent for strain alerts

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.kind, self.subject)


def evaluate(kpis: FloorKpis, abandons_last_hour: int, strain: dict[str, float],
             settings: AlertSettings,
             logged_out: Collection[str] = frozenset()) -> list[Condition]:
    """Every alert condition that holds right now.

    Agents in ``logged_out`` raise no strain alert: someone who went home cannot take a break,
    and an alert already open for them clears (the alert record follows the conditions).
    """
    out: list[Condition] = []
    on = settings.enabled
    if CALLS_WAITING in on and kpis.calls_waiting > settings.calls_waiting:
        sev = CRITICAL if kpis.calls_waiting > 2 * settings.calls_waiting else WARNING
        out.append(Condition(CALLS_WAITING, sev, kpis.calls_waiting))
    if LONGEST_WAIT in on and kpis.longest_wait_s > settings.longest_wait_s:
        sev = CRITICAL if kpis.longest_wait_s > 2 * settings.longest_wait_s else WARNING
        out.append(Condition(LONGEST_WAIT, sev, kpis.longest_wait_s))
    if SL_UNDER_TARGET in on and kpis.sl_30m is not None and kpis.sl_30m < kpis.sl_target:
        sev = CRITICAL if kpis.sl_30m < kpis.sl_target - 0.15 else WARNING
        out.append(Condition(SL_UNDER_TARGET, sev, kpis.sl_30m))
    if ABANDONS_PER_HOUR in on and abandons_last_hour > settings.abandons_per_hour:
        out.append(Condition(ABANDONS_PER_HOUR, WARNING, abandons_last_hour))
    logged_in = kpis.available + kpis.on_call + kpis.wrap_up + kpis.paused
    if NO_AGENT_AVAILABLE in on and logged_in and kpis.available == 0:
        sev = CRITICAL if kpis.calls_waiting else WARNING
        out.append(Condition(NO_AGENT_AVAILABLE, sev, 0))
    if STRAIN_OVER_THRESHOLD in on:
        for agent, score in sorted(strain.items()):
            if score >= settings.strain_threshold and agent not in logged_out:
                out.append(Condition(STRAIN_OVER_THRESHOLD, WARNING, score, agent))
    return out


def in_quiet_hours(now: float, settings: AlertSettings) -> bool:
    if not settings.quiet_start or not settings.quiet_end:
        return False
    t = datetime.fromtimestamp(now).time()
    start = dtime.fromisoformat(settings.quiet_start)
    end = dtime.fromisoformat(settings.quiet_end)
    if start <= end:
        return start <= t < end
    return t >= start or t < end  # crosses midnight


@dataclass(slots=True)
class AlertTracker:
    """Decides which conditions become new alerts, honouring the cooldown per kind+subject."""

    settings: AlertSettings
    last_raised: dict[tuple[str, str | None], float] = field(default_factory=dict)
    active: dict[tuple[str, str | None], Condition] = field(default_factory=dict)

    def update(self, conditions: list[Condition], now: float) -> tuple[list[Condition],
                                                                      list[Condition]]:
        """Returns (raised, cleared): raised are new or back after the cooldown."""
        current = {c.key: c for c in conditions}
        cleared = [c for k, c in self.active.items() if k not in current]
        raised = []
        cooldown = self.settings.cooldown_minutes * 60
        for key, cond in current.items():
            if key in self.active:
                continue
            last = self.last_raised.get(key)
            if last is None or now - last >= cooldown:
                raised.append(cond)
                self.last_raised[key] = now
        self.active = current
        return raised, cleared
