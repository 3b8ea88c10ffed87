"""A selected row stays readable: the selection colour, not a status tint under white text."""

from __future__ import annotations

from PySide6.QtGui import QColor

from console.ui import palette
from console.ui.board.agent_table_model import Column
from console.ui.board.board_view import BoardView
from tests.ui.test_agent_table_model import NOW, agent


def _cell_background(view: BoardView, name: str) -> QColor:
    row = view.proxy.mapFromSource(view.model.index(view.model.row_for(name), 0)).row()
    rect = view.table.visualRect(view.proxy.index(row, Column.STRAIN))
    image = view.table.viewport().grab().toImage()
    return image.pixelColor(rect.right() - 6, rect.center().y())


def test_selected_strain_cell_shows_the_selection_not_the_tint(qtbot, styled_app) -> None:
    view = BoardView()
    qtbot.addWidget(view)
    view.resize(1100, 300)
    view.show()
    view.model.set_rows([agent("Alice", state="on_call", strain=63,
                               strain_level="break_recommended"),
                         agent("Bob", strain=63, strain_level="break_recommended")], NOW)
    view.select_agent("Alice")
    t = palette.theme()
    tint = QColor(t.status_tint[palette.Status.DANGER])
    assert _cell_background(view, "Bob") == tint  # unselected: the danger tint
    selected = _cell_background(view, "Alice")
    assert selected != tint
    assert selected == QColor(t.selection)


def test_the_selection_is_pale_enough_for_the_on_call_icon() -> None:
    """The "on a call" blue against the selection: the icon must stand out (contrast >= 3)."""
    for t in palette.THEMES.values():
        blue = QColor(t.states[palette.AgentState.ON_CALL])
        assert _contrast(blue, QColor(t.selection)) >= 3.0, t.name
        assert _contrast(QColor(t.text), QColor(t.selection)) >= 4.5, t.name


def _contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
