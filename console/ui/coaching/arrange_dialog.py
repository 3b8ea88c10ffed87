""""Arrange peer coaching…": the three best coaches with their reasons, everyone else with why
not, then what to look at and by when.

The call under review decides "same call category" (its queue), so choosing another call asks
the coaching thread for a new ranking. The first suggestion is preselected; unavailable
colleagues are listed greyed and cannot be picked.
"""

from __future__ import annotations

import math
from datetime import datetime
from html import escape

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain.coaching import CallRef, CoachCandidate
from console.services.coaching import CoachingPlan
from console.ui import palette
from console.ui.care import texts as care_texts
from console.ui.coaching import texts
from console.ui.coaching.coaching_controller import CoachingController
from console.ui.coaching.request_dialog import RequestDialog

NameRole = int(Qt.ItemDataRole.UserRole) + 1
DEFAULT_DUE_HOURS = 2


def call_text(call: CallRef) -> str:
    at = datetime.fromtimestamp(call.enter_ts).strftime("%H:%M")
    parts = [at, call.queue]
    if call.talk_s:
        parts.append(f"{call.talk_s // 60}:{call.talk_s % 60:02d}")
    if call.flag_id is not None:
        parts.append("⚑ " + care_texts.category_text(call.flag_category or ""))
    return texts.join(parts)


def default_due(now: float) -> float:
    """A couple of hours ahead, on a quarter hour."""
    quarter = 900
    return math.ceil((now + DEFAULT_DUE_HOURS * 3600) / quarter) * quarter


class ArrangeCoachingDialog(RequestDialog):
    def __init__(self, controller: CoachingController, agent: str, display_name: str,
                 callid: str | None = None, queue: str | None = None,
                 flag_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("ArrangeCoachingDialog")
        self.setWindowTitle(self.tr("Arrange peer coaching"))
        self.agent = agent
        self.flag_id = flag_id
        self.plan: CoachingPlan | None = None
        self.session_id: int | None = None
        self._queue = queue

        self.title = QLabel(self.tr("Peer coaching for <b>{agent}</b>").format(
            agent=escape(display_name)))
        self.title.setObjectName("SectionTitle")
        self.call = QComboBox()
        self.call.setObjectName("CoachingCall")
        self.call.addItem(self.tr("No particular call"), None)
        if callid:
            self.call.addItem(callid, callid)
            self.call.setCurrentIndex(1)
        self.call.currentIndexChanged.connect(self._call_changed)

        self.coaches = QTreeWidget()
        self.coaches.setObjectName("CoachList")
        self.coaches.setColumnCount(2)
        self.coaches.setHeaderLabels([self.tr("Coach"), self.tr("Why")])
        self.coaches.setRootIsDecorated(False)
        self.coaches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.coaches.setMinimumSize(620, 260)
        self.coaches.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.coaches.header().setStretchLastSection(True)
        self.coaches.setWordWrap(True)
        self.coaches.itemSelectionChanged.connect(self._update_button)
        self.status = QLabel(self.tr("Looking for coaches…"))
        self.status.setObjectName("CoachingWhyNone")
        self.status.setWordWrap(True)

        self.focus = QLineEdit()
        self.focus.setObjectName("CoachingFocus")
        self.focus.setPlaceholderText(self.tr("What should the coach look at? For example: "
                                              "calming a caller who shouts"))
        self.due = QDateTimeEdit()
        self.due.setObjectName("CoachingDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.due.setDateTime(QDateTime.fromSecsSinceEpoch(int(default_due(controller.now()))))

        form = QFormLayout()
        form.addRow(self.tr("Call to review:"), self.call)
        form.addRow(self.tr("Focus:"), self.focus)
        form.addRow(self.tr("Due:"), self.due)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ArrangeButton")
        self.ok_button.setText(self.tr("Arrange"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.arrange)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Suggested coaches")))
        layout.addWidget(self.coaches, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(780, 580)
        self.ask("suggest", agent, callid, queue)

    # ------------------------------------------------------------------ suggestions
    def _call_changed(self) -> None:
        callid = self.call.currentData()
        self.status.setText(self.tr("Looking for coaches…"))
        self.ask("suggest", self.agent, callid, None if callid else self._queue)

    def on_reply(self, action: str, result: object) -> None:
        if action == "suggest":
            self.show_plan(result)  # type: ignore[arg-type]
        elif action == "arrange":
            self.session_id = int(result)  # type: ignore[call-overload]
            self.accept()

    def on_failed(self, action: str, error: str) -> None:
        if action == "arrange":
            self.ok_button.setEnabled(True)
            self.show_error(self.tr("The session was not arranged: {error}").format(error=error))
        else:
            self.status.setText(self.tr("Could not rank coaches: {error}").format(error=error))

    def show_plan(self, plan: CoachingPlan) -> None:
        self.plan = plan
        self._fill_calls(plan)
        previous = self.selected_coach()
        self.coaches.clear()
        s = plan.suggestion
        groups = ((self.tr("Suggested"), s.top, True), (self.tr("Also possible"), s.also, True),
                  (self.tr("Not available now"), s.unavailable, False))
        pick: QTreeWidgetItem | None = None
        for title, candidates, pickable in groups:
            if not candidates:
                continue
            header = QTreeWidgetItem([title, ""])
            font = QFont(header.font(0))
            font.setBold(True)
            header.setFont(0, font)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setFirstColumnSpanned(True)
            self.coaches.addTopLevelItem(header)
            header.setFirstColumnSpanned(True)
            for c in candidates:
                item = self._item(c, pickable)
                self.coaches.addTopLevelItem(item)
                if pickable and (pick is None or c.name == previous):
                    pick = item  # the coach picked before a re-rank, else the best one
        if pick is not None:
            self.coaches.setCurrentItem(pick)
        if s.top:
            self.status.setText(self.tr("Best first: same call category (queue), same team, "
                                        "fewest sessions this week, then experience."))
        else:
            self.status.setText(texts.why_none_text(s.why_none))
        self._update_button()

    def _item(self, c: CoachCandidate, pickable: bool) -> QTreeWidgetItem:
        why = texts.reasons_text(c.reasons if pickable else c.blockers)
        item = QTreeWidgetItem([c.profile.display_name, why])
        item.setData(0, NameRole, c.name)
        item.setToolTip(1, why)
        if pickable:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        else:
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # cannot be picked
            muted = QBrush(QColor(palette.theme().muted))
            for col in range(2):
                item.setForeground(col, muted)
        return item

    def _fill_calls(self, plan: CoachingPlan) -> None:
        current = plan.call.callid if plan.call else None
        self.call.blockSignals(True)
        self.call.clear()
        self.call.addItem(self.tr("No particular call"), None)
        for call in plan.calls:
            self.call.addItem(call_text(call), call.callid)
        index = self.call.findData(current) if current else 0
        self.call.setCurrentIndex(max(0, index))
        self.call.blockSignals(False)

    # ------------------------------------------------------------------ arrange
    def candidates_shown(self) -> list[tuple[str, bool]]:
        """(agent name, pickable) per listed colleague, in order (for tests and a11y)."""
        out = []
        for i in range(self.coaches.topLevelItemCount()):
            item = self.coaches.topLevelItem(i)
            name = item.data(0, NameRole)
            if name:
                out.append((name, bool(item.flags() & Qt.ItemFlag.ItemIsSelectable)))
        return out

    def select_coach(self, name: str) -> bool:
        for i in range(self.coaches.topLevelItemCount()):
            item = self.coaches.topLevelItem(i)
            if item.data(0, NameRole) == name and item.flags() & Qt.ItemFlag.ItemIsSelectable:
                self.coaches.setCurrentItem(item)
                return True
        return False

    def selected_coach(self) -> str | None:
        items = self.coaches.selectedItems()
        return items[0].data(0, NameRole) if items else None

    def _update_button(self) -> None:
        self.ok_button.setEnabled(self.selected_coach() is not None
                                  and not self.waiting_for("arrange"))

    def arrange(self) -> None:
        coach = self.selected_coach()
        if coach is None or self.waiting_for("arrange"):
            return
        callid = self.call.currentData()
        call = next((c for c in (self.plan.calls if self.plan else ()) if c.callid == callid),
                    None)
        queue = call.queue if call else (None if callid else self._queue)
        flag_id = self.flag_id
        if call is not None and call.flag_id is not None:
            flag_id = call.flag_id  # the flag on the call chosen, if it has one
        elif callid is None:
            flag_id = None
        self.ok_button.setEnabled(False)
        self.error.hide()
        self.ask("arrange", self.agent, coach, focus=self.focus.text(),
                 due_ts=float(self.due.dateTime().toSecsSinceEpoch()), callid=callid,
                 queue=queue, flag_id=flag_id)
