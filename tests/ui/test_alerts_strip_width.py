"""A day of alerts never widens the window: the strip shows what fits, the rest behind "+N more".

Before, each alert added a chip to one row, and the row's minimum width became the window's:
1,920 px grew to 7,380 px over a simulated day and stayed there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from console.domain import alerts as alert_rules
from console.domain.alerts import Condition
from console.ui.controller import BoardSource
from console.ui.main_window import MainWindow


def _strain_alerts(n: int) -> list[Condition]:
    return [Condition(alert_rules.STRAIN_OVER_THRESHOLD, alert_rules.WARNING, 60 + i % 40,
                      subject=f"Agent with a rather long name {i:02d}") for i in range(n)]


def _window(qtbot, tmp_path: Path, settings, size: tuple[int, int]) -> MainWindow:
    w = MainWindow(BoardSource(tmp_path / "none.sqlite", Path("/nonexistent/queue_log")),
                   settings, size=size)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_fifty_alerts_keep_the_window_width(qtbot, styled_app, tmp_path: Path, settings) -> None:
    w = _window(qtbot, tmp_path, settings, (1366, 768))
    width = w.width()
    strip = w.care.alerts
    calls = Condition(alert_rules.CALLS_WAITING, alert_rules.CRITICAL, 9)
    strip.set_conditions([*_strain_alerts(50), calls])
    QApplication.processEvents()
    qtbot.wait(50)
    assert w.width() == width <= 1366
    assert w.minimumSizeHint().width() <= 1366
    assert strip.isVisible() and strip.width() <= w.width()
    shown = [k for k, c in strip.chips.items() if c.isVisible()]
    assert 0 < len(shown) < 51
    # the critical alert comes first, whatever its place in the list
    assert (alert_rules.CALLS_WAITING, None) in shown
    assert strip.more.isVisible()
    assert strip.more.text() == f"+{51 - len(shown)} more"
    assert len(strip.more.menu().actions()) == 51 - len(shown)
    assert len(strip.texts()) == 51


def test_an_alert_behind_more_is_acknowledged_from_its_menu(
        qtbot, styled_app, tmp_path: Path, settings) -> None:
    w = _window(qtbot, tmp_path, settings, (1366, 768))
    strip = w.care.alerts
    strip.set_conditions(_strain_alerts(30))
    QApplication.processEvents()
    hidden = [k for k, c in strip.chips.items() if not c.isVisible()]
    assert hidden
    asked: list[tuple[str, object]] = []
    strip.acknowledge_requested.connect(lambda kind, subject: asked.append((kind, subject)))
    action = strip.more.menu().actions()[0]
    action.trigger()
    assert len(asked) == 1 and asked[0][0] == alert_rules.STRAIN_OVER_THRESHOLD
    assert (asked[0][0], asked[0][1]) in strip.acknowledged


def test_the_strip_shrinks_back_when_alerts_clear(qtbot, styled_app, tmp_path: Path,
                                                 settings) -> None:
    w = _window(qtbot, tmp_path, settings, (1366, 768))
    strip = w.care.alerts
    strip.set_conditions(_strain_alerts(50))
    QApplication.processEvents()
    strip.set_conditions(_strain_alerts(1))
    QApplication.processEvents()
    assert not strip.more.isVisible()
    assert [c.isVisible() for c in strip.chips.values()] == [True]
    strip.set_conditions([])
    QApplication.processEvents()
    assert not strip.isVisible() and w.width() <= 1366
