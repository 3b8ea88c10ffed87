"""Working one escalation: its clock, trust, hand-off chain and timeline, and the actions
(reply, pause / resume the clock, hand off, note, change the promise, resolve).

Non-modal, so the backlog stays usable beside it. Each action asks for its details in a small
:class:`ActionPrompt`, then goes to the escalation thread; the dialog re-reads the item's
timeline after every write and follows the backlog model's countdown for the clock.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain import escalations as rules
from console.domain.escalations import Escalation, EscalationStatus
from console.services.escalations import EscalationDetail
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.escalations import texts
from console.ui.escalations.backlog_model import BacklogModel
from console.ui.escalations.client import EscalationsClient
from console.ui.escalations.handoff_chain import HandoffChain
from console.ui.escalations.new_dialog import holder_combo, role_combo


class ActionPrompt(QDialog):
    """The few fields one action needs; ``kind`` is the service action it leads to."""

    def __init__(self, kind: str, title: str, intro: str, parent: QWidget | None = None,
                 *, text_label: str | None = None, text_required: bool = False,
                 holders: list[str] | None = None, departments: list[str] | None = None,
                 hours: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"Prompt_{kind}")
        self.kind = kind
        self.setWindowTitle(title)
        self.setMinimumWidth(400)
        form = QFormLayout()
        self.holder: QComboBox | None = None
        self.role: QComboBox | None = None
        self.department: QComboBox | None = None
        self.hours: QSpinBox | None = None
        if holders is not None:
            self.holder = holder_combo(holders)
            self.holder.setObjectName("PromptHolder")
            self.role = role_combo(rules.PEER)
            self.role.setObjectName("PromptRole")
            self.department = holder_combo(departments or [])
            self.department.setObjectName("PromptDepartment")
            form.addRow(self.tr("Hand to"), self.holder)
            form.addRow(self.tr("As"), self.role)
            form.addRow(self.tr("Department"), self.department)
        if hours is not None:
            self.hours = QSpinBox()
            self.hours.setObjectName("PromptHours")
            self.hours.setRange(1, 24 * 90)
            self.hours.setSuffix(self.tr(" h"))
            self.hours.setValue(hours)
            form.addRow(self.tr("Promise"), self.hours)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.text.setObjectName("PromptText")
        self.text.setFixedHeight(70)
        self.text_required = text_required
        form.addRow(text_label or self.tr("Note"), self.text)
        label = QLabel(intro)
        label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._check)
        if self.holder is not None:
            self.holder.currentTextChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        ok = not self.text_required or bool(self.text.toPlainText().strip())
        if self.holder is not None:
            ok = ok and bool(self.holder.currentText().strip())
        self.ok_button.setEnabled(ok)

    def note(self) -> str | None:
        return self.text.toPlainText().strip() or None


class EscalationDialog(QDialog):
    def __init__(self, client: EscalationsClient, model: BacklogModel, escalation_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EscalationDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.client = client
        self.model = model
        self.escalation_id = escalation_id
        self.detail: EscalationDetail | None = None
        self.prompt: ActionPrompt | None = None
        self._mine: set[int] = set()  # request ids this dialog sent
        self.setMinimumSize(640, 560)

        self.reference = QLabel()
        self.reference.setObjectName("SectionTitle")
        self.state = QLabel()
        self.state.setObjectName("EscalationState")
        self.left = QLabel()
        self.left.setObjectName("EscalationLeft")
        self.trust = QLabel()
        self.trust.setObjectName("EscalationTrust")
        head = QHBoxLayout()
        head.addWidget(self.reference)
        head.addSpacing(12)
        head.addWidget(self.state)
        head.addStretch(1)
        head.addWidget(self.left)
        head.addSpacing(16)
        head.addWidget(self.trust)

        self.fields: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        rows = [("customer", self.tr("Customer")), ("channel", self.tr("Channel")),
                ("category", self.tr("Category")), ("opened", self.tr("Opened")),
                ("promise", self.tr("Promise")), ("reply", self.tr("First reply")),
                ("department", self.tr("Department")), ("call", self.tr("From call")),
                ("resolved", self.tr("Resolved"))]
        for n, (key, title) in enumerate(rows):
            caption = QLabel(title)
            caption.setObjectName("Muted")
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            grid.addWidget(caption, n // 3, (n % 3) * 2)
            grid.addWidget(value, n // 3, (n % 3) * 2 + 1)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.chain = HandoffChain()
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("EscalationTimeline")
        self.timeline.setRootIsDecorated(False)
        self.timeline.setUniformRowHeights(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.timeline.setHeaderLabels([self.tr("Time"), self.tr("What"), self.tr("By"),
                                       self.tr("Detail")])
        self.error = QLabel()
        self.error.setObjectName("EscalationError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {palette.theme().status[palette.Status.DANGER]};")
        self.error.hide()

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text in (("reply", self.tr("Reply…")), ("pause", self.tr("Pause clock…")),
                          ("resume", self.tr("Resume clock")), ("handoff", self.tr("Hand off…")),
                          ("note", self.tr("Add note…")), ("promise", self.tr("Change promise…")),
                          ("resolve", self.tr("Resolve…"))):
            button = QPushButton(text)
            button.setObjectName(f"EscalationButton_{key}")
            button.clicked.connect(lambda _=False, k=key: self.start_action(k))
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bar.addWidget(close)

        chain_title = QLabel(self.tr("Hand-off chain"))
        chain_title.setObjectName("CardTitle")
        timeline_title = QLabel(self.tr("Timeline"))
        timeline_title.setObjectName("CardTitle")
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(grid)
        layout.addWidget(self.description)
        layout.addWidget(chain_title)
        layout.addWidget(self.chain)
        layout.addWidget(timeline_title)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.error)
        layout.addLayout(bar)

        client.detail_ready.connect(self._on_detail)
        client.changed.connect(self.reload)
        client.replied.connect(self._on_replied)
        client.failed.connect(self._on_failed)
        model.ticked.connect(self._refresh_clock)
        model.modelReset.connect(self._refresh_item)
        model.dataChanged.connect(self._refresh_item)
        self.finished.connect(self._detach)
        self._refresh_item()
        self.reload()

    def _detach(self) -> None:
        """A closed dialog stops following the backlog (the dock opens a fresh one)."""
        for signal, slot in ((self.client.detail_ready, self._on_detail),
                             (self.client.changed, self.reload),
                             (self.client.replied, self._on_replied),
                             (self.client.failed, self._on_failed),
                             (self.model.ticked, self._refresh_clock),
                             (self.model.modelReset, self._refresh_item),
                             (self.model.dataChanged, self._refresh_item)):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)

    # ------------------------------------------------------------------ state
    def current(self) -> tuple[Escalation, EscalationStatus] | None:
        found = self.model.by_id(self.escalation_id)
        if found is not None:
            return found
        if self.detail is not None:  # resolved and off the board: the item as last read
            item = self.detail.item
            return item, rules.status(item, self.client.clock.now(), self.model.settings)
        return None

    def reload(self) -> None:
        self._mine.add(self.client.detail(self.escalation_id))

    def _on_detail(self, escalation_id: int, detail: EscalationDetail) -> None:
        if escalation_id != self.escalation_id:
            return
        self.detail = detail
        self.chain.set_steps(detail.chain, self.model.name)
        self.timeline.clear()
        for event in detail.events:
            row = QTreeWidgetItem([fmt.month_day_time(event.ts),
                                   texts.event_text(event.kind), texts.actor_text(event.actor),
                                   texts.timeline_text(event)])
            row.setToolTip(3, row.text(3))
            if event.kind in ("at_risk", "warning"):
                row.setForeground(1, palette.status_color(palette.Status.CAUTION))
            elif event.kind == "breached":
                row.setForeground(1, palette.status_color(palette.Status.DANGER))
            self.timeline.addTopLevelItem(row)
        for col in range(3):
            self.timeline.resizeColumnToContents(col)
        self._refresh_item()

    def _refresh_item(self, *_: object) -> None:
        found = self.current()
        if found is None:
            return
        item, _st = found
        self.setWindowTitle(self.tr("Escalation {ref}").format(ref=item.reference))
        self.reference.setText(item.reference)
        f = self.fields
        f["customer"].setText(item.customer or fmt.DASH)
        f["channel"].setText(texts.channel_text(item.channel))
        f["category"].setText(item.category or fmt.DASH)
        f["opened"].setText(fmt.date_time(item.opened_at))
        f["promise"].setText(self.tr("{span} · {clock}").format(
            span=texts.span_text(item.promise_minutes), clock=texts.clock_text(item.clock)))
        if item.first_reply_at is None:
            f["reply"].setText(self.tr("Not yet"))
        else:
            f["reply"].setText(self.tr("{time} (after {span})").format(
                time=fmt.month_day_time(item.first_reply_at),
                span=texts.span_text(item.reply_elapsed_minutes or 0)))
        f["department"].setText(item.department or fmt.DASH)
        call = " · ".join(filter(None, (self.model.name(item.agent), item.queue, item.callid)))
        f["call"].setText(call or fmt.DASH)
        f["resolved"].setText(fmt.DASH if item.resolved_at is None else
                              fmt.month_day_time(item.resolved_at))
        self.description.setText(item.description or "")
        trust = texts.trust_text(item.trust)
        self.trust.setText(self.tr("Trust: {trust}").format(trust=trust))
        self.trust.setToolTip("" if item.trust is None else self.tr(
            "(1 − reply / promise) × 100 = {t:.0f}").format(t=item.trust))
        self._refresh_clock()
        self.buttons["pause"].setVisible(not item.paused)
        self.buttons["resume"].setVisible(item.paused)
        for key in ("reply", "pause", "resume", "handoff", "promise", "resolve"):
            self.buttons[key].setEnabled(not item.resolved)

    def _refresh_clock(self, *_: object) -> None:
        found = self.current()
        if found is None:
            return
        _item, st = found
        status = texts.STATE_STATUS.get(st.state, palette.Status.NEUTRAL)
        self.state.setText(texts.state_text(st.state))
        self.state.setStyleSheet(f"color: {palette.theme().status[status]}; font-weight: 600;")
        self.left.setText(texts.left_text(st) if st.is_open else texts.warning_text(st))
        self.left.setToolTip(texts.warning_text(st))

    # ------------------------------------------------------------------ actions
    def start_action(self, key: str) -> ActionPrompt | None:
        found = self.current()
        if found is None:
            return None
        item, st = found
        if key == "resume":
            self._send("resume", item.id)
            return None
        prompt = self._prompt(key, item, st)
        self.prompt = prompt
        prompt.accepted.connect(lambda: self._submit(prompt))
        prompt.open()
        return prompt

    def _prompt(self, key: str, item: Escalation, st: EscalationStatus) -> ActionPrompt:
        if key == "reply":
            intro = (self.tr("Record that the customer heard back. The first reply sets the trust"
                             " score ({trust} now).").format(
                trust=texts.trust_text(rules.trust_score(st.elapsed_minutes,
                                                         item.promise_minutes)))
                if item.first_reply_at is None else
                self.tr("Record a further reply to the customer."))
            return ActionPrompt("reply", self.tr("Reply to customer"), intro, self,
                                text_label=self.tr("What was said"))
        if key == "pause":
            return ActionPrompt("pause", self.tr("Pause the clock"), self.tr(
                "Pause the promise's clock while the item waits on the customer. The pause and"
                " its reason go on the record."), self, text_label=self.tr("Waiting for"),
                text_required=True)
        if key == "handoff":
            return ActionPrompt("handoff", self.tr("Hand off"), self.tr(
                "Who takes {ref} over? The chain keeps who held it before.").format(
                ref=item.reference), self, holders=self.model.holders(),
                departments=self.model.departments())
        if key == "promise":
            return ActionPrompt("promise", self.tr("Change promise"), self.tr(
                "Agree a new deadline with the customer; the change is on the record."), self,
                hours=max(1, round(item.promise_minutes / 60)), text_label=self.tr("Why"),
                text_required=True)
        if key == "resolve":
            outcome = rules.state_for(st.elapsed_minutes * 60, item.promise_minutes, True,
                                      self.model.settings)
            return ActionPrompt("resolve", self.tr("Resolve"), self.tr(
                "Resolved now, the promise is: {state}.").format(
                state=texts.state_text(outcome)), self, text_label=self.tr("Outcome"))
        return ActionPrompt("add_note", self.tr("Add note"), self.tr(
            "A note on the timeline of {ref}.").format(ref=item.reference), self,
            text_required=True)

    def _submit(self, prompt: ActionPrompt) -> None:
        note = prompt.note()
        if prompt.kind == "reply":
            self._send("reply", self.escalation_id, note)
        elif prompt.kind == "pause":
            self._send("pause", self.escalation_id, note)
        elif prompt.kind == "handoff" and prompt.holder and prompt.role and prompt.department:
            self._send("handoff", self.escalation_id, prompt.holder.currentText().strip(),
                       str(prompt.role.currentData()),
                       prompt.department.currentText().strip() or None, note)
        elif prompt.kind == "promise" and prompt.hours is not None:
            self._send("set_promise", self.escalation_id, prompt.hours.value() * 60, note)
        elif prompt.kind == "resolve":
            self._send("resolve", self.escalation_id, note)
        elif prompt.kind == "add_note" and note:
            self._send("add_note", self.escalation_id, note)

    def _send(self, action: str, *args: object) -> None:
        self.error.hide()
        self._mine.add(self.client.request(action, *args))

    def _on_replied(self, request: int, action: str, result: object) -> None:
        self._mine.discard(request)

    def _on_failed(self, request: int, action: str, error: str) -> None:
        if request in self._mine:
            self._mine.discard(request)
            self.error.setText(self.tr("Could not save: {error}").format(error=error))
            self.error.show()
