"""The result of File → "Import QA flags…": how many rows were imported, updated, rejected, and
each rejected row's file, line and reason in a table that can be copied (Ctrl+C or "Copy").

The import itself runs on the care thread (:meth:`FloorActions.import_qa_flags`); this dialog
only shows its answer, so it can open without waiting on anything.
"""

from __future__ import annotations

import html
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.ingest.flag_import import RowProblem
from console.services.qa_import import QaImport
from console.ui import formatting as fmt


class ProblemColumn(IntEnum):
    FILE = 0
    LINE = 1
    REASON = 2


class RejectedRowsModel(QAbstractTableModel):
    def __init__(self, path: str, problems: tuple[RowProblem, ...],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._name = Path(path).name
        self._problems = list(problems)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ProblemColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {ProblemColumn.FILE: self.tr("File"), ProblemColumn.LINE: self.tr("Line"),
                ProblemColumn.REASON: self.tr("Reason")}[ProblemColumn(section)]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        p = self._problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = ProblemColumn(index.column())
            if col == ProblemColumn.FILE:  # one file for every row: its name, the path on hover
                return self._path if role == Qt.ItemDataRole.ToolTipRole else self._name
            if col == ProblemColumn.LINE:
                return str(p.line_no) if p.line_no else fmt.DASH
            return p.reason
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == ProblemColumn.LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def as_text(self, rows: list[int] | None = None) -> str:
        """Tab-separated ``file, line, reason`` (the rows given, or all), ready to paste."""
        chosen = range(len(self._problems)) if rows is None else rows
        return "\n".join(f"{self._path}\t{self._problems[r].line_no}\t{self._problems[r].reason}"
                         for r in chosen)


class QaImportDialog(QDialog):
    def __init__(self, result: QaImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QaImportDialog")
        self.setWindowTitle(self.tr("Import QA flags"))
        self.setMinimumSize(640, 320 if result.problems else 160)
        self.result = result
        self.headline = QLabel(self._headline(result))
        self.headline.setObjectName("QaImportSummary")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = RejectedRowsModel(result.path, result.problems, self)
        self.table = QTableView()
        self.table.setObjectName("QaRejectedRows")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemColumn.REASON, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(result.problems))
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.table)
        copy.activated.connect(self.copy_selected)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy rejected rows"))
        self.copy_button.setObjectName("QaCopyRejected")
        self.copy_button.clicked.connect(self.copy_all)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setVisible(bool(result.problems))  # after addButton, which shows it
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def _headline(self, r: QaImport) -> str:
        text = f"<b>{html.escape(r.path)}</b><br>" + self.tr(
            "Imported: {imported} · updated: {updated} · rejected: {rejected}").format(
            imported=r.imported, updated=r.updated, rejected=r.rejected)
        if r.problems:
            text += "<br>" + self.tr("The good rows were kept. Fix the rejected rows in the file "
                                     "and import it again: rows with an id are updated, not "
                                     "added twice.")
        return text

    def copy_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        QGuiApplication.clipboard().setText(self.model.as_text(rows or None))

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(self.model.as_text())
