""""Flag abusive call...": severity, category and a note, for one agent.

Opened from the agent's row, it also shows which call the flag is about: the call in
progress, else the one that just ended (console.domain.flag_call), changeable to another of
the agent's recent calls or to none.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.domain import kpi
from console.domain.calls import CallRow
from console.domain.flag_call import call_end
from console.domain.flags import CATEGORIES, HARASSMENT, THREAT
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.care import texts
from console.ui.care.flag_table_model import SEVERITY_STATUS


class FlagDialog(QDialog):
    def __init__(self, agent_label: str, parent: QWidget | None = None, *,
                 calls: Sequence[CallRow] | None = None,
                 default_call: CallRow | None = None) -> None:
        """``calls`` None: the caller already names the call (the calls dock); else the
        agent's recent calls to choose from, ``default_call`` selected."""
        super().__init__(parent)
        self._calls = tuple(calls or ())
        self.setObjectName("FlagDialog")
        self.setWindowTitle(self.tr("Flag abusive call"))
        self.setMinimumWidth(420)
        intro = QLabel(self.tr("Record an abusive call taken by <b>{agent}</b>. The flag counts "
                               "towards the agent's strain and asks a lead to acknowledge it.")
                       .format(agent=agent_label))
        intro.setWordWrap(True)
        self.severity = QComboBox()
        self.severity.setObjectName("FlagSeverity")
        for level in (1, 2, 3):
            status = SEVERITY_STATUS[level]
            self.severity.addItem(palette.status_icon(status), texts.severity_text(level), level)
        self.category = QComboBox()
        self.category.setObjectName("FlagCategory")
        for cat in CATEGORIES:
            self.category.addItem(texts.category_text(cat), cat)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.note.setObjectName("FlagNote")
        self.note.setPlaceholderText(self.tr("What happened (optional)"))
        self.note.setFixedHeight(90)
        self.call: QComboBox | None = None
        form = QFormLayout()
        if calls is not None:
            self.call = QComboBox()
            self.call.setObjectName("FlagLinkedCall")
            for i, call in enumerate(self._calls):
                self.call.addItem(self._call_text(call), i)
            self.call.addItem(self.tr("No call"), -1)
            pick = self._calls.index(default_call) if default_call in self._calls else -1
            self.call.setCurrentIndex(self.call.findData(pick))
            form.addRow(self.tr("Call"), self.call)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Flag call"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _call_text(self, call: CallRow) -> str:
        start = fmt.clock_time(call.enter_ts, seconds=False)
        if call.outcome == kpi.CONNECTED:
            return self.tr("{time} · {queue} · {caller} · in progress").format(
                time=start, queue=call.queue, caller=call.caller)
        return self.tr("{time} · {queue} · {caller} · ended {end}").format(
            time=start, queue=call.queue, caller=call.caller,
            end=fmt.clock_time(call_end(call), seconds=False))

    def linked_call(self) -> CallRow | None:
        """The call the flag is about, as the lead left the choice; None: no call."""
        if self.call is None:
            return None
        i = int(self.call.currentData())
        return self._calls[i] if i >= 0 else None

    def _category_changed(self) -> None:
        """Threats and harassment are severity 3 unless the lead says otherwise."""
        if self.category.currentData() in (THREAT, HARASSMENT):
            self.severity.setCurrentIndex(2)

    def values(self) -> tuple[int, str, str | None]:
        note = self.note.toPlainText().strip() or None
        return int(self.severity.currentData()), str(self.category.currentData()), note
