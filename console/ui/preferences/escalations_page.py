"""The Escalations tab of Preferences: promises, warnings, business hours, clock per channel.

The numbers are ordinary rows of the settings table (:meth:`PreferenceTexts.escalations`) and
go through the dialog's own editors; what is not a number (the opening hours, the open days,
the channels counted on business hours) is a small set of widgets here that the dialog reads
and fills through :class:`EscalationExtras` like any other field. These rules reach the
escalation dock and ``composure escalations`` through the floor's settings, so a changed
promise applies to the next item opened on that channel (items already open keep theirs).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTimeEdit,
    QWidget,
)

from console.domain.business_hours import DAY_NAMES
from console.domain.escalations import CHANNELS
from console.domain.floor_settings import FloorSettings
from console.ui.escalations.texts import channel_text
from console.ui.preferences.editors import SPIN_WIDTH


class EscalationExtras:
    """Business hours and the business-clock channels, in and out of the dialog's form."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.start = _time_edit("pref_escalations_business_start")
        self.end = _time_edit("pref_escalations_business_end")
        self.hours = QWidget()
        row = QHBoxLayout(self.hours)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start)
        row.addWidget(QLabel(texts["to"]))
        row.addWidget(self.end)
        row.addStretch(1)
        locale = QLocale()
        self.days: dict[str, QCheckBox] = {}
        self.day_row = QWidget()
        days = QGridLayout(self.day_row)
        days.setContentsMargins(0, 0, 0, 0)
        for index, name in enumerate(DAY_NAMES):  # two rows: the page stays narrow
            box = QCheckBox(locale.dayName(index + 1, QLocale.FormatType.ShortFormat))
            box.setObjectName(f"pref_escalations_day_{name}")
            self.days[name] = box
            days.addWidget(box, index // 4, index % 4)
        self.channels: dict[str, QCheckBox] = {}
        self.channel_grid = QWidget()
        grid = QGridLayout(self.channel_grid)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, channel in enumerate(CHANNELS):
            box = QCheckBox(channel_text(channel))
            box.setObjectName(f"pref_escalations_clock_{channel}")
            box.setToolTip(texts["clock_tip"])
            self.channels[channel] = box
            grid.addWidget(box, index // 3, index % 3)

    def set_value(self, settings: FloorSettings) -> None:
        rules = settings.escalations
        self.start.setTime(QTime.fromString(rules.business_start or "09:00", "HH:mm"))
        self.end.setTime(QTime.fromString(rules.business_end or "18:00", "HH:mm"))
        for name, box in self.days.items():
            box.setChecked(name in rules.business_days)
        for channel, box in self.channels.items():
            box.setChecked(channel in rules.business_clock_channels)

    def fill(self, data: dict[str, dict[str, Any]]) -> None:
        group = data.setdefault("escalations", {})
        group["business_start"] = self.start.time().toString("HH:mm")
        group["business_end"] = self.end.time().toString("HH:mm")
        group["business_days"] = [n for n, box in self.days.items() if box.isChecked()]
        group["business_clock_channels"] = [c for c, box in self.channels.items()
                                            if box.isChecked()]

    def on_change(self, slot: Callable[[], None]) -> None:
        self.start.timeChanged.connect(lambda *_: slot())
        self.end.timeChanged.connect(lambda *_: slot())
        for box in (*self.days.values(), *self.channels.values()):
            box.toggled.connect(lambda *_: slot())


def _time_edit(name: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setObjectName(name)
    edit.setFixedWidth(SPIN_WIDTH)
    return edit


def escalations_page(dialog: Any) -> QWidget:
    """The tab's body, built with the dialog's own grid helpers; registers the extras."""
    texts = dialog.texts.escalation_texts()
    extras = EscalationExtras(texts)
    dialog.extras.append(extras)
    left, right = dialog._grid(), dialog._grid()
    sections = dialog.texts.escalations()
    for grid, section in ((left, sections[0]), (right, sections[1])):
        dialog._title(grid, section.title)
        for spec in section.fields:
            dialog._field_row(grid, spec)
    dialog._title(right, texts["hours"])
    for label_text, widget, keys in (
            (texts["from"], extras.hours, ("business_start", "business_end")),
            (texts["days"], extras.day_row, ("business_days",)),
            (texts["clock"], extras.channel_grid, ("business_clock_channels",))):
        label = QLabel(label_text)
        row = right.rowCount()
        # under their label, so the column stays as wide as the rows of spin boxes above
        right.addWidget(label, row, 0, 1, 3)
        right.addWidget(widget, row + 1, 0, 1, 3)
        for key in keys:
            dialog.labels[f"escalations.{key}"] = label_text
    for grid in (left, right):
        grid.setRowStretch(grid.rowCount(), 1)
    body = QWidget()
    columns = QHBoxLayout(body)
    columns.setContentsMargins(14, 12, 14, 12)  # as the dialog's other tabs
    columns.setSpacing(28)
    columns.addLayout(left)
    columns.addLayout(right)
    columns.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(body)
    return area
