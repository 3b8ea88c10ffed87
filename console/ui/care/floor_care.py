"""Wires the care features into the main window, so the window class stays a thin shell.

Creates the care controller (its thread owns :class:`FloorActions`), the flags and breaks
docks, the alerts strip, the tray icon, and the agent table's context menu ("Flag abusive
call...", "Grant recovery break..."). The window feeds it snapshots and ticks.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QSettings, Qt, Signal
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox

from console.domain.board import AgentRow, BoardSnapshot
from console.domain.flag_call import calls_to_flag
from console.ui.board.agent_table_model import AgentNameRole
from console.ui.board.board_view import BoardView
from console.ui.care.alerts_strip import AlertsStrip
from console.ui.care.breaks_panel import BreaksPanel
from console.ui.care.care_controller import CareController
from console.ui.care.detector_dialog import DetectorDialog
from console.ui.care.flag_dialog import FlagDialog
from console.ui.care.flags_dock import FlagsDock
from console.ui.care.grant_break_dialog import GrantBreakDialog
from console.ui.care.notes_features import NotesFeatures
from console.ui.care.tray import FloorTray
from console.ui.controller import BoardSource


class FloorCare(QObject):
    unacknowledged_changed = Signal(int)

    def __init__(self, window: QMainWindow, board: BoardView, source: BoardSource,
                 settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.board = board
        self.controller = CareController(source, settings, self)
        self.flags_dock = FlagsDock(self.controller, window)
        self.breaks_dock = BreaksPanel(self.controller, parent=window)
        self.alerts = AlertsStrip()
        self.tray = FloorTray(window, settings, self.controller.alert_settings)
        self.last_snapshot: BoardSnapshot | None = None
        self.unacknowledged = 0
        self.last_dialog: QDialog | None = None
        # other features add their entries to the agent menu: fn(agent name, menu)
        self.agent_menu_extenders: list[Callable[[str, QMenu], None]] = []
        # "Check call notes for abuse…" (agent menu, File menu) and "Import QA flags…"
        self.notes = NotesFeatures(self)
        self.file_actions = self.notes.file_actions

        self.flags_dock.open_agent.connect(self.open_agent)
        self.breaks_dock.grant_requested.connect(self.grant_break)
        self.controller.alerts_changed.connect(self.alerts.set_conditions)
        # alerts are recorded and acknowledged in the database; raised ones notify
        self.controller.alert_log_changed.connect(self.alerts.set_logged)
        self.alerts.acknowledge_requested.connect(self.controller.acknowledge_alert)
        self.controller.alerts_raised.connect(self.tray.notify_alerts)
        self.controller.failed.connect(self._on_failed)
        table = board.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._agent_menu)

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()
        self.tray.hide()

    # ------------------------------------------------------------------ updates
    def apply_snapshot(self, snapshot: BoardSnapshot) -> None:
        self.last_snapshot = snapshot
        self.flags_dock.apply(snapshot)
        self.breaks_dock.apply(snapshot)
        self.alerts.set_sl_target(snapshot.kpis.sl_target)
        self.tray.apply(snapshot)
        self.controller.apply_snapshot(snapshot)
        if snapshot.unacknowledged_flags != self.unacknowledged:
            self.unacknowledged = snapshot.unacknowledged_flags
            self.unacknowledged_changed.emit(self.unacknowledged)

    def tick(self, now: float) -> None:
        self.breaks_dock.tick(now)

    def agent(self, name: str) -> AgentRow | None:
        if self.last_snapshot is None:
            return None
        return next((a for a in self.last_snapshot.agents if a.name == name), None)

    # ------------------------------------------------------------------ actions
    def open_agent(self, name: str) -> None:
        if not self.board.select_agent(name):
            self.window.statusBar().showMessage(
                self.tr("{agent} is not on the board").format(agent=name), 5000)

    def flag_call(self, name: str) -> FlagDialog | None:
        """The flag dialog for ``name``, linked to the call in progress or the one that just
        ended (console.domain.flag_call); the lead may pick another recent call, or none."""
        agent = self.agent(name)
        snap = self.last_snapshot
        choice = calls_to_flag(snap.recent_calls if snap else (), name,
                               snap.now if snap else time.time())
        dialog = FlagDialog(agent.display_name if agent else name, self.window,
                            calls=choice.calls, default_call=choice.default)
        self.last_dialog = dialog

        def create() -> None:
            call = dialog.linked_call()
            self.controller.flag_call(name, *dialog.values(),
                                      callid=call.callid if call else None,
                                      queue=call.queue if call else None)

        dialog.accepted.connect(create)
        dialog.open()
        return dialog

    def check_notes(self, agent: str | None, callid: str | None = None) -> DetectorDialog:
        """Open the abuse check for an agent (and a call), e.g. from the calls dock."""
        return self.notes.check_notes(agent, callid)

    def grant_break(self, name: str) -> GrantBreakDialog | None:
        agent = self.agent(name)
        if agent is None:
            return None
        if agent.on_break_until is not None or agent.break_waiting:
            text = (self.tr("{agent} already has a recovery break: it starts when the call "
                            "ends.") if agent.break_waiting
                    else self.tr("{agent} is already on a recovery break."))
            QMessageBox.information(self.window, self.tr("Recovery break"),
                                    text.format(agent=agent.display_name))
            return None
        flag_id = next((f.id for f in (self.last_snapshot.flags if self.last_snapshot else ())
                        if f.agent == name), None)
        dialog = GrantBreakDialog(self.controller, agent, flag_id,
                                  settings=self.last_snapshot.settings.breaks
                                  if self.last_snapshot else None, parent=self.window)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _agent_menu(self, pos: QPoint) -> None:
        table = self.board.table
        index = table.indexAt(pos)
        if not index.isValid():
            return
        table.selectRow(index.row())
        name = index.siblingAtColumn(0).data(AgentNameRole)
        menu = self.agent_menu(name)
        menu.exec(table.viewport().mapToGlobal(pos))

    def agent_menu(self, name: str) -> QMenu:
        menu = QMenu(self.window)
        flag = menu.addAction(self.tr("Flag abusive call…"))
        flag.setObjectName("actionFlagCall")
        flag.triggered.connect(lambda: self.flag_call(name))
        grant = menu.addAction(self.tr("Grant recovery break…"))
        grant.setObjectName("actionGrantBreak")
        agent = self.agent(name)
        grant.setEnabled(agent is not None and agent.on_break_until is None
                         and not agent.break_waiting)
        grant.triggered.connect(lambda: self.grant_break(name))
        for extend in self.agent_menu_extenders:
            extend(name, menu)
        return menu

    def _on_failed(self, request: int, action: str, error: str) -> None:
        if action in ("alert_conditions", "coverage", "grant_break", "flag_detected",
                      "import_qa_flags", "open_alerts", "sync_alerts"):
            return  # the strip retries next second; the dialogs show their own errors
        self.window.statusBar().showMessage(
            self.tr("Could not save: {error}").format(error=error), 8000)
