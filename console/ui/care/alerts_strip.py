"""A slim bar under the KPI strip listing the floor alerts active now.

Each alert shows a severity icon and colour, its text, and an Acknowledge button; an
acknowledged alert stays greyed until its condition clears. Hidden when nothing is wrong.

Acknowledgements are recorded (table ``alerts`` plus an audit row, on the care thread): the
strip asks with :attr:`AlertsStrip.acknowledge_requested` and greys the chip at once; the
record, coming back through :meth:`AlertsStrip.set_logged`, then keeps it greyed, across a
restart too, and shows who acknowledged it and when.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from console.domain import alerts as alert_rules
from console.domain.alert_log import AlertKey, LoggedAlert
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.care import texts

_STATUS = {alert_rules.INFO: palette.Status.NEUTRAL, alert_rules.WARNING: palette.Status.CAUTION,
           alert_rules.CRITICAL: palette.Status.DANGER}


class AlertChip(QFrame):
    def __init__(self, strip: AlertsStrip, key: tuple[str, str | None]) -> None:
        super().__init__()
        self._strip = strip
        self.setObjectName("AlertChip")
        self.key = key
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
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 6, 0, 0)
        self._layout.setSpacing(8)
        self._layout.addWidget(self.title)
        self._layout.addStretch(1)
        self.hide()

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
        for i, cond in enumerate(conditions):
            chip = self.chips.get(cond.key)
            if chip is None:
                chip = AlertChip(self, cond.key)
                self.chips[cond.key] = chip
            self._layout.insertWidget(1 + i, chip, 0, Qt.AlignmentFlag.AlignVCenter)
            chip.show_condition(cond, texts.alert_text(cond, self._sl_target),
                                cond.key in self.acknowledged, self._records.get(cond.key))
        self.setVisible(bool(conditions))

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
