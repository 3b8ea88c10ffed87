"""The flags dock: this shift's abuse flags with Acknowledge, Add note, Repeat caller and
Open agent (buttons, context menu, Ctrl+K)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.board import BoardSnapshot
from console.domain.flags import Flag
from console.ui import formatting as fmt
from console.ui.care.care_controller import CareController
from console.ui.care.flag_table_model import FlagColumn, FlagIdRole, FlagTableModel
from console.ui.table_views import dock_table


class FlagsDock(QDockWidget):
    open_agent = Signal(str)

    def __init__(self, care: CareController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Abuse flags"), parent)
        self.setObjectName("FlagsDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.care = care
        self.menu_extenders: list[Callable[[Flag, QMenu], None]] = []  # other features' entries
        self.positives: int | None = None  # recognitions today (console.ui.positives)
        self._wellbeing = ""
        self.model = FlagTableModel(self)
        # a shift has tens of flags, not thousands: fitting the contents is cheap and keeps
        # names, masked numbers and categories whole; the note takes what is left
        self.table = dock_table("FlagTable", self.model, min_height=90, row_height=28,
                                resize=QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FlagColumn.NOTE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        header.setStretchLastSection(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(lambda *_: self.open_selected_agent())

        self.acknowledge_action = self._action(self.tr("Acknowledge"), "actionAcknowledgeFlag",
                                               self.acknowledge_selected, "Ctrl+K")
        self.note_action = self._action(self.tr("Add note…"), "actionFlagNote", self.add_note)
        self.repeat_action = self._action(self.tr("Flag caller as repeat abuser"),
                                          "actionRepeatCaller", self.mark_repeat)
        self.open_action = self._action(self.tr("Open agent"), "actionOpenAgent",
                                        self.open_selected_agent)
        self.count_label = QLabel()
        self.count_label.setObjectName("Muted")
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.buttons: dict[str, QToolButton] = {}
        for key, action in (("ack", self.acknowledge_action), ("note", self.note_action),
                            ("repeat", self.repeat_action), ("open", self.open_action)):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons[key] = button
            bar.addWidget(button)
        # the button is the menu entry's short form: at 1366x768 the flags share a tab stack
        # with the charts, and the full wording made the stack 600 px wide (the agent table
        # then showed four columns)
        self.repeat_action.setIconText(self.tr("Repeat caller"))
        self.repeat_action.setToolTip(self.repeat_action.text())
        bar.addStretch(1)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(bar)
        self.wellbeing_label = QLabel()
        self.wellbeing_label.setObjectName("Muted")
        self.wellbeing_label.setWordWrap(True)
        self.count_label.setWordWrap(True)
        line = QHBoxLayout()  # the count on the line below the buttons, beside the wellbeing note
        line.setSpacing(12)
        line.addWidget(self.count_label)
        line.addWidget(self.wellbeing_label, 1)
        layout.addLayout(line)
        layout.addWidget(self.table, 1)
        self.setWidget(holder)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.dataChanged.connect(self._update_actions)
        self._update_actions()

    def _action(self, text: str, name: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda *_: slot())
        self.addAction(action)
        return action

    # ------------------------------------------------------------------ updates
    def apply(self, snapshot: BoardSnapshot) -> None:
        selected = self.selected_flag()
        names = {a.name: a.display_name for a in snapshot.agents}
        self.model.set_flags(snapshot.flags, names)
        if selected is not None:
            self.select_flag(selected.id)
        self.count_label.setText(self.tr("{n} unacknowledged").format(
            n=snapshot.unacknowledged_flags))
        self._wellbeing = self._wellbeing_text(snapshot)
        self._show_wellbeing()

    def set_positives(self, count: int) -> None:
        """Today's recognitions, counted beside the flags so the line is not only bad news."""
        if count != self.positives:
            self.positives = count
            self._show_wellbeing()

    def _show_wellbeing(self) -> None:
        text = self._wellbeing
        if self.positives == 1:
            text += " · " + self.tr("1 positive recorded")
        elif self.positives:
            text += " · " + self.tr("%n positives recorded", "", self.positives)
        self.count_label.setToolTip(text)
        self.wellbeing_label.setText(text)

    def _wellbeing_text(self, snapshot: BoardSnapshot) -> str:
        """This shift's care figures: the same numbers `composure stats` prints."""
        w = snapshot.wellbeing
        if w is None or not w.flags:
            return self.tr("No abusive-call flags this shift")

        def minutes(v: float | None) -> str:
            return "—" if v is None else self.tr("{m:.0f} min").format(m=v)

        share = ("—" if w.severe_with_break_share is None
                 else fmt.percent(w.severe_with_break_share, 0))
        return self.tr(
            "{flags} flags this shift ({severe} severe) · median to acknowledge {ack} ·"
            " to a break {brk} · severe followed by a break within {win} min: {share}"
        ).format(flags=w.flags, severe=w.severe_flags, ack=minutes(w.median_minutes_to_ack),
                 brk=minutes(w.median_minutes_to_break), win=w.window_minutes, share=share)

    def selected_flag(self) -> Flag | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.flag(rows[0].row())

    def select_flag(self, flag_id: int) -> None:
        row = self.model.row_for(flag_id)
        if row is not None and self.model.index(row, 0).data(FlagIdRole) == flag_id:
            current = self.table.selectionModel().selectedRows()
            if not current or current[0].row() != row:
                self.table.selectRow(row)

    def _update_actions(self, *_: object) -> None:
        flag = self.selected_flag()
        self.acknowledge_action.setEnabled(flag is not None and not flag.acknowledged)
        self.note_action.setEnabled(flag is not None)
        self.repeat_action.setEnabled(flag is not None and bool(flag.caller)
                                      and not flag.repeat_caller)
        self.open_action.setEnabled(flag is not None and bool(flag.agent))

    # ------------------------------------------------------------------ actions
    def acknowledge_selected(self) -> None:
        flag = self.selected_flag()
        if flag is not None and not flag.acknowledged:
            self.care.acknowledge(flag.id)

    def add_note(self) -> None:
        flag = self.selected_flag()
        if flag is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Add note"), self.tr("Note for this flag:"))
        if ok and text.strip():
            self.care.add_note(flag.id, text.strip())

    def mark_repeat(self) -> None:
        flag = self.selected_flag()
        if flag is not None and flag.caller:
            self.care.mark_repeat_caller(flag.id)

    def open_selected_agent(self) -> None:
        flag = self.selected_flag()
        if flag is not None and flag.agent:
            self.open_agent.emit(flag.agent)

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        self.flag_menu().exec(self.table.viewport().mapToGlobal(pos))

    def flag_menu(self) -> QMenu:
        """The selected flag's context menu (with other features' entries)."""
        menu = QMenu(self)
        for action in (self.acknowledge_action, self.note_action, self.repeat_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.open_action)
        flag = self.selected_flag()
        if flag is not None:
            for extend in self.menu_extenders:
                extend(flag, menu)
        return menu

    def add_menu_extender(self, extend: Callable[[Flag, QMenu], None]) -> None:
        """Another feature's entries in the context menu: ``extend(flag, menu)``."""
        self.menu_extenders.append(extend)
