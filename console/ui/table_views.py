"""The read-only list tables of the docks (flags, recent calls, escalations) look and behave
alike: whole-row single selection, no editing, no grid, no wrapping, icons at 16 px, no row
numbers, left-aligned headers. One function sets that up, so a dock only says what differs.

A cell cut short by its column ("Paused · Bre…", a long note) shows its whole text as a
tooltip (:class:`FullTextTips`), so nothing on a narrow screen is out of reach."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QToolTip


def dock_table(name: str, model: QAbstractItemModel, *, min_height: int, row_height: int,
               resize: QHeaderView.ResizeMode) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setMinimumHeight(min_height)
    table.setIconSize(QSize(16, 16))
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(resize)
    FullTextTips(table)
    return table


class FullTextTips(QObject):
    """Tooltip with a cell's whole text when the column cuts it (and the model has no tip)."""

    MARGIN = 24  # the cell's padding and icon room: a text this close to the edge is elided

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.viewport().installEventFilter(self)

    def tip_at(self, pos: QPoint) -> str | None:
        """The whole text of the cut cell at ``pos``; "" when it fits; None: leave it to Qt."""
        index = self._view.indexAt(pos)
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return None  # the model's own tooltip says more
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return None
        room = self._view.visualRect(index).width() - self.MARGIN
        return text if self._view.fontMetrics().horizontalAdvance(text) > room else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        tip = self.tip_at(event.pos())
        if tip is None:
            return False
        if tip:
            QToolTip.showText(event.globalPos(), tip, self._view.viewport())
        else:
            QToolTip.hideText()
        return True
