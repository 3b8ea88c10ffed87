"""Edit > Preferences… through the real menu: the floor's settings change, are audited, and the
board, the KPI tiles and the alerts follow them without a restart."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from console.domain import alerts as alert_rules
from console.domain.floor_settings import FloorSettings
from console.services import floor_settings
from console.services.demo import DemoOptions
from console.services.session import open_database
from console.store import audit
from console.ui import settings as keys
from console.ui.app import AppOptions, prepare_source
from console.ui.controller import BoardSource
from console.ui.main_window import MainWindow
from console.ui.preferences.preferences_dialog import PreferencesDialog

WAIT_MS = 15000


@pytest.fixture
def demo_window(qtbot, styled_app, tmp_path: Path, settings):
    source = prepare_source(AppOptions(db_path=tmp_path / "demo.sqlite",
                                       demo=DemoOptions(agents=12, seed=5, speed=1)))
    w = MainWindow(source, settings)
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    with qtbot.waitSignal(w.refreshed, timeout=WAIT_MS):
        w.show()
    yield w
    w.close()


@pytest.fixture
def quiet_window(qtbot, styled_app, board_db: Path, settings):
    """A window on a database without a live source (snapshots still run)."""
    def make() -> MainWindow:
        w = MainWindow(BoardSource(board_db), settings)
        qtbot.addWidget(w)
        with qtbot.waitSignal(w.refreshed, timeout=WAIT_MS):
            w.show()
        return w

    return make


def _open(qtbot, w: MainWindow) -> PreferencesDialog:
    w.menu_actions.preferences.trigger()
    dialog = w.preferences.dialog
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=WAIT_MS)
    return dialog


def _type(qtbot, dialog: PreferencesDialog, key: str, text: str) -> None:
    spin = dialog.editors[key].widget
    dialog.tabs.setCurrentWidget(next(dialog.tabs.widget(i) for i in range(dialog.tabs.count())
                                      if dialog.tabs.widget(i).isAncestorOf(spin)))
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    assert spin.hasAcceptableInput(), key


def _stored(path: Path) -> tuple[FloorSettings, list[audit.AuditEntry]]:
    conn = open_database(path)
    try:
        return floor_settings.load(conn), audit.entries(conn)
    finally:
        conn.close()


def test_the_edit_menu_holds_preferences(quiet_window) -> None:
    w = quiet_window()
    titles = [m.title() for m in w.menu_actions.menus]
    order = [t for t in titles if t in ("&File", "&Edit", "&View", "&Help")]
    assert order == ["&File", "&Edit", "&View", "&Help"]
    edit = next(m for m in w.menu_actions.menus if m.title() == "&Edit")
    assert w.menu_actions.preferences in edit.actions()
    platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert w.menu_actions.preferences.shortcuts() == (platform or [QKeySequence("Ctrl+,")])
    w.close()


def test_preferences_change_the_floor(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    path = w.source.db_path
    # an abusive call just now: about 25 strain points for this agent
    snap = w.controller.last_snapshot
    name = next(a.name for a in snap.agents if a.state != "logged_out")
    w.care.controller.flag_call(name, 1, "insult_profanity", "preferences test")
    qtbot.waitUntil(lambda: w.care.agent(name).strain >= 20.5, timeout=WAIT_MS)

    dialog = _open(qtbot, w)
    assert dialog.editors["strain.break_recommended"].widget.value() == 60
    assert not dialog.apply_button.isEnabled()  # nothing changed yet
    _type(qtbot, dialog, "strain.break_recommended", "20")
    assert dialog.apply_button.isEnabled()
    # watch (30) above break recommended (20) is refused, naming the field
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "Break recommended from: must be at least the watch level" in dialog.status.text()
    _type(qtbot, dialog, "strain.watch", "10")
    _type(qtbot, dialog, "alerts.calls_waiting", "2")
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert w.preferences.dialog is None  # closed, and let go

    stored, entries = _stored(path)
    assert (stored.strain.watch, stored.strain.break_recommended) == (10.0, 20.0)
    assert stored.alerts.calls_waiting == 2 and stored.revision == 1
    [entry] = [e for e in entries if e.action == "settings.change"]
    detail = json.loads(entry.detail)
    assert detail["strain.break_recommended"] == {"old": 60.0, "new": 20.0}
    assert detail["alerts.calls_waiting"] == {"old": 5, "new": 2}

    # the board follows: the flagged agent now crosses "break recommended"
    qtbot.waitUntil(lambda: w.controller.last_snapshot.settings.revision == 1, timeout=WAIT_MS)
    assert w.care.agent(name).strain_level == "break_recommended"
    for agent in w.controller.last_snapshot.agents:
        if agent.strain >= 20:
            assert agent.strain_level == "break_recommended", agent.name
    assert w.kpis.targets.waiting_alert == 2
    assert w.breaks_dock.break_settings == stored.breaks

    # and the alerts: 3 calls waiting is now an alert (it was not at the default 5)
    w.controller.snapshot_ready.disconnect(w.apply_snapshot)  # only our snapshots from now
    last = w.controller.last_snapshot
    calm = replace(last, kpis=replace(last.kpis, calls_waiting=2))
    busy = replace(last, kpis=replace(last.kpis, calls_waiting=3))

    def waiting_alert() -> bool:
        return alert_rules.CALLS_WAITING in {c.kind for c in w.care.controller.active_alerts}

    w.apply_snapshot(busy)
    qtbot.waitUntil(waiting_alert, timeout=WAIT_MS)
    assert w.care.controller.tracker.settings.calls_waiting == 2
    assert w.kpis.tiles["waiting"].caption.text() == "More than 2 waiting"
    w.apply_snapshot(calm)  # 2 waiting is not more than 2
    qtbot.waitUntil(lambda: not waiting_alert(), timeout=WAIT_MS)
    assert w.kpis.tiles["waiting"].caption.text() == "Alert above 2"


def test_restore_defaults_then_apply(qtbot, quiet_window, board_db: Path) -> None:
    conn = open_database(board_db)
    s = FloorSettings()
    floor_settings.save(conn, replace(s, kpi=replace(s.kpi, sl_target=0.9),
                                      breaks=replace(s.breaks, default_minutes=7)))
    conn.close()
    w = quiet_window()
    dialog = _open(qtbot, w)
    target = dialog.editors["kpi.sl_target"].widget
    assert target.value() == 90 and target.suffix() == " %"
    assert "Default: 80 %" in target.toolTip()
    assert dialog.editors["breaks.default_minutes"].widget.value() == 7
    assert dialog.editors["breaks.choices"].widget.text() == "5, 7, 10, 15"

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert target.value() == 80
    assert dialog.editors["breaks.default_minutes"].widget.value() == 5
    assert dialog.form_settings() == FloorSettings()
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.loaded == FloorSettings(), timeout=WAIT_MS)
    assert dialog.isVisible() and not dialog.apply_button.isEnabled()
    stored, entries = _stored(board_db)
    assert stored == FloorSettings() and stored.revision == 2
    detail = json.loads(entries[0].detail)
    assert detail["kpi.sl_target"] == {"old": 0.9, "new": 0.8}
    assert detail["breaks.choices"] == {"old": [5, 7, 10, 15], "new": [5, 10, 15]}
    qtbot.waitUntil(lambda: w.controller.last_snapshot.settings.revision == 2,
                    timeout=WAIT_MS)
    dialog.reject()
    w.close()


def test_spin_boxes_hold_only_allowed_values(qtbot, quiet_window) -> None:
    w = quiet_window()
    dialog = _open(qtbot, w)
    target = dialog.editors["kpi.sl_target"].widget
    assert (target.minimum(), target.maximum()) == (1, 99)
    target.setValue(150)
    assert target.value() == 99
    assert dialog.editors["strain.watch"].widget.maximum() == 100
    dialog.reject()
    w.close()


def test_window_quiet_hours_move_into_the_floor_once(qtbot, quiet_window, board_db: Path,
                                                    settings) -> None:
    settings.setValue(keys.QUIET_START, "22:00")
    settings.setValue(keys.QUIET_END, "6:00")
    settings.setValue(keys.ALERT_SOUND, True)
    w = quiet_window()
    qtbot.waitUntil(lambda: not settings.contains(keys.QUIET_START), timeout=WAIT_MS)
    stored, entries = _stored(board_db)
    assert (stored.alerts.quiet_start, stored.alerts.quiet_end) == ("22:00", "06:00")
    assert stored.alerts.sound is True
    assert json.loads(entries[0].detail)["reason"] == "carried over from the window settings"
    assert not any(settings.contains(k) for k in keys.LEGACY_ALERT_KEYS)
    qtbot.waitUntil(lambda: w.care.tray.alert_settings.sound, timeout=WAIT_MS)
    assert w.care.controller.alert_settings.quiet_start == "22:00"
    w.close()


def test_data_sources_and_privacy_save_with_ok_and_apply(qtbot, quiet_window,
                                                         board_db: Path) -> None:
    """One way to save: no Save button on a tab; Apply and OK save the tabs that changed."""
    from PySide6.QtWidgets import QPushButton

    from console.services.data_safety import load_settings

    w = quiet_window()
    dialog = _open(qtbot, w)
    texts = [b.text() for b in dialog.findChildren(QPushButton)]
    assert not [t for t in texts if t.startswith("Save")], texts
    privacy = next(p for p in dialog.pages if hasattr(p, "show_full"))
    sources = w.preferences.sources_page
    qtbot.waitUntil(lambda: privacy.loaded is not None and sources.loaded is not None,
                    timeout=WAIT_MS)
    assert not dialog.apply_button.isEnabled()
    privacy.retention.setValue(privacy.retention.value() + 5)
    assert dialog.apply_button.isEnabled()
    wanted = privacy.retention.value()
    with qtbot.waitSignal(privacy.saved, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    conn = open_database(board_db)
    try:
        assert load_settings(conn).retention_days == wanted
    finally:
        conn.close()
    qtbot.waitUntil(lambda: not dialog.apply_button.isEnabled(), timeout=WAIT_MS)
    sources.queue_log.setText("/tmp/a-queue-log-that-is-not-there")
    with qtbot.waitSignal(sources.saved, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
