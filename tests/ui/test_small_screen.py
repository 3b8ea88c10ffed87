"""A 1366x768 laptop: the window fits, ten agents or more show, every dock is a tab away, and
the glance line says who needs a break, the newest flags and the escalations at risk."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from console.services.demo import DemoOptions
from console.ui.app import AppOptions, prepare_source
from console.ui.main_window import MainWindow

WAIT_MS = 15_000


@pytest.fixture(params=["styled_app", "chinese_app"])
def small_window(request, qtbot, tmp_path: Path, settings):
    request.getfixturevalue(request.param)
    source = prepare_source(AppOptions(db_path=tmp_path / "demo.sqlite",
                                       demo=DemoOptions(agents=24, seed=7, speed=1)))
    w = MainWindow(source, settings, size=(1366, 768))
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.refreshed, timeout=WAIT_MS):
        w.show()
    yield w
    w.close()


def _visible_rows(w: MainWindow) -> int:
    table = w.board.table
    height = table.viewport().height()
    rows = 0
    for r in range(w.board.proxy.rowCount()):
        rect = table.visualRect(w.board.proxy.index(r, 0))
        if rect.top() >= 0 and rect.bottom() <= height:
            rows += 1
    return rows


def test_the_window_fits_and_shows_ten_agents(qtbot, small_window: MainWindow) -> None:
    w = small_window
    qtbot.waitUntil(lambda: w.board.proxy.rowCount() >= 12, timeout=WAIT_MS)
    assert (w.width(), w.height()) == (1366, 768)
    assert _visible_rows(w) >= 10
    # every dock is reachable: shown, or a tab in the stack beside the charts
    for dock in w.findChildren(QDockWidget):
        if dock is w.problems_dock or not dock.toggleViewAction().isChecked():
            continue
        assert dock.isVisible() or w.tabifiedDockWidgets(dock), dock.objectName()
    # agent names are never cut: the name column is at least its comfortable width
    assert w.board.table.columnWidth(0) >= 120


def test_the_glance_line_says_breaks_flags_and_escalations(qtbot, small_window) -> None:
    w = small_window
    glance = w.glance
    assert glance.isVisible()
    qtbot.waitUntil(lambda: "…" not in glance.escalations.text()
                    and bool(glance.escalations.text()), timeout=WAIT_MS)
    for part in (glance.breaks, glance.flags, glance.escalations):
        assert part.isVisible() and part.text()
        assert part.geometry().right() <= w.width()
    w.escalations.dock.hide()
    glance.open_escalations.emit()
    assert w.escalations.dock.isVisible()


def test_no_dock_squeezes_the_agent_table(qtbot, small_window: MainWindow) -> None:
    """The docks share one tab stack beside the board at 1366x768: the widest dock's minimum
    decides how much of the agent table shows (a 600 px flags button row once left it four
    columns)."""
    w = small_window
    for dock in w.findChildren(QDockWidget):
        if (dock is w.problems_dock or not dock.toggleViewAction().isChecked()
                or w.dockWidgetArea(dock) == Qt.DockWidgetArea.TopDockWidgetArea
                or dock is w.charts_dock):
            continue  # the figures strip spans the window; the charts hold the tab row's width
        assert dock.minimumSizeHint().width() <= 460, dock.objectName()
    assert w.board.table.width() >= 740
