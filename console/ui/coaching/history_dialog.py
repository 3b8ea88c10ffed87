""""Agent history…": one timeline of peer coaching, 1:1 talks, flags, breaks and what other
features add (recognitions ...), newest first.

Each kind of entry is put into words by a formatter; another feature registers its own with
:func:`register_entry_formatter` (and a provider in ``console.services.agent_history``).
Double-clicking a session opens it ("Record outcome…" or the 1:1 talk).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain import coaching as rules
from console.domain import history as h
from console.domain.coaching import DONE, Reason
from console.domain.history import TimelineEntry
from console.services.coaching import AgentHistory
from console.ui.care import texts as care_texts
from console.ui.coaching import texts
from console.ui.coaching.coaching_controller import CoachingController
from console.ui.coaching.request_dialog import RequestDialog

RefRole = int(Qt.ItemDataRole.UserRole) + 1
KindRole = int(Qt.ItemDataRole.UserRole) + 2

# (entry, history) -> (what, details)
EntryFormatter = Callable[[TimelineEntry, AgentHistory], tuple[str, str]]
FORMATTERS: dict[str, EntryFormatter] = {}


def register_entry_formatter(kind: str, formatter: EntryFormatter) -> None:
    FORMATTERS[kind] = formatter


def _session_details(e: TimelineEntry, hist: AgentHistory) -> str:
    parts = []
    if e.text:
        parts.append(QCoreApplication.translate("Coaching", "focus: {text}").format(text=e.text))
    if e.field("needs"):
        ids = [int(i) for i in (e.field("needs") or "").split(",") if i]
        parts.append(QCoreApplication.translate("Coaching", "needs: {needs}").format(
            needs=texts.needs_text(ids, hist.needs)))
    if e.field("went_well"):
        parts.append(QCoreApplication.translate("Coaching", "went well: {text}").format(
            text=e.field("went_well")))
    if e.field("do_differently"):
        parts.append(QCoreApplication.translate("Coaching", "differently: {text}").format(
            text=e.field("do_differently")))
    if e.field("notes"):
        parts.append(e.field("notes") or "")
    if e.field("queue"):
        parts.append(QCoreApplication.translate("Coaching", "{queue} call").format(
            queue=e.field("queue")))
    return texts.join(parts)


def _status_suffix(e: TimelineEntry) -> str:
    return "" if e.status in (None, DONE) else f" ({texts.status_text(e.status)})"


def _peer(e: TimelineEntry, hist: AgentHistory) -> tuple[str, str]:
    return texts.kind_text("peer") + _status_suffix(e), _session_details(e, hist)


def _coached(e: TimelineEntry, hist: AgentHistory) -> tuple[str, str]:
    what = QCoreApplication.translate("Coaching", "Coached a colleague")
    return what + _status_suffix(e), _session_details(e, hist)


def _talk(e: TimelineEntry, hist: AgentHistory) -> tuple[str, str]:
    return texts.kind_text("one_to_one") + _status_suffix(e), _session_details(e, hist)


def _flag(e: TimelineEntry, hist: AgentHistory) -> tuple[str, str]:
    what = QCoreApplication.translate("Coaching", "Abuse flag: {category} ({severity})").format(
        category=care_texts.category_text(e.field("category") or ""),
        severity=e.field("severity") or "?")
    parts = [e.text or ""]
    if e.field("queue"):
        parts.append(QCoreApplication.translate("Coaching", "{queue} call").format(
            queue=e.field("queue")))
    if e.status != "acknowledged":
        parts.append(QCoreApplication.translate("Coaching", "not acknowledged"))
    return what, texts.join(parts)


def _break(e: TimelineEntry, hist: AgentHistory) -> tuple[str, str]:
    what = QCoreApplication.translate("Coaching", "Recovery break, {n} min").format(
        n=e.field("minutes") or "?")
    parts = []
    if e.status == "running":
        parts.append(QCoreApplication.translate("Coaching", "running now"))
    elif e.field("taken_minutes"):
        parts.append(QCoreApplication.translate("Coaching", "back after {n} min").format(
            n=e.field("taken_minutes")))
    if e.field("one_to_one"):
        parts.append(QCoreApplication.translate("Coaching", "with a 1:1 talk"))
    return what, texts.join(parts)


for _kind, _fn in ((h.PEER, _peer), (h.COACHED, _coached), (h.ONE_TO_ONE, _talk),
                   (h.FLAG, _flag), (h.BREAK, _break)):
    register_entry_formatter(_kind, _fn)


def describe(e: TimelineEntry, hist: AgentHistory) -> tuple[str, str]:
    formatter = FORMATTERS.get(e.kind)
    if formatter is None:
        return e.kind, e.text or ""
    return formatter(e, hist)


class HistoryDialog(RequestDialog):
    session_requested = Signal(int, str, str)  # session id, kind, agent
    arrange_requested = Signal(str)
    talk_requested = Signal(str)

    def __init__(self, controller: CoachingController, agent: str, display_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("HistoryDialog")
        self.setWindowTitle(self.tr("Agent history"))
        self.agent = agent
        self.history: AgentHistory | None = None
        self.title = QLabel(self.tr("History of <b>{agent}</b>").format(
            agent=escape(display_name)))
        self.title.setObjectName("SectionTitle")
        self.profile = QLabel(self.tr("Loading…"))
        self.profile.setObjectName("Muted")
        self.profile.setWordWrap(True)
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("HistoryTimeline")
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setUniformRowHeights(True)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("With"),
                                       self.tr("Details")])
        header = self.timeline.header()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.timeline.itemDoubleClicked.connect(self._open_item)
        self.empty = QLabel(self.tr("Nothing recorded yet."))
        self.empty.setObjectName("Muted")
        self.empty.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        arrange = QPushButton(self.tr("Arrange peer coaching…"))
        arrange.setObjectName("HistoryArrange")
        arrange.clicked.connect(lambda: self.arrange_requested.emit(self.agent))
        talk = QPushButton(self.tr("1:1 talk…"))
        talk.setObjectName("HistoryTalk")
        talk.clicked.connect(lambda: self.talk_requested.emit(self.agent))
        self.buttons.addButton(arrange, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(talk, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.profile)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(860, 520)
        controller.changed.connect(self.reload)  # a session saved elsewhere shows here too
        self.reload()

    def reload(self) -> None:
        if not self.waiting_for("history"):
            self.ask("history", self.agent)

    def done(self, result: int) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.controller.changed.disconnect(self.reload)
        super().done(result)

    def on_reply(self, action: str, result: object) -> None:
        if action == "history":
            self.show_history(result)  # type: ignore[arg-type]

    def on_failed(self, action: str, error: str) -> None:
        self.show_error(self.tr("Could not read the history: {error}").format(error=error))

    def show_history(self, hist: AgentHistory) -> None:
        self.history = hist
        parts = [hist.team or self.tr("no team"),
                 texts.reason_text(Reason(rules.TENURE, days=hist.tenure_days))
                 if hist.start_date else self.tr("no start date")]
        if hist.coach_mark:
            parts.append(self.tr("coach"))
        if hist.queues:
            parts.append(self.tr("queues: {queues}").format(queues=", ".join(hist.queues)))
        self.profile.setText(texts.join(parts))
        self.timeline.clear()
        for e in hist.entries:
            what, details = describe(e, hist)
            other = hist.names.get(e.other, e.other) if e.other else ""
            when = datetime.fromtimestamp(e.ts).strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem([when, what, other, details])
            item.setToolTip(3, details)
            item.setData(0, RefRole, e.ref)
            item.setData(0, KindRole, e.kind)
            self.timeline.addTopLevelItem(item)
        self.empty.setVisible(not hist.entries)

    def entries_shown(self) -> list[tuple[str, str]]:
        """(kind, what) per row, top to bottom."""
        out = []
        for i in range(self.timeline.topLevelItemCount()):
            item = self.timeline.topLevelItem(i)
            out.append((item.data(0, KindRole), item.text(1)))
        return out

    def _open_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        ref = item.data(0, RefRole) or ""
        if ref.startswith("session:"):
            kind = item.data(0, KindRole)
            self.session_requested.emit(int(ref.split(":", 1)[1]),
                                        "one_to_one" if kind == h.ONE_TO_ONE else "peer",
                                        self.agent)
