"""Wires Edit > Preferences… into the main window and owns the preferences thread.

The thread's service (:class:`console.services.floor_settings.FloorSettingsService`) has its
own SQLite connection; the dialog loads and saves through it. After a save the client's
``changed`` fires and the window asks for a fresh board snapshot, which carries the new
settings to the KPI tiles, the alerts and the strain levels.

Quiet hours and the alert sound used to be window settings (QSettings keys, set by hand); they
belong to the floor now. On start, if those keys exist, they are carried over into the database
once (only if the floor has never saved its alert settings; the floor's own win) and then
removed, except on the demo floor, whose database is rebuilt on every run.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from console.services.floor_settings import FloorSettingsService
from console.ui import settings as keys
from console.ui.action_thread import ActionClient
from console.ui.care.care_controller import alert_settings as window_alert_settings
from console.ui.controller import BoardSource
from console.ui.preferences.appearance_page import install_appearance_page
from console.ui.preferences.preferences_dialog import PreferencesDialog
from console.ui.preferences.privacy_page import install_privacy_page
from console.ui.preferences.sources_page import install_sources_page

ACTIONS = frozenset({"load", "save", "adopt_window_alert_settings"})
WRITES = frozenset({"save", "adopt_window_alert_settings"})


class PreferencesClient(ActionClient):
    def __init__(self, db_path, parent: QObject | None = None) -> None:
        super().__init__("preferences", lambda: FloorSettingsService(db_path), ACTIONS, WRITES,
                         parent)


class FloorPreferences(QObject):
    saved = Signal(object)  # FloorSettings now in force

    def __init__(self, window: QWidget, source: BoardSource, settings: QSettings,
                 action: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.source = source
        self.settings = settings
        self.client = PreferencesClient(source.db_path, self)
        self.dialog: PreferencesDialog | None = None
        self._adopt_request: int | None = None
        action.triggered.connect(lambda *_: self.open_dialog())
        self.client.replied.connect(self._on_reply)

    def start(self) -> None:
        """Carry the old window keys over, if there are any (see the module docstring)."""
        present = [k for k in keys.LEGACY_ALERT_KEYS if self.settings.contains(k)]
        if not present or self._adopt_request is not None:
            return
        old = window_alert_settings(self.settings)
        sound = old.sound if self.settings.contains(keys.ALERT_SOUND) else None
        self.client.start()
        self._adopt_request = self.client.request(
            "adopt_window_alert_settings", old.quiet_start, old.quiet_end, sound)

    def stop(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.client.stop()

    def open_dialog(self, tab: str | None = None) -> PreferencesDialog:
        """The dialog (raised if open); ``tab="sources"`` opens it on Data sources."""
        if self.dialog is not None:
            self._show_tab(self.dialog, tab)
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        self.client.start()
        dialog = PreferencesDialog(self.client, self.window)
        dialog.saved.connect(self.saved)
        # helper I: Data sources tab
        self.sources_page = install_sources_page(dialog, self.source, self.window)
        install_privacy_page(dialog, self.source, self.window)  # helper J: Privacy and data
        install_appearance_page(dialog, self.settings)  # theme and language (QSettings)
        dialog.finished.connect(lambda *_: self._closed(dialog))
        self.dialog = dialog
        self._show_tab(dialog, tab)
        dialog.open()
        return dialog

    def _show_tab(self, dialog: PreferencesDialog, tab: str | None) -> None:
        page = getattr(self, "sources_page", None)
        if tab != "sources" or page is None:
            return
        for i in range(dialog.tabs.count()):
            if dialog.tabs.widget(i).isAncestorOf(page):
                dialog.tabs.setCurrentIndex(i)
                return

    def _closed(self, dialog: PreferencesDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _on_reply(self, request: int, action: str, result: object) -> None:
        if request == self._adopt_request and not self.source.is_demo:
            for key in keys.LEGACY_ALERT_KEYS:
                self.settings.remove(key)
            self.settings.sync()
