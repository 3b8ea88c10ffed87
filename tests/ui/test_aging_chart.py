"""The backlog aging chart labels every bar it can without overlaps, the first one always."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtGui import QFontMetrics

from console.domain.escalations import EscalationSettings
from console.ui.escalations.aging_chart import AgingChart


def _chart(qtbot, width: int) -> AgingChart:
    chart = AgingChart()
    qtbot.addWidget(chart)
    chart.setFixedSize(width, 170)
    chart.show()
    chart.set_counts([2, 3, 5, 1, 4, 2], EscalationSettings())
    qtbot.waitExposed(chart)
    chart._fit_axis()
    return chart


def _no_overlaps(chart: AgingChart) -> None:
    axis = chart.plot.getPlotItem().getAxis("bottom")
    fm = QFontMetrics(axis.style["tickFont"])
    view = chart.plot.getPlotItem().getViewBox()
    x_min, x_max = view.viewRange()[0]
    scale = view.width() / (x_max - x_min)
    spans = [((i - x_min) * scale - fm.horizontalAdvance(t) / 2,
              (i - x_min) * scale + fm.horizontalAdvance(t) / 2)
             for i, t in enumerate(chart.shown_labels()) if t]
    assert spans[0][0] >= 0  # the first label is inside the axis, so it is drawn
    assert spans[-1][1] <= view.width() + 1
    for (_, right), (left, _) in pairwise(spans):
        assert right <= left, chart.shown_labels()


@pytest.mark.parametrize("lang_app", ["styled_app", "chinese_app"])
@pytest.mark.parametrize("width", [180, 260, 460])
def test_labels_fit_at_every_width(qtbot, request, lang_app: str, width: int) -> None:
    request.getfixturevalue(lang_app)
    chart = _chart(qtbot, width)
    shown = chart.shown_labels()
    assert shown[0] and shown[-1]  # "late" and the last bucket are always named
    _no_overlaps(chart)


def test_wide_chart_names_the_ranges_narrow_one_their_bounds(qtbot, styled_app) -> None:
    assert _chart(qtbot, 460).shown_labels() == ["late", "<4", "4–12", "12–24", "24–48", "≥48"]
    assert _chart(qtbot, 260).shown_labels() == ["late", "<4", "<12", "<24", "<48", "≥48"]
