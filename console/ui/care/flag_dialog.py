""""Flag abusive call...": severity, category and a note, for one agent."""

from __future__ import annotations

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

from console.domain.flags import CATEGORIES, HARASSMENT, THREAT
from console.ui import palette
from console.ui.care import texts
from console.ui.care.flag_table_model import SEVERITY_STATUS


class FlagDialog(QDialog):
    def __init__(self, agent_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        form = QFormLayout()
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

    def _category_changed(self) -> None:
        """Threats and harassment are severity 3 unless the lead says otherwise."""
        if self.category.currentData() in (THREAT, HARASSMENT):
            self.severity.setCurrentIndex(2)

    def values(self) -> tuple[int, str, str | None]:
        note = self.note.toPlainText().strip() or None
        return int(self.severity.currentData()), str(self.category.currentData()), note
