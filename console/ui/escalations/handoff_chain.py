"""Who has held an escalation, in order (agent → peer → supervisor → department), and who
holds it now: a row of small cards joined by arrows, the current holder outlined."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.domain.escalations import HandoffStep
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.escalations import texts


class HandoffChain(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HandoffChain")
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self.steps: list[HandoffStep] = []

    def set_steps(self, steps: Sequence[HandoffStep],
                  name: Callable[[str], str] = lambda s: s) -> None:
        self.steps = list(steps)
        while self._row.count():
            child = self._row.takeAt(0)
            if child.widget() is not None:
                child.widget().deleteLater()
        if not steps:
            empty = QLabel(self.tr("Nobody holds it yet"))
            empty.setObjectName("Muted")
            self._row.addWidget(empty)
        for i, step in enumerate(steps):
            if i:
                arrow = QLabel("→")
                arrow.setObjectName("Muted")
                self._row.addWidget(arrow)
            self._row.addWidget(self._card(step, name(step.holder)))
        self._row.addStretch(1)

    def current_text(self) -> str:
        current = next((s for s in self.steps if s.current), None)
        return "" if current is None else f"{texts.role_text(current.role)}: {current.holder}"

    def _card(self, step: HandoffStep, holder: str) -> QFrame:
        t = palette.theme()
        card = QFrame()
        card.setObjectName("HandoffStep")
        border = t.accent if step.current else t.border
        width = 2 if step.current else 1
        card.setStyleSheet(f"#HandoffStep {{ border: {width}px solid {border};"
                           f" border-radius: 6px; background: {t.surface}; }}")
        box = QVBoxLayout(card)
        box.setContentsMargins(8, 4, 8, 4)
        box.setSpacing(0)
        role = QLabel(texts.role_text(step.role)
                      + (" · " + self.tr("holds it now") if step.current else ""))
        role.setObjectName("Muted")
        who = QLabel(holder)
        who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = who.font()
        font.setBold(step.current)
        who.setFont(font)
        since = QLabel(fmt.month_day_time(step.since))
        since.setObjectName("Muted")
        for w in (role, who, since):
            box.addWidget(w)
        card.setToolTip(self.tr("{role} {holder} since {time}").format(
            role=texts.role_text(step.role), holder=holder, time=since.text()))
        return card
