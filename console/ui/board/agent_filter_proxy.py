"""Sorting and filtering of the agent table, kept out of the source model.

The source model stays in arrival order (so its diff is cheap); the proxy sorts by
:data:`SortRole` (numbers as numbers) and filters by team and by a case-insensitive search on
the agent's name.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from console.ui.board.agent_table_model import SearchTextRole, SortRole, TeamRole


class AgentFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._team: str | None = None
        self._search = ""
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    @property
    def team(self) -> str | None:
        return self._team

    @property
    def search(self) -> str:
        return self._search

    def set_team(self, team: str | None) -> None:
        """``None`` (or "") shows every team."""
        team = team or None
        if team == self._team:
            return
        self.beginFilterChange()
        self._team = team
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        text = text.strip().casefold()
        if text == self._search:
            return
        self.beginFilterChange()
        self._search = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if model is None:
            return False
        index = model.index(source_row, 0, source_parent)
        if self._team is not None and model.data(index, TeamRole) != self._team:
            return False
        return not self._search or self._search in (model.data(index, SearchTextRole) or "")

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Sort by SortRole; ties fall back to the name so equal rows do not shuffle."""
        a = left.data(SortRole)
        b = right.data(SortRole)
        if a != b:
            try:
                return a < b
            except TypeError:
                return str(a) < str(b)
        return str(left.siblingAtColumn(0).data(SortRole)) < str(
            right.siblingAtColumn(0).data(SortRole)
        )
