"""The "Escalations" dock: the backlog by time left (overdue first) with a live countdown, the
counts and the average trust score, the aging chart, and the ways in: "New escalation…",
"Work on it…" (or double-click / Enter)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.domain import escalations as rules
from console.services.escalations import EscalationBoard
from console.ui.escalations import texts
from console.ui.escalations.aging_chart import AgingChart
from console.ui.escalations.backlog_model import BacklogModel, Column, EscalationIdRole
from console.ui.escalations.backlog_proxy import BacklogProxy
from console.ui.escalations.client import EscalationsClient
from console.ui.escalations.new_dialog import NewEscalationDialog
from console.ui.escalations.work_dialog import EscalationDialog
from console.ui.table_views import dock_table


class EscalationsDock(QDockWidget):
    opened = Signal(int)  # a new escalation's id, once stored

    def __init__(self, client: EscalationsClient, now: Callable[[], float],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Escalations"), parent)
        self.setObjectName("EscalationsDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.client = client
        self.model = BacklogModel(now, self)
        self.proxy = BacklogProxy(self.model, self)
        self.dialogs: dict[int, EscalationDialog] = {}
        self.last_new_dialog: NewEscalationDialog | None = None
        self._open_requests: set[int] = set()
        self._select_after: int | None = None  # a new escalation, selected once it is listed

        self.table = dock_table("EscalationTable", self.proxy, min_height=70, row_height=28,
                                resize=QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.LEFT, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.LEFT, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        header.setStretchLastSection(False)
        # the countdown changes width every second; a fixed column keeps the row still
        self.table.setColumnWidth(Column.LEFT, self.fontMetrics().horizontalAdvance(
            texts.tr("overdue {t}").format(t="0 d 00:00:00")) + 48)
        self.table.doubleClicked.connect(lambda *_: self.work_selected())

        self.new_action = self._action(self.tr("New escalation…"), "actionNewEscalation",
                                       self.new_escalation)
        self.work_action = self._action(self.tr("Work on it…"), "actionWorkEscalation",
                                        self.work_selected, "Return")
        self.show_resolved = QCheckBox(self.tr("Show resolved"))
        self.show_resolved.setObjectName("EscalationShowResolved")
        self.show_resolved.setToolTip(self.tr("Resolved in the last 7 days"))
        self.show_resolved.toggled.connect(self.proxy.set_show_resolved)
        self.search = QLineEdit()
        self.search.setObjectName("EscalationSearch")
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(100)
        self.search.setMaximumWidth(220)
        self.search.textChanged.connect(self.proxy.set_search)
        self.summary = QLabel()
        self.summary.setObjectName("EscalationSummary")
        self.trust_label = QLabel()
        self.trust_label.setObjectName("EscalationTrustAverage")
        self.trust_label.setWordWrap(True)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.buttons: dict[str, QToolButton] = {}
        for key, action in (("new", self.new_action), ("work", self.work_action)):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addWidget(self.show_resolved)
        bar.addWidget(self.search)
        bar.addStretch(1)
        # counts and trust on their own line: the dock shares the bottom edge with others and
        # must not force the window wider than a 1366 px screen
        figures = QHBoxLayout()
        figures.setSpacing(12)
        figures.addWidget(self.summary)
        figures.addWidget(self.trust_label, 1)

        self.chart = AgingChart()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.chart.setMinimumWidth(200)
        self.splitter.setSizes([750, 250])
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addLayout(figures)
        layout.addWidget(self.splitter, 1)
        self.setWidget(holder)

        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.proxy.modelReset.connect(self._update_actions)
        client.board_ready.connect(self.apply_board)
        client.replied.connect(self._on_replied)
        self._update_actions()
        self.summary.setText(self.tr("Loading…"))

    def _action(self, text: str, name: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda *_: slot())
        if shortcut:  # Enter on the table only (not while typing in the search field)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        else:
            self.addAction(action)
        return action

    # ------------------------------------------------------------------ updates
    def apply_board(self, board: EscalationBoard) -> None:
        selected = self.selected_id()
        self.model.set_items(board.items, board.names, board.settings)
        if selected is not None:
            self.select(selected)
        self.chart.set_counts(board.aging, board.settings)
        if self._select_after is not None and self.select(self._select_after):
            self._select_after = None
        self.summary.setText(self.tr("{open} open · {risk} at risk · {breached} breached").format(
            open=board.open_count, risk=board.count(rules.AT_RISK),
            breached=board.count(rules.BREACHED)))
        t = board.trust
        if t.mean is None:
            self.trust_label.setText(self.tr("Average trust: no replies yet"))
        else:
            self.trust_label.setText(self.tr("Average trust {trust} ({n} first replies,"
                                             " {late} overdue)").format(
                trust=texts.trust_text(t.mean), n=t.replies, late=t.overdue))
        self.trust_label.setToolTip(self.tr(
            "Trust at the first reply: (1 − reply time / promised time) × 100, averaged over"
            " the open items and those resolved in the last 7 days. A reply after the promise"
            " counts as overdue."))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(EscalationIdRole) if rows else None

    def select(self, escalation_id: int) -> bool:
        row = self.model.row_for(escalation_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        current = self.table.selectionModel().selectedRows()
        if not current or current[0].row() != index.row():
            self.table.selectRow(index.row())
        return True

    def _update_actions(self, *_: object) -> None:
        self.work_action.setEnabled(self.selected_id() is not None)

    # ------------------------------------------------------------------ actions
    def work_selected(self) -> EscalationDialog | None:
        escalation_id = self.selected_id()
        return None if escalation_id is None else self.work_on(escalation_id)

    def work_on(self, escalation_id: int) -> EscalationDialog:
        dialog = self.dialogs.get(escalation_id)
        if dialog is None or not dialog.isVisible():
            dialog = EscalationDialog(self.client, self.model, escalation_id, self)
            self.dialogs[escalation_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def new_escalation(self, context: dict[str, Any] | None = None) -> NewEscalationDialog:
        dialog = NewEscalationDialog(context, holders=self.model.holders(),
                                     departments=self.model.departments(),
                                     categories=self.model.categories(),
                                     settings=self.model.settings, parent=self)
        self.last_new_dialog = dialog
        dialog.accepted.connect(lambda: self._open(dialog.values()))
        dialog.open()
        return dialog

    def _open(self, values: dict[str, Any]) -> None:
        self._open_requests.add(self.client.request("open_escalation", **values))

    def _on_replied(self, request: int, action: str, result: object) -> None:
        if request in self._open_requests:
            self._open_requests.discard(request)
            self._select_after = int(result)  # type: ignore[call-overload]
            self.show()
            self.raise_()
            self.opened.emit(self._select_after)
