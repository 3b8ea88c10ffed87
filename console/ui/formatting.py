"""How numbers, durations, times and states read on screen, in one place.

Every widget formats through these helpers so that a duration looks the same in the agent
table, the KPI strip and the queue breakdown, and so that the labels of states and common pause
reasons are translated once (contexts ``AgentState`` and ``PauseReason``).

Numbers and dates follow the UI language through the default QLocale, which
:func:`console.ui.i18n.install_translators` sets from the language choice: a Chinese board reads
"2026年11月23日" where an English one reads "2026-11-23", and a German one "95,3 %". Wall-clock
times stay 24-hour "HH:MM" in every language: a floor compares them at a glance.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

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


def countdown(seconds: float | None) -> str:
    """A time left (or over) in words, "12 min 55 s", "45 s": "12:55 left" read like a clock."""
    if seconds is None:
        return DASH
    total = max(0, round(seconds))
    minutes, secs = divmod(total, 60)
    if minutes and secs:
        return QCoreApplication.translate("Formatting", "{m} min {s} s").format(
            m=minutes, s=secs)
    if minutes:
        return QCoreApplication.translate("Formatting", "{m} min").format(m=minutes)
    return QCoreApplication.translate("Formatting", "{s} s").format(s=secs)


def _locale(locale: QLocale | None) -> QLocale:
    """The given locale, else the default one; the "C" locale (LANG=C, tests) formats like
    English, thousands separators included."""
    loc = locale if locale is not None else QLocale()
    if loc.language() == QLocale.Language.C:
        return QLocale("en_US")
    return loc


def number(value: float | None, digits: int = 0, locale: QLocale | None = None) -> str:
    """A number with the locale's decimal point and thousands separators."""
    if value is None:
        return DASH
    return _locale(locale).toString(float(value), "f", digits)


def percent(value: float | None, digits: int = 1, locale: QLocale | None = None) -> str:
    """A share (0..1) as a percentage the way the UI language writes it."""
    if value is None:
        return DASH
    loc = _locale(locale)
    if digits and value >= 0.9995:
        digits = 0  # "100.0%" is a digit wider than any other value a tile must fit
    shown = loc.toString(float(value) * 100, "f", digits)
    sign = loc.percent() or "%"
    if loc.language() in _SPACED_PERCENT:  # "95,3 %": a no-break space before the sign
        return f"{shown}\u00a0{sign}"
    return f"{shown}{sign}"


# languages whose typography puts a (no-break) space before the percent sign
_SPACED_PERCENT = frozenset({
    QLocale.Language.German, QLocale.Language.French, QLocale.Language.Spanish,
    QLocale.Language.Swedish, QLocale.Language.NorwegianBokmal, QLocale.Language.Danish,
    QLocale.Language.Finnish, QLocale.Language.Czech, QLocale.Language.Polish,
    QLocale.Language.Russian,
})


_NUMBER_UNIT = re.compile(r"(\d)[ \u2009](s|min|h|%|秒|分钟|小时)(?![A-Za-z])")


def unbreakable_units(text: str) -> str:
    """A number and its unit never split over two lines ("20 s" wrapped as "20" / "s"): the
    space between them becomes a no-break space. For wrapped captions."""
    return _NUMBER_UNIT.sub("\\1\u00a0\\2", text)


def clock_time(ts: float | None, seconds: bool = True) -> str:
    """Local wall-clock time of a Unix timestamp (HH:MM:SS or HH:MM)."""
    if ts is None:
        return DASH
    return datetime.fromtimestamp(ts).strftime("%H:%M:%S" if seconds else "%H:%M")


def count(value: int | None, locale: QLocale | None = None) -> str:
    """A whole number with the locale's thousands separators ("12,345")."""
    return DASH if value is None else _locale(locale).toString(int(value))


# CJK languages write a full date with 年/月/日 (or their own marks); the rest read ISO dates,
# which no supervisor misreads (11/12 is the 11th of December in half the world)
_FULL_DATE = {
    QLocale.Language.Chinese: "yyyy年M月d日",
    QLocale.Language.Japanese: "yyyy年M月d日",
    QLocale.Language.Korean: "yyyy년 M월 d일",
}
_MONTH_DAY = {
    QLocale.Language.Chinese: "M月d日",
    QLocale.Language.Japanese: "M月d日",
    QLocale.Language.Korean: "M월 d일",
}


def _qdate(ts: float) -> QDate:
    d = datetime.fromtimestamp(ts).date()
    return QDate(d.year, d.month, d.day)


def full_date(ts: float | None, locale: QLocale | None = None) -> str:
    """The whole date of a timestamp: "2026-11-23", "2026年11月23日"."""
    if ts is None:
        return DASH
    loc = _locale(locale)
    return loc.toString(_qdate(ts), _FULL_DATE.get(loc.language(), "yyyy-MM-dd"))


def date_time(ts: float | None, seconds: bool = False, locale: QLocale | None = None) -> str:
    """Full date and wall-clock time: "2026-11-23 14:05", "2026年11月23日 14:05"."""
    if ts is None:
        return DASH
    return f"{full_date(ts, locale)} {clock_time(ts, seconds)}"


def short_moment(ts: float | None, now: float, locale: QLocale | None = None) -> str:
    """HH:MM today, else the month, day and time ("11-22 14:05", "11月22日 14:05")."""
    if ts is None:
        return DASH
    if datetime.fromtimestamp(ts).date() == datetime.fromtimestamp(now).date():
        return clock_time(ts, seconds=False)
    return month_day_time(ts, locale)


def month_day_time(ts: float | None, locale: QLocale | None = None) -> str:
    """Month, day and time where the year goes without saying: "11-22 14:05", "11月22日 14:05"."""
    if ts is None:
        return DASH
    loc = _locale(locale)
    day = loc.toString(_qdate(ts), _MONTH_DAY.get(loc.language(), "MM-dd"))
    return f"{day} {clock_time(ts, seconds=False)}"
