"""Translated wording for recognition and issues for management (context "Positives").

The domain hands over codes (kinds, causes, statuses); the words are chosen here. A cause the
floor added or renamed carries its own label, shown as typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.domain import mgmt_issues as mi
from console.domain import recognition as rec
from console.domain.calls import uniqueid_time
from console.domain.mgmt_issues import Cause

CTX = "Positives"

_KINDS = {
    rec.COMPLIMENT: QT_TRANSLATE_NOOP("Positives", "Compliment from a customer"),
    rec.RESOLVED_COMPLAINT: QT_TRANSLATE_NOOP("Positives", "Resolved a hard complaint"),
    rec.HELPED_COLLEAGUE: QT_TRANSLATE_NOOP("Positives", "Helped a colleague"),
    rec.OTHER: QT_TRANSLATE_NOOP("Positives", "Other"),
}
_CAUSES = {
    mi.LOCATION_FAULT: QT_TRANSLATE_NOOP("Positives", "Network or service fault at a location"),
    mi.BILLING_ERROR: QT_TRANSLATE_NOOP("Positives", "Billing error"),
    mi.BROKEN_PROCESS: QT_TRANSLATE_NOOP("Positives", "Broken process"),
    mi.POLICY_ANGER: QT_TRANSLATE_NOOP("Positives", "Policy causes anger"),
    mi.PRODUCT_DEFECT: QT_TRANSLATE_NOOP("Positives", "Product defect"),
    mi.OTHER: QT_TRANSLATE_NOOP("Positives", "Other"),
}
_STATUSES = {
    mi.OPEN: QT_TRANSLATE_NOOP("Positives", "Open"),
    mi.SENT: QT_TRANSLATE_NOOP("Positives", "Sent to management"),
    mi.FIXED: QT_TRANSLATE_NOOP("Positives", "Fixed"),
}


def tr(source: str) -> str:
    return QCoreApplication.translate(CTX, source)


def kind_text(kind: str) -> str:
    return tr(_KINDS[kind]) if kind in _KINDS else kind


def cause_text(code: str, causes: Iterable[Cause] = ()) -> str:
    """The floor's own label if it gave one, else the built-in name in the user's language."""
    label = next((c.label for c in causes if c.code == code), None)
    if label:
        return label
    return tr(_CAUSES[code]) if code in _CAUSES else code


def status_text(status: str) -> str:
    return tr(_STATUSES[status]) if status in _STATUSES else status


def where_text(location: str) -> str:
    return location or QCoreApplication.translate("Positives", "no particular place")


def link_text(callid: str | None, flag_time: str | None = None) -> str:
    """"call at 10:27" / "flag at 10:42": what a recognition or report points at (the call's
    time is read from its Asterisk uniqueid; the raw id means nothing to a person)."""
    parts = []
    if flag_time:
        parts.append(
            QCoreApplication.translate("Positives", "flag at {time}").format(time=flag_time))
    if callid:
        began = uniqueid_time(callid)
        if began is None:
            parts.append(QCoreApplication.translate("Positives", "a linked call"))
        else:
            parts.append(QCoreApplication.translate("Positives", "call at {time}").format(
                time=datetime.fromtimestamp(began).strftime("%H:%M")))
    return " · ".join(parts)


def occurrences_text(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("Positives", "reported once")
    return QCoreApplication.translate("Positives", "reported %n times", None, n)


def when_text(ts: float, day_start: float | None) -> str:
    """"10:42" today, "03-01 10:42" on an earlier day (an issue can stay open for days)."""
    fmt = "%H:%M" if day_start is None or ts >= day_start else "%m-%d %H:%M"
    return datetime.fromtimestamp(ts).strftime(fmt)
