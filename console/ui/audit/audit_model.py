"""The audit log as a table: newest first, filtered by text, actor, action and date.

The model holds what the worker read (immutable entries); the proxy filters without asking the
database again, so typing in the search box is instant.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from console.services.data_safety import AuditEntry
from console.ui import formatting as fmt
from console.ui.audit.action_texts import action_text

TIME, ACTOR, ACTION, SUBJECT, DETAIL = range(5)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def detail_text(detail: str | None) -> str:
    """JSON details as "key: value" pairs, one line; other text as it is."""
    if not detail:
        return ""
    try:
        value = json.loads(detail)
    except ValueError:
        return detail
    if not isinstance(value, dict):
        return str(value)
    parts = []
    for key, item in value.items():
        if isinstance(item, dict) and set(item) == {"old", "new"}:
            parts.append(f"{key}: {item['old']} → {item['new']}")
        elif isinstance(item, dict | list):
            parts.append(f"{key}: {json.dumps(item, ensure_ascii=False)}")
        else:
            parts.append(f"{key}: {item}")
    return "; ".join(parts)


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = []
        self._details: list[str] = []
        self._headers = [self.tr("Time"), self.tr("Who"), self.tr("Action"), self.tr("Subject"),
                         self.tr("Details")]

    def set_entries(self, entries: Sequence[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._details = [detail_text(e.detail) for e in self._entries]
        self.endResetModel()

    def entries(self) -> list[AuditEntry]:
        return list(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._entries[index.row()]
        col = index.column()
        if role == ENTRY_ROLE:
            return e
        if role == SORT_ROLE:
            # one integer (time, then id for the same second): Qt compares it natively
            return e.ts * 10**9 + e.id if col == TIME else str(self.data(index) or "").lower()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == TIME:
                return fmt.date_time(e.ts, seconds=True)
            if col == ACTOR:
                return e.actor
            if col == ACTION:
                return action_text(e.action)
            if col == SUBJECT:
                return e.subject or ""
            return self._details[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and col == DETAIL:
            return self._details[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and col == ACTION:
            return e.action  # the stored code, what the action filter matches
        return None


class AuditFilterProxy(QSortFilterProxyModel):
    """Text (any column, case-insensitive), actor, action (exact or a "flag." family) and an
    inclusive local date range."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.actor = ""
        self.action = ""
        self.first: date | None = None
        self.last: date | None = None
        self.setSortRole(SORT_ROLE)

    def set_filter(self, *, text: str | None = None, actor: str | None = None,
                   action: str | None = None, first: date | None = None,
                   last: date | None = None, dates: bool = False) -> None:
        self.beginFilterChange()
        if text is not None:
            self.text = text.strip().lower()
        if actor is not None:
            self.actor = actor
        if action is not None:
            self.action = action
        if dates:
            self.first, self.last = first, last
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        entry: AuditEntry = model.data(model.index(row, 0, parent), ENTRY_ROLE)
        if self.actor and entry.actor != self.actor:
            return False
        if self.action and not (entry.action == self.action
                                or (self.action.endswith(".")
                                    and entry.action.startswith(self.action))):
            return False
        day = datetime.fromtimestamp(entry.ts).date()
        if self.first is not None and day < self.first:
            return False
        if self.last is not None and day > self.last:
            return False
        if self.text:
            cells = (model.data(model.index(row, c, parent)) or "" for c in range(5))
            return any(self.text in str(cell).lower() for cell in cells)
        return True
