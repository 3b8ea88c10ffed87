"""The "Ingest problems" dock: every line the reader could not use, with where and why.

Bad input must lose nothing and hide nothing (DESIGN.md section 7): the status bar counts the
problems and this dock lists them (file, line, reason, raw text) so a supervisor can tell the
PBX admin exactly which line to look at. The list is loaded by the snapshot thread on request,
only while the dock is visible.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.domain.events import IngestProblem
from console.ui.board.agent_table_model import SortRole


class ProblemColumn(IntEnum):
    FILE = 0
    LINE = 1
    REASON = 2
    RAW = 3


class ProblemsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[IngestProblem] = []

    def set_problems(self, problems: Sequence[IngestProblem]) -> None:
        """Replace the list: it is reloaded rarely and only while the dock is open."""
        self.beginResetModel()
        self._rows = list(problems)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ProblemColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            ProblemColumn.FILE: self.tr("File"),
            ProblemColumn.LINE: self.tr("Line"),
            ProblemColumn.REASON: self.tr("Reason"),
            ProblemColumn.RAW: self.tr("Raw text"),
        }[ProblemColumn(section)]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p = self._rows[index.row()]
        col = ProblemColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if col == ProblemColumn.FILE:
                return Path(p.file).name if role == Qt.ItemDataRole.DisplayRole else p.file
            if col == ProblemColumn.LINE:
                return str(p.line_no) if role == Qt.ItemDataRole.DisplayRole else p.line_no
            if col == ProblemColumn.REASON:
                return p.reason
            return p.raw
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == ProblemColumn.FILE:
                return p.file
            if col == ProblemColumn.RAW:
                return p.raw
        if role == Qt.ItemDataRole.TextAlignmentRole and col == ProblemColumn.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ProblemsDock(QDockWidget):
    """Bottom dock, hidden until asked for; ``wanted`` asks the controller for a fresh list."""

    wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ingest problems"), parent)
        self.setObjectName("ProblemsDock")
        self.model = ProblemsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView()
        self.table.setObjectName("ProblemsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ProblemColumn.LINE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(ProblemColumn.FILE, 160)
        header.resizeSection(ProblemColumn.LINE, 70)
        header.resizeSection(ProblemColumn.REASON, 260)
        self.summary = QLabel()
        self.summary.setObjectName("Muted")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.setWidget(body)
        self._count = -1
        self.set_count(0)
        self.visibilityChanged.connect(self._on_visibility)

    def set_count(self, count: int) -> None:
        """The store's problem count changed: reload if someone is looking."""
        if count == self._count:
            return
        self._count = count
        self.summary.setText(
            self.tr("{n} lines could not be used. They were kept, not dropped.").format(n=count)
            if count
            else self.tr("No problems: every line was read.")
        )
        if self.isVisible():
            self.wanted.emit()

    def set_problems(self, problems: Sequence[IngestProblem]) -> None:
        self.model.set_problems(problems)

    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self.wanted.emit()
