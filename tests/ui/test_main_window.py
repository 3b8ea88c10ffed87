"""The real main window on a temporary database, fed by a queue_log file written by the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from console.services.clock import WallClock
from console.services.session import open_database
from console.store import roster  # test setup only: the UI itself never imports the store
from console.ui.board.agent_table_model import AgentNameRole, Column
from console.ui.controller import BoardSource
from console.ui.main_window import MainWindow

from .conftest import QueueLogWriter

WAIT_MS = 8000


def save_teams(db: Path, teams: dict[str, str]) -> None:
    conn = open_database(db)
    try:
        roster.save_roster(conn, [roster.RosterEntry(name, team) for name, team in teams.items()])
    finally:
        conn.close()


@pytest.fixture
def window(qtbot, styled_app, board_db: Path, queue_log: QueueLogWriter, settings):
    save_teams(board_db, {"Alice": "Team Aurora", "Bob": "Team Bamboo", "Carol": "Team Aurora"})
    queue_log.write(
        (0, "NONE|NONE|NONE|QUEUESTART|"),
        (1, "NONE|support|Alice|ADDMEMBER|"),
        (1, "NONE|support|Bob|ADDMEMBER|"),
        (1, "NONE|sales|Carol|ADDMEMBER|"),
        (10, "1001.1|support|NONE|ENTERQUEUE||+15550001|1"),
        (12, "1002.1|support|NONE|ENTERQUEUE||+15550002|2"),
        (14, "1003.1|sales|NONE|ENTERQUEUE||+15550003|1"),
        (15, "1001.1|support|Alice|CONNECT|5|1001.2|2"),
    )
    source = BoardSource(board_db, queue_log.path, WallClock())
    w = MainWindow(source, settings)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    with qtbot.waitSignal(w.refreshed, timeout=WAIT_MS):
        w.show()
    yield w
    w.close()


def visible_agents(w: MainWindow) -> list[str]:
    proxy = w.board.proxy
    return sorted(proxy.index(r, 0).data(AgentNameRole) for r in range(proxy.rowCount()))


def agent_state(w: MainWindow, name: str) -> str:
    model = w.board.model
    row = model.row_for(name)
    assert row is not None, name
    return model.index(row, Column.STATE).data()


def test_board_shows_agents_kpis_and_filters(qtbot, window: MainWindow) -> None:
    w = window
    assert w.windowTitle() == "Composure — Team board"
    qtbot.waitUntil(lambda: visible_agents(w) == ["Alice", "Bob", "Carol"], timeout=WAIT_MS)
    tiles = w.kpis.tiles
    qtbot.waitUntil(lambda: tiles["waiting"].value.text() == "2", timeout=WAIT_MS)
    assert agent_state(w, "Alice") == "On a call"
    assert agent_state(w, "Bob") == "Available"
    assert w.kpis.agents.counts["on_call"].text() == "1"
    assert w.kpis.agents.counts["available"].text() == "2"
    assert w.board.queue_section.isVisibleTo(w)  # two queues: the breakdown is shown
    assert w.board.queue_model.queue_names() == ["sales", "support"]
    assert w.status.ingest.text.text() == "Ingest: OK"
    assert w.charts.intervals.points >= 1 and w.charts.depth.points > 0

    # search: case-insensitive, by name
    qtbot.keyClicks(w.board.search, "ALI")
    assert visible_agents(w) == ["Alice"]
    w.board.search.clear()
    assert visible_agents(w) == ["Alice", "Bob", "Carol"]

    # team filter: "All teams" + the teams of the roster
    combo = w.board.team_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All teams", "Team Aurora", "Team Bamboo"]
    combo.setCurrentIndex(combo.findText("Team Aurora"))
    assert visible_agents(w) == ["Alice", "Carol"]
    assert w.board.shown.text() == "2 of 3 agents"
    qtbot.keyClicks(w.board.search, "car")
    assert visible_agents(w) == ["Carol"]
    combo.setCurrentIndex(0)
    w.board.search.clear()
    assert visible_agents(w) == ["Alice", "Bob", "Carol"]


def test_new_lines_update_rows_and_kpis_in_place(qtbot, window: MainWindow,
                                                  queue_log: QueueLogWriter) -> None:
    w = window
    qtbot.waitUntil(lambda: w.kpis.tiles["waiting"].value.text() == "2", timeout=WAIT_MS)
    table = w.board.table
    table.selectRow(0)
    selected = table.selectionModel().selectedRows()[0].data(AgentNameRole)
    resets: list[int] = []
    w.board.model.modelReset.connect(lambda: resets.append(1))

    queue_log.write(
        (20, "1002.1|support|Bob|CONNECT|8|1002.2|3"),
        (21, "1003.1|sales|Carol|CONNECT|7|1003.2|2"),
        (40, "1001.1|support|Alice|COMPLETECALLER|5|25|1"),
        (41, "NONE|NONE|Alice|PAUSEALL|Lunch"),
        (41, "NONE|support|Alice|PAUSE|Lunch"),
        (42, "NONE|sales|Dave|ADDMEMBER|"),
    )
    qtbot.waitUntil(lambda: w.kpis.tiles["waiting"].value.text() == "0", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Dave" in visible_agents(w), timeout=WAIT_MS)
    assert agent_state(w, "Alice") == "Paused · Lunch"
    assert agent_state(w, "Bob") == "On a call"
    assert w.kpis.agents.counts["paused"].text() == "1"
    assert "Lunch 1" in w.kpis.agents.caption.text()
    assert w.kpis.tiles["waiting"].status == "ok"
    alice = w.board.model.row_for("Alice")
    assert w.board.model.index(alice, Column.CALLS).data() == "1"
    # refreshes diff the rows: no reset, and the selection stays on the same agent
    assert resets == []
    assert table.selectionModel().selectedRows()[0].data(AgentNameRole) == selected


def test_problems_are_counted_and_listed(qtbot, window: MainWindow,
                                         queue_log: QueueLogWriter) -> None:
    w = window
    queue_log.write((50, "this line is not queue_log at all"),)
    with open(queue_log.path, "a", encoding="utf-8") as fh:
        fh.write("garbage|x\n")
    qtbot.waitUntil(lambda: w.status.problems_count >= 1, timeout=WAIT_MS)
    assert w.status.problems.text() == f"Problems: {w.status.problems_count}"
    w.status.problems.click()  # the counter opens the dock
    assert w.problems_dock.isVisible()
    qtbot.waitUntil(lambda: w.problems_dock.model.rowCount() >= 1, timeout=WAIT_MS)
    raw = w.problems_dock.model.index(0, 3).data()
    assert "garbage" in raw or "not queue_log" in raw
    assert w.menu_actions.problems.isChecked()


def test_closing_stops_threads_and_remembers_layout(qtbot, window: MainWindow, settings,
                                                     board_db: Path) -> None:
    w = window
    header = w.board.table.horizontalHeader()
    header.resizeSection(Column.TEAM, 177)
    w.board.table.sortByColumn(Column.CALLS, Qt.SortOrder.DescendingOrder)
    w.close()
    assert not w.controller.running
    assert settings.value("main_window/geometry") is not None

    again = MainWindow(BoardSource(board_db), settings)  # no source: nothing to start
    qtbot.addWidget(again)
    restored = again.board.table.horizontalHeader()
    assert restored.sectionSize(Column.TEAM) == 177
    assert restored.sortIndicatorSection() == Column.CALLS
    assert restored.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_no_source_shows_the_empty_state(qtbot, styled_app, board_db: Path, settings) -> None:
    w = MainWindow(BoardSource(board_db), settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.refreshed, timeout=WAIT_MS):
        w.show()
    assert w.board.empty.isVisibleTo(w)
    assert not w.board.table.isVisibleTo(w)
    assert "composure demo" in w.board.empty.text()
    assert not w.kpi_dock.isVisible()
    assert w.status.ingest.text.text() == "Ingest: no source"
    w.close()
    assert not w.controller.running
