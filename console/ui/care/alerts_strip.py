"""A slim bar under the KPI strip listing the floor alerts active now.

Each alert shows a severity icon and colour, its text, and an Acknowledge button; an
acknowledged alert stays greyed until its condition clears. Hidden when nothing is wrong.

The strip never asks for more width than the window has: over a day alerts pile up (dozens of
strain alerts at once), and a row of chips that only grows once pushed the window to 7,380 px.
The most urgent alerts that fit are shown as chips, unacknowledged and critical first; the rest
sit behind a "+N more" button whose menu lists each (choosing one acknowledges it).

Acknowledgements are recorded (table ``alerts`` plus an audit row, on the care thread): the
strip asks with :attr:`AlertsStrip.acknowledge_requested` and greys the chip at once; the
record, coming back through :meth:`AlertsStrip.set_logged`, then keeps it greyed, across a
restart too, and shows who acknowledged it and when.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from console.domain import alerts as alert_rules
from console.domain.alert_log import AlertKey, LoggedAlert
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.care import texts

_RANK = {alert_rules.CRITICAL: 0, alert_rules.WARNING: 1, alert_rules.INFO: 2}
_STATUS = {alert_rules.INFO: palette.Status.NEUTRAL, alert_rules.WARNING: palette.Status.CAUTION,
           alert_rules.CRITICAL: palette.Status.DANGER}


class AlertChip(QFrame):
    def __init__(self, strip: AlertsStrip, key: tuple[str, str | None]) -> None:
        super().__init__()
        self._strip = strip
        self.setObjectName("AlertChip")
        self.key = key
        self.severity = alert_rules.WARNING
        self.icon = QLabel()
        self.text = QLabel()
        self.text.setObjectName("AlertText")
        self.ack = QToolButton()
        self.ack.setObjectName("AlertAcknowledge")
        self.ack.setText(QCoreApplication.translate("AlertsStrip", "Acknowledge"))
        self.ack.setAutoRaise(True)
        self.ack.clicked.connect(lambda: strip.acknowledge(self.key))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.setSpacing(6)
        layout.addWidget(self.icon)
        layout.addWidget(self.text)
        layout.addWidget(self.ack)

    def show_condition(self, cond: alert_rules.Condition, text: str, acknowledged: bool,
                       record: LoggedAlert | None = None) -> None:
        self.severity = cond.severity
        status = palette.Status.NEUTRAL if acknowledged else _STATUS.get(
            cond.severity, palette.Status.CAUTION)
        color = palette.status_color(status).name()
        tint = palette.status_tint(status).name()
        self.icon.setPixmap(palette.status_icon(status).pixmap(16, 16))
        self.text.setText(text)
        self.setStyleSheet(
            f"#AlertChip {{ background: {tint}; border: 1px solid {color}; border-radius: 6px; }}"
            f"#AlertText {{ color: {color}; font-weight: {400 if acknowledged else 600}; }}")
        self.ack.setVisible(not acknowledged)
        self.setProperty("acknowledged", acknowledged)
        if not acknowledged:
            self.setToolTip("")
        elif record is not None and record.acknowledged_at is not None:
            self.setToolTip(QCoreApplication.translate(
                "AlertsStrip", "Acknowledged by {who} at {time}; greyed until it clears").format(
                who=record.acknowledged_by or "", time=fmt.clock_time(record.acknowledged_at,
                                                                     seconds=False)))
        else:
            self.setToolTip(QCoreApplication.translate(
                "AlertsStrip", "Acknowledged; greyed until it clears"))


class AlertsStrip(QWidget):
    acknowledge_requested = Signal(str, object)  # kind, subject (None or an agent)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AlertsStrip")
        self.chips: dict[AlertKey, AlertChip] = {}
        self.acknowledged: set[AlertKey] = set()  # shown greyed now
        self._pending: set[AlertKey] = set()  # clicked here, not yet seen in the record
        self._records: dict[AlertKey, LoggedAlert] = {}  # open alerts as recorded
        self._conditions: list[alert_rules.Condition] = []
        self._sl_target: float | None = None
        self.title = QLabel(self.tr("Alerts"))
        self.title.setObjectName("SectionTitle")
        self.more = QToolButton()
        self.more.setObjectName("AlertsMore")
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more.setMenu(QMenu(self.more))
        self.more.hide()
        self._order: list[AlertKey] = []  # chips in display order: most urgent first
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 6, 0, 0)
        self._layout.setSpacing(8)
        # the chips that do not fit are hidden, so the strip never sets a minimum width
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._layout.addWidget(self.title)
        self._layout.addStretch(1)
        self._layout.addWidget(self.more)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.hide()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.title.sizeHint().width() + self.more.sizeHint().width() + 16,
                     hint.height())

    def sizeHint(self) -> QSize:
        return QSize(self.minimumSizeHint().width(), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Show the chips that fit in the width we have; the rest go behind "+N more"."""
        spacing = self._layout.spacing()
        margins = self._layout.contentsMargins()
        room = self.width() - margins.left() - margins.right() - self.title.sizeHint().width()
        more_width = self.more.sizeHint().width() + spacing
        shown: list[AlertKey] = []
        used = 0
        for n, key in enumerate(self._order):
            width = self.chips[key].sizeHint().width() + spacing
            rest = len(self._order) - n - 1
            if used + width + (more_width if rest else 0) > room:
                break
            shown.append(key)
            used += width
        hidden = [k for k in self._order if k not in shown]
        for key, chip in self.chips.items():
            chip.setVisible(key in shown)
        self._fill_more(hidden)

    def _fill_more(self, hidden: list[AlertKey]) -> None:
        menu = self.more.menu()
        menu.clear()
        for key in hidden:
            chip = self.chips[key]
            acknowledged = key in self.acknowledged
            action = menu.addAction(palette.status_icon(
                palette.Status.NEUTRAL if acknowledged else _STATUS.get(
                    chip.severity, palette.Status.CAUTION)), chip.text.text())
            if acknowledged:
                action.setEnabled(False)
                action.setToolTip(chip.toolTip())
            else:
                action.triggered.connect(lambda _=False, k=key: self.acknowledge(k))
        open_hidden = sum(1 for k in hidden if k not in self.acknowledged)
        self.more.setText(self.tr("+{count} more").format(count=len(hidden)))
        self.more.setToolTip(self.tr(
            "{count} more alerts ({open} not acknowledged): choose one to acknowledge it").format(
            count=len(hidden), open=open_hidden))
        self.more.setVisible(bool(hidden))

    def set_sl_target(self, target: float) -> None:
        self._sl_target = target

    def set_conditions(self, conditions: list[alert_rules.Condition]) -> None:
        self._conditions = list(conditions)
        keys = [c.key for c in conditions]
        # an acknowledgement lasts until its condition clears
        self._pending &= set(keys)
        recorded = {k for k, r in self._records.items() if r.acknowledged}
        self.acknowledged = (recorded | self._pending) & set(keys)
        for key in list(self.chips):
            if key not in keys:
                chip = self.chips.pop(key)
                self._layout.removeWidget(chip)
                chip.deleteLater()
        # unacknowledged before acknowledged, then critical before warning; stable otherwise
        ordered = sorted(conditions, key=lambda c: (c.key in self.acknowledged,
                                                    _RANK.get(c.severity, 1)))
        for i, cond in enumerate(ordered):
            chip = self.chips.get(cond.key)
            if chip is None:
                chip = AlertChip(self, cond.key)
                self.chips[cond.key] = chip
            self._layout.insertWidget(1 + i, chip, 0, Qt.AlignmentFlag.AlignVCenter)
            chip.show_condition(cond, texts.alert_text(cond, self._sl_target),
                                cond.key in self.acknowledged, self._records.get(cond.key))
        self._order = [c.key for c in ordered]
        self.setVisible(bool(conditions))
        self._fit()

    def set_logged(self, alerts: list[LoggedAlert]) -> None:
        """The open alerts as recorded (after each evaluation, and once at start)."""
        self._records = {a.key: a for a in alerts}
        self._pending -= {a.key for a in alerts if a.acknowledged}
        self.set_conditions(self._conditions)

    def acknowledge(self, key: AlertKey) -> None:
        if key in self.acknowledged:
            return
        self._pending.add(key)
        self.set_conditions(self._conditions)
        self.acknowledge_requested.emit(key[0], key[1])

    def texts(self) -> list[str]:
        return [self.chips[c.key].text.text() for c in self._conditions]
