"""The coaching dock: open peer sessions and 1:1 talks, due soonest first (overdue ones
highlighted), and what the team's latest 1:1 talks say it needs, common and personal.

The team filter narrows both lists; the data comes as a :class:`CoachingOverview` from the
coaching thread, and the due times count on with the board's clock between overviews.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain.coaching import NeedCount, NeedsSummary
from console.services.coaching import CoachingOverview
from console.ui import palette
from console.ui.coaching import texts

IdRole = int(Qt.ItemDataRole.UserRole) + 1
KindRole = int(Qt.ItemDataRole.UserRole) + 2
AgentRole = int(Qt.ItemDataRole.UserRole) + 3
ALL_TEAMS = ""


class CoachingDock(QDockWidget):
    session_requested = Signal(int, str, str)  # session id, kind, agent
    history_requested = Signal(str)  # agent name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Coaching"), parent)
        self.setObjectName("CoachingDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.overview: CoachingOverview | None = None
        self._now = 0.0

        self.team = QComboBox()
        self.team.setObjectName("CoachingTeam")
        self.team.addItem(self.tr("All teams"), ALL_TEAMS)
        self.team.currentIndexChanged.connect(lambda *_: self._fill())
        title = QLabel(self.tr("Open sessions"))
        title.setObjectName("SectionTitle")
        self.sessions = QTreeWidget()
        self.sessions.setObjectName("OpenSessionsList")
        self.sessions.setRootIsDecorated(False)
        self.sessions.setUniformRowHeights(True)
        self.sessions.setAlternatingRowColors(True)
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.setHeaderLabels([self.tr("Due"), self.tr("What"), self.tr("Agent"),
                                       self.tr("With"), self.tr("Focus")])
        header = self.sessions.header()
        for col in range(4):  # a handful of rows: fitting the contents is cheap
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.sessions.setMinimumHeight(44)
        self.sessions.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.sessions.currentItemChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("No coaching sessions or 1:1 talks planned."))
        self.empty.setObjectName("Muted")
        self.record_button = QPushButton(self.tr("Record outcome…"))
        self.record_button.setObjectName("RecordOutcomeButton")
        self.record_button.clicked.connect(self.open_selected)
        self.history_button = QPushButton(self.tr("Agent history…"))
        self.history_button.setObjectName("DockHistoryButton")
        self.history_button.clicked.connect(self._history)
        self.needs_title = QLabel(self.tr("What the team needs"))
        self.needs_title.setObjectName("SectionTitle")
        self.needs_title.setWordWrap(True)
        self.needs = QLabel()
        self.needs.setObjectName("TeamNeeds")
        self.needs.setWordWrap(True)
        self.needs.setTextFormat(Qt.TextFormat.RichText)
        self.needs.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.needs.setMinimumHeight(self.needs.fontMetrics().lineSpacing() + 4)

        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.team)
        layout.addLayout(top)
        sessions = QWidget()
        s_layout = QVBoxLayout(sessions)
        s_layout.setContentsMargins(0, 0, 0, 0)
        s_layout.setSpacing(4)
        s_layout.addWidget(self.empty)
        s_layout.addWidget(self.sessions, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        s_layout.addLayout(buttons)
        needs = QWidget()
        n_layout = QVBoxLayout(needs)
        n_layout.setContentsMargins(0, 4, 0, 0)
        n_layout.setSpacing(2)
        n_layout.addWidget(self.needs_title)
        n_layout.addWidget(self.needs, 1)
        # the lead may give the needs more room (or less) than the list of sessions
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("CoachingSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(sessions)
        self.splitter.addWidget(needs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self.setWidget(holder)
        self._update_buttons()

    # ------------------------------------------------------------------ updates
    def apply(self, overview: CoachingOverview) -> None:
        self.overview = overview
        self._now = max(self._now, overview.now)
        teams = sorted(overview.by_team)
        current = self.team.currentData()
        known = [self.team.itemData(i) for i in range(1, self.team.count())]
        if known != teams:
            self.team.blockSignals(True)
            while self.team.count() > 1:
                self.team.removeItem(1)
            for t in teams:
                self.team.addItem(t, t)
            self.team.setCurrentIndex(max(0, self.team.findData(current)))
            self.team.blockSignals(False)
        self._fill()

    def tick(self, now: float) -> None:
        self._now = max(self._now, now)
        self._paint_due()

    def selected_team(self) -> str | None:
        return self.team.currentData() or None

    def _fill(self) -> None:
        o = self.overview
        if o is None:
            return
        team = self.selected_team()
        sessions = [s for s in o.open if team is None or o.teams.get(s.agent) == team]
        selected = self.sessions.currentItem().data(0, IdRole) if self.sessions.currentItem() \
            else None
        self.sessions.clear()
        for s in sessions:
            coach = o.names.get(s.coach, s.coach) if s.coach else ""
            item = QTreeWidgetItem(["", texts.short_kind_text(s.kind),
                                    o.names.get(s.agent, s.agent),
                                    coach or "", s.focus or ""])
            item.setData(0, IdRole, s.id)
            item.setData(0, KindRole, s.kind)
            item.setData(0, AgentRole, s.agent)
            item.setData(1, IdRole, s.due_ts)
            item.setToolTip(4, s.focus or "")
            self.sessions.addTopLevelItem(item)
            if s.id == selected:
                self.sessions.setCurrentItem(item)
        self.empty.setVisible(not sessions)
        self._paint_due()
        summary = o.by_team.get(team) if team else o.floor
        self.needs.setText(self.needs_html(summary, o))
        talked = summary.agents_talked if summary else 0
        if talked == 1:
            self.needs_title.setText(self.tr("What the team needs · latest 1:1 talk with 1 agent"))
        elif talked:
            self.needs_title.setText(self.tr(
                "What the team needs · latest 1:1 talks with {n} agents").format(n=talked))
        else:
            self.needs_title.setText(self.tr("What the team needs"))
        self._update_buttons()

    def _paint_due(self) -> None:
        danger = palette.status_color(palette.Status.DANGER)
        for i in range(self.sessions.topLevelItemCount()):
            item = self.sessions.topLevelItem(i)
            due = item.data(1, IdRole)
            overdue = due is not None and self._now > due
            item.setText(0, texts.due_text(due, self._now))
            font = QFont(item.font(0))
            font.setBold(overdue)
            for col in range(5):
                item.setFont(col, font)
                item.setForeground(col, QBrush(danger) if overdue else QBrush())
            item.setIcon(0, palette.status_icon(palette.Status.DANGER) if overdue
                         else palette.status_icon(palette.Status.NEUTRAL))

    def needs_html(self, summary: NeedsSummary | None, o: CoachingOverview) -> str:
        if summary is None or not summary.agents_talked:
            return self.tr("No needs ranked in 1:1 talks in the last six weeks.")
        by_id = {n.id: n for n in o.needs}

        def label(c: NeedCount) -> str:
            need = by_id.get(c.need_id)
            return escape(texts.need_text(need)) if need else "?"

        common = texts.join(self.tr("{need} ({n} of {total})").format(
            need=label(c), n=c.count, total=summary.agents_talked) for c in summary.common)
        personal = texts.join(self.tr("{need} ({who})").format(
            need=label(c), who=", ".join(escape(o.names.get(a, a)) for a in c.agents))
            for c in summary.personal)
        lines = ["<b>" + self.tr("Common:") + "</b> " + (common or self.tr("nothing yet")),
                 "<b>" + self.tr("Personal:") + "</b> " + (personal or self.tr("nothing"))]
        return "<br>".join(lines)

    # ------------------------------------------------------------------ actions
    def _update_buttons(self, *_: object) -> None:
        has = self.sessions.currentItem() is not None
        self.record_button.setEnabled(has)
        self.history_button.setEnabled(has)

    def select_session(self, session_id: int) -> bool:
        for i in range(self.sessions.topLevelItemCount()):
            item = self.sessions.topLevelItem(i)
            if item.data(0, IdRole) == session_id:
                self.sessions.setCurrentItem(item)
                return True
        return False

    def open_selected(self) -> None:
        item = self.sessions.currentItem()
        if item is not None:
            self.session_requested.emit(item.data(0, IdRole), item.data(0, KindRole),
                                        item.data(0, AgentRole))

    def _history(self) -> None:
        item = self.sessions.currentItem()
        if item is not None:
            self.history_requested.emit(item.data(0, AgentRole))
