"""A cell cut short by a narrow column shows its whole text on hover."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QHeaderView, QToolTip

from console.ui.table_views import FullTextTips, dock_table

LONG = "Caller swore repeatedly and then threatened to come to the office after the shift"


def test_an_elided_cell_tells_its_whole_text(qtbot, styled_app) -> None:
    model = QStandardItemModel(2, 2)
    model.setItem(0, 0, QStandardItem("short"))
    model.setItem(0, 1, QStandardItem(LONG))
    tipped = QStandardItem("cut too")
    tipped.setToolTip("the model's own tip")
    model.setItem(1, 1, tipped)
    table = dock_table("T", model, min_height=60, row_height=24,
                       resize=QHeaderView.ResizeMode.Interactive)
    qtbot.addWidget(table)
    table.horizontalHeader().resizeSection(1, 90)
    table.resize(300, 120)
    table.show()
    qtbot.waitExposed(table)

    tips = table.findChild(FullTextTips)
    assert tips is not None

    def at(row: int, col: int):
        return table.visualRect(model.index(row, col)).center()

    assert tips.tip_at(at(0, 1)) == LONG
    assert tips.tip_at(at(0, 0)) == ""  # fits: no tooltip repeating it
    assert tips.tip_at(at(1, 1)) is None  # the model's own tip is left to Qt
    # and through a real tooltip event, as the pointer would ask
    centre = at(0, 1)
    QApplication.sendEvent(table.viewport(), QHelpEvent(
        QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre)))
    assert QToolTip.text() == LONG
