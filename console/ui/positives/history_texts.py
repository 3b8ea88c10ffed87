"""Recognitions and reported issues in "Agent history…" (the coaching feature's dialog): the
words for the two entry kinds that :mod:`console.services.positives` provides."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.domain.history import TimelineEntry
from console.services.positives import ISSUE_REPORT, RECOGNITION
from console.ui.positives import texts


def recognition_words(e: TimelineEntry, _hist: object = None) -> tuple[str, str]:
    what = QCoreApplication.translate(texts.CTX, "Recognised: {kind}").format(
        kind=texts.kind_text(e.field("recognition_kind") or ""))
    return what, " · ".join(p for p in (e.text or "", texts.link_text(e.field("callid")))
                            if p)


def issue_report_words(e: TimelineEntry, _hist: object = None) -> tuple[str, str]:
    what = QCoreApplication.translate(texts.CTX, "Issue for management: {cause}").format(
        cause=texts.cause_text(e.field("cause") or ""))
    parts = [e.field("location") or "", e.text or "", texts.link_text(e.field("callid"))]
    return what, " · ".join(p for p in parts if p)


def register() -> bool:
    """Add the formatters to the history dialog, if this build has it."""
    try:
        from console.ui.coaching import history_dialog
    except ImportError:
        return False
    history_dialog.register_entry_formatter(RECOGNITION, recognition_words)
    history_dialog.register_entry_formatter(ISSUE_REPORT, issue_report_words)
    return True
