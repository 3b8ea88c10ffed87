"""Aging of the open backlog: how many items have how much time left, overdue on the left.

One BarGraphItem, created once and updated with ``setOpts`` (like the board's charts); the
buckets come from :func:`console.domain.escalations.aging_buckets`, their edges from the
escalation settings. Not interactive: it is for reading at a glance.

Every bar keeps a readable label at any dock width: when the ranges ("4–12") do not fit under
their bars they become upper bounds ("<12"), and the x range leaves room for the first and last
labels (pyqtgraph drops a label that would stick out of the axis: the first bar once had none
in Chinese, where "late" is wider).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from console.domain.escalations import EscalationSettings
from console.ui import palette
from console.ui.board.charts import card_plot


class AgingChart(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        t = palette.theme()
        self.title = QLabel(self.tr("Open backlog by time left"))
        self.title.setObjectName("CardTitle")
        self.title.setWordWrap(True)
        self.plot = card_plot(self.font(), min_height=70, left_width=28)
        self.plot.getPlotItem().getAxis("bottom").setLabel(self.tr("hours left"), color=t.muted)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, pen=pg.mkPen(None))
        self.plot.addItem(self.bars)
        self.counts: list[int] = []
        self._edges: tuple[float, ...] = ()
        self._shown: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)

    def labels(self, edges: Sequence[float]) -> list[str]:
        """Short bucket names under the bars (the axis says "hours left")."""
        hours = [f"{e:g}" for e in edges]
        out = [self.tr("late"), f"<{hours[0]}"]
        out += [f"{a}–{b}" for a, b in pairwise(hours)]
        out.append(f"≥{hours[-1]}")
        return out

    def short_labels(self, edges: Sequence[float]) -> list[str]:
        """The same buckets by their upper bound only, for a narrow dock."""
        hours = [f"{e:g}" for e in edges]
        return [self.tr("late"), *(f"<{h}" for h in hours), f"≥{hours[-1]}"]

    def shown_labels(self) -> list[str]:
        return list(self._shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_axis()

    def _fit_axis(self) -> None:
        if not self._edges:
            return
        n = len(self.counts) or len(self.labels(self._edges))
        axis = self.plot.getPlotItem().getAxis("bottom")
        fm = QFontMetrics(axis.style.get("tickFont") or self.font())
        width = max(1.0, self.plot.width() - self.plot.getPlotItem().getAxis("left").width() - 8)
        per_bar = width / (n + 0.4)
        gap = 6

        def clear(texts: list[str], a: int, b: int) -> bool:
            """Labels a and b (bar indexes) do not touch at this width."""
            need = (fm.horizontalAdvance(texts[a]) + fm.horizontalAdvance(texts[b])) / 2 + gap
            return (b - a) * per_bar >= need

        long = self.labels(self._edges)
        if all(clear(long, i, i + 1) for i in range(len(long) - 1)):
            shown = long
        else:
            short = self.short_labels(self._edges)
            last = len(short) - 1
            kept = [0]  # "late" always, the last bucket always, others while they fit
            for i in range(1, last):
                if clear(short, kept[-1], i) and clear(short, i, last):
                    kept.append(i)
            shown = [t if i in kept or i == last else "" for i, t in enumerate(short)]
        if shown != self._shown:
            self._shown = shown
            axis.setTicks([list(enumerate(shown))])
        left = max(0.6, (fm.horizontalAdvance(shown[0]) / 2 + 3) / per_bar)
        right = max(0.6, (fm.horizontalAdvance(shown[-1]) / 2 + 3) / per_bar)
        self.plot.getPlotItem().setXRange(-left, n - 1 + right, padding=0)

    def set_counts(self, counts: Sequence[int], settings: EscalationSettings) -> None:
        self.counts = list(counts)
        n = len(self.counts)
        t = palette.theme()
        colors = [t.status[palette.Status.DANGER], t.status[palette.Status.CAUTION]]
        colors += [t.status[palette.Status.OK]] * max(0, n - 2)
        self.bars.setOpts(x=np.arange(n, dtype=float),
                          height=np.array(self.counts, dtype=float),
                          brushes=[QColor(c) for c in colors[:n]])
        if settings.aging_edges_hours != self._edges:
            self._edges = settings.aging_edges_hours
            self._shown = []
        top = max([*self.counts, 3])
        step = max(1, int(np.ceil(top / 4)))
        self.plot.getPlotItem().getAxis("left").setTickSpacing(step, step)
        item = self.plot.getPlotItem()
        item.setYRange(0, top * 1.15, padding=0)
        self._fit_axis()
