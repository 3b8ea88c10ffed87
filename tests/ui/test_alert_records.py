"""Floor alerts through the real window: acknowledging from the strip is recorded and audited,
stays acknowledged across a restart, and a raised alert reaches the tray as one notification."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from console.domain import alerts as alert_rules
from console.domain.alerts import AlertSettings, Condition
from console.services.clock import WallClock
from console.services.session import open_database
from console.ui.care.tray import FloorTray
from console.ui.controller import BoardSource
from console.ui.main_window import MainWindow

from .conftest import QueueLogWriter

WAIT_MS = 8000
KEY = (alert_rules.CALLS_WAITING, None)


class FakeTrayIcon:
    """Stands in for QSystemTrayIcon (the offscreen platform has no tray) and keeps messages."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, object]] = []

    def showMessage(self, title: str, body: str, icon, msecs: int = 10_000) -> None:
        self.messages.append((title, body, icon))

    def setToolTip(self, tip: str) -> None:
        pass

    def hide(self) -> None:
        pass


def seven_waiting(queue_log: QueueLogWriter) -> None:
    queue_log.write((0, "NONE|NONE|NONE|QUEUESTART|"),
                    *[(10 + i, f"100{i}.1|support|NONE|ENTERQUEUE||+1555000{i}|{i + 1}")
                      for i in range(7)])


def open_window(qtbot, source: BoardSource, settings) -> MainWindow:
    w = MainWindow(source, settings)
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    w.care.tray.icon = FakeTrayIcon()  # type: ignore[assignment]
    with qtbot.waitSignal(w.refreshed, timeout=WAIT_MS):
        w.show()
    return w


def db_rows(db: Path, sql: str) -> list[tuple]:
    conn = open_database(db)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()


def test_acknowledge_is_recorded_audited_and_survives_a_restart(
        qtbot, styled_app, board_db: Path, queue_log: QueueLogWriter, settings) -> None:
    seven_waiting(queue_log)
    source = BoardSource(board_db, queue_log.path, WallClock())
    w = open_window(qtbot, source, settings)
    try:
        strip = w.care.alerts
        qtbot.waitUntil(lambda: KEY in strip.chips, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: bool(db_rows(board_db, "SELECT kind FROM alerts WHERE kind ="
                                             " 'calls_waiting' AND cleared_at IS NULL")),
                        timeout=WAIT_MS)
        # the raised alert interrupted once, through the tray
        tray = w.care.tray.icon
        qtbot.waitUntil(lambda: any("7 calls waiting" in body for _, body, _ in tray.messages),
                        timeout=WAIT_MS)
        assert any(c.kind == alert_rules.CALLS_WAITING
                   for n in w.care.tray.alert_notices for c in n.conditions)

        chip = strip.chips[KEY]
        qtbot.mouseClick(chip.ack, Qt.MouseButton.LeftButton)
        assert chip.property("acknowledged") is True and not chip.ack.isVisible()
        qtbot.waitUntil(lambda: db_rows(board_db, "SELECT acknowledged_at FROM alerts"
                                        " WHERE kind = 'calls_waiting'")[0][0] is not None,
                        timeout=WAIT_MS)
        audit = db_rows(board_db, "SELECT action, subject, detail FROM audit_log"
                                  " WHERE action = 'alert.acknowledge'")
        alert_id, by = db_rows(board_db, "SELECT id, acknowledged_by FROM alerts"
                                         " WHERE kind = 'calls_waiting'")[0]
        assert len(audit) == 1 and audit[0][1] == f"alert:{alert_id}"
        assert '"kind": "calls_waiting"' in audit[0][2] and by
        # the record comes back to the strip: who acknowledged it, in the tooltip
        qtbot.waitUntil(lambda: by in strip.chips[KEY].toolTip(), timeout=WAIT_MS)
    finally:
        w.close()

    # a restart: the condition still holds, so the alert is still acknowledged and not news
    again = open_window(qtbot, source, settings)
    try:
        strip = again.care.alerts
        qtbot.waitUntil(lambda: KEY in strip.chips, timeout=WAIT_MS)
        chip = strip.chips[KEY]
        qtbot.waitUntil(lambda: chip.property("acknowledged") is True, timeout=WAIT_MS)
        assert not chip.ack.isVisible()
        assert not any("calls waiting" in body for _, body, _ in again.care.tray.icon.messages)
        assert len(db_rows(board_db, "SELECT id FROM alerts WHERE kind = 'calls_waiting'")) == 1
    finally:
        again.close()


def test_tray_shows_one_message_for_alerts_raised_together(qtbot, styled_app, settings) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    tray = FloorTray(window, settings, AlertSettings(sound=False))
    icon = FakeTrayIcon()
    tray.icon = icon  # type: ignore[assignment]
    noon = datetime(2026, 3, 2, 12, 0).timestamp()
    raised = [Condition(alert_rules.CALLS_WAITING, alert_rules.WARNING, 7),
              Condition(alert_rules.LONGEST_WAIT, alert_rules.CRITICAL, 300)]
    assert tray.notify_alerts(raised, noon) is not None
    assert icon.messages == [("2 floor alerts", "Longest wait 5:00\n7 calls waiting",
                              QSystemTrayIcon.MessageIcon.Critical)]
    # within the cooldown: nothing more; quiet hours: nothing at all
    assert tray.notify_alerts(raised, noon + 60) is None
    tray.alert_settings = AlertSettings(quiet_start="11:00", quiet_end="13:00")
    strain = Condition(alert_rules.STRAIN_OVER_THRESHOLD, alert_rules.WARNING, 70, "Ann")
    assert tray.notify_alerts([strain], noon) is None
    tray.alert_settings = AlertSettings()
    assert tray.notify_alerts([strain], noon) is not None
    assert icon.messages[-1][:2] == ("Floor alert", "Strain over threshold: Ann")
    assert len(icon.messages) == 2
