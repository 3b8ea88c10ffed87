"""The agent table model diffs snapshots instead of resetting, and the proxy sorts/filters."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from console.domain.agent_state import AgentState, Escalation
from console.domain.board import AgentRow
from console.ui.board.agent_filter_proxy import AgentFilterProxy
from console.ui.board.agent_table_model import (
    AgentNameRole,
    AgentTableModel,
    Column,
    EscalationRole,
    SortRole,
)

NOW = 1_795_430_000.0


def agent(name: str, team: str = "Team A", **kw) -> AgentRow:
    values = dict(
        name=name, display_name=name, team=team, state=AgentState.AVAILABLE.value, reason=None,
        state_since=NOW - 30, calls_today=5, aht_today_s=300.0, missed_rings=0,
        last_call_end=NOW - 60,
    )
    values.update(kw)
    return AgentRow(**values)


class Recorder:
    """Collects the model's change signals (a list per signal, like QSignalSpy)."""

    def __init__(self, model: AgentTableModel) -> None:
        self.changed: list[tuple[int, int, int, int]] = []
        self.inserted: list[tuple[int, int]] = []
        self.removed: list[tuple[int, int]] = []
        self.resets = 0
        model.dataChanged.connect(
            lambda tl, br, roles=(): self.changed.append(
                (tl.row(), br.row(), tl.column(), br.column())))
        model.rowsInserted.connect(lambda _p, a, b: self.inserted.append((a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.removed.append((a, b)))
        model.modelReset.connect(self._reset)

    def _reset(self) -> None:
        self.resets += 1


@pytest.fixture
def model(qapp) -> AgentTableModel:
    m = AgentTableModel()
    m.set_rows([agent("Alice"), agent("Bob", "Team B"), agent("Carol")], NOW)
    return m


def names(model) -> list[str]:
    return [model.index(r, 0).data(AgentNameRole) for r in range(model.rowCount())]


def test_first_snapshot_inserts_rows(qapp) -> None:
    m = AgentTableModel()
    rec = Recorder(m)
    m.set_rows([agent("Alice"), agent("Bob")], NOW)
    assert rec.inserted == [(0, 1)]
    assert m.rowCount() == 2
    assert m.columnCount() == len(Column)
    assert m.index(0, Column.NAME).data() == "Alice"
    assert m.index(0, Column.STATE).data() == "Available"
    assert m.index(0, Column.TIME_IN_STATE).data() == "0:30"
    assert m.index(0, Column.AHT).data() == "5:00"


def test_second_snapshot_emits_only_what_changed(model: AgentTableModel) -> None:
    rec = Recorder(model)
    alice = QPersistentModelIndex(model.index(0, 0))
    rows = [agent("Alice"), agent("Bob", "Team B", calls_today=6), agent("Carol")]
    model.set_rows(rows, NOW)
    # only Bob's calls cell; nothing inserted, removed or reset
    assert rec.changed == [(1, 1, Column.CALLS, Column.CALLS)]
    assert (rec.inserted, rec.removed, rec.resets) == ([], [], 0)
    assert model.index(1, Column.CALLS).data() == "6"
    assert alice.isValid() and alice.row() == 0

    rec.changed.clear()
    model.set_rows(rows, NOW)  # the same snapshot again: silence
    assert rec.changed == []


def test_state_change_touches_state_and_time_cells(model: AgentTableModel) -> None:
    rec = Recorder(model)
    model.set_rows([
        agent("Alice", state=AgentState.ON_CALL.value, state_since=NOW - 5),
        agent("Bob", "Team B"), agent("Carol"),
    ], NOW)
    assert rec.changed == [(0, 0, Column.STATE, Column.TIME_IN_STATE)]
    assert model.index(0, Column.STATE).data() == "On a call"
    assert model.index(0, Column.STATE).data(Qt.ItemDataRole.DecorationRole) is not None


def test_arrival_and_departure_insert_and_remove_rows(model: AgentTableModel) -> None:
    rec = Recorder(model)
    bob = QPersistentModelIndex(model.index(1, 0))
    model.set_rows([agent("Bob", "Team B"), agent("Dave"), agent("Erin")], NOW)
    assert rec.removed == [(2, 2), (0, 0)]  # Carol then Alice, highest row first
    assert rec.inserted == [(1, 2)]  # Dave and Erin appended together
    assert rec.resets == 0
    assert names(model) == ["Bob", "Dave", "Erin"]
    assert bob.isValid() and bob.row() == 0 and bob.data() == "Bob"
    assert model.row_for("Erin") == 2


def test_tick_touches_only_the_time_in_state_column(model: AgentTableModel) -> None:
    rec = Recorder(model)
    model.tick(NOW + 90)
    assert rec.changed == [(0, 2, Column.TIME_IN_STATE, Column.TIME_IN_STATE)]
    assert model.index(0, Column.TIME_IN_STATE).data() == "2:00"


def test_time_in_state_escalates_with_thresholds(qapp) -> None:
    m = AgentTableModel()
    m.set_rows([
        agent("Alice", state=AgentState.ON_CALL.value, state_since=NOW - 9 * 60),
        agent("Bob", state=AgentState.PAUSED.value, reason="Lunch", state_since=NOW - 31 * 60),
    ], NOW)
    cell = m.index(0, Column.TIME_IN_STATE)
    assert cell.data(EscalationRole) == Escalation.NORMAL
    assert cell.data(Qt.ItemDataRole.DecorationRole) is None
    m.tick(NOW + 2 * 60)  # 11 minutes on a call: warning, with an icon, not colour alone
    assert cell.data(EscalationRole) == Escalation.WARNING
    assert cell.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "10:00" in cell.data(Qt.ItemDataRole.ToolTipRole)
    bob = m.index(1, Column.TIME_IN_STATE)
    assert bob.data(EscalationRole) == Escalation.CRITICAL
    assert m.index(1, Column.STATE).data() == "Paused · Lunch"


def test_proxy_sorts_numbers_numerically(qapp) -> None:
    m = AgentTableModel()
    m.set_rows([agent("A", calls_today=10), agent("B", calls_today=9),
                agent("C", calls_today=100), agent("D", calls_today=0)], NOW)
    proxy = AgentFilterProxy()
    proxy.setSourceModel(m)
    proxy.sort(Column.CALLS, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, Column.CALLS).data() for r in range(4)] == ["0", "9", "10", "100"]
    assert proxy.index(0, Column.CALLS).data(SortRole) == 0

    # a refresh that changes a sorted value re-sorts the row (dynamic sort)
    m.set_rows([agent("A", calls_today=10), agent("B", calls_today=9),
                agent("C", calls_today=100), agent("D", calls_today=50)], NOW)
    assert [proxy.index(r, Column.NAME).data() for r in range(4)] == ["B", "A", "D", "C"]


def test_proxy_filters_by_team_and_search(qapp) -> None:
    m = AgentTableModel()
    m.set_rows([agent("Alice Wong"), agent("Bob Li", "Team B"),
                agent("alina", "Team B", display_name="Alina Chen"), agent("刘平", "Team B")],
               NOW)
    proxy = AgentFilterProxy()
    proxy.setSourceModel(m)
    proxy.sort(Column.NAME)

    def shown() -> list[str]:
        return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]

    proxy.set_search("ALI")
    assert shown() == ["Alice Wong", "Alina Chen"]
    proxy.set_team("Team B")
    assert shown() == ["Alina Chen"]
    proxy.set_search("")
    assert shown() == ["Alina Chen", "Bob Li", "刘平"]
    proxy.set_search("刘")
    assert shown() == ["刘平"]
    proxy.set_team(None)
    proxy.set_search("  ")
    assert len(shown()) == 4

    # a new agent of the filtered team appears through the filter without a reset
    proxy.set_team("Team B")
    m.set_rows([*m.rows(), agent("Zed", "Team B"), agent("Yan", "Team A")], NOW)
    assert shown() == ["Alina Chen", "Bob Li", "Zed", "刘平"]


def test_rows_keep_identity_when_a_row_is_replaced(model: AgentTableModel) -> None:
    before = model.rows()
    model.set_rows([replace(r, missed_rings=r.missed_rings + 1) for r in before], NOW)
    assert [r.missed_rings for r in model.rows()] == [1, 1, 1]
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert model.data(QModelIndex()) is None
