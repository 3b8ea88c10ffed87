"""The agent model keeps the sort order itself (the proxy only filters), keeps cell values
between changes, and a view that is hidden gets only the latest snapshot when it shows.

QAbstractItemModelTester watches the model and the proxy through every kind of change."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QWidget

from console.domain.agent_state import AgentState
from console.ui.board.agent_filter_proxy import AgentFilterProxy
from console.ui.board.agent_table_model import MERGE_ABOVE, AgentNameRole, AgentTableModel, Column
from console.ui.controller import LatestWhenVisible
from tests.ui.test_agent_table_model import NOW, Recorder, agent

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _watched() -> tuple[AgentTableModel, AgentFilterProxy, list]:
    model = AgentTableModel()
    proxy = AgentFilterProxy()
    proxy.setSourceModel(model)
    testers = [QAbstractItemModelTester(model, FATAL), QAbstractItemModelTester(proxy, FATAL)]
    return model, proxy, testers


def _shown(proxy: AgentFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(AgentNameRole) for r in range(proxy.rowCount())]


def test_model_sorts_and_the_testers_see_a_consistent_model(qapp) -> None:
    model, proxy, _testers = _watched()
    model.set_rows([agent("Cara", calls_today=3), agent("Abe", calls_today=1),
                    agent("Bea", calls_today=2)], NOW)
    assert _shown(proxy) == ["Cara", "Abe", "Bea"]  # arrival order until a sort is asked
    proxy.sort(Column.CALLS, Qt.SortOrder.AscendingOrder)
    assert model.sort_column == Column.CALLS and proxy.sortColumn() == -1  # the model sorts
    assert _shown(proxy) == ["Abe", "Bea", "Cara"]
    held = QPersistentModelIndex(proxy.index(0, 0))  # a selection, say
    model.set_rows([agent("Cara", calls_today=3), agent("Abe", calls_today=9),
                    agent("Bea", calls_today=2), agent("Dan", calls_today=0)], NOW + 1)
    assert _shown(proxy) == ["Dan", "Bea", "Cara", "Abe"]
    assert held.isValid() and held.data(AgentNameRole) == "Abe"  # followed its row
    proxy.sort(Column.CALLS, Qt.SortOrder.DescendingOrder)
    assert _shown(proxy) == ["Abe", "Cara", "Bea", "Dan"]
    proxy.set_search("a")  # Cara, Abe, Bea, Dan all have an "a"
    proxy.set_search("be")
    assert _shown(proxy) == ["Abe", "Bea"]
    model.set_rows([agent("Bea", calls_today=2), agent("Abe", calls_today=1)], NOW + 2)
    assert _shown(proxy) == ["Bea", "Abe"]
    proxy.set_search("")
    model.tick(NOW + 60)
    proxy.sort(Column.TIME_IN_STATE, Qt.SortOrder.AscendingOrder)
    model.set_rows([agent("Bea", state_since=NOW + 30), agent("Abe")], NOW + 61)
    assert _shown(proxy) == ["Bea", "Abe"]  # Bea's 31 s before Abe's 91 s


def test_equal_values_keep_a_stable_order_by_name(qapp) -> None:
    model, proxy, _testers = _watched()
    model.set_rows([agent(n, calls_today=1) for n in ("Dee", "abe", "Cy", "Bo")], NOW)
    proxy.sort(Column.CALLS)
    assert _shown(proxy) == ["abe", "Bo", "Cy", "Dee"]  # ties by name, case-folded
    proxy.sort(Column.CALLS, Qt.SortOrder.DescendingOrder)
    assert _shown(proxy) == ["Dee", "Cy", "Bo", "abe"]


def test_a_held_order_stands_still_and_sorts_when_released(qapp) -> None:
    model, proxy, _testers = _watched()
    rows = [agent("A", calls_today=1), agent("B", calls_today=2), agent("C", calls_today=3)]
    model.set_rows(rows, NOW)
    proxy.sort(Column.CALLS)
    moves: list[int] = []
    model.layoutChanged.connect(lambda *_: moves.append(1))
    model.hold_order(True)
    model.set_rows([replace(rows[0], calls_today=9), rows[1], rows[2],
                    agent("D", calls_today=0)], NOW)
    assert _shown(proxy) == ["A", "B", "C", "D"] and moves == []
    assert proxy.index(0, Column.CALLS).data() == "9"
    model.hold_order(False)
    assert _shown(proxy) == ["D", "B", "C", "A"] and moves == [1]


def test_no_layout_change_when_no_sort_value_moved(qapp) -> None:
    model, proxy, _testers = _watched()
    model.set_rows([agent("A", calls_today=1, missed_rings=0), agent("B", calls_today=2)], NOW)
    proxy.sort(Column.CALLS)
    moves: list[int] = []
    model.layoutChanged.connect(lambda *_: moves.append(1))
    model.set_rows([agent("A", calls_today=1, missed_rings=4), agent("B", calls_today=2)], NOW)
    assert moves == [] and proxy.index(0, Column.MISSED).data() == "4"


def test_cell_values_follow_a_changed_row_and_the_clock(qapp) -> None:
    model, _proxy, _testers = _watched()
    model.set_rows([agent("A", state_since=NOW - 30)], NOW)
    state = model.index(0, Column.STATE)
    time_cell = model.index(0, Column.TIME_IN_STATE)
    assert (state.data(), time_cell.data()) == ("Available", "0:30")
    model.set_rows([agent("A", state=AgentState.PAUSED.value, reason="Lunch",
                          state_since=NOW - 30)], NOW)
    assert state.data() == "Paused · Lunch"  # the kept value was dropped with the change
    model.tick(NOW + 30)
    assert time_cell.data() == "1:00"  # the clock-bound value was dropped with the tick
    model.set_rows([agent("A", state=AgentState.PAUSED.value, reason="Lunch",
                          state_since=NOW - 30, on_break_until=NOW + 300)], NOW + 30)
    before = state.data()
    model.tick(NOW + 90)
    assert state.data() != before and "left" in state.data()  # the countdown moves


def test_many_changed_rows_come_as_one_range(qapp) -> None:
    model = AgentTableModel()
    rows = [agent(f"A{i:02}") for i in range(MERGE_ABOVE + 4)]
    model.set_rows(rows, NOW)
    rec = Recorder(model)
    model.set_rows([replace(r, missed_rings=1) if i % 2 else r for i, r in enumerate(rows)], NOW)
    assert len(rec.changed) == MERGE_ABOVE // 2 + 2  # few: one per row
    rec.changed.clear()
    model.set_rows([replace(r, calls_today=7) for r in rows], NOW)
    assert rec.changed == [(0, len(rows) - 1, Column.CALLS, Column.MISSED)]


def test_a_hidden_view_gets_only_the_latest_snapshot_when_shown(qtbot) -> None:
    view = QWidget()
    qtbot.addWidget(view)
    applied: list[int] = []
    feeder = LatestWhenVisible(view, applied.append)
    feeder.offer(1)  # type: ignore[arg-type]
    feeder.offer(2)  # type: ignore[arg-type]
    assert applied == [] and feeder.pending == 2
    view.show()
    assert applied == [2] and feeder.pending is None
    feeder.offer(3)  # type: ignore[arg-type]
    assert applied == [2, 3]
    view.hide()
    feeder.offer(4)  # type: ignore[arg-type]
    view.show()
    assert applied == [2, 3, 4]
