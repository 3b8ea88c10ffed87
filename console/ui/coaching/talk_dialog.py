""""1:1 talk…" with the team lead: what the agent needs most right now (ranked), what went
well, what to do differently, notes.

A talk planned earlier (ticked in the grant-break dialog, or planned here) is completed rather
than duplicated. "Plan for later" records a planned talk instead.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from html import escape

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.coaching import DONE
from console.services.coaching import TalkForm
from console.ui.coaching import texts
from console.ui.coaching.arrange_dialog import default_due
from console.ui.coaching.coaching_controller import CoachingController
from console.ui.coaching.needs_widgets import NeedsEditor, NeedsRanking
from console.ui.coaching.outcome_dialog import text_box
from console.ui.coaching.request_dialog import RequestDialog


class TalkDialog(RequestDialog):
    def __init__(self, controller: CoachingController, agent: str, display_name: str,
                 session_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.setObjectName("TalkDialog")
        self.setWindowTitle(self.tr("1:1 talk"))
        self.agent = agent
        self.form: TalkForm | None = None
        self.session_id: int | None = None
        self.editor: NeedsEditor | None = None

        self.title = QLabel(self.tr("1:1 talk with <b>{agent}</b>").format(
            agent=escape(display_name)))
        self.title.setObjectName("SectionTitle")
        self.pending = QLabel()
        self.pending.setObjectName("TalkPending")
        self.pending.setWordWrap(True)
        self.pending.hide()
        self.lead = QLineEdit()
        self.lead.setObjectName("TalkLead")
        self.needs = NeedsRanking()
        self.needs.edit_requested.connect(self.edit_needs)
        self.last_time = QLabel()
        self.last_time.setObjectName("Muted")
        self.last_time.setWordWrap(True)
        self.last_time.hide()
        self.went_well = text_box("TalkWentWell", self.tr("What is going well"))
        self.do_differently = text_box("TalkDoDifferently",
                                       self.tr("What we will do differently"))
        self.notes = text_box("TalkNotes", self.tr("Anything else worth keeping"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Team lead:"), self.lead)
        form.addRow(self.tr("Needs most right now:"), self.needs)
        form.addRow("", self.last_time)
        form.addRow(self.tr("What went well:"), self.went_well)
        form.addRow(self.tr("What to do differently:"), self.do_differently)
        form.addRow(self.tr("Notes:"), self.notes)

        self.plan_at = QDateTimeEdit()
        self.plan_at.setObjectName("TalkPlanAt")
        self.plan_at.setCalendarPopup(True)
        self.plan_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.plan_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(default_due(controller.now()))))
        self.plan_button = QPushButton(self.tr("Plan for later"))
        self.plan_button.setObjectName("PlanTalkButton")
        self.plan_button.clicked.connect(self.plan_later)
        self.later = QWidget()
        later = QHBoxLayout(self.later)
        later.setContentsMargins(0, 0, 0, 0)
        later.addWidget(QLabel(self.tr("Not now:")))
        later.addWidget(self.plan_at)
        later.addWidget(self.plan_button)
        later.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("SaveTalkButton")
        self.save_button.setText(self.tr("Save talk"))
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.pending)
        layout.addLayout(form)
        layout.addWidget(self.later)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(640, 640)
        self.ask("talk_form", agent, session_id)

    def on_reply(self, action: str, result: object) -> None:
        if action == "talk_form":
            self.show_form(result)  # type: ignore[arg-type]
        elif action == "save_talk":
            self.session_id = int(result)  # type: ignore[call-overload]
            self.accept()

    def on_failed(self, action: str, error: str) -> None:
        self._enable(self.form is not None)
        super().on_failed(action, error)

    def show_form(self, form: TalkForm) -> None:
        self.form = form
        pending = form.pending
        self.lead.setText(pending.coach if pending and pending.coach else form.lead)
        self.needs.set_needs(form.needs, pending.needs if pending else ())
        if pending is not None:
            if pending.status == DONE:
                at = datetime.fromtimestamp(pending.completed_at or pending.created_at)
                text = self.tr("Recorded {when}; saving corrects it.").format(
                    when=at.strftime("%Y-%m-%d %H:%M"))
            else:
                when = texts.due_text(pending.due_ts, form.now)
                text = (self.tr("Planned after a recovery break ({when}).") if pending.break_id
                        else self.tr("Planned ({when}).")).format(when=when)
            if pending.focus:
                text += " " + pending.focus
            self.pending.setText(text)
            self.pending.show()
            self.went_well.setPlainText(pending.went_well or "")
            self.do_differently.setPlainText(pending.do_differently or "")
            self.notes.setPlainText(pending.notes or "")
            self.later.hide()  # it is planned (or held) already
        if form.last_needs:
            self.last_time.setText(self.tr("Last time: {needs}").format(
                needs=texts.needs_text(form.last_needs, form.needs)))
            self.last_time.show()
        self._enable(True)

    def _enable(self, on: bool) -> None:
        self.save_button.setEnabled(on)
        self.plan_button.setEnabled(on)

    # ------------------------------------------------------------------ needs list
    def edit_needs(self) -> None:
        if self.form is None:
            return
        self.editor = NeedsEditor(self.controller, self.form.needs, self)
        self.editor.accepted.connect(self._needs_edited)
        self.editor.open()

    def _needs_edited(self) -> None:
        if self.editor is None or self.editor.saved_needs is None or self.form is None:
            return
        ranked = self.needs.ranked()
        self.form = replace(self.form, needs=tuple(self.editor.saved_needs))
        self.needs.set_needs(self.form.needs, ranked)

    # ------------------------------------------------------------------ save
    def save(self) -> None:
        if self.form is None or self.waiting_for("save_talk"):
            return
        self._enable(False)
        self.error.hide()
        pending = self.form.pending
        self.ask("save_talk", self.agent, session_id=pending.id if pending else None,
                 lead=self.lead.text(), went_well=self.went_well.toPlainText(),
                 do_differently=self.do_differently.toPlainText(),
                 notes=self.notes.toPlainText(), needs=self.needs.ranked())

    def plan_later(self) -> None:
        if self.form is None or self.waiting_for("save_talk"):
            return
        self._enable(False)
        self.ask("save_talk", self.agent, lead=self.lead.text(),
                 plan_for=float(self.plan_at.dateTime().toSecsSinceEpoch()),
                 focus=self.notes.toPlainText())
