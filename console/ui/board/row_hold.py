"""Keep the agent rows still while the supervisor is pointing at them.

Why: the board re-sorts every second as states change, so a row moved between the moment a
supervisor aimed and the moment they right-clicked; four right-clicks at one spot once opened
dialogs for four different agents. While the pointer is over the table, or a menu is open,
the agent model stops re-sorting (rows still update in place, new agents are appended; the
model keeps the sort order itself, see ``agent_table_model``); when the pointer leaves and no
menu is open, the rows take their sorted places again, at once.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication


class OrderedModel(Protocol):
    def hold_order(self, held: bool) -> None: ...


class RowHold(QObject):
    """Holds the rows' order while the table's viewport is under the pointer."""

    changed = Signal(bool)  # held

    def __init__(self, table: QAbstractItemView, model: OrderedModel) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        self._held = False
        table.viewport().installEventFilter(self)

    @property
    def held(self) -> bool:
        return self._held

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Enter, QEvent.Type.ContextMenu, QEvent.Type.MouseButtonPress):
            self._set(True)
        elif kind == QEvent.Type.Leave:
            self.update()
        return False

    def update(self) -> None:
        """Re-check (the display clock calls this each second: a menu may have closed)."""
        pointing = self._table.viewport().underMouse()
        self._set(pointing or QApplication.activePopupWidget() is not None)

    def _set(self, held: bool) -> None:
        if held == self._held:
            return
        self._held = held
        # held: rows keep their places; released: the model re-sorts by the current column
        self._model.hold_order(held)
        self.changed.emit(held)
