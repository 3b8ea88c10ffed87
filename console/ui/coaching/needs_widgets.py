"""The needs of a 1:1 talk: a ranking the lead ticks and orders, and the editor of the list.

Ranking: tick what the agent needs most right now and put the most needed first (drag, or the
up and down buttons); the ticked items in list order are the ranking. Editor: rename, add,
remove and reorder the team's list; a removed need is retired, so past talks keep it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.coaching import Need
from console.ui.coaching import texts
from console.ui.coaching.coaching_controller import CoachingController
from console.ui.coaching.request_dialog import RequestDialog

IdRole = int(Qt.ItemDataRole.UserRole) + 1
CodeRole = int(Qt.ItemDataRole.UserRole) + 2


def _move(listing: QListWidget, step: int) -> None:
    row = listing.currentRow()
    target = row + step
    if row < 0 or not 0 <= target < listing.count():
        return
    item = listing.takeItem(row)
    listing.insertItem(target, item)
    listing.setCurrentRow(target)


def _order_buttons(listing: QListWidget) -> tuple[QPushButton, QPushButton]:
    up = QPushButton(QCoreApplication.translate("Coaching", "Move up"))
    up.setObjectName("NeedUp")
    down = QPushButton(QCoreApplication.translate("Coaching", "Move down"))
    down.setObjectName("NeedDown")
    up.clicked.connect(lambda: _move(listing, -1))
    down.clicked.connect(lambda: _move(listing, 1))
    return up, down


class NeedsRanking(QWidget):
    edit_requested = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("NeedsRanking")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setMinimumHeight(120)
        self.list.setMaximumHeight(150)  # a short list: the rest of the dialog keeps its room
        self.list.itemChanged.connect(self._changed)
        self.list.model().rowsMoved.connect(self._changed)
        self.up, self.down = _order_buttons(self.list)
        self.up.clicked.connect(self._changed)
        self.down.clicked.connect(self._changed)
        self.edit = QPushButton(self.tr("Edit list…"))
        self.edit.setObjectName("EditNeedsButton")
        self.edit.clicked.connect(self.edit_requested)
        self.summary = QLabel()
        self.summary.setObjectName("NeedsSummary")
        self.summary.setWordWrap(True)
        buttons = QVBoxLayout()
        for b in (self.up, self.down, self.edit):
            buttons.addWidget(b)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        self._needs: list[Need] = []
        self._update_summary()

    def set_needs(self, needs: Iterable[Need], ranked: Iterable[int] = ()) -> None:
        """The list with ``ranked`` ticked and first, in that order, then the others."""
        self._needs = list(needs)
        by_id = {n.id: n for n in self._needs}
        first = [i for i in dict.fromkeys(ranked) if i in by_id]
        rest = [n.id for n in self._needs if n.id not in first]
        self.list.blockSignals(True)
        self.list.clear()
        for need_id in first + rest:
            item = QListWidgetItem(texts.need_text(by_id[need_id]))
            item.setData(IdRole, need_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if need_id in first
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._update_summary()

    def ranked(self) -> list[int]:
        return [self.list.item(i).data(IdRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, need_id: int, checked: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(IdRole) == need_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _changed(self, *_: object) -> None:
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        ranked = self.ranked()
        if not ranked:
            self.summary.setText(self.tr("Tick what the agent needs most right now and put the "
                                         "most needed first (drag, or Move up)."))
        else:
            self.summary.setText(self.tr("Ranking: {needs}").format(
                needs=texts.needs_text(ranked, self._needs)))


class NeedsEditor(RequestDialog):
    """Edit the team's list of needs (rename: double-click or F2)."""

    def __init__(self, controller: CoachingController, needs: Iterable[Need],
                 parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("NeedsEditor")
        self.setWindowTitle(self.tr("Edit the list of needs"))
        self.saved_needs: list[Need] | None = None
        self.list = QListWidget()
        self.list.setObjectName("NeedsList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        for need in needs:
            self._add_item(texts.need_text(need), need.id, need.code)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("AddNeedButton")
        self.add_button.clicked.connect(lambda: self.add_need(self.tr("New need")))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("RemoveNeedButton")
        self.remove_button.clicked.connect(self.remove_current)
        up, down = _order_buttons(self.list)
        side = QVBoxLayout()
        for b in (self.add_button, self.remove_button, up, down):
            side.addWidget(b)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        hint = QLabel(self.tr("Keep it short: the lead ranks these in each 1:1 talk. A removed "
                              "need stays in the talks that named it."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(440, 360)

    def _add_item(self, text: str, need_id: int | None, code: str | None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(IdRole, need_id)
        item.setData(CodeRole, code)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
        self.list.addItem(item)
        return item

    def add_need(self, text: str) -> QListWidgetItem:
        item = self._add_item(text, None, None)
        self.list.setCurrentItem(item)
        self.list.editItem(item)
        return item

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def items(self) -> list[tuple[int | None, str | None]]:
        """(id, label) in order; a built-in need left as it reads keeps no label, so it stays
        translated."""
        out: list[tuple[int | None, str | None]] = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            text = item.text().strip()
            builtin = texts.builtin_need_text(item.data(CodeRole))
            if item.data(IdRole) is None and not text:
                continue
            out.append((item.data(IdRole), None if builtin == text else text or None))
        return out

    def save(self) -> None:
        if not self.waiting_for("save_needs"):
            self.ask("save_needs", self.items())

    def on_reply(self, action: str, result: object) -> None:
        if action == "save_needs":
            self.saved_needs = list(result)  # type: ignore[call-overload]
            self.accept()
