"""Aging of the open backlog: how many items have how much time left, overdue on the left.

One BarGraphItem, created once and updated with ``setOpts`` (like the board's charts); the
buckets come from :func:`console.domain.escalations.aging_buckets`, their edges from the
escalation settings. Not interactive: it is for reading at a glance.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
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
        self.plot = card_plot(self.font(), min_height=70, left_width=28)
        self.plot.getPlotItem().getAxis("bottom").setLabel(self.tr("hours left"), color=t.muted)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, pen=pg.mkPen(None))
        self.plot.addItem(self.bars)
        self.counts: list[int] = []
        self._edges: tuple[float, ...] = ()
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
            self.plot.getPlotItem().getAxis("bottom").setTicks(
                [list(enumerate(self.labels(self._edges)))])
        top = max([*self.counts, 3])
        step = max(1, int(np.ceil(top / 4)))
        self.plot.getPlotItem().getAxis("left").setTickSpacing(step, step)
        item = self.plot.getPlotItem()
        item.setYRange(0, top * 1.15, padding=0)
        item.setXRange(-0.6, n - 0.4, padding=0)
