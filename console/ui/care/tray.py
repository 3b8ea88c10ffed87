"""Tray icon with the unacknowledged flag count, and desktop notifications for new severe flags
and for raised floor alerts (warning and critical; which ones: console.domain.alert_notifications).

Skipped gracefully where the platform has no system tray (then nothing is shown or raised).
Notifications are muted in quiet hours (AlertSettings.quiet_start/quiet_end); a beep can be
switched on (AlertSettings.sound). Both are the floor's settings, taken from each snapshot.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from console.domain import alerts as alert_rules
from console.domain.alert_log import AlertKey
from console.domain.alert_notifications import AlertNotice, alert_notice, remember
from console.domain.board import BoardSnapshot
from console.domain.flags import Flag
from console.ui import palette
from console.ui.care import texts


class FloorTray(QObject):
    def __init__(self, window: QWidget, settings: QSettings,
                 alert_settings: alert_rules.AlertSettings) -> None:
        super().__init__(window)
        self.settings = settings
        self.alert_settings = alert_settings
        self._floor_alerts: alert_rules.AlertSettings | None = None  # last seen in a snapshot
        self._seen: set[int] | None = None  # flag ids already known (None: first snapshot)
        self.notified: list[Flag] = []  # what was (or would have been) shown, newest last
        self.alert_notices: list[AlertNotice] = []  # floor alerts notified, newest last
        self._alert_notified: dict[AlertKey, float] = {}  # when each alert last interrupted
        self._now = 0.0  # the board's clock at the last snapshot
        self._sl_target: float | None = None
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(palette.app_icon(), self)
            self.icon.activated.connect(lambda *_: (window.showNormal(), window.raise_(),
                                                    window.activateWindow()))
            self.icon.show()

    def apply(self, snapshot: BoardSnapshot) -> None:
        if snapshot.settings.alerts != self._floor_alerts:
            self._floor_alerts = self.alert_settings = snapshot.settings.alerts
        self._now = snapshot.now
        self._sl_target = snapshot.kpis.sl_target
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
        if self.alert_settings.sound:
            QApplication.beep()

    def notify_alerts(self, raised: list[alert_rules.Condition],
                      now: float | None = None) -> AlertNotice | None:
        """One notification for the floor alerts the tracker just raised (``now``: the
        board's clock, the last snapshot's by default); None when nothing is worth it."""
        now = self._now if now is None else now
        notice = alert_notice(raised, now, self.alert_settings, self._alert_notified)
        if notice is None:
            return None
        remember(notice, now, self._alert_notified)
        self.alert_notices.append(notice)
        lines = [texts.alert_text(c, self._sl_target) for c in notice.conditions]
        if len(lines) == 1:
            title = (self.tr("Critical floor alert") if notice.critical
                     else self.tr("Floor alert"))
        else:
            title = self.tr("%n floor alerts", "", len(lines))
        if self.icon is not None:
            icon = (QSystemTrayIcon.MessageIcon.Critical if notice.critical
                    else QSystemTrayIcon.MessageIcon.Warning)
            self.icon.showMessage(title, "\n".join(lines), icon, 10_000)
        if notice.sound:
            QApplication.beep()
        return notice

    def notify_text(self, title: str, text: str, now: float, critical: bool = False) -> bool:
        """Another feature's desktop notification (escalations ...); muted in quiet hours
        (``now`` from the board's clock). Returns whether it was shown (False without a tray
        or in quiet hours)."""
        if alert_rules.in_quiet_hours(now, self.alert_settings):
            return False
        if self.alert_settings.sound:
            QApplication.beep()
        if self.icon is None:
            return False
        icon = (QSystemTrayIcon.MessageIcon.Critical if critical
                else QSystemTrayIcon.MessageIcon.Warning)
        self.icon.showMessage(title, text, icon, 10_000)
        return True

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
