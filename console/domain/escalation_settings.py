"""The escalation rules as the floor stores and edits them: flat, typed, bounded.

:class:`console.domain.escalations.EscalationSettings` is the shape the clock computations want
(a promise per channel in a dict, weekly hours as intervals, warnings as shares). A supervisor
edits something simpler: one number per channel, "from 09:00 to 18:00 on Monday to Friday",
warnings as percents. This module is that simpler form, with the bounds the settings codec
checks, and :func:`rules_from` turns it into the computation's form. Only what a floor
plausibly changes is here; the aging chart's bucket edges stay in code because the chart's
labels are built for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from console.domain import escalations as esc
from console.domain.business_hours import DAY_NAMES, WeeklyHours

WORKDAYS = frozenset(DAY_NAMES[:5])


@dataclass(frozen=True, slots=True)
class EscalationRules:
    # hours promised for the callback, per channel (DESIGN.md section 6: 24 h / 48 h)
    promise_phone_hours: float = 24.0
    promise_email_hours: float = 48.0
    promise_chat_hours: float = 24.0
    promise_wechat_hours: float = 24.0
    promise_weibo_hours: float = 24.0
    promise_other_hours: float = 48.0
    at_risk_left: float = 0.25  # share of the promise left at which an item turns at risk
    warnings: tuple[int, ...] = (70, 80, 90)  # percent of the promise used, noted on timelines
    business_start: str | None = "09:00"
    business_end: str | None = "18:00"
    business_days: frozenset[str] = WORKDAYS
    business_clock_channels: frozenset[str] = frozenset()  # channels on the business clock
    closed_days_shown: int = 7


ESCALATION_BOUNDS: dict[str, tuple[float, float]] = {
    **{f"promise_{channel}_hours": (0.5, 720.0) for channel in esc.CHANNELS},
    "at_risk_left": (0.01, 0.9),
    "warnings": (1, 99),
    "closed_days_shown": (1, 90),
}


def promise_field(channel: str) -> str:
    return f"promise_{channel}_hours"


def rules_from(settings: EscalationRules) -> esc.EscalationSettings:
    """The computation's form of the stored rules (defaults give ``esc.DEFAULT_SETTINGS``)."""
    weekdays = [DAY_NAMES.index(d) for d in settings.business_days]
    return esc.EscalationSettings(
        promise_hours={c: float(getattr(settings, promise_field(c))) for c in esc.CHANNELS},
        at_risk_left=settings.at_risk_left,
        warnings=tuple(w / 100.0 for w in sorted(settings.warnings)),
        business_hours=WeeklyHours.office(settings.business_start or "09:00",
                                          settings.business_end or "18:00", weekdays),
        business_clock_channels=frozenset(settings.business_clock_channels),
        closed_days_shown=settings.closed_days_shown,
    )


def check(values: dict) -> dict[str, str]:
    """Relations between fields, for the settings codec ("group.field" -> reason)."""
    errors: dict[str, str] = {}
    start, end = values["business_start"], values["business_end"]
    if start is None:
        errors["business_start"] = "business hours need a start"
    if end is None:
        errors["business_end"] = "business hours need an end"
    if start is not None and end is not None and end <= start:
        errors["business_end"] = "business hours must end after they start"
    if not values["business_days"]:
        errors["business_days"] = "business hours need at least one open day"
    return errors
