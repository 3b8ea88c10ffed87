""""New escalation…": from a call or a flag (agent, queue, call and caller filled in) or from
nothing (an e-mail, a chat, a letter). The promise follows the channel until it is edited."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.domain import escalations as rules
from console.domain.escalations import EscalationSettings, mask_customer
from console.ui.escalations import texts

CATEGORY_SUGGESTIONS = ("billing", "delivery", "service quality", "product fault", "refund")


def holder_combo(names: list[str], current: str | None = None) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(names)
    combo.setCurrentText(current or "")
    return combo


def role_combo(current: str = rules.AGENT) -> QComboBox:
    combo = QComboBox()
    for role in rules.ROLES:
        combo.addItem(texts.role_text(role), role)
    combo.setCurrentIndex(rules.ROLES.index(current))
    return combo


class NewEscalationDialog(QDialog):
    def __init__(self, context: dict[str, Any] | None, *, holders: list[str],
                 departments: list[str], categories: list[str],
                 settings: EscalationSettings = rules.DEFAULT_SETTINGS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewEscalationDialog")
        self.setWindowTitle(self.tr("New escalation"))
        self.setMinimumWidth(480)
        self.context = dict(context or {})
        self.settings = settings
        ctx = self.context
        if ctx.get("callid") or ctx.get("agent"):
            intro_text = self.tr(
                "A complaint that could not be solved on the call taken by <b>{agent}</b>"
                " ({queue}). Promise the customer a callback and keep it.").format(
                agent=ctx.get("agent_label") or ctx.get("agent") or "—",
                queue=ctx.get("queue") or "—")
        else:
            intro_text = self.tr("A complaint that needs a callback: from an e-mail, a chat,"
                                 " social media or a letter.")
        intro = QLabel(intro_text)
        intro.setWordWrap(True)

        self.reference = QLineEdit()
        self.reference.setObjectName("EscalationReference")
        self.reference.setPlaceholderText(self.tr("Ticket number, if there is one"))
        self.channel = QComboBox()
        self.channel.setObjectName("EscalationChannel")
        for channel in rules.CHANNELS:
            self.channel.addItem(texts.channel_text(channel), channel)
        self._masked_caller = mask_customer(ctx.get("caller"), rules.PHONE) or ""
        self.customer = QLineEdit(self._masked_caller)
        self.customer.setObjectName("EscalationCustomer")
        self.customer.setPlaceholderText(self.tr("Phone, e-mail or handle (stored masked)"))
        self.category = QComboBox()
        self.category.setObjectName("EscalationCategory")
        self.category.setEditable(True)
        self.category.addItems(sorted(set(categories) | set(CATEGORY_SUGGESTIONS)))
        self.category.setCurrentText("")
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.description.setObjectName("EscalationDescription")
        self.description.setPlaceholderText(self.tr("What the customer complains about"))
        self.description.setFixedHeight(80)
        agent = ctx.get("agent")
        self.holder = holder_combo(holders, agent)
        self.holder.setObjectName("EscalationHolder")
        self.role = role_combo(rules.AGENT if agent else rules.SUPERVISOR)
        self.role.setObjectName("EscalationRole")
        self.department = holder_combo(departments)
        self.department.setObjectName("EscalationDepartment")
        self.promise = QSpinBox()
        self.promise.setObjectName("EscalationPromise")
        self.promise.setRange(1, 24 * 90)
        self.promise.setSuffix(self.tr(" h"))
        self.business = QCheckBox(self.tr("Count business hours only"))
        self.business.setObjectName("EscalationBusinessHours")
        self.business.setToolTip(self.tr("The clock then runs only in the floor's opening"
                                         " hours; by default it runs around the clock."))
        self.note = QLineEdit()
        self.note.setObjectName("EscalationNote")
        self.note.setPlaceholderText(self.tr("First note on the timeline (optional)"))
        self._promise_touched = False
        self._setting_defaults = False
        self.promise.valueChanged.connect(self._promise_edited)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self._set_channel_defaults()

        form = QFormLayout()
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Customer"), self.customer)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Held by"), self.holder)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Promised callback within"), self.promise)
        form.addRow("", self.business)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Open escalation"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _promise_edited(self) -> None:
        if not self._setting_defaults:
            self._promise_touched = True

    def _channel_changed(self) -> None:
        self._set_channel_defaults()

    def _set_channel_defaults(self) -> None:
        channel = str(self.channel.currentData())
        self._setting_defaults = True
        if not self._promise_touched:
            self.promise.setValue(max(1, round(self.settings.promise_minutes(channel) / 60)))
        self.business.setChecked(self.settings.clock_for(channel) == rules.BUSINESS)
        self._setting_defaults = False

    def values(self) -> dict[str, Any]:
        """Keyword arguments for EscalationActions.open_escalation."""
        ctx = self.context
        customer = self.customer.text().strip()
        if ctx.get("callid") and customer == self._masked_caller:
            customer = ""  # the service takes the caller from the call itself
        out: dict[str, Any] = {
            "channel": str(self.channel.currentData()),
            "customer": customer or None,
            "category": self.category.currentText().strip() or None,
            "description": self.description.toPlainText().strip() or None,
            "owner": self.holder.currentText().strip() or None,
            "role": str(self.role.currentData()),
            "department": self.department.currentText().strip() or None,
            "promise_minutes": self.promise.value() * 60,
            "clock": rules.BUSINESS if self.business.isChecked() else rules.CALENDAR,
            "note": self.note.text().strip() or None,
            "reference": self.reference.text().strip() or None,
        }
        for key in ("agent", "callid", "queue", "flag_id"):
            if ctx.get(key) is not None:
                out[key] = ctx[key]
        if out["owner"] is None and out["role"] == rules.AGENT:
            out["role"] = None  # let the service choose (department or supervisor)
        return out
