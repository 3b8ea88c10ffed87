"""Wires coaching into the main window, so the window class only needs one line for it.

:meth:`FloorCoaching.install` creates the coaching thread's client, the coaching dock (a tab
beside the breaks dock, with its View menu toggle), and adds "Arrange peer coaching…", "1:1
talk…" and "Agent history…" to the agent table's menu, the flags dock's menu and, when the
window has one, the calls dock's menu. It follows the window: the thread starts when the
window is first shown and stops when it closes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, Qt
from PySide6.QtWidgets import QDialog, QDockWidget, QMainWindow, QMenu

from console.domain.board import BoardSnapshot
from console.domain.flags import Flag
from console.ui.coaching.arrange_dialog import ArrangeCoachingDialog
from console.ui.coaching.coaching_controller import CoachingController
from console.ui.coaching.coaching_dock import CoachingDock
from console.ui.coaching.history_dialog import HistoryDialog
from console.ui.coaching.outcome_dialog import OutcomeDialog
from console.ui.coaching.talk_dialog import TalkDialog
from console.ui.controller import BoardSource
from console.ui.window_feature import StartsWithWindow

OVERVIEW_EVERY_MS = 10_000  # the dock re-reads this often without a write of its own


class FloorCoaching(StartsWithWindow, QObject):
    def __init__(self, window: QMainWindow, source: BoardSource) -> None:
        super().__init__(window)
        self.window = window
        self.controller = CoachingController(source, self)
        self.dock = CoachingDock(window)
        self.last_dialog: QDialog | None = None
        self.names: dict[str, str] = {}
        self.talk_recommended: set[str] = set()  # the strain rules ask for a 1:1 (severe flag)
        self._overview_request: int | None = None
        self._overview_again = False
        self._since_overview = QElapsedTimer()
        self._started = False
        self._calls_hooked = False
        self.dock.session_requested.connect(self.open_session)
        self.dock.history_requested.connect(self.history)
        self.controller.replied.connect(self._on_reply)
        self.controller.failed.connect(self._on_failed)
        self.controller.changed.connect(self.refresh)

    @classmethod
    def install(cls, window: Any) -> FloorCoaching:
        """Dock, menus and signals of a :class:`MainWindow` (its care, board controller and
        breaks dock must exist)."""
        self = cls(window, window.source)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.breaks_dock, self.dock)
        window.breaks_dock.raise_()
        toggle = self.dock.toggleViewAction()
        toggle.setObjectName("actionToggleCoachingDock")
        actions = window.menu_actions
        actions.dock_toggles.append(toggle)
        # the View menu is the one holding the other docks' toggles
        breaks_toggle = window.breaks_dock.toggleViewAction()
        view_menu = next(m for m in actions.menus if breaks_toggle in m.actions())
        separator = next((a for a in view_menu.actions() if a.isSeparator()), None)
        view_menu.insertAction(separator, toggle)
        window.care.agent_menu_extenders.append(self.extend_agent_menu)
        window.care.flags_dock.add_menu_extender(self.extend_flag_menu)
        window.controller.snapshot_ready.connect(self.apply_snapshot)
        window.controller.ticked.connect(self.dock.tick)
        window.installEventFilter(self)
        return self

    def start(self) -> None:
        self._started = True
        self.controller.start()
        self.hook_calls_dock()
        self.refresh()

    def stop(self) -> None:
        self.controller.stop()

    def hook_calls_dock(self) -> None:
        """The calls dock (another feature) takes menu extenders ``fn(call_row, menu)``."""
        if self._calls_hooked:
            return
        dock = getattr(self.window, "calls_dock", None) or self.window.findChild(
            QDockWidget, "CallsDock")
        if dock is not None and hasattr(dock, "add_menu_extender"):
            dock.add_menu_extender(self.extend_call_menu)
            self._calls_hooked = True

    # ------------------------------------------------------------------ updates
    def apply_snapshot(self, snapshot: BoardSnapshot) -> None:
        self.names = {a.name: a.display_name for a in snapshot.agents}
        self.talk_recommended = {a.name for a in snapshot.agents if a.recommend_one_to_one}
        if not self._since_overview.isValid() or \
                self._since_overview.elapsed() >= OVERVIEW_EVERY_MS:
            self.refresh()

    def refresh(self) -> None:
        """Ask for the dock's overview; while one is on its way, ask once more after it."""
        if self._overview_request is not None:
            self._overview_again = True
            return
        self._since_overview.start()
        self._overview_request = self.controller.request("overview")

    def _on_reply(self, request: int, action: str, result: object) -> None:
        if request == self._overview_request:
            self._overview_request = None
            self.dock.apply(result)  # type: ignore[arg-type]
            if self._overview_again:
                self._overview_again = False
                self.refresh()

    def _on_failed(self, request: int, action: str, error: str) -> None:
        if request == self._overview_request:
            self._overview_request = None
            self.window.statusBar().showMessage(
                self.tr("Could not read coaching sessions: {error}").format(error=error), 8000)

    # ------------------------------------------------------------------ menus
    def _add_entries(self, menu: QMenu, agent: str, callid: str | None = None,
                     queue: str | None = None, flag_id: int | None = None) -> None:
        menu.addSeparator()
        arrange = menu.addAction(self.tr("Arrange peer coaching…"))
        arrange.setObjectName("actionArrangeCoaching")
        arrange.triggered.connect(lambda: self.arrange(agent, callid, queue, flag_id))
        if agent in self.talk_recommended:
            talk = menu.addAction(self.tr("1:1 talk (recommended)…"))
            font = talk.font()
            font.setBold(True)
            talk.setFont(font)
        else:
            talk = menu.addAction(self.tr("1:1 talk…"))
        talk.setObjectName("actionOneToOneTalk")
        talk.triggered.connect(lambda: self.talk(agent))
        history = menu.addAction(self.tr("Agent history…"))
        history.setObjectName("actionAgentHistory")
        history.triggered.connect(lambda: self.history(agent))

    def extend_agent_menu(self, agent: str, menu: QMenu) -> None:
        self._add_entries(menu, agent)

    def extend_flag_menu(self, flag: Flag, menu: QMenu) -> None:
        if flag.agent:
            self._add_entries(menu, flag.agent, flag.callid, flag.queue, flag.id)

    def extend_call_menu(self, call: Any, menu: QMenu) -> None:
        agent = getattr(call, "agent", None)
        if agent:
            self._add_entries(menu, agent, getattr(call, "callid", None),
                              getattr(call, "queue", None))

    # ------------------------------------------------------------------ dialogs
    def _name(self, agent: str) -> str:
        return self.names.get(agent, agent)

    def _show(self, dialog: QDialog) -> QDialog:
        self.last_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def arrange(self, agent: str, callid: str | None = None, queue: str | None = None,
                flag_id: int | None = None) -> ArrangeCoachingDialog:
        dialog = ArrangeCoachingDialog(self.controller, agent, self._name(agent), callid, queue,
                                       flag_id, self.window)
        self._show(dialog)
        return dialog

    def talk(self, agent: str, session_id: int | None = None) -> TalkDialog:
        dialog = TalkDialog(self.controller, agent, self._name(agent), session_id, self.window)
        self._show(dialog)
        return dialog

    def history(self, agent: str) -> HistoryDialog:
        dialog = HistoryDialog(self.controller, agent, self._name(agent), self.window)
        dialog.session_requested.connect(self.open_session)
        dialog.arrange_requested.connect(self.arrange)
        dialog.talk_requested.connect(self.talk)
        self._show(dialog)
        return dialog

    def open_session(self, session_id: int, kind: str, agent: str) -> QDialog:
        if kind == "one_to_one":
            return self.talk(agent, session_id)
        dialog = OutcomeDialog(self.controller, session_id, self.window)
        self._show(dialog)
        return dialog
