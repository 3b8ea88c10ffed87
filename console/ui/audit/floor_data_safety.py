"""Wires data safety into the main window with one line there.

:meth:`FloorDataSafety.install` starts the data-safety worker when the window is first
shown; it purges free text past the retention limit at once (off the GUI thread), checks every
few minutes whether a shift ended since the last backup and takes one if so, and opens the
"Audit log" window from View → Audit log…. The backup at close is taken by the app after the
window has gone (see console/ui/app.py). The demo floor is rebuilt on every run: it is not
backed up.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from console.services.data_safety import (
    BackupInfo,
    DataSafetyService,
    DataSafetySettings,
    PurgeReport,
)
from console.ui.action_thread import ActionClient
from console.ui.audit.audit_dialog import AuditLogDialog
from console.ui.window_feature import StartsWithWindow

BACKUP_CHECK_MS = 5 * 60 * 1000
ACTIONS = ("purge", "backup_if_due", "audit_entries", "settings", "set_show_full_callers")
WRITES = ("purge", "set_show_full_callers")
STATUS_MESSAGE_MS = 8000


class FloorDataSafety(StartsWithWindow, QObject):
    def __init__(self, window: QMainWindow, source: Any) -> None:
        super().__init__(window)
        self.window = window
        self.source = source
        db_path = source.db_path
        self.client = ActionClient("data-safety", lambda: DataSafetyService(db_path), ACTIONS,
                                   writes=WRITES, parent=self)
        self.client.replied.connect(self._on_reply)
        self.client.failed.connect(self._on_failed)
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_CHECK_MS)
        self.timer.timeout.connect(self.check_backup)
        self.dialog: AuditLogDialog | None = None
        self.last_purge: PurgeReport | None = None
        self.last_backup: BackupInfo | None = None
        self.settings: DataSafetySettings | None = None
        self._started = False

    @classmethod
    def install(cls, window: Any) -> FloorDataSafety:
        self = cls(window, window.source)
        action = getattr(window.menu_actions, "audit_log", None)
        if action is not None:
            action.triggered.connect(self.show_audit_log)
        window.installEventFilter(self)
        return self

    @property
    def backs_up(self) -> bool:
        return not getattr(self.source, "is_demo", False)

    def start(self) -> None:
        self._started = True
        self.client.start()
        self.client.request("settings")
        self.client.request("purge", time.time())  # retention is about real days
        if self.backs_up:
            self.check_backup()  # the day may have changed since the last run
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.dialog is not None:
            self.dialog.close()
        self.client.stop()

    def check_backup(self) -> None:
        self.client.request("backup_if_due", time.time())

    def show_audit_log(self) -> AuditLogDialog:
        if self.dialog is None:
            self.dialog = AuditLogDialog(self.client, self.window)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.load()
        return self.dialog

    def _status(self, text: str) -> None:
        bar = self.window.statusBar()
        if bar is not None:
            bar.showMessage(text, STATUS_MESSAGE_MS)

    def apply_settings(self, settings: DataSafetySettings) -> None:
        """Caller numbers in full or masked, wherever the window shows them."""
        self.settings = settings
        care = getattr(self.window, "care", None)
        model = getattr(getattr(care, "flags_dock", None), "model", None)
        if model is not None and hasattr(model, "set_show_full_callers"):
            model.set_show_full_callers(settings.show_full_callers)

    def set_show_full_callers(self, show: bool) -> int:
        """Change the floor's setting (audited by the service); the reply applies it."""
        return self.client.request("set_show_full_callers", show)

    def _on_reply(self, request: int, action: str, result: object) -> None:
        if action in ("settings", "set_show_full_callers") and isinstance(
                result, DataSafetySettings):
            self.apply_settings(result)
        elif action == "purge" and isinstance(result, PurgeReport):
            self.last_purge = result
            if result.total:
                self._status(self.tr("Removed the text of {n} notes older than {days} days "
                                     "(retention)").format(n=result.total, days=result.days))
        elif action == "backup_if_due" and isinstance(result, BackupInfo):
            self.last_backup = result
            self._status(self.tr("End-of-shift backup saved: {name}").format(
                name=result.path.name))

    def _on_failed(self, request: int, action: str, error: str) -> None:
        if action in ("purge", "backup_if_due"):
            self._status(self.tr("Data safety: {error}").format(error=error))
