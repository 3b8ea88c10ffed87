""""Record outcome…" of a peer coaching session: what went well, and what the coach would
have done differently. A planned session can also be cancelled from here.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.coaching import CANCELLED, PLANNED
from console.services.coaching import SessionView
from console.ui.coaching import texts
from console.ui.coaching.arrange_dialog import call_text
from console.ui.coaching.coaching_controller import CoachingController
from console.ui.coaching.request_dialog import RequestDialog


def text_box(name: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(64)
    return box


class OutcomeDialog(RequestDialog):
    def __init__(self, controller: CoachingController, session_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("OutcomeDialog")
        self.setWindowTitle(self.tr("Record outcome"))
        self.session_id = session_id
        self.view: SessionView | None = None
        self.saved = False

        self.title = QLabel(self.tr("Loading the session…"))
        self.title.setObjectName("SectionTitle")
        self.details = QLabel()
        self.details.setObjectName("Muted")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # focus and notes are typed text
        self.went_well = text_box("OutcomeWentWell", self.tr("What the agent did well"))
        self.do_differently = text_box(
            "OutcomeDoDifferently", self.tr("What I would have done differently is …"))
        self.notes = text_box("OutcomeNotes", self.tr("Anything else worth keeping"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above the boxes
        form.addRow(self.tr("What went well:"), self.went_well)
        form.addRow(self.tr("What the coach would have done differently:"), self.do_differently)
        form.addRow(self.tr("Notes:"), self.notes)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("SaveOutcomeButton")
        self.save_button.setText(self.tr("Save outcome"))
        self.save_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Cancel session"))
        self.cancel_button.setObjectName("CancelSessionButton")
        self.cancel_button.setEnabled(False)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.cancel_button.clicked.connect(self.cancel_session)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 460)
        self.ask("session", session_id)

    def on_reply(self, action: str, result: object) -> None:
        if action == "session":
            self.show_session(result)  # type: ignore[arg-type]
        elif action in ("record_outcome", "cancel"):
            self.saved = True
            self.accept()

    def on_failed(self, action: str, error: str) -> None:
        self.save_button.setEnabled(self.view is not None)
        super().on_failed(action, error)

    def show_session(self, view: SessionView) -> None:
        self.view = view
        s = view.session
        self.title.setText(self.tr("<b>{coach}</b> coaches <b>{agent}</b>").format(
            coach=escape(view.coach_name or "?"), agent=escape(view.agent_name)))
        parts = [texts.status_text(s.status)]
        if s.status == PLANNED:
            parts.append(texts.due_text(s.due_ts, self.controller.now()))
        if view.call is not None:
            parts.append(self.tr("call {call}").format(call=call_text(view.call)))
        elif s.callid:
            parts.append(self.tr("call {call}").format(call=s.callid))
        if s.focus:
            parts.append(self.tr("focus: {focus}").format(focus=s.focus))
        self.details.setText(texts.join(parts))
        self.went_well.setPlainText(s.went_well or "")
        self.do_differently.setPlainText(s.do_differently or "")
        self.notes.setPlainText(s.notes or "")
        editable = s.status != CANCELLED
        for box in (self.went_well, self.do_differently, self.notes):
            box.setReadOnly(not editable)
        self.save_button.setEnabled(editable)
        self.cancel_button.setEnabled(s.status == PLANNED)

    def save(self) -> None:
        if self.view is None or self.waiting_for("record_outcome"):
            return
        self.save_button.setEnabled(False)
        self.error.hide()
        self.ask("record_outcome", self.session_id, self.went_well.toPlainText(),
                 self.do_differently.toPlainText(), self.notes.toPlainText())

    def cancel_session(self) -> None:
        if self.view is None or self.waiting_for("cancel"):
            return
        self.cancel_button.setEnabled(False)
        self.ask("cancel", self.session_id, self.notes.toPlainText() or None)
