"""Translated wording for the care features: strain reasons, flag categories, alerts.

The domain hands over codes and numbers (never English sentences); the words are chosen here
so Chinese users never read ``describe_en``.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.domain import alerts as alert_rules
from console.domain import flags as flag_rules
from console.domain.strain import Reason
from console.ui import formatting as fmt

CTX = "Care"


def _fill(text: str, span: str) -> str:
    return text.replace("%1", span)


def minutes_text(minutes: int | float | None) -> str:
    """115 -> "1 h 55 min" (translated)."""
    h, m = divmod(max(0, int(minutes or 0)), 60)
    if h == 0:
        return QCoreApplication.translate("Care", "{m} min").format(m=m)
    if m == 0:
        return QCoreApplication.translate("Care", "{h} h").format(h=h)
    return QCoreApplication.translate("Care", "{h} h {m} min").format(h=h, m=m)


def reason_text(reason: Reason) -> str:
    n, m = reason.count or 0, reason.minutes or 0
    span = minutes_text(max(m, 1))
    code = reason.code
    if code == "abusive_calls":
        if n == 1:
            return (QCoreApplication.translate("Care", "1 abusive call just now") if m == 0
                    else _fill(QCoreApplication.translate("Care", "1 abusive call %1 ago"), span))
        return _fill(QCoreApplication.translate("Care", "%n abusive calls in %1", None, n), span)
    if code == "threats":
        if n == 1:
            return (QCoreApplication.translate("Care", "1 threat just now") if m == 0
                    else QCoreApplication.translate("Care", "1 threat %1 ago").replace("%1", span))
        return QCoreApplication.translate("Care", "%n threats in %1", None, n).replace("%1", span)
    if code == "complaints":
        if n <= 1:
            return QCoreApplication.translate("Care", "1 complaint in %1").replace("%1", span)
        return _fill(QCoreApplication.translate("Care", "%n complaints in %1", None, n), span)
    if code == "escalated_calls":
        if n <= 1:
            return QCoreApplication.translate("Care", "1 escalated call in %1").replace("%1", span)
        return _fill(QCoreApplication.translate("Care", "%n escalated calls in %1", None, n), span)
    if code == "long_calls":
        if n <= 1:
            return QCoreApplication.translate("Care", "1 very long call in %1").replace("%1", span)
        return _fill(QCoreApplication.translate("Care", "%n very long calls in %1", None, n), span)
    if code == "carry_over":
        return QCoreApplication.translate("Care", "strain carried over from the previous shift")
    if code == "occupancy":
        return QCoreApplication.translate(
            "Care", "{p} % occupancy in the last hour").format(p=reason.percent or 0)
    if code == "since_break":
        return QCoreApplication.translate("Care", "{d} since last break").format(d=minutes_text(m))
    if code == "severe_flag":
        return QCoreApplication.translate(
            "Care", "threat or harassment flagged: break and 1:1 talk now")
    return code


def join(parts: Iterable[str]) -> str:
    """Sentences joined with the language's separator ("; " or "；")."""
    sep = QCoreApplication.translate("Care", "; ")
    return sep.join(p for p in parts if p)


def reasons_text(reasons: Iterable[Reason]) -> str:
    return join(reason_text(r) for r in reasons)


_LEVELS = {
    "ok": QT_TRANSLATE_NOOP("Care", "OK"),
    "watch": QT_TRANSLATE_NOOP("Care", "Watch"),
    "break_recommended": QT_TRANSLATE_NOOP("Care", "Break recommended"),
}


def level_text(level: str) -> str:
    source = _LEVELS.get(level)
    return QCoreApplication.translate(CTX, source) if source else level


_CATEGORIES = {
    flag_rules.INSULT: QT_TRANSLATE_NOOP("Care", "Insult / profanity"),
    flag_rules.THREAT: QT_TRANSLATE_NOOP("Care", "Threat"),
    flag_rules.HARASSMENT: QT_TRANSLATE_NOOP("Care", "Harassment"),
    flag_rules.REPEAT: QT_TRANSLATE_NOOP("Care", "Repeat abuse"),
}


def category_text(category: str) -> str:
    source = _CATEGORIES.get(category)
    return QCoreApplication.translate(CTX, source) if source else category


_SOURCES = {
    "queue_log": QT_TRANSLATE_NOOP("Care", "Phone system"),
    "console": QT_TRANSLATE_NOOP("Care", "Console"),
    "qa_import": QT_TRANSLATE_NOOP("Care", "QA import"),
    "detector": QT_TRANSLATE_NOOP("Care", "Detector"),
}


def source_text(source: str) -> str:
    text = _SOURCES.get(source)
    return QCoreApplication.translate(CTX, text) if text else source


_SEVERITIES = {
    1: QT_TRANSLATE_NOOP("Care", "1 · Abusive"),
    2: QT_TRANSLATE_NOOP("Care", "2 · Severe"),
    3: QT_TRANSLATE_NOOP("Care", "3 · Threat / harassment"),
}


def severity_text(severity: int) -> str:
    return QCoreApplication.translate(CTX, _SEVERITIES.get(severity, str(severity)))


def percent0(value: float) -> str:
    return fmt.percent(int(value * 100 + 1e-9) / 100, 0)


def alert_text(cond: alert_rules.Condition, sl_target: float | None = None) -> str:
    kind, value = cond.kind, cond.value
    if kind == alert_rules.CALLS_WAITING:
        if int(value) == 1:
            return QCoreApplication.translate("Care", "1 call waiting")
        return QCoreApplication.translate("Care", "%n calls waiting", None, int(value))
    if kind == alert_rules.LONGEST_WAIT:
        secs = int(value)
        return QCoreApplication.translate(
            "Care", "Longest wait {t}").format(t=f"{secs // 60}:{secs % 60:02d}")
    if kind == alert_rules.SL_UNDER_TARGET:
        target = percent0(sl_target if sl_target is not None else 0.8)
        return QCoreApplication.translate(
            "Care", "Service level {sl} (30 min) under target {target}").format(
            sl=percent0(value), target=target)
    if kind == alert_rules.ABANDONS_PER_HOUR:
        if int(value) == 1:
            return QCoreApplication.translate("Care", "1 abandon in the last hour")
        return QCoreApplication.translate("Care", "%n abandons in the last hour", None, int(value))
    if kind == alert_rules.NO_AGENT_AVAILABLE:
        return QCoreApplication.translate("Care", "No agent available")
    if kind == alert_rules.STRAIN_OVER_THRESHOLD:
        return QCoreApplication.translate(
            "Care", "Strain over threshold: {agent}").format(agent=cond.subject or "")
    return kind
