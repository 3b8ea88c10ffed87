"""The report's charts, drawn with QPainter straight into the document: vectors in the PDF
(sharp at any zoom, text searchable), the same strokes in the preview images.

A chart sits in the QTextDocument as an image (``<img src="chart:1">``) and
:class:`ChartObjects` is the document's handler for images, so the charts flow and paginate
with the text, and the HTML is laid out once with them in place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPen,
    QPyTextObject,
    QTextFormat,
)

from console.reports.fonts import report_font

_PREFIX = "chart:"


def chart_name(key: int) -> str:
    """The ``<img src>`` a chart sits in the document as (see :class:`ChartObjects`)."""
    return f"{_PREFIX}{key}"


def _key(fmt: QTextFormat) -> int:
    name = fmt.toImageFormat().name()
    return int(name[len(_PREFIX):]) if name.startswith(_PREFIX) else 0

OFFERED = QColor("#9db4cc")
ANSWERED = QColor("#2f6fb0")
ABANDONED = QColor("#cf5a3f")
TARGET = QColor("#d99a1e")
GRID = QColor("#d5dae0")
INK = QColor("#30363d")


@dataclass(frozen=True)
class BarChart:
    title: str
    labels: tuple[str, ...]
    series: tuple[tuple[str, QColor, tuple[float, ...]], ...]


@dataclass(frozen=True)
class LineChart:
    title: str
    labels: tuple[str, ...]
    name: str
    values: tuple[float | None, ...]  # fractions
    target: float
    target_label: str


class ChartObjects(QPyTextObject):
    """Sizes and draws the charts of one document (device pixels of its layout)."""

    def __init__(self, width: float, height: float, px_per_pt: float, parent=None) -> None:
        super().__init__(parent)
        self.size = QSizeF(width, height)
        self.px_per_pt = px_per_pt
        self.charts: dict[int, BarChart | LineChart] = {}

    def add(self, chart: BarChart | LineChart) -> int:
        key = len(self.charts) + 1
        self.charts[key] = chart
        return key

    # Qt's virtual functions, by their Qt names
    def intrinsicSize(self, doc, pos_in_document, fmt) -> QSizeF:
        return self.size

    def drawObject(self, painter, rect, doc, pos_in_document, fmt) -> None:
        chart = self.charts.get(_key(fmt))
        if chart is None:
            return
        painter.save()
        try:
            draw_chart(painter, QRectF(rect), chart, self.px_per_pt)
        finally:
            painter.restore()


def _nice_step(top: float, ticks: int = 4) -> float:
    raw = max(top, 1.0) / ticks
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * power:
            return m * power
    return 10 * power


def draw_chart(p: QPainter, rect: QRectF, chart: BarChart | LineChart, px_per_pt: float) -> None:
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    small = report_font(round(7 * px_per_pt))
    title_font = report_font(round(8.5 * px_per_pt), bold=True)
    line_h = 9.5 * px_per_pt
    p.setPen(INK)
    p.setFont(title_font)
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), line_h * 1.4),
               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, chart.title)
    # legend on the title line, right-aligned
    p.setFont(small)
    if isinstance(chart, BarChart):
        legend = [(name, colour, False) for name, colour, _ in chart.series]
    else:
        legend = [(chart.name, ANSWERED, False), (chart.target_label, TARGET, True)]
    x = rect.right()
    for name, colour, dashed in reversed(legend):
        w = p.fontMetrics().horizontalAdvance(name)
        x -= w
        p.setPen(INK)
        p.drawText(QRectF(x, rect.top(), w + 2, line_h * 1.4), Qt.AlignmentFlag.AlignVCenter,
                   name)
        x -= line_h * 1.3
        sw = QRectF(x, rect.top() + line_h * 0.45, line_h, line_h * 0.5)
        if dashed:
            p.setPen(QPen(colour, px_per_pt * 1.2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(sw.left(), sw.center().y()), QPointF(sw.right(), sw.center().y()))
        else:
            p.fillRect(sw, colour)
        x -= line_h * 1.2

    axis_w = p.fontMetrics().horizontalAdvance("100 %") + px_per_pt * 4
    plot = QRectF(rect.left() + axis_w, rect.top() + line_h * 2,
                  rect.width() - axis_w - px_per_pt * 2, rect.height() - line_h * 3.6)
    if isinstance(chart, BarChart):
        top = max([v for _n, _c, values in chart.series for v in values] + [1.0])
        step = _nice_step(top)
        top = step * math.ceil(top / step)
        ticks = [(i * step, f"{i * step:g}") for i in range(round(top / step) + 1)]
    else:
        top = 1.0
        ticks = [(v / 100, f"{v} %") for v in (0, 25, 50, 75, 100)]

    def y_of(v: float) -> float:
        return plot.bottom() - plot.height() * (v / top if top else 0)

    p.setPen(QPen(GRID, px_per_pt * 0.5))
    for v, label in ticks:
        y = y_of(v)
        p.setPen(QPen(GRID, px_per_pt * 0.5))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(INK)
        p.drawText(QRectF(rect.left(), y - line_h / 2, axis_w - px_per_pt * 3, line_h),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
    n = max(1, len(chart.labels))
    slot = plot.width() / n
    every = max(1, math.ceil(n / 12))
    p.setPen(INK)
    for i, label in enumerate(chart.labels):
        if i % every == 0:
            p.drawText(QRectF(plot.left() + i * slot - slot, plot.bottom() + px_per_pt * 2,
                              slot * 3, line_h), Qt.AlignmentFlag.AlignHCenter, label)
    if isinstance(chart, BarChart):
        k = max(1, len(chart.series))
        bar = slot * 0.8 / k
        for s, (_name, colour, values) in enumerate(chart.series):
            for i, v in enumerate(values):
                if v > 0:
                    x0 = plot.left() + i * slot + slot * 0.1 + s * bar
                    p.fillRect(QRectF(x0, y_of(v), bar * 0.92, plot.bottom() - y_of(v)), colour)
    else:
        p.setPen(QPen(TARGET, px_per_pt * 1.2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(plot.left(), y_of(chart.target)),
                   QPointF(plot.right(), y_of(chart.target)))
        path = QPainterPath()
        pen_down = False
        points = []
        for i, v in enumerate(chart.values):
            if v is None:
                pen_down = False
                continue
            pt = QPointF(plot.left() + (i + 0.5) * slot, y_of(v))
            points.append(pt)
            if pen_down:
                path.lineTo(pt)
            else:
                path.moveTo(pt)
                pen_down = True
        p.setPen(QPen(ANSWERED, px_per_pt * 1.4))
        p.drawPath(path)
        p.setBrush(ANSWERED)
        for pt in points:
            p.drawEllipse(pt, px_per_pt * 1.3, px_per_pt * 1.3)
    p.setPen(QPen(INK, px_per_pt * 0.6))
    p.drawLine(plot.bottomLeft(), plot.bottomRight())
