"""Live charts: calls per 15-minute interval over the shift, and queue depth over the last hour.

Plot items are created once and updated with ``setOpts``/``setData``; clearing and re-adding
items every second would flicker and leak. Charts are for reading, not exploring, so mouse
zoom/pan and the context menu are off; the time axis always reads local HH:MM. The legend is a
row of Qt labels above the plot rather than pyqtgraph's floating legend, so it never covers
bars and it translates like the rest of the UI.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.domain.board import BoardSnapshot, IntervalBucket
from console.ui import palette

pg.setConfigOptions(antialias=True)


class ClockAxis(pg.DateAxisItem):
    """Date axis whose labels are always local HH:MM (the shift never spans days on screen)."""

    def tickStrings(self, values, scale, spacing):
        return [datetime.fromtimestamp(v).strftime("%H:%M") for v in values]


def _count_axis_spacing(axis: pg.AxisItem, top: float) -> None:
    """Whole-number ticks: a queue of 3 calls must not show 0.5 calls."""
    step = max(1, math.ceil(top / 5))
    nice = next((n for n in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500) if n >= step), step)
    axis.setTickSpacing(nice, nice)


def _legend_chip(color: str, text: str) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(5)
    chip = QLabel()
    chip.setFixedSize(11, 11)
    chip.setStyleSheet(f"background: {color}; border-radius: 2px;")
    label = QLabel(text)
    label.setObjectName("LegendLabel")
    row.addWidget(chip)
    row.addWidget(label)
    return box


def card_plot(font: QFont, *, min_height: int, left_width: int,
              axis_items: dict | None = None) -> pg.PlotWidget:
    """A themed plot for a card: no menu, buttons or mouse, a faint horizontal grid, small
    muted tick labels. Every chart on screen looks alike because they all start here."""
    t = palette.theme()
    plot = pg.PlotWidget(axisItems=axis_items or {})
    plot.setBackground(t.surface)
    plot.setMinimumHeight(min_height)
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    item.setMouseEnabled(x=False, y=False)
    item.showGrid(x=False, y=True, alpha=0.35)
    small = QFont(font)
    small.setPointSizeF(max(7.5, small.pointSizeF() * 0.85))
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(t.border))
        axis.setTextPen(pg.mkPen(t.muted))
        axis.setTickFont(small)
    item.getAxis("left").setWidth(left_width)
    return plot


class _ChartCard(QFrame):
    """Title, optional legend, and a themed, non-interactive PlotWidget."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.title = QLabel(title)
        self.title.setObjectName("CardTitle")
        self.legend = QHBoxLayout()
        self.legend.setSpacing(14)
        legend_row = QHBoxLayout()
        legend_row.addLayout(self.legend)
        legend_row.addStretch(1)

        self.axis = ClockAxis(orientation="bottom")
        self.plot = card_plot(self.font(), min_height=72, left_width=34,
                              axis_items={"bottom": self.axis})
        self.plot.getPlotItem().getViewBox().setDefaultPadding(0.02)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addLayout(legend_row)
        layout.addWidget(self.plot, 1)

    def add_legend(self, color: str, text: str) -> None:
        self.legend.addWidget(_legend_chip(color, text))


class IntervalChart(_ChartCard):
    """Offered / answered / abandoned per interval, as grouped bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Calls per 15 minutes"), parent)
        t = palette.theme()
        self.series: dict[str, pg.BarGraphItem] = {}
        for key, color, label in (
            ("offered", t.offered, self.tr("Offered")),
            ("answered", t.answered, self.tr("Answered")),
            ("abandoned", t.abandoned, self.tr("Abandoned")),
        ):
            bars = pg.BarGraphItem(x=[], height=[], width=1.0, brush=QColor(color),
                                   pen=pg.mkPen(None))
            self.plot.addItem(bars)
            self.series[key] = bars
            self.add_legend(color, label)
        self.points = 0

    def set_intervals(self, buckets: Sequence[IntervalBucket], seconds: int, now: float) -> None:
        n = len(buckets)
        self.points = n
        start = np.array([b.start_ts for b in buckets], dtype=float)
        width = seconds * 0.26
        values = {
            "offered": [b.offered for b in buckets],
            "answered": [b.answered for b in buckets],
            "abandoned": [b.abandoned for b in buckets],
        }
        for i, (key, heights) in enumerate(values.items()):
            x = start + seconds * (0.5 + (i - 1) * 0.28) if n else start
            self.series[key].setOpts(x=x, height=np.array(heights, dtype=float), width=width)
        top = max([max(v) for v in values.values() if v] or [0])
        top = max(top, 4)
        _count_axis_spacing(self.plot.getPlotItem().getAxis("left"), top)
        item = self.plot.getPlotItem()
        item.setYRange(0, top * 1.1, padding=0)
        if n:
            item.setXRange(start[0], max(start[-1] + seconds, now), padding=0.01)
        else:
            item.setXRange(now - 4 * seconds, now, padding=0)


class DepthChart(_ChartCard):
    """Calls waiting over the last hour (sampled every 30 s), as a filled step line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Queue depth, last hour"), parent)
        t = palette.theme()
        fill = QColor(t.depth)
        fill.setAlpha(50)
        self.line = self.plot.plot(
            [], [], pen=pg.mkPen(t.depth, width=1.6), fillLevel=0, brush=fill, stepMode="left"
        )
        self.add_legend(t.depth, self.tr("Calls waiting"))
        self.points = 0

    def set_depth(self, depth: Sequence[tuple[float, int]], now: float) -> None:
        self.points = len(depth)
        x = np.array([p[0] for p in depth], dtype=float)
        y = np.array([p[1] for p in depth], dtype=float)
        self.line.setData(x, y)
        top = max(3.0, float(y.max()) if len(y) else 0.0)
        _count_axis_spacing(self.plot.getPlotItem().getAxis("left"), top)
        item = self.plot.getPlotItem()
        item.setYRange(0, top * 1.15, padding=0)
        item.setXRange(now - 3600, now, padding=0.01)


class ChartsPanel(QWidget):
    """Both charts stacked; lives in the "Charts" dock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChartsPanel")
        self.intervals = IntervalChart()
        self.depth = DepthChart()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.intervals, 3)
        layout.addWidget(self.depth, 2)
        self.setMinimumWidth(320)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def apply(self, snapshot: BoardSnapshot) -> None:
        self.intervals.set_intervals(snapshot.intervals, snapshot.interval_seconds, snapshot.now)
        self.depth.set_depth(snapshot.depth, snapshot.now)
