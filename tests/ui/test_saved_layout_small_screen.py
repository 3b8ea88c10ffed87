"""A layout saved on a big screen, opened on a 1366x768 laptop (found by the day soak,
tests/integration/test_day_soak.py): the docks along the bottom plus the menu bar wanted 771 px
on a 768 px screen, and the window grew to 781 px within the first simulated hour. The window
must take its short-screen layout instead and keep the size it was given."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget

from console.services.demo import DemoOptions
from console.ui.app import AppOptions, prepare_source
from console.ui.main_window import MainWindow

WAIT_MS = 15_000


def _window(qtbot, tmp_path: Path, settings: QSettings, size: tuple[int, int]) -> MainWindow:
    source = prepare_source(AppOptions(db_path=tmp_path / f"demo-{size[0]}.sqlite",
                                       demo_dir=tmp_path / f"log-{size[0]}",
                                       demo=DemoOptions(agents=24, seed=7, speed=1)))
    w = MainWindow(source, settings, size=size)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.refreshed, timeout=WAIT_MS):
        w.show()
    return w


@pytest.mark.parametrize("app_fixture", ["styled_app", "chinese_app"])
def test_a_layout_saved_on_a_big_screen_fits_a_laptop(
        request, qtbot, tmp_path: Path, settings: QSettings, app_fixture: str) -> None:
    request.getfixturevalue(app_fixture)
    big = _window(qtbot, tmp_path, settings, (1600, 1000))
    # the tall layout: flags (and the docks tabbed with them) along the bottom
    assert big.dockWidgetArea(big.flags_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    big.close()  # saves geometry and dock layout in the settings

    w = _window(qtbot, tmp_path, settings, (1366, 768))
    try:
        # the alerts strip appears with the floor's first alerts (two at 10:30 on this demo);
        # the window reacts to what a snapshot brought when the next one arrives (1 s)
        qtbot.waitUntil(w.care.alerts.isVisible, timeout=WAIT_MS)
        qtbot.wait(2500)
        assert w.minimumSizeHint().height() <= 768
        assert (w.width(), w.height()) == (1366, 768)
        # the short-screen layout: every dock a tab beside the charts, still reachable
        for dock in w.findChildren(QDockWidget):
            if dock in (w.kpi_dock, w.charts_dock, w.problems_dock):
                continue
            if dock.toggleViewAction().isChecked():
                assert w.charts_dock in w.tabifiedDockWidgets(dock), dock.objectName()
    finally:
        w.close()
