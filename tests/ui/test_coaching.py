"""Coaching through the real widgets: arrange peer coaching from an agent, record the outcome,
a 1:1 talk with ranked needs, the pending talk from a break, history, and the dock.

Most tests run the window on a small demo floor (as ``composure demo`` does); the coaching
actions run on their own thread and are checked in the database afterwards.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from console.services.demo import DemoOptions
from console.store import audit, db
from console.store import coaching as coaching_store
from console.store import roster as roster_store
from console.ui.app import AppOptions, prepare_source
from console.ui.coaching.arrange_dialog import ArrangeCoachingDialog
from console.ui.coaching.coaching_controller import CoachingController
from console.ui.coaching.coaching_dock import AgentRole
from console.ui.coaching.history_dialog import HistoryDialog
from console.ui.coaching.outcome_dialog import OutcomeDialog
from console.ui.coaching.talk_dialog import TalkDialog
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


def read_db(w: MainWindow):
    return db.connect(w.source.db_path)


def menu_action(menu, name: str):
    return next(a for a in menu.actions() if a.objectName() == name)


def newest_agent_without_coach_mark(w: MainWindow) -> str:
    conn = read_db(w)
    try:
        details = roster_store.roster_details(conn)
    finally:
        conn.close()
    return max((d for d in details if not d.coach), key=lambda d: d.start_date).name


def test_arrange_peer_coaching_from_the_agent_menu(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    name = newest_agent_without_coach_mark(w)
    menu = w.care.agent_menu(name)
    for action in ("actionArrangeCoaching", "actionOneToOneTalk", "actionAgentHistory"):
        assert menu_action(menu, action).isEnabled()
    menu_action(menu, "actionArrangeCoaching").trigger()
    dialog = w.coaching.last_dialog
    assert isinstance(dialog, ArrangeCoachingDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    suggestion = dialog.plan.suggestion
    assert len(suggestion.top) == 3
    shown = dialog.candidates_shown()
    assert [n for n, pickable in shown[:3]] == [c.name for c in suggestion.top]
    assert all(pickable for _, pickable in shown[:3])
    assert name not in [n for n, _ in shown]
    # reasons in words next to each suggested coach
    first_row = dialog.coaches.topLevelItem(1)
    assert first_row.text(0) == suggestion.top[0].profile.display_name
    assert "on the floor" in first_row.text(1) and "this week" in first_row.text(1)
    # the unavailable are greyed with why not
    for c in suggestion.unavailable:
        assert (c.name, False) in shown
    assert dialog.selected_coach() == suggestion.top[0].name  # the best one preselected
    pick = suggestion.top[1].name
    assert dialog.select_coach(pick)
    if suggestion.unavailable:
        assert not dialog.select_coach(suggestion.unavailable[0].name)
    dialog.focus.setText("安抚愤怒的来电者 calming an angry caller")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.session_id is not None, timeout=WAIT_MS)
    conn = read_db(w)
    try:
        s = coaching_store.session(conn, dialog.session_id)
        assert (s.kind, s.agent, s.coach, s.status) == ("peer", name, pick, "planned")
        assert s.focus == "安抚愤怒的来电者 calming an angry caller"
        assert s.due_ts is not None and s.due_ts > s.created_at
        logged = [(e.action, e.subject) for e in audit.entries(conn)]
        assert ("peer.plan", f"session:{s.id}") in logged
    finally:
        conn.close()
    # the dock lists it
    qtbot.waitUntil(lambda: w.coaching.dock.select_session(dialog.session_id), timeout=WAIT_MS)


def test_record_an_outcome_from_the_dock(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    dock = w.coaching.dock
    qtbot.waitUntil(lambda: dock.overview is not None, timeout=WAIT_MS)
    peer = next(s for s in dock.overview.open if s.kind == "peer")
    assert dock.select_session(peer.id)
    qtbot.mouseClick(dock.record_button, Qt.MouseButton.LeftButton)
    dialog = w.coaching.last_dialog
    assert isinstance(dialog, OutcomeDialog)
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=WAIT_MS)
    assert dialog.save_button.isEnabled() and dialog.cancel_button.isEnabled()
    assert "coaches" in dialog.title.text()
    dialog.went_well.setPlainText("kept a calm voice")
    dialog.do_differently.setPlainText("I would have offered a callback sooner")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved, timeout=WAIT_MS)
    conn = read_db(w)
    try:
        s = coaching_store.session(conn, peer.id)
        assert (s.status, s.went_well, s.do_differently) == (
            "done", "kept a calm voice", "I would have offered a callback sooner")
        assert s.completed_at is not None
        assert ("peer.record", f"session:{peer.id}") in [(e.action, e.subject)
                                                         for e in audit.entries(conn)]
    finally:
        conn.close()
    qtbot.waitUntil(lambda: not dock.select_session(peer.id), timeout=WAIT_MS)


def test_dock_shows_overdue_first_and_the_teams_needs(qtbot, demo_window: MainWindow) -> None:
    dock = demo_window.coaching.dock
    qtbot.waitUntil(lambda: dock.overview is not None, timeout=WAIT_MS)
    first = dock.sessions.topLevelItem(0)
    assert first.text(0).startswith("overdue")  # the demo's 1:1 talk, 20 min late
    assert first.font(0).bold()
    later = dock.sessions.topLevelItem(dock.sessions.topLevelItemCount() - 1)
    assert later.text(0).startswith("due ") and not later.font(0).bold()
    text = dock.needs.text()
    assert "Common:" in text and "A calmer hour" in text and "Personal:" in text
    team = sorted(dock.overview.by_team)[0]
    dock.team.setCurrentIndex(dock.team.findData(team))
    summary = dock.overview.by_team[team]
    assert summary.agents_talked >= 3 and summary.common and summary.personal
    assert f"A calmer hour ({summary.common[0].count} of {summary.agents_talked})" in \
        dock.needs.text()
    personal = summary.personal[0].agents[0]
    assert f"({dock.overview.names[personal]})" in dock.needs.text()
    # the team filter narrows the sessions too
    assert all(dock.overview.teams[dock.sessions.topLevelItem(i).data(0, AgentRole)] == team
               for i in range(dock.sessions.topLevelItemCount()))
    # "Record outcome…" on a 1:1 talk opens the talk, to be completed
    dock.team.setCurrentIndex(0)
    talk = next(s for s in dock.overview.open if s.kind == "one_to_one")
    assert dock.select_session(talk.id)
    qtbot.mouseClick(dock.record_button, Qt.MouseButton.LeftButton)
    dialog = demo_window.coaching.last_dialog
    assert isinstance(dialog, TalkDialog)
    qtbot.waitUntil(lambda: dialog.form is not None, timeout=WAIT_MS)
    assert dialog.form.pending.id == talk.id and not dialog.later.isVisible()
    assert dialog.pending.text().startswith("Planned (overdue")
    dialog.reject()
    toggle = next(a for a in demo_window.menu_actions.dock_toggles
                  if a.objectName() == "actionToggleCoachingDock")
    view_menu = next(m for m in demo_window.menu_actions.menus
                     if demo_window.breaks_dock.toggleViewAction() in m.actions())
    assert toggle in view_menu.actions()
    assert view_menu.actions().index(toggle) < next(
        i for i, a in enumerate(view_menu.actions()) if a.isSeparator())


def test_break_with_a_talk_then_the_lead_records_it_with_ranked_needs(
        qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    snap = w.controller.last_snapshot
    agent = next(a for a in snap.agents if a.state in ("available", "on_call", "wrap_up")
                 and a.on_break_until is None)
    w.care.controller.grant_break(agent.name, 10, one_to_one=True)
    qtbot.waitUntil(lambda: any(s.agent == agent.name and s.kind == "one_to_one"
                                for s in (w.coaching.dock.overview.open
                                          if w.coaching.dock.overview else ())),
                    timeout=WAIT_MS)
    menu = w.care.agent_menu(agent.name)
    menu_action(menu, "actionOneToOneTalk").trigger()
    dialog = w.coaching.last_dialog
    assert isinstance(dialog, TalkDialog)
    qtbot.waitUntil(lambda: dialog.form is not None, timeout=WAIT_MS)
    assert dialog.form.pending is not None and dialog.form.pending.break_id is not None
    assert "recovery break" in dialog.pending.text()
    ranking = dialog.needs
    ids = {ranking.list.item(i).text(): ranking.list.item(i).data(Qt.ItemDataRole.UserRole + 1)
           for i in range(ranking.list.count())}
    ranking.set_checked(ids["A calmer hour"])
    ranking.set_checked(ids["Training"])
    assert ranking.ranked() == [ids["A calmer hour"], ids["Training"]]
    # put training first with the Move up button
    row = next(i for i in range(ranking.list.count())
               if ranking.list.item(i).text() == "Training")
    ranking.list.setCurrentRow(row)
    for _ in range(row):
        qtbot.mouseClick(ranking.up, Qt.MouseButton.LeftButton)
    assert ranking.ranked() == [ids["Training"], ids["A calmer hour"]]
    assert "1. Training" in ranking.summary.text()
    dialog.went_well.setPlainText("talked it through")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.session_id is not None, timeout=WAIT_MS)
    conn = read_db(w)
    try:
        s = coaching_store.session(conn, dialog.session_id)
        assert s.id == dialog.form.pending.id  # the pending talk was completed, not doubled
        assert (s.status, s.went_well, s.needs) == (
            "done", "talked it through", (ids["Training"], ids["A calmer hour"]))
    finally:
        conn.close()


def test_history_from_the_flags_dock(qtbot, demo_window: MainWindow) -> None:
    w = demo_window
    model = w.flags_dock.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=WAIT_MS)
    row = next(r for r in range(model.rowCount()) if model.flag(r).agent)
    flag = model.flag(row)
    w.flags_dock.table.selectRow(row)
    menu = w.flags_dock.flag_menu()
    menu_action(menu, "actionAgentHistory").trigger()
    dialog = w.coaching.last_dialog
    assert isinstance(dialog, HistoryDialog)
    qtbot.waitUntil(lambda: dialog.history is not None, timeout=WAIT_MS)
    kinds = [kind for kind, _ in dialog.entries_shown()]
    assert "flag" in kinds
    assert any(what.startswith("Abuse flag:") for _, what in dialog.entries_shown())
    assert "on the floor" in dialog.profile.text() or "no start date" in dialog.profile.text()
    dialog.close()
    # "Arrange peer coaching…" from a flag reviews the flagged call
    menu_action(w.flags_dock.flag_menu(), "actionArrangeCoaching").trigger()
    arrange = w.coaching.last_dialog
    qtbot.waitUntil(lambda: arrange.plan is not None, timeout=WAIT_MS)
    if flag.callid:
        assert arrange.call.currentData() == flag.callid
        assert arrange.plan.suggestion.queue == flag.queue


# ---------------------------------------------------------------------- without a floor
NOW = datetime.combine(date.today(), datetime.min.time()).timestamp() + 11 * 3600


@pytest.fixture
def controller(qtbot, styled_app, board_db: Path):
    c = CoachingController(BoardSource(board_db))
    c.start()
    yield c
    c.stop()


def test_nobody_eligible_says_why(qtbot, controller, board_db: Path) -> None:
    conn = db.connect(board_db)
    recent = (date.today() - timedelta(days=40)).isoformat()
    roster_store.save_roster(conn, [roster_store.RosterEntry(n, "A", start_date=recent)
                                    for n in ("ann", "bea", "cat")])
    conn.close()
    dialog = ArrangeCoachingDialog(controller, "ann", "Ann")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=WAIT_MS)
    assert dialog.plan.suggestion.top == ()
    assert dialog.status.text() == ("Nobody can coach right now: 2 with too little experience "
                                    "and no coach mark.")
    assert dialog.candidates_shown() == [("bea", False), ("cat", False)]
    assert "only 1 month on the floor, no coach mark" in dialog.coaches.topLevelItem(1).text(1)
    assert not dialog.ok_button.isEnabled()


def test_needs_editor_adds_renames_and_the_talk_keeps_its_ticks(qtbot, controller) -> None:
    dialog = TalkDialog(controller, "ann", "Ann")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.form is not None, timeout=WAIT_MS)
    first = dialog.form.needs[0].id
    dialog.needs.set_checked(first)
    qtbot.mouseClick(dialog.needs.edit, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None and editor.list.count() == 5
    editor.add_need("Quiet room")
    editor.list.item(1).setText("Praise in the team meeting")
    editor.list.setCurrentRow(4)
    editor.remove_current()
    editor.save()
    qtbot.waitUntil(lambda: editor.saved_needs is not None, timeout=WAIT_MS)
    labels = [dialog.needs.list.item(i).text() for i in range(dialog.needs.list.count())]
    assert labels == ["A calmer hour", "Praise in the team meeting", "Help with hard cases",
                      "Training", "Quiet room"]
    assert dialog.needs.ranked() == [first]


def test_calls_dock_menu_gets_the_coaching_entries(qtbot, styled_app, board_db: Path,
                                                   settings) -> None:
    from PySide6.QtWidgets import QMenu

    from console.domain.calls import CallRow

    def call(callid: str, queue: str, agent: str | None) -> CallRow:
        return CallRow(1, callid, queue, agent, agent, "•••• 0001", "0001", 0, "completed",
                       5.0, 60.0)

    w = MainWindow(BoardSource(board_db), settings)
    qtbot.addWidget(w)
    w.coaching.hook_calls_dock()
    w.coaching.hook_calls_dock()  # once only
    hooked = [f for f in w.calls_dock.menu_extenders if f == w.coaching.extend_call_menu]
    assert len(hooked) == 1
    extend = hooked[0]
    menu = QMenu()
    w.coaching.talk_recommended = {"Alice"}  # a severe flag: the strain rules ask for a 1:1
    extend(call("1795421195.1", "complaints", "Alice"), menu)
    talk = menu_action(menu, "actionOneToOneTalk")
    assert talk.text() == "1:1 talk (recommended)…" and talk.font().bold()
    assert [a.objectName() for a in menu.actions() if a.objectName()] == [
        "actionArrangeCoaching", "actionOneToOneTalk", "actionAgentHistory"]
    empty = QMenu()
    extend(call("1795421196.1", "support", None), empty)  # nobody answered
    assert empty.actions() == []
    menu_action(menu, "actionArrangeCoaching").trigger()
    dialog = w.coaching.last_dialog
    assert isinstance(dialog, ArrangeCoachingDialog)
    assert dialog.agent == "Alice" and dialog.call.currentData() == "1795421195.1"
    dialog.reject()
