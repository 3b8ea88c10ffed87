""""Recognise…": record praise for an agent (what kind, in a few words), optionally linked to
the call or flag that earned it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from console.domain import recognition as rec
from console.ui.positives import texts


@dataclass(frozen=True, slots=True)
class Link:
    """The call or flag the dialog was opened from."""

    callid: str | None = None
    flag_id: int | None = None
    flag_time: str | None = None  # "10:42", for the words only
    complaint: bool = False  # a complaint call or a flag: "resolved a hard complaint" first

    @property
    def empty(self) -> bool:
        return self.callid is None and self.flag_id is None


class RecogniseDialog(QDialog):
    def __init__(self, agents: list[tuple[str, str]], agent: str | None = None,
                 link: Link | None = None, parent: QWidget | None = None) -> None:
        """``agents`` are (name, display name); with ``agent`` given the dialog is for them."""
        super().__init__(parent)
        self.setObjectName("RecogniseDialog")
        self.setWindowTitle(self.tr("Recognise"))
        self.setMinimumWidth(440)
        self.link = link or Link()
        names = dict(agents)
        self.agent_combo = QComboBox()
        self.agent_combo.setObjectName("RecogniseAgent")
        if agent is not None and agent not in names:
            agents = [*agents, (agent, agent)]
        for name, display in sorted(agents, key=lambda a: a[1].casefold()):
            self.agent_combo.addItem(display, name)
        if agent is not None:
            self.agent_combo.setCurrentIndex(self.agent_combo.findData(agent))
        else:  # never a default person: praise for the wrong one is worse than none
            self.agent_combo.insertItem(0, self.tr("Choose an agent…"), None)
            self.agent_combo.setCurrentIndex(0)
        self.agent_combo.currentIndexChanged.connect(lambda *_: self._update())
        intro = QLabel(self.tr("Record what went well. It shows in the Positives panel, in the "
                               "agent's history and in the shift report."))
        intro.setWordWrap(True)
        self.kinds = QButtonGroup(self)
        kind_box = QVBoxLayout()
        kind_box.setSpacing(4)
        default = rec.RESOLVED_COMPLAINT if self.link.complaint else rec.COMPLIMENT
        self.kind_buttons: dict[str, QRadioButton] = {}
        for i, kind in enumerate(rec.KINDS):
            button = QRadioButton(texts.kind_text(kind))
            button.setObjectName(f"RecogniseKind_{kind}")
            button.setChecked(kind == default)
            self.kinds.addButton(button, i)
            self.kind_buttons[kind] = button
            kind_box.addWidget(button)
        self.kinds.idToggled.connect(lambda *_: self._update())
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.text.setObjectName("RecogniseText")
        self.text.setFixedHeight(84)
        self.text.textChanged.connect(self._update)
        self.link_box = QCheckBox()
        self.link_box.setObjectName("RecogniseLink")
        self.link_box.setVisible(not self.link.empty)
        self.link_box.setChecked(not self.link.empty)
        self.link_box.setText(self.tr("Link to {what}").format(
            what=texts.link_text(self.link.callid, self.link.flag_time)))
        form = QFormLayout()
        form.addRow(self.tr("Agent"), self.agent_combo)
        form.addRow(self.tr("For"), kind_box)
        form.addRow(self.tr("What they did"), self.text)
        if not self.link.empty:
            form.addRow("", self.link_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Recognise"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update()

    def kind(self) -> str:
        return rec.KINDS[max(0, self.kinds.checkedId())]

    def set_kind(self, kind: str) -> None:
        self.kind_buttons[kind].setChecked(True)

    def _update(self) -> None:
        needs = rec.needs_text(self.kind())
        self.text.setPlaceholderText(
            self.tr("Say what they did") if needs else
            self.tr("In a few words (optional), e.g. what the customer said"))
        has_text = bool(self.text.toPlainText().strip())
        chosen = self.agent_combo.currentData() is not None
        self.ok_button.setEnabled(chosen and (has_text or not needs))

    def values(self) -> tuple[str, str, str, str | None, int | None]:
        """(agent, kind, text, callid, flag id)"""
        linked = not self.link.empty and self.link_box.isChecked()
        return (str(self.agent_combo.currentData()), self.kind(),
                self.text.toPlainText().strip(), self.link.callid if linked else None,
                self.link.flag_id if linked else None)
