"""Issue 11, point 9, through the real widgets on a followed queue_log: a recovery break
granted during a call waits for it to end (and the breaks dock says so), and "Flag abusive
call…" on an agent's row links the flag to the call in progress or the one that just ended,
shown in the dialog and changeable."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from console.services.clock import WallClock
from console.ui.care.breaks_panel import KeyRole
from console.ui.care.flag_dialog import FlagDialog
from console.ui.care.grant_break_dialog import GrantBreakDialog
from console.ui.controller import BoardSource
from console.ui.main_window import MainWindow

from .conftest import QueueLogWriter
from .test_main_window import save_teams

WAIT_MS = 10000


def action(menu, name: str):
    return next(a for a in menu.actions() if a.objectName() == name)


@pytest.fixture
def floor_window(qtbot, styled_app, board_db: Path, queue_log: QueueLogWriter, settings):
    """Alice took call c1 and is now on c2; Bob's call c3 ended a moment ago."""
    save_teams(board_db, {"Alice": "Team Aurora", "Bob": "Team Aurora"})
    queue_log.write(
        (0, "NONE|NONE|NONE|QUEUESTART|"),
        (1, "MANAGER|support|Alice|ADDMEMBER|"),
        (1, "MANAGER|support|Bob|ADDMEMBER|"),
        (5, "c1|support|NONE|ENTERQUEUE||+15550001|1"),
        (8, "c1|support|Alice|CONNECT|3|c1b|2"),
        (40, "c1|support|Alice|COMPLETECALLER|3|32|1"),
        (50, "c3|support|NONE|ENTERQUEUE||+15550003|1"),
        (52, "c3|support|Bob|CONNECT|2|c3b|1"),
        (90, "c3|support|Bob|COMPLETEAGENT|2|38|1"),
        (100, "c2|support|NONE|ENTERQUEUE||+15550002|1"),
        (104, "c2|support|Alice|CONNECT|4|c2b|3"),
    )
    w = MainWindow(BoardSource(board_db, queue_log.path, WallClock()), settings)
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    with qtbot.waitSignal(w.refreshed, timeout=WAIT_MS):
        w.show()
    qtbot.waitUntil(lambda: w.care.agent("Alice") is not None
                    and w.care.agent("Alice").state == "on_call", timeout=WAIT_MS)
    yield w
    w.close()


def _running_text(w: MainWindow, name: str) -> str | None:
    tree = w.breaks_dock.running
    for i in range(tree.topLevelItemCount()):
        if tree.topLevelItem(i).text(0) == name:
            return tree.topLevelItem(i).text(1)
    return None


def test_a_break_granted_during_a_call_waits_for_it(qtbot, floor_window: MainWindow,
                                                     queue_log: QueueLogWriter) -> None:
    w = floor_window
    action(w.care.agent_menu("Alice"), "actionGrantBreak").trigger()
    dialog = w.care.last_dialog
    assert isinstance(dialog, GrantBreakDialog)
    assert dialog.on_call.isVisibleTo(dialog)
    assert "starts when the call ends" in dialog.on_call.text()
    qtbot.waitUntil(lambda: dialog.coverage is not None, timeout=WAIT_MS)
    dialog.length.button(5).setChecked(True)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _running_text(w, "Alice") is not None, timeout=WAIT_MS)

    # the countdown has not started: the dock says why, the board has no planned end yet
    assert _running_text(w, "Alice") == "Starts when the call ends"
    item = w.breaks_dock.running.topLevelItem(0)
    assert "start counting when the call ends" in item.toolTip(1)
    assert w.care.agent("Alice").break_waiting
    assert w.care.agent("Alice").on_break_until is None
    assert not action(w.care.agent_menu("Alice"), "actionGrantBreak").isEnabled()
    needs = w.breaks_dock.needs
    assert "Alice" not in [needs.topLevelItem(i).data(0, KeyRole)
                           for i in range(needs.topLevelItemCount())]
    qtbot.wait(1500)  # time passes, ticks and snapshots come: still not counting
    assert _running_text(w, "Alice") == "Starts when the call ends"

    # the caller hangs up: five minutes from then
    ended = int(time.time())
    queue_log.write((ended - queue_log.base, "c2|support|Alice|COMPLETECALLER|4|30|3"))
    qtbot.waitUntil(lambda: "left" in (_running_text(w, "Alice") or ""), timeout=WAIT_MS)
    brk = next(b for b in w.controller.last_snapshot.breaks if b.agent == "Alice")
    assert not brk.waiting and brk.start_ts == ended
    qtbot.waitUntil(lambda: w.care.agent("Alice").on_break_until == ended + 300,
                    timeout=WAIT_MS)


def _flag_dialog(w: MainWindow, name: str) -> FlagDialog:
    action(w.care.agent_menu(name), "actionFlagCall").trigger()
    dialog = w.care.last_dialog
    assert isinstance(dialog, FlagDialog) and dialog.call is not None
    return dialog


def _new_flag(qtbot, w: MainWindow, before: int):
    qtbot.waitUntil(lambda: len(w.controller.last_snapshot.flags) > before, timeout=WAIT_MS)
    return w.controller.last_snapshot.flags[0]  # newest first


def test_a_flag_from_the_row_links_the_call_in_progress_changeable(
        qtbot, floor_window: MainWindow) -> None:
    w = floor_window
    qtbot.waitUntil(lambda: len(w.controller.last_snapshot.recent_calls) == 3,
                    timeout=WAIT_MS)
    dialog = _flag_dialog(w, "Alice")
    combo = dialog.call
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert len(texts) == 3 and texts[-1] == "No call"
    assert "in progress" in combo.currentText() and "•••• 0002" in combo.currentText()
    assert dialog.linked_call().callid == "c2"
    assert "ended" in texts[1] and "•••• 0001" in texts[1]
    # the lead means the earlier call
    combo.setCurrentIndex(1)
    before = len(w.controller.last_snapshot.flags)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    flag = _new_flag(qtbot, w, before)
    assert (flag.agent, flag.callid, flag.queue) == ("Alice", "c1", "support")
    assert flag.caller == "•••• 0001"  # the caller comes with the call


def test_a_flag_links_the_call_that_just_ended_or_none(qtbot, floor_window: MainWindow) -> None:
    w = floor_window
    qtbot.waitUntil(lambda: len(w.controller.last_snapshot.recent_calls) == 3,
                    timeout=WAIT_MS)
    dialog = _flag_dialog(w, "Bob")
    assert dialog.linked_call().callid == "c3"
    assert "ended" in dialog.call.currentText()
    before = len(w.controller.last_snapshot.flags)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    flag = _new_flag(qtbot, w, before)
    assert (flag.agent, flag.callid) == ("Bob", "c3")
    # and once more, linked to no call
    dialog = _flag_dialog(w, "Bob")
    dialog.call.setCurrentIndex(dialog.call.findText("No call"))
    assert dialog.linked_call() is None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    flag = _new_flag(qtbot, w, before + 1)
    assert (flag.agent, flag.callid, flag.queue) == ("Bob", None, None)
