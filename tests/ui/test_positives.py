"""Recognition and issues for management through the real widgets, on a small demo floor:
the agent menu's "Recognise…", the flags menu's "Report an issue for management…", the
Positives and Issues docks, the causes list, the agent history, and the database behind them."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from console.domain import mgmt_issues as mi
from console.domain import recognition as rec
from console.services.demo import DemoOptions
from console.services.session import open_database
from console.store import audit
from console.ui.app import AppOptions, prepare_source
from console.ui.main_window import MainWindow
from console.ui.positives.causes_dialog import CausesDialog
from console.ui.positives.issue_dialog import IssueDialog
from console.ui.positives.issue_models import CountColumn, IssueColumn
from console.ui.positives.recognise_dialog import RecogniseDialog

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
    qtbot.waitUntil(lambda: w.positives.client.last_view is not None, timeout=WAIT_MS)
    yield w
    w.close()


def _db(w: MainWindow):
    return open_database(w.source.db_path)


def _action(menu, name: str):
    return next(a for a in menu.actions() if a.objectName() == name)


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _texts_in_panel(w: MainWindow) -> list[str]:
    model = w.positives.positives_dock.model
    return [model.recognition(i).text for i in range(model.rowCount())]


def test_recognise_from_the_agent_menu(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    agent = w.controller.last_snapshot.agents[0]
    menu = w.care.agent_menu(agent.name)
    action = _action(menu, "actionRecognise")
    assert action.isEnabled() and action.text() == "Recognise…"
    action.trigger()
    dialog = w.positives.last_dialog
    assert isinstance(dialog, RecogniseDialog)
    assert dialog.agent_combo.currentData() == agent.name
    dialog.set_kind(rec.OTHER)
    assert not dialog.ok_button.isEnabled()  # "Other" needs words
    qtbot.keyClicks(dialog.text, "Stayed late to clear the callback list")
    assert dialog.ok_button.isEnabled()
    dialog.set_kind(rec.HELPED_COLLEAGUE)
    before = w.positives.positives_dock.count
    _ok(dialog)
    qtbot.waitUntil(lambda: "Stayed late to clear the callback list" in _texts_in_panel(w),
                    timeout=WAIT_MS)
    dock = w.positives.positives_dock
    assert dock.count == before + 1
    assert dock.windowTitle() == f"Positives ({before + 1})"
    assert dock.model.recognition(0).text == "Stayed late to clear the callback list"  # newest
    assert "positives recorded" in w.flags_dock.wellbeing_label.text()
    conn = _db(w)
    try:
        row = conn.execute("SELECT id, agent, kind, recorded_by FROM recognitions"
                           " WHERE text = ?", ("Stayed late to clear the callback list",)
                           ).fetchone()
        assert row[1:] == (agent.name, rec.HELPED_COLLEAGUE, audit.current_actor())
        entry = next(e for e in audit.entries(conn) if e.subject == f"recognition:{row[0]}")
        assert entry.action == "recognition.record"
        assert json.loads(entry.detail)["agent"] == agent.name
    finally:
        conn.close()


def test_withdraw_a_recognition(qtbot, demo_window: MainWindow, monkeypatch) -> None:
    w = demo_window
    name = w.controller.last_snapshot.agents[1].name
    w.positives.client.recognise(name, rec.COMPLIMENT, "to be withdrawn")
    qtbot.waitUntil(lambda: "to be withdrawn" in _texts_in_panel(w), timeout=WAIT_MS)
    dock = w.positives.positives_dock
    dock.view.setCurrentIndex(dock.model.index(_texts_in_panel(w).index("to be withdrawn")))
    assert dock.withdraw_action.isEnabled()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    dock.withdraw_action.trigger()
    qtbot.waitUntil(lambda: "to be withdrawn" not in _texts_in_panel(w), timeout=WAIT_MS)
    conn = _db(w)
    try:
        rid, withdrawn = conn.execute("SELECT id, withdrawn_by FROM recognitions"
                                      " WHERE text = 'to be withdrawn'").fetchone()
        assert withdrawn == audit.current_actor()
        assert any(e.action == "recognition.withdraw" and e.subject == f"recognition:{rid}"
                   for e in audit.entries(conn))
    finally:
        conn.close()


def _issue_rows(w: MainWindow) -> list:
    model = w.positives.issues_dock.model
    return [model.issue(i) for i in range(model.rowCount())]


def _count_for(w: MainWindow, cause: str) -> int:
    model = w.positives.issues_dock.counts_model
    for i in range(model.rowCount()):
        if model.count(i).cause == cause:
            return int(model.index(i, CountColumn.TODAY).data())
    return 0


def test_report_an_issue_from_a_flag_and_again(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    flags = w.flags_dock
    assert flags.model.rowCount() > 0
    flags.table.selectRow(0)
    flag = flags.selected_flag()
    menu = flags.flag_menu()
    _action(menu, "actionReportIssueForManagement").trigger()
    dialog = w.positives.last_dialog
    assert isinstance(dialog, IssueDialog)
    assert dialog.link_box.isChecked() and dialog.link_box.isVisibleTo(dialog)
    assert dialog.reporter.currentData() == flag.agent  # the agent whose call showed it
    dialog.set_cause(mi.PRODUCT_DEFECT)
    dialog.location.setText("Test Street 5")
    assert not dialog.ok_button.isEnabled()  # no description yet
    dialog.description.setPlainText("Meters show the wrong reading")
    assert dialog.ok_button.isEnabled() and not dialog.repeat_hint.isVisibleTo(dialog)
    _ok(dialog)

    def reported() -> list:
        return [i for i in _issue_rows(w) if i.location == "Test Street 5"]

    qtbot.waitUntil(lambda: bool(reported()), timeout=WAIT_MS)
    assert _count_for(w, mi.PRODUCT_DEFECT) >= 1
    before = _count_for(w, mi.PRODUCT_DEFECT)
    issue = reported()[0]
    assert issue.occurrences == 1 and issue.status == mi.OPEN
    dock = w.positives.issues_dock
    row = dock.model.row_for(issue.id)
    assert dock.model.index(row, IssueColumn.REPORTS).data() == "×1"

    # the same problem again, spelled differently: one issue, two reports
    again = w.positives.report_issue(None)
    again.set_cause(mi.PRODUCT_DEFECT)
    again.location.setText("  test street 5 ")
    again.description.setPlainText("Another caller with a wrong meter reading")
    assert again.repeat_hint.isVisibleTo(again)
    assert "Already open" in again.repeat_hint.text()
    again.reporter.setCurrentIndex(again.reporter.findData("\x00lead"))
    _ok(again)
    qtbot.waitUntil(lambda: reported() and reported()[0].occurrences == 2, timeout=WAIT_MS)
    assert len(reported()) == 1
    assert _count_for(w, mi.PRODUCT_DEFECT) == before + 1
    assert "Issues for management (" in dock.windowTitle()

    conn = _db(w)
    try:
        rows = conn.execute(
            "SELECT r.flag_id, r.agent, r.reporter_role, r.reported_by FROM issue_reports r"
            " JOIN management_issues i ON i.id = r.issue_id WHERE i.id = ? ORDER BY r.id",
            (issue.id,)).fetchall()
        assert rows[0][:3] == (flag.id, flag.agent, mi.AGENT)
        assert rows[1][2:] == (mi.LEAD, audit.current_actor())
        reports = [e for e in audit.entries(conn)
                   if e.action == "issue.report" and e.subject == f"issue:{issue.id}"]
        assert [json.loads(e.detail)["repeat"] for e in reports] == [True, False]
    finally:
        conn.close()

    # sent to management from the dock
    dock.select_issue(issue.id)
    assert dock.sent_action.isEnabled()
    dock.sent_action.trigger()
    qtbot.waitUntil(lambda: reported()[0].status == mi.SENT, timeout=WAIT_MS)
    assert not dock.sent_action.isEnabled() and dock.fixed_action.isEnabled()
    conn = _db(w)
    try:
        assert any(e.action == "issue.status" and e.subject == f"issue:{issue.id}"
                   for e in audit.entries(conn))
    finally:
        conn.close()


def test_edit_causes_then_report_with_the_new_cause(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    w.positives.issues_dock.causes_action.trigger()
    dialog = w.positives.last_dialog
    assert isinstance(dialog, CausesDialog)
    assert dialog.list.count() == len(mi.DEFAULT_CAUSES)
    dialog._send("add_cause", "Courier delays")

    def labels() -> list[str]:
        return [dialog.list.item(i).text() for i in range(dialog.list.count())]

    qtbot.waitUntil(lambda: "Courier delays" in labels(), timeout=WAIT_MS)
    dialog._send("add_cause", "courier DELAYS")  # a duplicate is refused, in words
    qtbot.waitUntil(lambda: "already" in dialog.error.text(), timeout=WAIT_MS)
    dialog.list.setCurrentRow(labels().index("Billing error"))
    dialog.toggle_archived()
    qtbot.waitUntil(lambda: "Billing error (archived)" in labels(), timeout=WAIT_MS)
    dialog.reject()
    issue_dialog = w.positives.report_issue(None)
    offered = [issue_dialog.cause.itemText(i) for i in range(issue_dialog.cause.count())]
    assert "Courier delays" in offered and "Billing error" not in offered
    issue_dialog.reject()


def test_agent_history_shows_recognitions(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    name = w.controller.last_snapshot.agents[2].name
    w.positives.client.recognise(name, rec.RESOLVED_COMPLAINT, "kept a furious caller")
    qtbot.waitUntil(lambda: "kept a furious caller" in _texts_in_panel(w), timeout=WAIT_MS)
    history = w.coaching.history(name)
    qtbot.waitUntil(lambda: any(kind == "recognition" for kind, _ in history.entries_shown()),
                    timeout=WAIT_MS)
    what = next(text for kind, text in history.entries_shown() if kind == "recognition")
    assert what == "Recognised: Resolved a hard complaint"
    history.reject()


def test_demo_floor_has_positives_and_issues(qtbot, demo_window: MainWindow) -> None:
    view = demo_window.positives.client.last_view
    assert view.positives.total >= 2
    assert any(i.occurrences >= 2 for i in view.issues)  # the repeat rule at work
    dock = demo_window.positives.positives_dock
    assert dock.windowTitle().startswith("Positives (")
    assert dock.view.isVisibleTo(dock) and not dock.empty.isVisibleTo(dock)
    assert demo_window.positives.issues_dock.counts_model.rowCount() >= 2
    toggles = [a.objectName() for a in demo_window.menu_actions.dock_toggles]
    assert {"actionTogglePositivesDock", "actionToggleIssuesDock"} <= set(toggles)
    assert Qt.DockWidgetArea.BottomDockWidgetArea == demo_window.dockWidgetArea(dock)


def test_recognise_from_a_complaint_call(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    qtbot.waitUntil(lambda: any(c.agent and "complaint" in c.queue and c.talk_s
                                for c in w.calls_dock.model.calls()), timeout=WAIT_MS)
    call = next(c for c in w.calls_dock.model.calls()
                if c.agent and "complaint" in c.queue and c.talk_s)
    menu = w.calls_dock.call_menu(call)
    _action(menu, "actionRecognise").trigger()
    dialog = w.positives.last_dialog
    assert isinstance(dialog, RecogniseDialog)
    assert dialog.kind() == rec.RESOLVED_COMPLAINT  # a complaints call: the likely praise
    began = datetime.fromtimestamp(int(call.callid.split(".")[0])).strftime("%H:%M")
    assert dialog.link_box.isChecked() and began in dialog.link_box.text()
    assert call.callid not in dialog.link_box.text()  # people see the time, not the raw id
    assert dialog.values()[:2] == (call.agent, rec.RESOLVED_COMPLAINT)
    assert dialog.values()[3] == call.callid
    _ok(dialog)
    qtbot.waitUntil(lambda: any(r.callid == call.callid
                                for r in w.positives.client.last_view.positives.recognitions),
                    timeout=WAIT_MS)
    assert _action(w.calls_dock.call_menu(call), "actionReportIssueForManagement").isEnabled()


def test_recognise_from_the_dock_asks_for_the_agent(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    w.positives.positives_dock.recognise_action.trigger()
    dialog = w.positives.last_dialog
    assert isinstance(dialog, RecogniseDialog)
    assert dialog.agent_combo.currentData() is None
    assert not dialog.ok_button.isEnabled()  # nobody is praised by default
    name = w.controller.last_snapshot.agents[3].name
    dialog.agent_combo.setCurrentIndex(dialog.agent_combo.findData(name))
    assert dialog.ok_button.isEnabled()
    assert not dialog.link_box.isVisibleTo(dialog)
    assert dialog.values()[0] == name and dialog.values()[3:] == (None, None)
    dialog.reject()


def test_cards_name_a_call_by_its_time_not_its_asterisk_id(qapp) -> None:
    from datetime import datetime

    from console.ui.positives import texts as positives_texts

    began = datetime(2026, 11, 23, 10, 27, 3).timestamp()
    text = positives_texts.link_text(f"{int(began)}.260")
    assert text == "call at 10:27" and "260" not in text
    assert positives_texts.link_text("not-an-id") == "a linked call"
    assert positives_texts.link_text(None, "10:42") == "flag at 10:42"
