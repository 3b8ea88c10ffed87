"""Rows stay still under the pointer: a right-click lands on the agent the supervisor aimed at."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from console.ui.board.agent_table_model import AgentNameRole, Column
from console.ui.board.board_view import BoardView
from tests.ui.test_agent_table_model import NOW, agent


def _order(view: BoardView) -> list[str]:
    proxy = view.proxy
    return [proxy.index(r, 0).data(AgentNameRole) for r in range(proxy.rowCount())]


def _board(qtbot) -> BoardView:
    view = BoardView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.table.sortByColumn(Column.CALLS, Qt.SortOrder.AscendingOrder)
    view.model.set_rows([agent("Alice", calls_today=1), agent("Bob", calls_today=2),
                         agent("Carol", calls_today=3)], NOW)
    return view


def test_order_holds_while_pointing_and_resorts_when_the_pointer_leaves(qtbot) -> None:
    view = _board(qtbot)
    assert _order(view) == ["Alice", "Bob", "Carol"]
    QApplication.sendEvent(view.table.viewport(), QEvent(QEvent.Type.Enter))
    assert view.row_hold.held and "order held" in view.shown.text()
    view.model.set_rows([agent("Alice", calls_today=9), agent("Bob", calls_today=2),
                         agent("Carol", calls_today=3)], NOW)
    assert _order(view) == ["Alice", "Bob", "Carol"]  # Alice's row did not jump away
    assert view.proxy.index(0, Column.CALLS).data() == "9"  # but it shows the new figure
    QApplication.sendEvent(view.table.viewport(), QEvent(QEvent.Type.Leave))
    assert not view.row_hold.held and "order held" not in view.shown.text()
    assert _order(view) == ["Bob", "Carol", "Alice"]


def test_a_context_menu_holds_the_order_until_it_is_gone(qtbot) -> None:
    view = _board(qtbot)
    QApplication.sendEvent(view.table.viewport(),
                           QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5)))
    assert view.row_hold.held
    view.model.set_rows([agent("Alice", calls_today=9), agent("Bob", calls_today=2),
                         agent("Carol", calls_today=3)], NOW)
    assert _order(view) == ["Alice", "Bob", "Carol"]
    view.tick(NOW + 1)  # the display clock re-checks: no pointer, no menu any more
    assert _order(view) == ["Bob", "Carol", "Alice"]


def test_new_agents_still_appear_while_held(qtbot) -> None:
    view = _board(qtbot)
    QApplication.sendEvent(view.table.viewport(), QEvent(QEvent.Type.Enter))
    view.model.set_rows([agent("Alice", calls_today=1), agent("Bob", calls_today=2),
                         agent("Carol", calls_today=3), agent("Dave", calls_today=0)], NOW)
    assert set(_order(view)) == {"Alice", "Bob", "Carol", "Dave"}
