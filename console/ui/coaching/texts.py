"""Translated wording for coaching: why a colleague fits or not, statuses, kinds, needs.

The domain hands over codes and numbers; the words are chosen here (context "Coaching").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.domain import coaching as rules
from console.domain.coaching import Need, Reason

CTX = "Coaching"


def tr(source: str) -> str:
    """For sources marked with QT_TRANSLATE_NOOP("Coaching", ...)."""
    return QCoreApplication.translate(CTX, source)


def tenure_text(days: int | None) -> str:
    """412 -> "1 year", 90 -> "3 months": how long someone has been on the floor."""
    if days is None:
        return QCoreApplication.translate("Coaching", "unknown tenure")
    if days < 31:
        return QCoreApplication.translate("Coaching", "under a month")
    if days < 365:
        months = days // 30
        if months == 1:
            return QCoreApplication.translate("Coaching", "1 month")
        return QCoreApplication.translate("Coaching", "%n months", None, months)
    years = days // 365
    if years == 1:
        return QCoreApplication.translate("Coaching", "1 year")
    return QCoreApplication.translate("Coaching", "%n years", None, years)


def reason_text(r: Reason) -> str:
    code, n = r.code, r.count or 0
    if code == rules.SAME_QUEUE:
        return QCoreApplication.translate("Coaching", "takes {queue} calls").format(
            queue=r.text or "")
    if code == rules.SAME_TEAM:
        return QCoreApplication.translate("Coaching", "same team")
    if code == rules.COACH_MARK:
        return QCoreApplication.translate("Coaching", "coach")
    if code == rules.TENURE:
        return QCoreApplication.translate("Coaching", "{tenure} on the floor").format(
            tenure=tenure_text(r.days))
    if code == rules.SESSIONS_WEEK:
        if n == 0:
            return QCoreApplication.translate("Coaching", "no sessions this week")
        if n == 1:
            return QCoreApplication.translate("Coaching", "1 session this week")
        return QCoreApplication.translate("Coaching", "%n sessions this week", None, n)
    if code == rules.NOT_EXPERIENCED:
        if r.days is None:
            return QCoreApplication.translate(
                "Coaching", "no start date on the roster and no coach mark")
        return QCoreApplication.translate(
            "Coaching", "only {tenure} on the floor, no coach mark").format(
            tenure=tenure_text(r.days))
    if code == rules.STRAINED:
        return QCoreApplication.translate("Coaching", "under strain ({score})").format(score=n)
    if code == rules.ON_BREAK:
        return QCoreApplication.translate("Coaching", "on a recovery break")
    if code == rules.FULLY_BOOKED:
        return QCoreApplication.translate("Coaching", "already %n sessions this week", None, n)
    if code == rules.NO_COLLEAGUES:
        return QCoreApplication.translate("Coaching", "nobody else is on the roster")
    return code


def join(parts: Iterable[str]) -> str:
    return QCoreApplication.translate("Coaching", " · ").join(p for p in parts if p)


def reasons_text(reasons: Iterable[Reason]) -> str:
    return join(reason_text(r) for r in reasons)


def why_none_text(reasons: Iterable[Reason]) -> str:
    """"Nobody can coach right now: 3 with too little experience; 1 under strain"."""
    parts = []
    for r in reasons:
        n = r.count or 0
        if r.code == rules.NOT_EXPERIENCED:
            parts.append(QCoreApplication.translate(
                "Coaching", "%n with too little experience and no coach mark", None, n))
        elif r.code == rules.STRAINED:
            parts.append(QCoreApplication.translate("Coaching", "%n under strain", None, n))
        elif r.code == rules.ON_BREAK:
            parts.append(QCoreApplication.translate("Coaching", "%n on a recovery break",
                                                    None, n))
        elif r.code == rules.FULLY_BOOKED:
            parts.append(QCoreApplication.translate("Coaching", "%n fully booked this week",
                                                    None, n))
        elif r.code == rules.NO_COLLEAGUES:
            return QCoreApplication.translate(
                "Coaching", "Nobody else is on the roster yet. Import it with "
                "“composure ingest roster FILE”.")
    return QCoreApplication.translate("Coaching", "Nobody can coach right now: {why}.").format(
        why=QCoreApplication.translate("Coaching", "; ").join(parts))


_KINDS = {
    rules.PEER: QT_TRANSLATE_NOOP("Coaching", "Peer coaching"),
    rules.ONE_TO_ONE: QT_TRANSLATE_NOOP("Coaching", "1:1 talk"),
}
_SHORT_KINDS = {
    rules.PEER: QT_TRANSLATE_NOOP("Coaching", "Peer"),
    rules.ONE_TO_ONE: QT_TRANSLATE_NOOP("Coaching", "1:1"),
}
_STATUSES = {
    rules.PLANNED: QT_TRANSLATE_NOOP("Coaching", "Planned"),
    rules.DONE: QT_TRANSLATE_NOOP("Coaching", "Done"),
    rules.CANCELLED: QT_TRANSLATE_NOOP("Coaching", "Cancelled"),
}
_NEEDS = {
    "calmer_hour": QT_TRANSLATE_NOOP("Coaching", "A calmer hour"),
    "recognition": QT_TRANSLATE_NOOP("Coaching", "Recognition"),
    "help_hard_cases": QT_TRANSLATE_NOOP("Coaching", "Help with hard cases"),
    "training": QT_TRANSLATE_NOOP("Coaching", "Training"),
    "schedule_change": QT_TRANSLATE_NOOP("Coaching", "A schedule change"),
}


def kind_text(kind: str) -> str:
    source = _KINDS.get(kind)
    return tr(source) if source else kind


def short_kind_text(kind: str) -> str:
    """"Peer" or "1:1", where a column is narrow."""
    source = _SHORT_KINDS.get(kind)
    return tr(source) if source else kind


def status_text(status: str) -> str:
    source = _STATUSES.get(status)
    return tr(source) if source else status


def builtin_need_text(code: str | None) -> str | None:
    source = _NEEDS.get(code or "")
    return tr(source) if source else None


def need_text(need: Need) -> str:
    """A need as the lead named it, or a built-in one in the reader's language."""
    return need.label or builtin_need_text(need.code) or need.code or "?"


def needs_text(ids: Iterable[int], needs: Iterable[Need], ranked: bool = True) -> str:
    by_id = {n.id: n for n in needs}
    names = [need_text(by_id[i]) for i in ids if i in by_id]
    if ranked:
        names = [f"{i}. {name}" for i, name in enumerate(names, 1)]
    return join(names)


def when_text(ts: float | None, now: float) -> str:
    """"14:30" today, "Tue 14:30" within a week, else the date."""
    if ts is None:
        return QCoreApplication.translate("Coaching", "no due time")
    at = datetime.fromtimestamp(ts)
    today = datetime.fromtimestamp(now).date()
    if at.date() == today:
        return at.strftime("%H:%M")
    if abs((at.date() - today).days) < 7:
        return QCoreApplication.translate("Coaching", "{day} {time}").format(
            day=_weekday(at.weekday()), time=at.strftime("%H:%M"))
    return at.strftime("%Y-%m-%d %H:%M")


_WEEKDAYS = (QT_TRANSLATE_NOOP("Coaching", "Mon"), QT_TRANSLATE_NOOP("Coaching", "Tue"),
             QT_TRANSLATE_NOOP("Coaching", "Wed"), QT_TRANSLATE_NOOP("Coaching", "Thu"),
             QT_TRANSLATE_NOOP("Coaching", "Fri"), QT_TRANSLATE_NOOP("Coaching", "Sat"),
             QT_TRANSLATE_NOOP("Coaching", "Sun"))


def _weekday(index: int) -> str:
    return tr(_WEEKDAYS[index])


def due_text(due_ts: float | None, now: float) -> str:
    """"due 14:30", or "overdue 25 min" once it has passed."""
    if due_ts is None:
        return QCoreApplication.translate("Coaching", "no due time")
    if now > due_ts:
        late = int((now - due_ts) // 60)
        if late < 60:
            return QCoreApplication.translate("Coaching", "overdue {n} min").format(
                n=max(1, late))
        if late < 48 * 60:
            return QCoreApplication.translate("Coaching", "overdue {n} h").format(n=late // 60)
        return QCoreApplication.translate("Coaching", "overdue {n} days").format(
            n=late // 1440)
    return QCoreApplication.translate("Coaching", "due {when}").format(
        when=when_text(due_ts, now))
