"""The board says where an agent is paused and where available, and each queue's row counts
its own members."""

from __future__ import annotations

from PySide6.QtCore import Qt

from console.domain.board import QueueMembers, QueueSeat
from console.domain.kpi import QueueStats
from console.ui.board.agent_table_model import AgentTableModel, Column
from console.ui.board.queue_table_model import QueueColumn, QueueTableModel
from tests.ui.test_agent_table_model import NOW, agent

SPLIT = (QueueSeat("complaints", "available"),
         QueueSeat("support", "paused", "Coaching", paused=True))


def cell(model, row: int, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, int(Column.STATE)).data(role)


def test_paused_in_one_queue_available_in_another_is_said_in_the_cell(qapp) -> None:
    m = AgentTableModel()
    m.set_rows([agent("Erin", queues=SPLIT),
                agent("Bob", queues=(QueueSeat("support", "available"),))], NOW)
    erin = m.row_for("Erin")
    assert cell(m, erin) == "Available · Paused in support (Coaching)"
    tip = cell(m, erin, Qt.ItemDataRole.ToolTipRole)
    assert "Paused in support (Coaching)" in tip and "Available in complaints" in tip
    assert cell(m, m.row_for("Bob")) == "Available"  # one picture in every queue: no detail


def test_on_a_call_with_a_pause_elsewhere_leads_with_the_call(qapp) -> None:
    m = AgentTableModel()
    seats = (QueueSeat("complaints", "on_call", in_call=True),
             QueueSeat("support", "paused", "Lunch", paused=True))
    m.set_rows([agent("Erin", state="on_call", queues=seats)], NOW)
    assert cell(m, 0) == "On a call · Paused in support (Lunch)"


def test_a_queue_paused_during_a_call_says_paused_not_on_a_call(qapp) -> None:
    """The snapshot puts a call in every queue (device state), the paused one included: the
    cell still says where the agent is paused, not "On a call in support"."""
    m = AgentTableModel()
    seats = (QueueSeat("complaints", "on_call", in_call=True),
             QueueSeat("support", "on_call", "Lunch", paused=True))
    m.set_rows([agent("Erin", state="on_call", queues=seats)], NOW)
    assert cell(m, 0) == "On a call · Paused in support (Lunch)"


def test_a_changed_queue_picture_repaints_the_state_cell(qapp) -> None:
    m = AgentTableModel()
    m.set_rows([agent("Erin", queues=SPLIT[:1])], NOW)
    seen = []
    m.dataChanged.connect(lambda tl, br, roles=(): seen.append((tl.column(), br.column())))
    m.set_rows([agent("Erin", queues=SPLIT)], NOW)
    assert any(a <= int(Column.STATE) <= b for a, b in seen)


def test_each_queue_row_counts_its_own_members(qapp) -> None:
    q = QueueTableModel()
    q.set_members([QueueMembers("support", members=7, available=2, paused=1, on_call=4)])
    q.set_rows([QueueStats("complaints"), QueueStats("support")])
    col = int(QueueColumn.AGENTS)
    assert q.index(1, col).data() == "2 of 7"
    assert q.index(0, col).data() == "0 of 0"
    assert "1 paused here" in q.index(1, col).data(Qt.ItemDataRole.ToolTipRole)
