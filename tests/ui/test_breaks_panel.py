"""The "Needs a break now" list: only agents at or over the break threshold, reasons in full."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtWidgets import QApplication

from console.domain.board import AgentRow, BoardSnapshot, FloorKpis
from console.domain.strain import Reason
from console.ui.care import texts
from console.ui.care.breaks_panel import BreaksPanel, KeyRole
from console.ui.care.care_controller import CareController

KPIS = FloorKpis(calls_waiting=0, longest_wait_s=0.0, sl_today=0.9, sl_30m=0.9, sl_target=0.8,
                 sl_seconds=20, abandon_rate=0.0, aht_s=200.0, occupancy=0.8, available=3,
                 on_call=2, wrap_up=0, paused=0, logged_out=0)
LONG_REASONS = (Reason("abusive_calls", count=3, minutes=40, points=40),
                Reason("occupancy", percent=97, points=20),
                Reason("since_break", minutes=175, points=10),
                Reason("escalated_calls", count=2, minutes=55, points=5))


def _agent(name: str, strain: float, level: str, **kw: object) -> AgentRow:
    base: dict[str, object] = dict(
        name=name, display_name=name.title(), team="A", state="on_call", reason=None,
        state_since=None, calls_today=9, aht_today_s=300.0, missed_rings=0, last_call_end=None,
        strain=strain, strain_level=level, strain_reasons=LONG_REASONS)
    base.update(kw)
    return AgentRow(**base)  # type: ignore[arg-type]


def _snapshot(*agents: AgentRow) -> BoardSnapshot:
    return BoardSnapshot(now=1_700_000_000.0, kpis=KPIS, agents=agents, queues=(),
                         intervals=(), interval_seconds=900, depth=(), teams=("A",))


FLOOR = _snapshot(_agent("okay", 12, "ok"), _agent("watcher", 45, "watch"),
                  _agent("due", 72, "break_recommended"),
                  _agent("talk", 8, "ok", recommend_one_to_one=True))


def _listed(panel: BreaksPanel) -> list[str]:
    tree = panel.needs
    return [tree.topLevelItem(i).data(0, KeyRole) for i in range(tree.topLevelItemCount())]


@pytest.fixture
def panel(qtbot, styled_app) -> BreaksPanel:
    p = BreaksPanel(cast(CareController, None))  # the care controller only ends breaks
    qtbot.addWidget(p)
    p.resize(420, 420)  # a tab at 1366x768 is about this wide
    p.show()
    qtbot.waitExposed(p)
    return p


def test_lists_only_agents_at_the_break_threshold(panel: BreaksPanel) -> None:
    panel.apply(FLOOR)
    assert _listed(panel) == ["due"]
    assert panel.watch_line.isVisibleTo(panel)
    assert panel.watch_names() == ["talk", "watcher"]
    assert "Watcher 45" in panel.watch_line.text() and "Okay" not in panel.watch_line.text()
    assert "Talk 8 (1:1 talk)" in panel.watch_line.text()  # why someone at "OK" is there
    assert "1:1 talk recommended" in panel.watch_line.toolTip()


def test_nobody_due_says_so_and_keeps_the_watch_line(panel: BreaksPanel) -> None:
    panel.apply(_snapshot(_agent("watcher", 45, "watch")))
    assert _listed(panel) == []
    assert panel.empty_needs.isVisibleTo(panel)
    assert panel.watch_line.isVisibleTo(panel)
    panel.apply(_snapshot(_agent("okay", 12, "ok")))
    assert not panel.watch_line.isVisibleTo(panel)


def test_the_reasons_are_shown_in_full(qtbot, panel: BreaksPanel) -> None:
    panel.apply(FLOOR)
    QApplication.processEvents()
    tree = panel.needs
    item = tree.topLevelItem(0)
    why = texts.reasons_text(LONG_REASONS)
    assert item.text(2) == why
    assert item.toolTip(2).endswith(why)
    rect = tree.visualItemRect(item)
    column = tree.header().sectionSize(2)
    fm = tree.fontMetrics()
    assert fm.horizontalAdvance(why) > column  # too long for one line at this width...
    # ...so the row is tall enough for every wrapped line of it, nothing elided
    needed = fm.boundingRect(0, 0, column - 8, 10_000, 0x1000, why).height()  # Qt.TextWordWrap
    assert rect.height() >= needed
    assert tree.textElideMode().name == "ElideNone"


def test_rows_grow_again_when_the_dock_narrows(qtbot, panel: BreaksPanel) -> None:
    panel.apply(FLOOR)
    QApplication.processEvents()
    tall = panel.needs.visualItemRect(panel.needs.topLevelItem(0)).height()
    panel.resize(900, 420)
    qtbot.waitUntil(lambda: panel.needs.visualItemRect(
        panel.needs.topLevelItem(0)).height() < tall, timeout=3000)
