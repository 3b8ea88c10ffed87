"""Tray icon with the unacknowledged flag count, and desktop notifications for new severe flags.

Skipped gracefully where the platform has no system tray (then nothing is shown or raised).
Notifications are muted in quiet hours (AlertSettings.quiet_start/quiet_end); a beep can be
switched on with the ``alerts/sound`` setting.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from console.domain import alerts as alert_rules
from console.domain.board import BoardSnapshot
from console.domain.flags import Flag
from console.ui import palette
from console.ui import settings as keys
from console.ui.care import texts


class FloorTray(QObject):
    def __init__(self, window: QWidget, settings: QSettings,
                 alert_settings: alert_rules.AlertSettings) -> None:
        super().__init__(window)
        self.settings = settings
        self.alert_settings = alert_settings
        self._seen: set[int] | None = None  # flag ids already known (None: first snapshot)
        self.notified: list[Flag] = []  # what was (or would have been) shown, newest last
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(palette.app_icon(), self)
            self.icon.activated.connect(lambda *_: (window.showNormal(), window.raise_(),
                                                    window.activateWindow()))
            self.icon.show()

    def apply(self, snapshot: BoardSnapshot) -> None:
        count = snapshot.unacknowledged_flags
        if self.icon is not None:
            if count == 0:
                tip = self.tr("Composure: no unacknowledged flags")
            elif count == 1:
                tip = self.tr("Composure: 1 unacknowledged flag")
            else:
                tip = self.tr("Composure: %n unacknowledged flags", "", count)
            self.icon.setToolTip(tip)
        ids = {f.id for f in snapshot.flags}
        if self._seen is None:  # the morning's flags are not news
            self._seen = ids
            return
        new = [f for f in snapshot.flags if f.id not in self._seen and f.severe
               and not f.acknowledged]
        self._seen |= ids
        if new and not alert_rules.in_quiet_hours(snapshot.now, self.alert_settings):
            for flag in reversed(new):
                self.notify(flag)

    def notify(self, flag: Flag) -> None:
        self.notified.append(flag)
        title = self.tr("Abuse flag: {category}").format(
            category=texts.category_text(flag.category))
        body = self.tr("{agent} · severity {severity}").format(
            agent=flag.agent or "", severity=flag.severity)
        if self.icon is not None:
            icon = (QSystemTrayIcon.MessageIcon.Critical if flag.severity >= 3
                    else QSystemTrayIcon.MessageIcon.Warning)
            self.icon.showMessage(title, body, icon, 10_000)
        if self.settings.value(keys.ALERT_SOUND, False, bool):
            QApplication.beep()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
