"""Which raised floor alerts interrupt the supervisor with a desktop notification.

The strip shows every alert; a notification is an interruption, so it is kept for warnings
and critical alerts, never in quiet hours, and at most once per cooldown for each alert
(kind + subject) even if the tracker's memory was reset (a restart, new settings). Several
alerts raised at once make one notification: a burst of pop-ups is noise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from console.domain.alert_log import AlertKey
from console.domain.alerts import CRITICAL, WARNING, AlertSettings, Condition, in_quiet_hours

NOTIFY_SEVERITIES = frozenset({WARNING, CRITICAL})
_RANK = {WARNING: 1, CRITICAL: 2}


@dataclass(frozen=True, slots=True)
class AlertNotice:
    conditions: tuple[Condition, ...]  # the worst first
    critical: bool
    sound: bool


def alert_notice(raised: Iterable[Condition], now: float, settings: AlertSettings,
                 last_notified: dict[AlertKey, float]) -> AlertNotice | None:
    """The one notification to show for these newly raised alerts, or None."""
    if in_quiet_hours(now, settings):
        return None
    cooldown = settings.cooldown_minutes * 60
    chosen: list[Condition] = []
    seen: set[AlertKey] = set()
    for cond in raised:
        if cond.severity not in NOTIFY_SEVERITIES or cond.key in seen:
            continue
        last = last_notified.get(cond.key)
        if last is not None and now - last < cooldown:
            continue
        seen.add(cond.key)
        chosen.append(cond)
    if not chosen:
        return None
    chosen.sort(key=lambda c: -_RANK.get(c.severity, 0))  # stable: raised order within a rank
    return AlertNotice(tuple(chosen), any(c.severity == CRITICAL for c in chosen),
                       settings.sound)


def remember(notice: AlertNotice, now: float, last_notified: dict[AlertKey, float]) -> None:
    for cond in notice.conditions:
        last_notified[cond.key] = now
