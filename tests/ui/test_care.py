"""Care features through the real widgets: flags dock, flag dialog, grant-break dialog, alerts.

The window runs on a small demo floor (simulator -> queue_log -> ingest -> snapshots), as the
``composure demo`` command does; the care actions run on their own thread.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox

from console.domain import alerts as alert_rules
from console.domain.strain import Reason
from console.services.demo import DemoOptions
from console.ui.app import AppOptions, prepare_source
from console.ui.care import texts
from console.ui.care.breaks_panel import BreaksPanel
from console.ui.care.flag_table_model import FlagColumn, UnacknowledgedRole
from console.ui.care.grant_break_dialog import GrantBreakDialog
from console.ui.controller import BoardSource
from console.ui.main_window import MainWindow

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


def _grantable(w: MainWindow) -> str:
    snap = w.controller.last_snapshot
    assert snap is not None
    on_phones = [a for a in snap.agents if a.state in ("available", "on_call", "wrap_up")
                 and a.on_break_until is None]
    assert on_phones
    return max(on_phones, key=lambda a: a.strain).name


def _running_names(w: MainWindow) -> list[str]:
    tree = w.breaks_dock.running
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_grant_break_through_the_dialog(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    name = _grantable(w)
    agent = w.care.agent(name)
    menu = w.care.agent_menu(name)
    grant = next(a for a in menu.actions() if a.objectName() == "actionGrantBreak")
    assert grant.isEnabled()
    grant.trigger()
    dialog = w.care.last_dialog
    assert isinstance(dialog, GrantBreakDialog)
    qtbot.waitUntil(lambda: dialog.coverage is not None, timeout=WAIT_MS)
    if dialog.coverage.impact is not None:
        assert "Service level" in dialog.impact.text() and "→" in dialog.impact.text()
        assert "target 80%" in dialog.impact.text()
    checked = dialog.length.checkedId()
    assert checked == dialog.coverage.suggested_minutes
    assert name not in [b.agent for b in w.controller.last_snapshot.breaks]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.granted_id is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: agent.display_name in _running_names(w), timeout=WAIT_MS)
    item = w.breaks_dock.running.topLevelItem(_running_names(w).index(agent.display_name))
    # counting down, or (granted during a call) waiting for the call to end, and saying so
    brk = next(b for b in w.breaks_dock._breaks if b.agent == name)
    assert ((item.text(1) == "Starts when the call ends") if brk.waiting
            else ("left" in item.text(1)))
    # the agent table shows the countdown in the state cell once it runs
    qtbot.waitUntil(lambda: w.care.agent(name).on_break_until is not None
                    or w.care.agent(name).break_waiting, timeout=WAIT_MS)
    # end it by hand
    w.breaks_dock.running.setCurrentItem(item)
    qtbot.mouseClick(w.breaks_dock.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: agent.display_name not in _running_names(w), timeout=WAIT_MS)


def _flag_dialog_creates_flag(qtbot, w: MainWindow, name: str, note: str) -> None:
    before = len(w.controller.last_snapshot.flags)
    menu = w.care.agent_menu(name)
    next(a for a in menu.actions() if a.objectName() == "actionFlagCall").trigger()
    dialog = w.care.last_dialog
    dialog.category.setCurrentIndex(dialog.category.findData("threat"))
    assert dialog.severity.currentData() == 3  # a threat defaults to severity 3
    dialog.note.insertPlainText(note)  # CJK arrives through the input method, not keys
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(w.controller.last_snapshot.flags) > before, timeout=WAIT_MS)


def test_flag_dialog_creates_a_flag_in_the_dock(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    name = _grantable(w)
    _flag_dialog_creates_flag(qtbot, w, name, "威胁要上门 threatened to come over")
    model = w.flags_dock.model
    qtbot.waitUntil(lambda: any("threatened" in (model.flag(r).note or "")
                                for r in range(model.rowCount())), timeout=WAIT_MS)
    row = next(r for r in range(model.rowCount()) if "threatened" in (model.flag(r).note or ""))
    assert model.index(row, FlagColumn.CATEGORY).data() == "Threat"
    assert model.index(row, FlagColumn.SEVERITY).data() == "3"
    assert model.index(row, FlagColumn.NOTE).data().startswith("威胁要上门")
    assert model.index(row, FlagColumn.SOURCE).data() == "Console"
    # a new severe flag raises a desktop notification (recorded even without a tray)
    assert any("threatened" in (f.note or "") for f in w.care.tray.notified)


def test_quiet_hours_mute_notifications(qtbot, styled_app, tmp_path: Path, settings) -> None:
    from datetime import datetime, timedelta

    from console.ui import settings as keys

    source = prepare_source(AppOptions(db_path=tmp_path / "demo.sqlite",
                                       demo=DemoOptions(agents=12, seed=5, speed=1)))
    now = datetime.fromtimestamp(source.clock.now())  # quiet hours follow the board's clock
    settings.setValue(keys.QUIET_START, (now - timedelta(hours=1)).strftime("%H:%M"))
    settings.setValue(keys.QUIET_END, (now + timedelta(hours=1)).strftime("%H:%M"))
    w = MainWindow(source, settings)
    qtbot.addWidget(w)
    assert w.care.controller.alert_settings.quiet_start is not None
    with qtbot.waitSignal(w.refreshed, timeout=WAIT_MS):
        w.show()
    try:
        _flag_dialog_creates_flag(qtbot, w, _grantable(w), "quiet please")
        assert w.care.tray.notified == []
    finally:
        w.close()


def test_acknowledge_a_flag_from_the_dock(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    _flag_dialog_creates_flag(qtbot, w, _grantable(w), "to acknowledge")
    model = w.flags_dock.model
    qtbot.waitUntil(lambda: "unacknowledged" in w.windowTitle(), timeout=WAIT_MS)
    count = w.controller.last_snapshot.unacknowledged_flags
    assert f"({count} unacknowledged flag" in w.windowTitle()
    row = next(r for r in range(model.rowCount()) if model.flag(r).note == "to acknowledge")
    flag_id = model.flag(row).id
    assert model.index(row, 0).data(UnacknowledgedRole) is True
    assert model.index(row, 0).data().startswith("●")
    assert model.index(row, 0).data(Qt.ItemDataRole.FontRole).bold()
    w.flags_dock.table.selectRow(row)
    assert w.flags_dock.acknowledge_action.isEnabled()
    qtbot.mouseClick(w.flags_dock.buttons["ack"], Qt.MouseButton.LeftButton)

    def acknowledged() -> bool:
        r = model.row_for(flag_id)
        return r is not None and model.index(r, 0).data(UnacknowledgedRole) is False

    qtbot.waitUntil(acknowledged, timeout=WAIT_MS)
    r = model.row_for(flag_id)
    assert not model.index(r, 0).data().startswith("●")
    assert model.index(r, 0).data(Qt.ItemDataRole.FontRole) is None
    qtbot.waitUntil(lambda: w.controller.last_snapshot.unacknowledged_flags == count - 1,
                    timeout=WAIT_MS)
    if count - 1:
        assert f"({count - 1} unacknowledged flag" in w.windowTitle()
    else:
        assert "unacknowledged" not in w.windowTitle()


def test_open_agent_selects_the_row(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    name = _grantable(w)
    _flag_dialog_creates_flag(qtbot, w, name, "open me")
    model = w.flags_dock.model
    qtbot.waitUntil(lambda: any(model.flag(r).note == "open me"
                                for r in range(model.rowCount())), timeout=WAIT_MS)
    row = next(r for r in range(model.rowCount()) if model.flag(r).note == "open me")
    w.flags_dock.table.selectRow(row)
    w.flags_dock.open_action.trigger()
    assert w.board.selected_agent() == name


def test_alerts_strip_shows_and_hides(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    snap = w.controller.last_snapshot
    calm = replace(snap, kpis=replace(snap.kpis, calls_waiting=0, longest_wait_s=0,
                                      sl_30m=None, available=3), agents=())
    busy = replace(calm, kpis=replace(calm.kpis, calls_waiting=7))
    w.controller.snapshot_ready.disconnect(w.apply_snapshot)  # only our snapshots from now
    strip = w.care.alerts
    w.apply_snapshot(busy)
    qtbot.waitUntil(lambda: any("7 calls waiting" in t for t in strip.texts()),
                    timeout=WAIT_MS)
    assert strip.isVisible()
    chip = next(c for c in strip.chips.values() if c.key[0] == alert_rules.CALLS_WAITING)
    qtbot.mouseClick(chip.ack, Qt.MouseButton.LeftButton)
    assert chip.property("acknowledged") is True and not chip.ack.isVisible()
    # conditions other than calls waiting (abandons in the last hour) may hold on the demo
    w.care.controller.alert_settings = replace(
        w.care.controller.alert_settings, enabled=frozenset({alert_rules.CALLS_WAITING}))
    w.apply_snapshot(calm)
    qtbot.waitUntil(lambda: not strip.isVisible(), timeout=WAIT_MS)
    assert strip.texts() == []


def test_care_widgets_speak_chinese(qtbot, chinese_app, tmp_path: Path, settings) -> None:
    w = MainWindow(BoardSource(tmp_path / "none.sqlite", Path("/nonexistent/queue_log")),
                   settings)
    qtbot.addWidget(w)
    assert w.flags_dock.windowTitle() == "辱骂标记"
    assert w.flags_dock.acknowledge_action.text() == "确认"
    assert isinstance(w.breaks_dock, BreaksPanel)
    assert w.breaks_dock.windowTitle() == "恢复性休息"
    assert texts.level_text("break_recommended") == "建议休息"
    two = Reason("abusive_calls", count=2, minutes=40)
    assert texts.reason_text(two) == "40 分钟内 2 次辱骂来电"
    assert QCoreApplication.translate("Care", "Threat") == "威胁"
