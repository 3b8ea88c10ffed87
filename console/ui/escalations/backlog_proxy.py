"""Sorting and filtering of the backlog: by time left (overdue first) unless a header is
clicked; resolved items hidden unless asked for; a search over reference, customer, holder,
category and description."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from console.domain import escalations as rules
from console.ui.escalations.backlog_model import (
    BacklogModel,
    Column,
    SearchRole,
    SortRole,
    StateRole,
)


class BacklogProxy(QSortFilterProxyModel):
    def __init__(self, model: BacklogModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)
        self._show_resolved = False
        self._search = ""
        self.sort(Column.LEFT, Qt.SortOrder.AscendingOrder)

    def set_show_resolved(self, show: bool) -> None:
        if show != self._show_resolved:
            self.beginFilterChange()
            self._show_resolved = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        text = text.strip().casefold()
        if text != self._search:
            self.beginFilterChange()
            self._search = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if not self._show_resolved and index.data(StateRole) not in rules.OPEN_STATES:
            return False
        return not self._search or self._search in (index.data(SearchRole) or "")
