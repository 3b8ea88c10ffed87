"""At 1366x768 every dock is a tab beside the charts: each tab's title is whole, every tab is
reachable, and in English the short titles all fit the bar without scrolling."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QTabBar

from console.services.demo import DemoOptions
from console.ui.app import AppOptions, prepare_source
from console.ui.dock_tabs import short_title
from console.ui.main_window import MainWindow

WAIT_MS = 15_000


def _window(qtbot, tmp_path: Path, settings, size: tuple[int, int]) -> MainWindow:
    source = prepare_source(AppOptions(db_path=tmp_path / "demo.sqlite",
                                       demo=DemoOptions(agents=12, seed=7, speed=1)))
    w = MainWindow(source, settings, size=size)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.refreshed, timeout=WAIT_MS):
        w.show()
    return w


def _charts_bar(w: MainWindow) -> QTabBar:
    bars = [b for b in w.dock_tabs.tab_bars() if b.isVisible()
            and any(b.tabText(i) == w.charts_dock.windowTitle() for i in range(b.count()))]
    assert len(bars) == 1
    return bars[0]


def _docks(w: MainWindow) -> list[QDockWidget]:
    return [d for d in w.findChildren(QDockWidget)
            if d not in (w.kpi_dock, w.problems_dock) and d.toggleViewAction().isChecked()]


def _assert_whole_and_reachable(qtbot, w: MainWindow, bar: QTabBar) -> None:
    assert bar.elideMode() == Qt.TextElideMode.ElideNone
    titles = [bar.tabText(i) for i in range(bar.count())]
    # every open dock is one of these tabs (the View menu is not the only way to it)
    assert sorted(titles) == sorted(d.windowTitle() for d in _docks(w))
    fm = bar.fontMetrics()
    for i in range(bar.count()):
        shown = w.dock_tabs.label(bar.tabText(i))
        assert bar.tabRect(i).width() >= fm.horizontalAdvance(shown), shown  # never cut
        assert bar.tabToolTip(i) == bar.tabText(i)  # the full title, on hover
    # the last tab is reachable: past the edge, the bar scrolls to it when chosen
    last = bar.count() - 1
    bar.setCurrentIndex(last)
    qtbot.waitUntil(lambda: bar.tabRect(last).right() <= bar.width(), timeout=WAIT_MS)


@pytest.mark.usefixtures("styled_app")
def test_english_tabs_are_short_whole_and_fit(qtbot, tmp_path: Path, settings) -> None:
    w = _window(qtbot, tmp_path, settings, (1366, 768))
    bar = _charts_bar(w)
    assert w.dock_tabs.compact
    by_title = {d.windowTitle(): d for d in _docks(w)}
    labels = [w.dock_tabs.label(bar.tabText(i)) for i in range(bar.count())]
    assert "Flags" in labels and "Breaks" in labels and "Calls" in labels
    assert "Abuse flags" not in labels and "Recovery breaks" not in labels
    assert labels[:4] == ["Charts", "Flags", "Breaks", "Escalations"]  # the ones at hand first
    assert all(len(short_title(by_title[bar.tabText(i)])) <= len(bar.tabText(i))
               for i in range(bar.count()))
    # all of them fit side by side: no scrolling needed in English at 1366 px
    assert bar.tabRect(bar.count() - 1).right() <= bar.width()
    _assert_whole_and_reachable(qtbot, w, bar)
    w.close()


@pytest.mark.usefixtures("chinese_app")
def test_chinese_tabs_are_whole_and_reachable(qtbot, tmp_path: Path, settings) -> None:
    w = _window(qtbot, tmp_path, settings, (1366, 768))
    bar = _charts_bar(w)
    labels = [w.dock_tabs.label(bar.tabText(i)) for i in range(bar.count())]
    assert not any(label.isascii() for label in labels)  # never English words in Chinese
    _assert_whole_and_reachable(qtbot, w, bar)
    w.close()


@pytest.mark.usefixtures("styled_app")
def test_a_tall_screen_keeps_the_full_titles(qtbot, tmp_path: Path, settings) -> None:
    w = _window(qtbot, tmp_path, settings, (1920, 1080))
    assert not w.dock_tabs.compact
    assert w.dock_tabs.label("Abuse flags") == "Abuse flags"
    for bar in w.dock_tabs.tab_bars():
        assert bar.elideMode() == Qt.TextElideMode.ElideNone
    w.close()
