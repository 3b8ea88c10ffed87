"""Editors for one setting each, built from a :class:`FieldSpec`, in display units.

A spin box's range is the setting's range, so a value the floor would refuse cannot be typed;
what remains to check on saving is only how fields relate (watch below break recommended).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, QTime
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from console.ui.preferences.spec import FieldSpec

SPIN_WIDTH = 118  # one width for every spin box, so the columns line up


class FieldEditor:
    """A spin box (whole numbers, decimals or percent) or the list of break lengths."""

    def __init__(self, spec: FieldSpec) -> None:
        self.spec = spec
        self.kind = spec.kind
        self.widget: QWidget
        if self.kind == "ints":
            edit = QLineEdit()
            edit.setValidator(QRegularExpressionValidator(
                QRegularExpression(r"^\s*\d{1,3}(\s*[,，]\s*\d{1,3}){0,5}\s*[,，]?\s*$"), edit))
            edit.setPlaceholderText("5, 10, 15")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setFixedWidth(SPIN_WIDTH)
            # as tall as the spin boxes around it (the theme pads line edits for forms)
            edit.setStyleSheet("QLineEdit { padding: 1px 6px; min-height: 0px; }")
            edit.setFixedHeight(_spin_height())
            self.widget = edit
        else:
            low, high = spec.limits()
            box: QSpinBox | QDoubleSpinBox
            if self.kind == "int" and not spec.percent:
                box = QSpinBox()
                box.setRange(int(low), int(high))
                box.setSingleStep(int(spec.step))
            else:
                box = QDoubleSpinBox()
                box.setDecimals(spec.decimals)
                box.setRange(low, high)
                box.setSingleStep(spec.step)
            box.setSuffix(spec.suffix)
            box.setAlignment(Qt.AlignmentFlag.AlignRight)
            box.setKeyboardTracking(True)
            box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
            box.setFixedWidth(SPIN_WIDTH)
            self.widget = box
        self.widget.setObjectName(f"pref_{spec.group}_{spec.name}")
        self.widget.setAccessibleName(spec.label)

    def value(self) -> Any:
        if self.kind == "ints":
            text = self.widget.text()  # type: ignore[attr-defined]
            return [int(p) for p in re.split(r"[,，\s]+", text) if p]
        shown = self.widget.value()  # type: ignore[attr-defined]
        if self.spec.percent:
            return round(shown / 100.0, 6)
        return int(shown) if self.kind == "int" else float(shown)

    def set_value(self, value: Any) -> None:
        if self.kind == "ints":
            self.widget.setText(", ".join(str(v) for v in value))  # type: ignore[attr-defined]
            return
        shown = value * 100 if self.spec.percent else value
        self.widget.setValue(shown)  # type: ignore[attr-defined]

    def display(self, value: Any) -> str:
        """The value as the editor would show it, unit included ("60 points")."""
        if self.kind == "ints":
            return ", ".join(str(v) for v in value) + self.spec.suffix
        shown = value * 100 if self.spec.percent else value
        return self.widget.textFromValue(shown) + self.spec.suffix  # type: ignore[attr-defined]

    def on_change(self, slot: Callable[[], None]) -> None:
        if self.kind == "ints":
            self.widget.textChanged.connect(lambda *_: slot())  # type: ignore[attr-defined]
        else:
            self.widget.valueChanged.connect(lambda *_: slot())  # type: ignore[attr-defined]


def _spin_height() -> int:
    probe = QSpinBox()
    probe.ensurePolished()
    return probe.sizeHint().height()


class QuietHoursEditor(QWidget):
    """[x] from [22:00] to [06:00]; unchecked means no quiet hours."""

    def __init__(self, label: str, to_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label)
        self.enabled.setObjectName("pref_alerts_quiet")
        self.start = QTimeEdit(QTime(22, 0))
        self.end = QTimeEdit(QTime(6, 0))
        for name, edit in (("start", self.start), ("end", self.end)):
            edit.setDisplayFormat("HH:mm")
            edit.setObjectName(f"pref_alerts_quiet_{name}")
            edit.setFixedWidth(SPIN_WIDTH)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.start)
        row.addWidget(QLabel(to_text))
        row.addWidget(self.end)
        row.addStretch(1)
        self.enabled.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        on = self.enabled.isChecked()
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def value(self) -> tuple[str | None, str | None]:
        if not self.enabled.isChecked():
            return None, None
        return self.start.time().toString("HH:mm"), self.end.time().toString("HH:mm")

    def set_value(self, start: str | None, end: str | None) -> None:
        self.enabled.setChecked(bool(start and end))
        if start and end:
            self.start.setTime(QTime.fromString(start, "HH:mm"))
            self.end.setTime(QTime.fromString(end, "HH:mm"))

    def on_change(self, slot: Callable[[], None]) -> None:
        self.enabled.toggled.connect(lambda *_: slot())
        self.start.timeChanged.connect(lambda *_: slot())
        self.end.timeChanged.connect(lambda *_: slot())
