"""Working escalations through the real widgets: the dock, "New escalation…", the work dialog
and its prompts, opening from a flag and from an agent's call, notices. The clock is a manual
one, so the promise's time passes when the test says so (no timed waits on the clock)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from console.domain import escalations as rules
from console.services.session import open_database
from console.store import escalations as store
from console.ui.controller import BoardSource
from console.ui.escalations.backlog_model import Column
from console.ui.escalations.work_dialog import ActionPrompt, EscalationDialog
from console.ui.main_window import MainWindow

WAIT_MS = 15000
MIN = 60


class ManualClock:
    def __init__(self, start: float) -> None:
        self.t = start

    def now(self) -> float:
        return self.t


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(float(int(time.time())))


@pytest.fixture
def window(qtbot, styled_app, board_db: Path, settings, clock: ManualClock):
    w = MainWindow(BoardSource(board_db, None, clock), settings)
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    w.show()
    qtbot.waitUntil(lambda: w.escalations.client.last_board is not None, timeout=WAIT_MS)
    yield w
    w.close()


def audit_actions(db: Path) -> list[str]:
    conn = open_database(db)
    try:
        return [r[0] for r in conn.execute(
            "SELECT action FROM audit_log WHERE action LIKE 'escalation.%' ORDER BY id")]
    finally:
        conn.close()


def only_item(w: MainWindow):
    model = w.escalations.dock.model
    assert model.rowCount() == 1
    return model.item(0)


def submit(qtbot, prompt: ActionPrompt | None, text: str | None = None) -> None:
    assert prompt is not None and prompt.isVisible()
    if text is not None:
        prompt.text.setPlainText(text)
    assert prompt.ok_button.isEnabled()
    qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)


def test_work_an_escalation_from_the_new_button_to_met(qtbot, window: MainWindow,
                                                       board_db: Path,
                                                       clock: ManualClock) -> None:
    w = window
    dock = w.escalations.dock
    toggle = next(a for a in w.menu_actions.dock_toggles
                  if a.objectName() == "actionToggleEscalationsDock")
    assert toggle.text().replace("&", "") == "Escalations"  # View menu adds a mnemonic
    dock.raise_()
    qtbot.mouseClick(dock.buttons["new"], Qt.MouseButton.LeftButton)
    new = dock.last_new_dialog
    assert new is not None and new.isVisible()
    new.channel.setCurrentIndex(rules.CHANNELS.index(rules.EMAIL))
    assert new.promise.value() == 48  # the e-mail default follows the channel ...
    new.promise.setValue(2)  # ... until the lead agrees another deadline
    new.channel.setCurrentIndex(rules.CHANNELS.index(rules.WECHAT))
    assert new.promise.value() == 2
    new.customer.setText("li.na@example.com")
    new.category.setCurrentText("billing")
    new.description.setPlainText("Charged twice for one order / 重复扣费")
    new.holder.setCurrentText("Wang Fang")
    new.role.setCurrentIndex(rules.ROLES.index(rules.SUPERVISOR))
    qtbot.mouseClick(new.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dock.model.rowCount() == 1, timeout=WAIT_MS)
    item = only_item(w)
    assert item.reference == f"ESC-{item.id}"
    assert item.customer == "l•••@example.com"
    assert (item.channel, item.promise_minutes, item.owner) == ("wechat", 120, "Wang Fang")
    qtbot.waitUntil(lambda: dock.selected_id() == item.id, timeout=WAIT_MS)
    assert dock.proxy.index(0, Column.LEFT).data() == "2:00:00 left"
    assert dock.proxy.index(0, Column.STATE).data() == "On track"

    dialog = dock.work_selected()
    assert isinstance(dialog, EscalationDialog)
    qtbot.waitUntil(lambda: dialog.timeline.topLevelItemCount() == 1, timeout=WAIT_MS)
    assert dialog.timeline.topLevelItem(0).text(1) == "Opened"

    clock.t += 30 * MIN  # the countdown follows the clock, one tick at a time
    dock.model.tick()
    assert dock.proxy.index(0, Column.LEFT).data() == "1:30:00 left"
    submit(qtbot, dialog.start_action("reply"), "Called back, explained the refund")
    qtbot.waitUntil(lambda: only_item(w).first_reply_at is not None, timeout=WAIT_MS)
    assert only_item(w).trust == pytest.approx(75)  # 30 min of a 2 h promise
    qtbot.waitUntil(lambda: dialog.trust.text() == "Trust: 75", timeout=WAIT_MS)

    prompt = dialog.start_action("pause")
    assert prompt is not None and not prompt.ok_button.isEnabled()  # a pause needs a reason
    submit(qtbot, prompt, "Waiting for the customer's bank statement")
    qtbot.waitUntil(lambda: only_item(w).paused, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.buttons["resume"].isVisibleTo(dialog), timeout=WAIT_MS)
    clock.t += 5 * 60 * MIN  # five hours on hold: the promise's clock stands still
    dock.model.tick()
    assert dock.proxy.index(0, Column.STATE).data() == "On track"
    assert dock.proxy.index(0, Column.LEFT).data() == "1:30:00 left · paused"
    qtbot.mouseClick(dialog.buttons["resume"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not only_item(w).paused, timeout=WAIT_MS)

    prompt = dialog.start_action("handoff")
    assert prompt is not None and prompt.holder is not None and prompt.role is not None
    prompt.holder.setCurrentText("Billing")
    prompt.role.setCurrentIndex(rules.ROLES.index(rules.DEPARTMENT))
    submit(qtbot, prompt, "Refund needs the billing team")
    qtbot.waitUntil(lambda: only_item(w).owner == "Billing", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(dialog.chain.steps) == 2, timeout=WAIT_MS)
    assert [(s.role, s.holder, s.current) for s in dialog.chain.steps] == [
        ("supervisor", "Wang Fang", False), ("department", "Billing", True)]
    assert only_item(w).department == "Billing"

    submit(qtbot, dialog.start_action("note"), "Billing confirmed the refund")
    clock.t += 30 * MIN
    prompt = dialog.start_action("resolve")
    assert prompt is not None
    submit(qtbot, prompt, "Refund issued")
    qtbot.waitUntil(lambda: dock.model.rowCount() == 1 and only_item(w).resolved,
                    timeout=WAIT_MS)
    assert only_item(w).state == rules.MET  # 1 h of a 2 h promise (5 h paused)
    assert only_item(w).elapsed_minutes == pytest.approx(60)
    assert dock.proxy.rowCount() == 0  # resolved items are hidden by default ...
    dock.show_resolved.setChecked(True)
    assert dock.proxy.rowCount() == 1
    assert dock.proxy.index(0, Column.STATE).data() == "Met"
    qtbot.waitUntil(lambda: not dialog.buttons["resolve"].isEnabled(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.timeline.topLevelItemCount() == 7, timeout=WAIT_MS)
    assert [dialog.timeline.topLevelItem(i).text(1) for i in range(7)] == [
        "Opened", "Reply to customer", "Clock paused", "Clock resumed", "Handed off", "Note",
        "Resolved"]
    assert audit_actions(board_db) == [
        "escalation.open", "escalation.reply", "escalation.pause", "escalation.resume",
        "escalation.handoff", "escalation.note", "escalation.resolve"]
    assert "75" in dock.trust_label.text()


def test_open_from_a_flag_breach_notice_and_met_late(qtbot, window: MainWindow,
                                                     board_db: Path,
                                                     clock: ManualClock) -> None:
    w = window
    conn = open_database(board_db)
    try:
        conn.execute("INSERT INTO calls (callid, queue, caller, enter_ts, outcome, agent,"
                     " connect_ts, end_ts) VALUES ('1700000000.42', 'complaints',"
                     " '13812349876', ?, 'completed_agent', 'agent101', ?, ?)",
                     (clock.t - 900, clock.t - 880, clock.t - 120))
        conn.execute("INSERT INTO abuse_flags (ts, callid, queue, agent, caller, severity,"
                     " category, source) VALUES (?, '1700000000.42', 'complaints', 'agent101',"
                     " '13812349876', 2, 'insult_profanity', 'console')", (clock.t - 100,))
    finally:
        conn.close()
    flags = w.care.flags_dock
    qtbot.waitUntil(lambda: flags.model.rowCount() == 1, timeout=WAIT_MS)
    flags.table.selectRow(0)
    menu = flags.flag_menu()
    escalate = next(a for a in menu.actions() if a.objectName() == "actionEscalateFlag")
    escalate.trigger()
    new = w.escalations.dock.last_new_dialog
    assert new is not None and new.isVisible()
    assert new.customer.text() == "•••• 9876"
    assert new.holder.currentText() == "agent101"
    assert new.channel.currentData() == rules.PHONE and new.promise.value() == 24
    qtbot.mouseClick(new.ok_button, Qt.MouseButton.LeftButton)
    dock = w.escalations.dock
    qtbot.waitUntil(lambda: dock.model.rowCount() == 1, timeout=WAIT_MS)
    item = only_item(w)
    assert (item.agent, item.callid, item.queue, item.holder_role) == (
        "agent101", "1700000000.42", "complaints", "agent")
    assert item.customer == "•••• 9876" and item.flag_id is not None

    clock.t += 24 * 3600 + 60  # a day and a minute later: the promise is broken
    dock.model.tick()
    assert dock.proxy.index(0, Column.STATE).data() == "Breached"
    assert dock.proxy.index(0, Column.LEFT).data() == "overdue 0:01:00"
    w.escalations.client.refresh()
    qtbot.waitUntil(lambda: len(w.escalations.notified) == 1, timeout=WAIT_MS)
    assert w.escalations.notified[-1][0] == f"Escalation {item.reference} breached its promise"
    w.escalations.client.refresh()  # once only
    qtbot.waitUntil(lambda: w.escalations.client.last_board.now == clock.t, timeout=WAIT_MS)
    qtbot.wait(200)
    assert len(w.escalations.notified) == 1

    dock.table.selectRow(0)
    dialog = dock.work_selected()
    submit(qtbot, dialog.start_action("resolve"))
    qtbot.waitUntil(lambda: only_item(w).resolved, timeout=WAIT_MS)
    assert only_item(w).state == rules.MET_LATE
    conn = open_database(board_db)
    try:
        kinds = [e.kind for e in store.events(conn, item.id)]
    finally:
        conn.close()
    # nobody looked between opening and the breach: the highest warning and the breach only
    assert kinds == ["opened", "warning", "breached", "resolved"]


def test_open_for_an_agents_last_call(qtbot, window: MainWindow, board_db: Path,
                                      clock: ManualClock) -> None:
    conn = open_database(board_db)
    try:
        conn.execute("INSERT INTO calls (callid, queue, caller, enter_ts, outcome, agent,"
                     " connect_ts, end_ts) VALUES ('1700000000.77', 'support', '13900001111',"
                     " ?, 'completed_caller', 'agent105', ?, ?)",
                     (clock.t - 600, clock.t - 590, clock.t - 30))
    finally:
        conn.close()
    w = window
    agent_menu = w.care.agent_menu("agent105")
    escalate = next(a for a in agent_menu.actions()
                    if a.objectName() == "actionEscalateAgentCall")
    escalate.trigger()  # asks the thread for the agent's latest call, then opens the dialog
    qtbot.waitUntil(lambda: w.escalations.dock.last_new_dialog is not None, timeout=WAIT_MS)
    new = w.escalations.dock.last_new_dialog
    assert new.context["callid"] == "1700000000.77"
    assert new.customer.text() == "•••• 1111"
    assert new.values()["customer"] is None  # the service takes the number from the call
    new.reject()

    class FakeCallsDock:  # the calls dock's contract: add_menu_extender(fn(call_row, menu))
        def __init__(self) -> None:
            self.extenders = []

        def add_menu_extender(self, fn) -> None:
            self.extenders.append(fn)

    calls = FakeCallsDock()
    w.escalations.attach_calls_dock(calls)
    w.escalations.attach_calls_dock(calls)  # once only
    assert len(calls.extenders) == 1
    menu = QMenu(w)
    calls.extenders[0]({"callid": "1700000000.77", "agent": "agent105", "queue": "support",
                        "caller": "13900001111"}, menu)
    action = next(a for a in menu.actions() if a.objectName() == "actionEscalateCall")
    action.trigger()
    new = w.escalations.dock.last_new_dialog
    assert new.isVisible() and new.context["queue"] == "support"
    assert new.values()["callid"] == "1700000000.77"
    new.reject()


def test_countdown_repaints_only_its_column_until_the_state_moves(qtbot, styled_app) -> None:
    from console.domain.escalations import Escalation
    from console.ui.escalations.aging_chart import AgingChart
    from console.ui.escalations.backlog_model import BacklogModel

    clock = ManualClock(1_800_000_000.0)
    model = BacklogModel(clock.now)
    model.timer.stop()  # the test ticks by hand
    items = [Escalation(id=i, reference=f"ESC-{i}", channel="phone",
                        opened_at=int(clock.t) - i * 3600, promise_minutes=24 * 60)
             for i in (1, 2, 3)]
    model.set_items(items)
    changes: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changes.append(
        (a.row(), a.column(), b.row(), b.column())))
    clock.t += 1
    model.tick()
    assert changes == [(0, Column.LEFT, 2, Column.LEFT)]
    changes.clear()
    clock.t = items[2].opened_at + 18 * 3600  # ESC-3 reaches 75 %: its whole row repaints
    model.tick()
    assert changes == [(2, 0, 2, len(Column) - 1), (0, Column.LEFT, 2, Column.LEFT)]
    assert model.index(2, Column.STATE).data() == "At risk"
    changes.clear()
    model.set_items(items)  # the same board again: nothing to repaint
    assert changes == []

    chart = AgingChart()
    qtbot.addWidget(chart)
    bars = chart.bars
    chart.set_counts([1, 0, 2, 5, 0, 1], model.settings)
    chart.set_counts([2, 1, 2, 4, 0, 1], model.settings)
    assert chart.bars is bars  # one bar item, updated in place
    assert list(bars.opts["height"]) == [2, 1, 2, 4, 0, 1]
    ticks = chart.plot.getPlotItem().getAxis("bottom")._tickLevels[0]
    assert [t[1] for t in ticks] == ["late", "<4", "4–12", "12–24", "24–48", "≥48"]
