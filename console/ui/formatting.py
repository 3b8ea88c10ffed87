"""How numbers, durations, times and states read on screen, in one place.

Every widget formats through these helpers so that a duration looks the same in the agent
table, the KPI strip and the queue breakdown, and so that the labels of states and common pause
reasons are translated once (contexts ``AgentState`` and ``PauseReason``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.domain.agent_state import AgentState, is_wrap_up_reason

DASH = "—"

_STATE_LABELS = {
    AgentState.AVAILABLE: QT_TRANSLATE_NOOP("AgentState", "Available"),
    AgentState.ON_CALL: QT_TRANSLATE_NOOP("AgentState", "On a call"),
    AgentState.WRAP_UP: QT_TRANSLATE_NOOP("AgentState", "Wrap-up"),
    AgentState.PAUSED: QT_TRANSLATE_NOOP("AgentState", "Paused"),
    AgentState.LOGGED_OUT: QT_TRANSLATE_NOOP("AgentState", "Logged out"),
}

# Reasons the Asterisk pause API carries are free text; the common ones are translated, the
# rest are shown as typed by whoever configured the phones.
_REASONS = {
    "break": QT_TRANSLATE_NOOP("PauseReason", "Break"),
    "lunch": QT_TRANSLATE_NOOP("PauseReason", "Lunch"),
    "toilet": QT_TRANSLATE_NOOP("PauseReason", "Toilet"),
    "training": QT_TRANSLATE_NOOP("PauseReason", "Training"),
    "meeting": QT_TRANSLATE_NOOP("PauseReason", "Meeting"),
    "coaching": QT_TRANSLATE_NOOP("PauseReason", "Coaching"),
    "recovery": QT_TRANSLATE_NOOP("PauseReason", "Recovery"),
    "wrap-up": QT_TRANSLATE_NOOP("PauseReason", "Wrap-up"),
    "": QT_TRANSLATE_NOOP("PauseReason", "No reason"),
}


def state_label(state: AgentState | str) -> str:
    try:
        source = _STATE_LABELS[AgentState(state)]
    except ValueError:
        return str(state)
    return QCoreApplication.translate("AgentState", source)


def reason_label(reason: str | None) -> str:
    key = (reason or "").strip()
    source = _REASONS.get(key.lower())
    if source is None:
        return key
    return QCoreApplication.translate("PauseReason", source)


def state_text(state: AgentState | str, reason: str | None) -> str:
    """"Paused · Lunch": the reason matters to a supervisor, so it sits next to the state."""
    label = state_label(state)
    if state == AgentState.WRAP_UP and is_wrap_up_reason(reason):
        return label
    if reason and state in (AgentState.PAUSED, AgentState.WRAP_UP):
        return f"{label} · {reason_label(reason)}"
    return label


def duration(seconds: float | None) -> str:
    """m:ss under an hour, h:mm:ss above: the format wallboards use for waits and AHT."""
    if seconds is None:
        return DASH
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def percent(value: float | None, digits: int = 1) -> str:
    if value is None:
        return DASH
    if digits and value >= 0.9995:
        return "100%"  # "100.0%" is a digit wider than any other value a tile must fit
    return f"{value * 100:.{digits}f}%"


def clock_time(ts: float | None, seconds: bool = True) -> str:
    """Local wall-clock time of a Unix timestamp (HH:MM:SS or HH:MM)."""
    if ts is None:
        return DASH
    return datetime.fromtimestamp(ts).strftime("%H:%M:%S" if seconds else "%H:%M")


def count(value: int | None) -> str:
    return DASH if value is None else f"{value:,}"
