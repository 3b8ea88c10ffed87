"""The read-only list tables of the docks (flags, recent calls, escalations) look and behave
alike: whole-row single selection, no editing, no grid, no wrapping, icons at 16 px, no row
numbers, left-aligned headers. One function sets that up, so a dock only says what differs."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


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
    return table
