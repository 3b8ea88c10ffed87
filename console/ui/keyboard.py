"""Everything reachable from the keyboard: the Actions menu, shortcuts, mnemonics, tab order.

The agent features (flag a call, grant a break, recognise, coaching, escalations) were reachable
only through the agent table's context menu, that is with a mouse. The Actions menu offers them
for the agent selected in the table, with shortcuts, and rebuilds "More for this agent" from the
same context menu, so a feature that extends that menu is reachable from the keyboard without
knowing about this module. Shortcuts are listed by Help (F1, beside the figures explained),
which reads the live QActions (console/ui/shortcuts_dialog.py).

Chosen shortcuts (no clashes; tests/ui/test_keyboard.py collects them all):
Ctrl+F find agent, Ctrl+Shift+F flag abusive call, Ctrl+B grant recovery break, Ctrl+R
recognise, Ctrl+Shift+C arrange peer coaching, Ctrl+Shift+E open escalation for the last call,
Ctrl+N new escalation, Ctrl+K acknowledge flag, Ctrl+E export shift report, Ctrl+, preferences,
Ctrl+Shift+P ingest problems, Ctrl+Q quit, F1 help (figures and shortcuts).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu, QWidget

# letters a mnemonic may use, in the order tried after the words' first letters
_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"


class KeyboardActions(QObject):
    """The Actions menu and Help > Keyboard shortcuts of a :class:`MainWindow`."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.board = window.board
        self.find_agent = self._action(self.tr("&Find agent…"), "actionFindAgent", "Ctrl+F",
                                       self.focus_search)
        self.flag_call = self._agent_action(self.tr("F&lag abusive call…"),
                                            "actionAgentFlagCall", "Ctrl+Shift+F",
                                            lambda name: window.care.flag_call(name))
        self.grant_break = self._agent_action(self.tr("Grant recovery &break…"),
                                              "actionAgentGrantBreak", "Ctrl+B",
                                              lambda name: window.care.grant_break(name))
        self.recognise = self._agent_action(self.tr("&Recognise…"), "actionAgentRecognise",
                                            "Ctrl+R", self._recognise)
        self.arrange = self._agent_action(self.tr("Arrange peer &coaching…"),
                                          "actionAgentArrangeCoaching", "Ctrl+Shift+C",
                                          self._arrange)
        self.escalate = self._agent_action(self.tr("Open &escalation for the last call…"),
                                           "actionAgentEscalate", "Ctrl+Shift+E",
                                           self._escalate)
        self.more = QMenu(self.tr("&More for this agent"), window)
        self.more.setObjectName("MoreForAgentMenu")
        self.more.aboutToShow.connect(self._fill_more)

        actions = window.menu_actions
        self.shortcuts = self._action(self.tr("&Help: figures and shortcuts"),
                                      "actionKeyboardShortcuts", "F1", self.show_shortcuts)
        if not actions.export_report.shortcuts():
            actions.export_report.setShortcut(QKeySequence("Ctrl+E"))

        menu = QMenu(self.tr("&Actions"), window)
        menu.setObjectName("ActionsMenu")
        menu.addAction(self.find_agent)
        menu.addSeparator()
        for action in (self.flag_call, self.grant_break, self.recognise, self.arrange,
                       self.escalate):
            menu.addAction(action)
        menu.addMenu(self.more)
        menu.addSeparator()
        flags = getattr(getattr(window, "care", None), "flags_dock", None)
        if flags is not None:
            # Ctrl+K moves from the dock's button to the menu: a shortcut on a dock works only
            # while the dock is shown, and the flags dock is often a tab behind the others
            dock_ack = flags.acknowledge_action
            dock_ack.setShortcut(QKeySequence())
            self.acknowledge = self._action(self.tr("Ac&knowledge flag"),
                                            "actionMenuAcknowledgeFlag", "Ctrl+K",
                                            flags.acknowledge_selected)
            self.acknowledge.setEnabled(dock_ack.isEnabled())
            dock_ack.changed.connect(
                lambda: self.acknowledge.setEnabled(dock_ack.isEnabled()))
            menu.addAction(self.acknowledge)
        escalations = getattr(window, "escalations", None)
        if escalations is not None:
            menu.addAction(self._action(self.tr("&New escalation…"), "actionMenuNewEscalation",
                                        "Ctrl+N", lambda: escalations.dock.new_escalation()))
        self.menu = menu
        bar = window.menuBar()
        reports = next((m for m in actions.menus if actions.export_report in m.actions()), None)
        bar.insertMenu(reports.menuAction() if reports is not None else None, menu)
        help_menu = actions.menus[-1]
        first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertAction(first, self.shortcuts)
        if first is not None:
            help_menu.insertSeparator(first)
        for top in bar.actions():
            if top.menu() is not None:
                ensure_mnemonics(top.menu())
        ensure_mnemonics(self.more)
        set_main_tab_order(window)
        # the search box would swallow Ctrl+E and Ctrl+K (Emacs-style line keys on Linux)
        self.field_guard = ShortcutsOverFields(window)
        self.board.search.installEventFilter(self.field_guard)

    @classmethod
    def install(cls, window: QMainWindow) -> KeyboardActions:
        """After every feature has added its menus and docks (the mnemonics see them all)."""
        return cls(window)

    def _action(self, text: str, name: str, shortcut: str,
                slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda *_: slot())
        self.window.addAction(action)
        return action

    def _agent_action(self, text: str, name: str, shortcut: str,
                      slot: Callable[[str], object]) -> QAction:
        action = self._action(text, name, shortcut, lambda: self._for_agent(slot))
        action.setStatusTip(self.tr("For the agent selected in the table"))
        return action

    # ------------------------------------------------------------------ behaviour
    def focus_search(self) -> None:
        search = self.board.search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()

    def _for_agent(self, slot: Callable[[str], object]) -> object:
        name = self.board.selected_agent()
        if name is None:
            self.window.statusBar().showMessage(
                self.tr("Select an agent in the table first"), 5000)
            self.board.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return None
        return slot(name)

    def _recognise(self, name: str) -> object:
        positives = getattr(self.window, "positives", None)
        return positives.recognise(name) if positives is not None else None

    def _arrange(self, name: str) -> object:
        coaching = getattr(self.window, "coaching", None)
        return coaching.arrange(name) if coaching is not None else None

    def _escalate(self, name: str) -> object:
        escalations = getattr(self.window, "escalations", None)
        return escalations.open_for_agent(name) if escalations is not None else None

    def _fill_more(self) -> None:
        """The agent's context menu, as a submenu: every feature's entries, by keyboard."""
        self.more.clear()
        name = self.board.selected_agent()
        if name is None:
            hint = self.more.addAction(self.tr("Select an agent in the table first"))
            hint.setEnabled(False)
            return
        context = self.window.care.agent_menu(name)
        for action in context.actions():
            self.more.addAction(action)
        previous = getattr(self, "_more_source", None)
        if previous is not None:
            previous.deleteLater()  # last time's entries (the menu's clear() has let go)
        self._more_source = context  # owns the actions: alive while the menu is up
        ensure_mnemonics(self.more)

    def show_shortcuts(self) -> QWidget:
        from console.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.last_dialog = dialog
        return dialog


def ensure_mnemonics(menu: QMenu) -> None:
    """Give every entry of a menu that lacks one a unique Alt-letter.

    Dock toggles take the dock's title and other features add entries without "&": a letter
    already used in the menu is never reused. A translation with no Latin letter to underline
    gets a "(&X)" suffix, the way Chinese menus write it.
    """
    actions = [a for a in menu.actions() if not a.isSeparator() and a.text()]
    used = {_mnemonic(a.text()) for a in actions} - {None}
    for action in actions:
        text = action.text()
        if _mnemonic(text) is not None:
            continue
        words = [i for i, ch in enumerate(text) if ch.isascii() and ch.isalnum()
                 and (i == 0 or not text[i - 1].isalnum())]
        rest = [i for i, ch in enumerate(text) if ch.isascii() and ch.isalnum()]
        for i in words + rest:
            if text[i].lower() not in used:
                used.add(text[i].lower())
                action.setText(text[:i] + "&" + text[i:])
                break
        else:
            free = next((c for c in _LETTERS if c not in used), None)
            if free is None:
                continue
            used.add(free)
            trail = "…" if text.endswith("…") else ""
            body = text[: len(text) - len(trail)]
            action.setText(f"{body}(&{free.upper()}){trail}")


def _mnemonic(text: str) -> str | None:
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def set_main_tab_order(window: Any) -> None:
    """Reading order on the board: team filter, search, agent table, queue table."""
    board = window.board
    QWidget.setTabOrder(board.team_combo, board.search)
    QWidget.setTabOrder(board.search, board.table)
    QWidget.setTabOrder(board.table, board.queue_table)


# what a line edit must keep for itself, whatever the window's shortcuts say
_EDITING = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut,
            QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Undo,
            QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.SelectAll)


class ShortcutsOverFields(QObject):
    """Lets the window's own shortcuts through a focused line edit.

    Why: on Linux a QLineEdit claims Ctrl+E (end of line) and Ctrl+K (delete to end), so
    "Export shift report" and "Acknowledge flag" did nothing while the search box had the
    focus. A key that is one of the window's shortcuts and not a standard editing key (copy,
    cut, paste, undo, redo, select all) goes to the shortcut; Home and End still move."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QLineEdit)
                and isinstance(event, QKeyEvent)):
            if any(event.matches(key) for key in _EDITING):
                return False
            pressed = QKeySequence(event.keyCombination())
            if event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                    | Qt.KeyboardModifier.AltModifier) and any(
                    pressed.matches(s) == QKeySequence.SequenceMatch.ExactMatch
                    for a in self._window.findChildren(QAction) if a.isEnabled()
                    for s in a.shortcuts()):
                event.ignore()  # not overridden: the shortcut map delivers it
                return True
        return False
