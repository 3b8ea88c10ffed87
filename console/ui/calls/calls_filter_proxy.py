"""Filtering and sorting of the calls table: a search box and an outcome choice.

The search takes words separated by spaces; every word must match. A word matches the
agent's name or member name, the queue or the call id (case-insensitive), or, when it is all
digits, the caller's last four digits: "0001" finds "•••• 0001", and so does the full number
typed from a complaint ("+1 555 0001"), without the view ever holding more than four digits.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from console.ui.calls.calls_table_model import (
    CallerTailRole,
    CallIdRole,
    OutcomeGroupRole,
    SearchTextRole,
    SortRole,
)


def _digits(word: str) -> str:
    return "".join(c for c in word if c.isdigit())


def word_matches(word: str, search_text: str, caller_tail: str) -> bool:
    if word in search_text:
        return True
    if any(c.isalpha() for c in word):
        return False  # a name or queue that did not match
    digits = _digits(word)
    if not digits or not caller_tail:
        return False
    if len(digits) <= len(caller_tail):
        return digits in caller_tail
    return digits.endswith(caller_tail)  # the full number, typed from a complaint


class CallsFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._group: str | None = None
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(True)

    @property
    def group(self) -> str | None:
        return self._group

    def set_search(self, text: str) -> None:
        words = tuple(text.casefold().split())
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_group(self, group: str | None) -> None:
        """``None`` shows every outcome; else one of console.domain.calls.OUTCOME_GROUPS."""
        group = group or None
        if group == self._group:
            return
        self.beginFilterChange()
        self._group = group
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if model is None:
            return False
        index = model.index(source_row, 0, source_parent)
        if self._group is not None and model.data(index, OutcomeGroupRole) != self._group:
            return False
        if not self._words:
            return True
        text = model.data(index, SearchTextRole) or ""
        tail = model.data(index, CallerTailRole) or ""
        return all(word_matches(w, text, tail) for w in self._words)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        """By SortRole; ties by call id, so equal values keep arrival order."""
        a, b = left.data(SortRole), right.data(SortRole)
        if a != b:
            try:
                return a < b
            except TypeError:
                return str(a) < str(b)
        return (left.data(CallIdRole) or 0) < (right.data(CallIdRole) or 0)
