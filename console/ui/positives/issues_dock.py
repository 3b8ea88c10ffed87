"""The Issues dock: today's reports counted by cause, and the issues themselves (every open
one, and those seen or settled today) with their status: open, sent to management, fixed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.domain import mgmt_issues as mi
from console.domain.mgmt_issues import ManagementIssue
from console.services.positives import PositivesView
from console.ui.positives.issue_cards import IssueCardDelegate
from console.ui.positives.issue_models import (
    CauseCountModel,
    CountBarDelegate,
    CountColumn,
    IssueTableModel,
)


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setMinimumHeight(80)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setMinimumSectionSize(40)
    header.setStretchLastSection(False)
    return table


class IssuesDock(QDockWidget):
    report_requested = Signal()  # a new issue, nothing linked
    report_again_requested = Signal(object)  # ManagementIssue: same cause and place
    status_requested = Signal(int, str)  # issue id, new status
    reports_requested = Signal(object)  # ManagementIssue: show its occurrences
    edit_causes_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Issues for management"), parent)
        self.setObjectName("IssuesDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.reports_today = 0
        self.counts_model = CauseCountModel(self)
        self.counts = _table("IssueCountsTable")
        self.counts.setModel(self.counts_model)
        self.counts.setItemDelegateForColumn(CountColumn.TODAY, CountBarDelegate(self.counts))
        self.counts.horizontalHeader().setSectionResizeMode(CountColumn.CAUSE,
                                                            QHeaderView.ResizeMode.Stretch)
        # "Reports today by cause" above says what the columns are: no header, and the
        # cause names get the room (the count needs little, the bar is relative)
        self.counts.horizontalHeader().hide()
        self.counts.horizontalHeader().setSectionResizeMode(CountColumn.TODAY,
                                                            QHeaderView.ResizeMode.Fixed)
        self.counts.setColumnWidth(CountColumn.TODAY, 52)
        self.counts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.counts.setColumnHidden(CountColumn.ISSUES, True)  # in the tooltip instead
        self.counts.setMinimumWidth(150)
        self.model = IssueTableModel(self)
        self.table = QListView()
        self.table.setObjectName("IssueList")
        self.table.setModel(self.model)  # column 0; the card delegate reads the others
        self.table.setItemDelegate(IssueCardDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setUniformItemSizes(True)
        self.table.setSpacing(1)
        self.table.setMinimumWidth(220)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda *_: self._emit_selected(self.reports_requested))

        self.report_action = self._action(self.tr("Report an issue…"), "actionReportIssue",
                                          self.report_requested.emit)
        self.again_action = self._action(
            self.tr("Reported again…"), "actionReportIssueAgain",
            lambda: self._emit_selected(self.report_again_requested))
        self.sent_action = self._action(self.tr("Sent to management"), "actionIssueSent",
                                        lambda: self._set_status(mi.SENT))
        self.fixed_action = self._action(self.tr("Fixed"), "actionIssueFixed",
                                         lambda: self._set_status(mi.FIXED))
        self.reopen_action = self._action(self.tr("Reopen"), "actionIssueReopen",
                                          lambda: self._set_status(mi.OPEN))
        self.reports_action = self._action(
            self.tr("Show reports…"), "actionIssueReports",
            lambda: self._emit_selected(self.reports_requested))
        self.causes_action = self._action(self.tr("Edit causes…"), "actionEditIssueCauses",
                                          self.edit_causes_requested.emit)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for action in (self.report_action, self.sent_action, self.fixed_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        more = QToolButton()
        more.setObjectName("IssuesMore")
        more.setText(self.tr("More"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more_menu = QMenu(more)
        for action in (self.reopen_action, self.again_action, self.reports_action):
            more_menu.addAction(action)
        more_menu.addSeparator()
        more_menu.addAction(self.causes_action)
        more.setMenu(more_menu)
        bar.addWidget(more)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("Muted")
        counts_title = QLabel(self.tr("Reports today by cause"))
        counts_title.setObjectName("Muted")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(4)
        left_layout.addWidget(counts_title)
        left_layout.addWidget(self.counts, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(4)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No issues reported. When callers keep hitting the same "
                                    "problem, right-click the agent, the flag or the call and "
                                    "choose “Report an issue for management…”."))
        self.empty.setObjectName("Muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(left)
        self.split.addWidget(right)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 2)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.split, 1)
        self.setWidget(holder)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.dataChanged.connect(self._update_actions)
        self._update_actions()
        self.apply(None, {})

    def _action(self, text: str, name: str, slot) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda *_: slot())
        return action

    # ------------------------------------------------------------------ updates
    def apply(self, view: PositivesView | None, names: dict[str, str]) -> None:
        selected = self.selected()
        if view is None:
            self.model.set_issues([], [], names)
            self.counts_model.set_counts([], [])
        else:
            self.model.set_issues(view.issues, view.causes, names, view.day_start)
            self.counts_model.set_counts(view.counts, view.causes)
        if selected is not None:
            row = self.model.row_for(selected.id)
            current = self.selected()
            if row is not None and (current is None or current.id != selected.id):
                self.table.setCurrentIndex(self.model.index(row, 0))
        counts = view.counts if view is not None else ()
        self.reports_today = sum(c.occurrences for c in counts)
        self.setWindowTitle(
            self.tr("Issues for management ({n} today)").format(n=self.reports_today)
            if self.reports_today else self.tr("Issues for management"))
        issues = view.issues if view is not None else ()
        opened = sum(1 for i in issues if i.status == mi.OPEN)
        sent = sum(1 for i in issues if i.status == mi.SENT)
        self.summary.setText(self.tr("{open} open · {sent} sent to management").format(
            open=opened, sent=sent) if issues else "")
        self.summary.setToolTip(self.tr("Every issue not yet fixed, and those reported or "
                                        "settled today"))
        self.empty.setVisible(not issues)
        self.split.setVisible(bool(issues))

    def selected(self) -> ManagementIssue | None:
        rows = self.table.selectionModel().selectedIndexes()
        return self.model.issue(rows[0].row()) if rows else None

    def select_issue(self, issue_id: int) -> None:
        row = self.model.row_for(issue_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _update_actions(self, *_: object) -> None:
        issue = self.selected()
        self.sent_action.setEnabled(issue is not None and issue.status == mi.OPEN)
        self.fixed_action.setEnabled(issue is not None and issue.status != mi.FIXED)
        self.reopen_action.setEnabled(issue is not None and issue.status != mi.OPEN)
        self.again_action.setEnabled(issue is not None and issue.active)
        self.reports_action.setEnabled(issue is not None)

    def _set_status(self, status: str) -> None:
        issue = self.selected()
        if issue is not None and issue.status != status:
            self.status_requested.emit(issue.id, status)

    def _emit_selected(self, signal) -> None:
        issue = self.selected()
        if issue is not None:
            signal.emit(issue)

    def issue_menu(self) -> QMenu:
        menu = QMenu(self)
        for action in (self.sent_action, self.fixed_action, self.reopen_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.again_action)
        menu.addAction(self.reports_action)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        self.issue_menu().exec(self.table.viewport().mapToGlobal(pos))
