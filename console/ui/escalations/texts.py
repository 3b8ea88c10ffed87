"""Translated wording for escalations: states, channels, roles, timeline entries, time left.

The domain hands over codes and minutes; the words (and "overdue" instead of a negative trust
score) are chosen here, in the translation context "Escalations".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.domain import escalations as rules
from console.domain.escalations import EscalationEvent, EscalationStatus
from console.ui import palette

CTX = "Escalations"


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


_STATES = {
    rules.ON_TRACK: QT_TRANSLATE_NOOP("Escalations", "On track"),
    rules.AT_RISK: QT_TRANSLATE_NOOP("Escalations", "At risk"),
    rules.BREACHED: QT_TRANSLATE_NOOP("Escalations", "Breached"),
    rules.MET: QT_TRANSLATE_NOOP("Escalations", "Met"),
    rules.MET_LATE: QT_TRANSLATE_NOOP("Escalations", "Met late"),
}
STATE_STATUS = {
    rules.ON_TRACK: palette.Status.OK,
    rules.AT_RISK: palette.Status.CAUTION,
    rules.BREACHED: palette.Status.DANGER,
    rules.MET: palette.Status.OK,
    rules.MET_LATE: palette.Status.NEUTRAL,
}
_CHANNELS = {
    rules.PHONE: QT_TRANSLATE_NOOP("Escalations", "Phone"),
    rules.EMAIL: QT_TRANSLATE_NOOP("Escalations", "E-mail"),
    rules.CHAT: QT_TRANSLATE_NOOP("Escalations", "Online chat"),
    rules.WECHAT: QT_TRANSLATE_NOOP("Escalations", "WeChat"),
    rules.WEIBO: QT_TRANSLATE_NOOP("Escalations", "Weibo"),
    rules.OTHER: QT_TRANSLATE_NOOP("Escalations", "Other"),
}
_ROLES = {
    rules.AGENT: QT_TRANSLATE_NOOP("Escalations", "Agent"),
    rules.PEER: QT_TRANSLATE_NOOP("Escalations", "Peer"),
    rules.SUPERVISOR: QT_TRANSLATE_NOOP("Escalations", "Supervisor"),
    rules.DEPARTMENT: QT_TRANSLATE_NOOP("Escalations", "Department"),
}
_EVENTS = {
    "opened": QT_TRANSLATE_NOOP("Escalations", "Opened"),
    "imported": QT_TRANSLATE_NOOP("Escalations", "Imported"),
    "updated": QT_TRANSLATE_NOOP("Escalations", "Updated by import"),
    "note": QT_TRANSLATE_NOOP("Escalations", "Note"),
    "reply": QT_TRANSLATE_NOOP("Escalations", "Reply to customer"),
    "pause": QT_TRANSLATE_NOOP("Escalations", "Clock paused"),
    "resume": QT_TRANSLATE_NOOP("Escalations", "Clock resumed"),
    "handoff": QT_TRANSLATE_NOOP("Escalations", "Handed off"),
    "promise": QT_TRANSLATE_NOOP("Escalations", "Promise changed"),
    "warning": QT_TRANSLATE_NOOP("Escalations", "Warning"),
    "at_risk": QT_TRANSLATE_NOOP("Escalations", "At risk"),
    "breached": QT_TRANSLATE_NOOP("Escalations", "Promise breached"),
    "resolved": QT_TRANSLATE_NOOP("Escalations", "Resolved"),
}
_CLOCKS = {
    rules.CALENDAR: QT_TRANSLATE_NOOP("Escalations", "Around the clock"),
    rules.BUSINESS: QT_TRANSLATE_NOOP("Escalations", "Business hours"),
}


def state_text(state: str) -> str:
    source = _STATES.get(state)
    return tr(source) if source else state


def channel_text(channel: str) -> str:
    source = _CHANNELS.get(channel)
    return tr(source) if source else channel


def role_text(role: str) -> str:
    source = _ROLES.get(role)
    return tr(source) if source else role


def clock_text(clock: str) -> str:
    source = _CLOCKS.get(clock)
    return tr(source) if source else clock


def event_text(kind: str) -> str:
    source = _EVENTS.get(kind)
    return tr(source) if source else kind


def span_text(minutes: float) -> str:
    """A long span for people: 3 d 2 h (from 48 h), 26 h, 5 h 20 min, 12 min."""
    m = round(abs(minutes))
    hours, mins = divmod(m, 60)
    if hours >= 48:
        days, hours = divmod(hours, 24)
        return QCoreApplication.translate("Escalations", "{d} d {h} h").format(d=days, h=hours)
    if hours and not mins:
        return QCoreApplication.translate("Escalations", "{h} h").format(h=hours)
    if hours:
        return QCoreApplication.translate("Escalations", "{h} h {m} min").format(h=hours, m=mins)
    return QCoreApplication.translate("Escalations", "{m} min").format(m=mins)


def clock_text_hms(seconds: float) -> str:
    """A countdown: 17:58:12, or 2 d 03:12:09 past a day."""
    total = max(0, round(abs(seconds)))
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    mins, secs = divmod(rest, 60)
    hms = f"{hours}:{mins:02d}:{secs:02d}"
    return (
        QCoreApplication.translate("Escalations", "{d} d {hms}").format(d=days, hms=hms)
        if days
        else hms
    )


def left_text(st: EscalationStatus) -> str:
    """The countdown cell: time left, or how long overdue; paused says so."""
    if not st.is_open:
        return "—"
    seconds = st.left_minutes * 60
    if seconds < 0:
        text = QCoreApplication.translate("Escalations", "overdue {t}").format(
            t=clock_text_hms(seconds)
        )
    else:
        text = QCoreApplication.translate("Escalations", "{t} left").format(
            t=clock_text_hms(seconds)
        )
    return (
        QCoreApplication.translate("Escalations", "{t} · paused").format(t=text)
        if st.paused
        else text
    )


def trust_text(trust: float | None) -> str:
    """DESIGN.md: once the reply was late the score is "overdue", never a clamped 0."""
    if trust is None:
        return "—"
    if trust < 0:
        return QCoreApplication.translate("Escalations", "overdue")
    return f"{trust:.0f}"


def warning_text(st: EscalationStatus) -> str:
    used = round(st.used * 100)
    if not st.is_open:
        return QCoreApplication.translate("Escalations", "{p} % of the promise used").format(p=used)
    if st.warning:
        return QCoreApplication.translate(
            "Escalations", "{p} % of the promise used (warning at {w} %)"
        ).format(p=used, w=st.warning)
    return QCoreApplication.translate("Escalations", "{p} % of the promise used").format(p=used)


def timeline_text(event: EscalationEvent) -> str:
    """The detail column of a timeline row."""
    parts = []
    if event.kind in ("opened", "imported", "handoff") and event.holder:
        parts.append(
            QCoreApplication.translate("Escalations", "{role}: {holder}").format(
                role=role_text(event.role or rules.AGENT), holder=event.holder
            )
        )
    detail = event.detail or {}
    if event.kind in ("warning", "at_risk", "breached") and "percent" in detail:
        parts.append(
            QCoreApplication.translate("Escalations", "{p} % of the promise used").format(
                p=detail["percent"]
            )
        )
    elif event.kind == "promise" and "to" in detail:
        parts.append(
            QCoreApplication.translate("Escalations", "{old} → {new}").format(
                old=span_text(detail.get("from", 0)), new=span_text(detail["to"])
            )
        )
    elif event.kind == "reply" and detail.get("first"):
        parts.append(
            QCoreApplication.translate("Escalations", "first reply after {t}").format(
                t=span_text(detail.get("elapsed_minutes", 0))
            )
        )
    elif event.kind == "resolved" and "state" in detail:
        parts.append(state_text(detail["state"]))
    if event.text:
        parts.append(event.text)
    return " — ".join(parts)


def actor_text(actor: str) -> str:
    """Who did it; the console's own threshold notices say so rather than a user name."""
    return (
        QCoreApplication.translate("Escalations", "Composure (automatic)")
        if actor == rules.SYSTEM_ACTOR
        else actor
    )
