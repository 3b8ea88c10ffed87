"""KPI tiles say how a figure compares with its target in words and icon, not colour alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from console.domain.board import FloorKpis
from console.ui.board.kpi_strip import KpiStrip
from console.ui.palette import Status

BASE = FloorKpis(
    calls_waiting=0, longest_wait_s=0.0, sl_today=0.85, sl_30m=0.70, sl_target=0.80,
    sl_seconds=20, abandon_rate=0.03, aht_s=366.0, occupancy=0.80, available=3, on_call=5,
    wrap_up=1, paused=3, logged_out=4, paused_reasons=(("Lunch", 2), ("Break", 1)),
)


@pytest.fixture
def strip(qtbot, styled_app) -> KpiStrip:
    s = KpiStrip()
    qtbot.addWidget(s)
    s.set_kpis(BASE)
    return s


def test_values_statuses_and_captions(strip: KpiStrip) -> None:
    t = strip.tiles
    assert (t["sl_today"].value.text(), t["sl_today"].status) == ("85.0%", Status.OK)
    assert t["sl_today"].caption.text() == "On target (80% in 20\u00a0s)"  # never "20 / s"
    assert (t["sl_30m"].value.text(), t["sl_30m"].status) == ("70.0%", Status.DANGER)
    assert t["sl_30m"].caption.text().startswith("Below target")
    assert "answered within 20 s / calls offered" in t["sl_today"].toolTip()
    assert t["aht"].value.text() == "6:06"
    assert t["waiting"].caption.text() == "Queue clear"
    assert strip.agents.counts["paused"].text() == "3"
    assert "Lunch 2 · Break 1" in strip.agents.caption.text()


def test_alert_levels(strip: KpiStrip) -> None:
    strip.set_kpis(replace(BASE, calls_waiting=7, longest_wait_s=150.0, abandon_rate=0.12,
                           occupancy=0.95, available=0, sl_today=None))
    t = strip.tiles
    assert t["waiting"].status == Status.DANGER
    assert t["longest_wait"].status == Status.DANGER and t["longest_wait"].value.text() == "2:30"
    assert t["abandon"].status == Status.DANGER
    assert (t["occupancy"].status, t["occupancy"].caption.text()) == (
        Status.DANGER, "Danger (> 92%)")
    assert t["sl_today"].value.text() == "—" and t["sl_today"].status == Status.NEUTRAL
    assert strip.agents.status == Status.DANGER
    assert strip.agents.caption.text().startswith("No agent available")
    strip.set_kpis(replace(BASE, occupancy=0.90, longest_wait_s=30.0, calls_waiting=2))
    assert t["occupancy"].status == Status.CAUTION
    assert t["longest_wait"].status == Status.CAUTION
    assert t["waiting"].status == Status.NEUTRAL


def test_narrow_window_wraps_the_strip_into_two_rows(qtbot, strip: KpiStrip) -> None:
    strip.resize(1900, 120)
    strip.show()
    qtbot.waitUntil(lambda: not strip.two_rows)
    strip.resize(900, 240)
    qtbot.waitUntil(lambda: strip.two_rows)
    assert strip.minimumSizeHint().width() < 900
