"""Entry points for the notes check and the QA import: File menu actions, the agent menu entry,
and the result of an import.

Kept apart from :class:`FloorCare` so that class stays the care features' switchboard: it
creates one :class:`NotesFeatures` and forwards ``check_notes`` (which the calls dock uses to
open the check for a given call).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from console.services.qa_import import QaImport
from console.ui.board.agent_table_model import AgentNameRole
from console.ui.care.detector_dialog import DetectorDialog
from console.ui.care.qa_import_dialog import QaImportDialog

if TYPE_CHECKING:
    from console.ui.care.floor_care import FloorCare


class NotesFeatures(QObject):
    def __init__(self, care: FloorCare) -> None:
        super().__init__(care)
        self.care = care
        window = care.window
        self.check_action = QAction(self.tr("Check call &notes for abuse…"), window)
        self.check_action.setObjectName("actionCheckNotes")
        self.check_action.triggered.connect(lambda: self.check_notes(self._selected_agent()))
        self.import_action = QAction(self.tr("&Import QA flags…"), window)
        self.import_action.setObjectName("actionImportQaFlags")
        self.import_action.triggered.connect(lambda: self.import_qa_flags())
        self.file_actions = [self.import_action, self.check_action]
        self._imports: dict[int, str] = {}  # request id -> file
        care.agent_menu_extenders.append(self._extend_agent_menu)
        care.controller.replied.connect(self._on_replied)
        care.controller.failed.connect(self._on_failed)

    # ------------------------------------------------------------------ notes check
    def check_notes(self, agent: str | None, callid: str | None = None) -> DetectorDialog:
        snapshot = self.care.last_snapshot
        agents = [(a.name, a.display_name) for a in snapshot.agents] if snapshot else []
        dialog = DetectorDialog(self.care.controller, agents, agent, callid, self.care.window)
        self.care.last_dialog = dialog
        dialog.open()
        return dialog

    def _selected_agent(self) -> str | None:
        table = self.care.board.table
        index = table.currentIndex()
        if not index.isValid():
            return None
        name = index.siblingAtColumn(0).data(AgentNameRole)
        return str(name) if name else None

    def _extend_agent_menu(self, name: str, menu: QMenu) -> None:
        action = menu.addAction(self.tr("Check call notes for abuse…"))
        action.setObjectName("actionCheckNotesForAgent")
        action.triggered.connect(lambda: self.check_notes(name))

    # ------------------------------------------------------------------ QA import
    def import_qa_flags(self, path: str | Path | None = None) -> int | None:
        """Ask for a file (unless given) and import it on the care thread; the result dialog
        opens when the answer arrives. Returns the request id."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.care.window, self.tr("Import QA flags"), "",
                self.tr("QA flag lists (*.csv *.jsonl *.ndjson *.json);;All files (*)"))
            if not chosen:
                return None
            path = chosen
        request = self.care.controller.request("import_qa_flags", str(path))
        self._imports[request] = str(path)
        self.care.window.statusBar().showMessage(
            self.tr("Importing {file}…").format(file=Path(path).name))
        return request

    def _on_replied(self, request: int, action: str, result: object) -> None:
        if request not in self._imports:
            return
        self._imports.pop(request)
        assert isinstance(result, QaImport)
        self.care.window.statusBar().showMessage(
            self.tr("{file}: imported {imported}, updated {updated}, rejected {rejected}")
            .format(file=Path(result.path).name, imported=result.imported,
                    updated=result.updated, rejected=result.rejected), 8000)
        dialog = QaImportDialog(result, self.care.window)
        self.care.last_dialog = dialog
        dialog.open()

    def _on_failed(self, request: int, action: str, error: str) -> None:
        path = self._imports.pop(request, None)
        if path is None:
            return
        self.care.window.statusBar().clearMessage()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import QA flags"),
                          self.tr("Could not import {file}: {error}").format(
                              file=Path(path).name, error=error),
                          QMessageBox.StandardButton.Close, self.care.window)
        self.care.last_dialog = box
        box.open()
