"""The three things a supervisor must see without a click, in one line under the key figures.

Who needs a recovery break and whether the floor can cover one now; the newest abuse flags;
the escalation backlog's at-risk and overdue counts. Each used to live in a dock that is often a
background tab (the breaks panel, the flags dock, the escalations dock), or only inside the Grant
break dialog. A click on a part opens its dock. The line never widens the window: each part is
cut to its share of the width with an ellipsis, and its tooltip holds the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from console.domain.board import BoardSnapshot
from console.domain.break_cover import floor_cover
from console.domain.break_need import needs_break
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.care import texts as care_texts

NAMES_SHOWN = 3


class _Elided(QLabel):
    """A one-line label that cuts its text to its width (QLabel alone would widen the row)."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                              self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter
                                          | Qt.AlignmentFlag.AlignLeft), shown)


class GlancePart(QFrame):
    """Icon + text; clickable; the status colours it (never colour alone: the icon too)."""

    clicked = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.icon = QLabel()
        self.label = _Elided()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(6)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self.status = palette.Status.NEUTRAL
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def show_text(self, text: str, status: palette.Status, tip: str = "") -> None:
        self.status = status
        self.label.setText(text)
        self.setToolTip(tip or text)
        self.icon.setPixmap(palette.status_icon(status).pixmap(16, 16))
        color = palette.status_color(status).name()
        self.label.setStyleSheet(f"color: {color}; font-weight: 600;"
                                 if status in (palette.Status.CAUTION, palette.Status.DANGER)
                                 else f"color: {color};")
        self.label.update()

    def text(self) -> str:
        return self.label.text()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class GlanceBar(QWidget):
    open_breaks = Signal()
    open_flags = Signal()
    open_escalations = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GlanceBar")
        self.breaks = GlancePart("GlanceBreaks")
        self.flags = GlancePart("GlanceFlags")
        self.escalations = GlancePart("GlanceEscalations")
        self.breaks.clicked.connect(self.open_breaks)
        self.flags.clicked.connect(self.open_flags)
        self.escalations.clicked.connect(self.open_escalations)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.breaks, 5)
        layout.addWidget(self.flags, 4)
        layout.addWidget(self.escalations, 3)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.escalations.show_text(self.tr("Escalations: reading the backlog…"),
                                   palette.Status.NEUTRAL)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, super().minimumSizeHint().height())

    # ------------------------------------------------------------------ updates
    def apply_snapshot(self, snapshot: BoardSnapshot) -> None:
        self._show_breaks(snapshot)
        self._show_flags(snapshot)

    def _show_breaks(self, s: BoardSnapshot) -> None:
        need = needs_break(s.agents)  # the breaks panel's rule: at or over the threshold
        on_break = sum(1 for a in s.agents if a.on_break_until is not None)
        if not need:
            text = self.tr("No one needs a recovery break now")
            if on_break:
                text += " · " + self.tr("{n} on a break").format(n=on_break)
            self.breaks.show_text(text, palette.Status.OK)
            return
        names = ", ".join(f"{a.display_name} {round(a.strain)}" for a in need[:NAMES_SHOWN])
        if len(need) > NAMES_SHOWN:
            names += " " + self.tr("+{n} more").format(n=len(need) - NAMES_SHOWN)
        text = self.tr("Needs a break: {names}").format(names=names)
        impact = floor_cover(s.kpis, s.intervals, s.interval_seconds, s.now)
        status = palette.Status.CAUTION
        if impact is None:
            cover = self.tr("cover: no calls in the last 30 min to judge by")
        elif impact.meets_target_without:
            cover = self.tr("the floor can cover one now (SL {now} → {after})").format(
                now=fmt.percent(impact.sl_with, 0), after=fmt.percent(impact.sl_without, 0))
        else:
            status = palette.Status.DANGER
            cover = self.tr("cover is short: SL {now} → {after}, target {target}").format(
                now=fmt.percent(impact.sl_with, 0), after=fmt.percent(impact.sl_without, 0),
                target=fmt.percent(impact.target_sl, 0))
        tip = "\n".join([text, cover, *(
            f"{a.display_name}: {care_texts.reasons_text(a.strain_reasons)}" for a in need)])
        self.breaks.show_text(f"{text} · {cover}", status, tip)

    def _show_flags(self, s: BoardSnapshot) -> None:
        if not s.flags:
            self.flags.show_text(self.tr("No abuse flags this shift"), palette.Status.OK)
            return
        newest = s.flags[0]
        names = {a.name: a.display_name for a in s.agents}
        who = names.get(newest.agent or "", newest.agent or fmt.DASH)
        latest = self.tr("newest {time} {agent}, {category}").format(
            time=fmt.clock_time(newest.ts, seconds=False), agent=who,
            category=care_texts.category_text(newest.category))
        unack = s.unacknowledged_flags
        if unack:
            text = self.tr("Flags: {n} unacknowledged").format(n=unack) + " · " + latest
            severe = any(f.severity >= 3 and not f.acknowledged for f in s.flags)
            status = palette.Status.DANGER if severe else palette.Status.CAUTION
        else:
            text = self.tr("Flags: all acknowledged") + " · " + latest
            status = palette.Status.OK
        self.flags.show_text(text, status)

    def set_escalations(self, at_risk: int, overdue: int, open_count: int) -> None:
        text = self.tr("Escalations: {risk} at risk · {late} overdue · {open} open").format(
            risk=at_risk, late=overdue, open=open_count)
        status = (palette.Status.DANGER if overdue else
                  palette.Status.CAUTION if at_risk else palette.Status.OK)
        self.escalations.show_text(text, status)

