""""Report an issue for management…": a problem customers report that the organisation must
fix, with the call or flag that showed it.

While the lead types, the dialog says whether this joins an issue that is already open (the
repeat rule of :mod:`console.domain.mgmt_issues`), so "Riverside" typed twice is one issue
reported twice, and the lead sees it before pressing the button.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain import mgmt_issues as mi
from console.domain.mgmt_issues import Cause, ManagementIssue
from console.ui.positives import texts
from console.ui.positives.recognise_dialog import Link

LEAD_KEY = "\x00lead"  # the "Me (team lead)" entry of the reporter list


@dataclass(frozen=True, slots=True)
class IssueValues:
    cause: str
    location: str
    description: str
    reported_by: str  # "" for the lead: the service records the OS user
    reporter_role: str
    agent: str | None
    callid: str | None
    flag_id: int | None


class IssueDialog(QDialog):
    edit_causes_requested = Signal()

    def __init__(self, causes: list[Cause], issues: list[ManagementIssue],
                 agents: list[tuple[str, str]], agent: str | None = None,
                 link: Link | None = None, locations: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IssueDialog")
        self.setWindowTitle(self.tr("Report an issue for management"))
        self.setMinimumWidth(500)
        self.issues = issues
        self.all_causes = causes
        self.agent = agent
        self.link = link or Link()
        intro = QLabel(self.tr("Something customers hit that the organisation must fix: a fault "
                               "at a location, a broken process, a policy that makes callers "
                               "angry. It is counted by cause and goes into the shift report."))
        intro.setWordWrap(True)
        self.cause = QComboBox()
        self.cause.setObjectName("IssueCause")
        self.edit_causes = QPushButton(self.tr("Edit causes…"))
        self.edit_causes.setObjectName("IssueEditCauses")
        self.edit_causes.setAutoDefault(False)
        self.edit_causes.clicked.connect(self.edit_causes_requested)
        cause_row = QHBoxLayout()
        cause_row.addWidget(self.cause, 1)
        cause_row.addWidget(self.edit_causes)
        self.set_causes(causes)
        self.location = QLineEdit()
        self.location.setObjectName("IssueLocation")
        self.location.setPlaceholderText(self.tr("Where: a district, a shop, a product, a form "
                                                 "(optional)"))
        completer = QCompleter(locations or [], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.location.setCompleter(completer)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.description.setObjectName("IssueDescription")
        self.description.setPlaceholderText(self.tr("What customers run into, in their words "
                                                    "if possible"))
        self.description.setFixedHeight(90)
        self.reporter = QComboBox()
        self.reporter.setObjectName("IssueReporter")
        names = dict(agents)
        if agent is not None:
            self.reporter.addItem(self.tr("{agent} (agent)").format(
                agent=names.get(agent, agent)), agent)
        self.reporter.addItem(self.tr("Me (team lead)"), LEAD_KEY)
        for name, display in sorted(agents, key=lambda a: a[1].casefold()):
            if name != agent:
                self.reporter.addItem(self.tr("{agent} (agent)").format(agent=display), name)
        self.link_box = QCheckBox(self.tr("Link to {what}").format(
            what=texts.link_text(self.link.callid, self.link.flag_time)))
        self.link_box.setObjectName("IssueLink")
        self.link_box.setChecked(not self.link.empty)
        self.repeat_hint = QLabel()
        self.repeat_hint.setObjectName("IssueRepeatHint")
        self.repeat_hint.setWordWrap(True)
        self.repeat_hint.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("Cause"), cause_row)
        form.addRow(self.tr("Where"), self.location)
        form.addRow(self.tr("Problem"), self.description)
        form.addRow(self.tr("Reported by"), self.reporter)
        if not self.link.empty:
            form.addRow("", self.link_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Report issue"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # the wrapped texts (intro, repeat hint) change height: never squeeze the form
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.repeat_hint)
        layout.addWidget(self.buttons)
        self.cause.currentIndexChanged.connect(self._update)
        self.location.textChanged.connect(self._update)
        self.description.textChanged.connect(self._update)
        self._update()

    def set_causes(self, causes: list[Cause]) -> None:
        """Fill (or refill, after "Edit causes…") the list; the choice stays if it can."""
        current = self.cause.currentData()
        self.all_causes = causes
        self.cause.blockSignals(True)
        self.cause.clear()
        for c in causes:
            if not c.archived:
                self.cause.addItem(texts.cause_text(c.code, causes), c.code)
        index = self.cause.findData(current) if current is not None else -1
        self.cause.setCurrentIndex(max(0, index))
        self.cause.blockSignals(False)
        if hasattr(self, "repeat_hint"):
            self._update()

    def set_cause(self, code: str) -> None:
        self.cause.setCurrentIndex(self.cause.findData(code))

    def repeat_of(self) -> ManagementIssue | None:
        return mi.find_repeat(self.issues, str(self.cause.currentData() or ""),
                              self.location.text())

    def _update(self) -> None:
        cause = str(self.cause.currentData() or "")
        repeat = self.repeat_of()
        if repeat is not None:
            self.repeat_hint.setText(self.tr(
                "Already open: “{cause} — {where}”, {times}, {status}. This report adds to it "
                "rather than opening a second issue.").format(
                cause=texts.cause_text(repeat.cause, self.all_causes),
                where=texts.where_text(repeat.location),
                times=texts.occurrences_text(repeat.occurrences),
                status=texts.status_text(repeat.status).lower()))
        else:
            key = mi.location_key(self.location.text())
            fixed = next((i for i in self.issues if i.cause == cause and not i.active
                          and mi.location_key(i.location) == key), None)
            self.repeat_hint.setText(self.tr(
                "This was marked fixed; reporting it again opens a new issue marked as back "
                "after the fix.") if fixed is not None else "")
        self.repeat_hint.setVisible(bool(self.repeat_hint.text()))
        self._fit_height()
        self.ok_button.setEnabled(bool(cause) and bool(self.description.toPlainText().strip()))

    def _fit_height(self) -> None:
        """Grow when the wrapped hint appears; Qt does not redo a dialog's height for a
        label that wraps onto more lines."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def values(self) -> IssueValues:
        key = self.reporter.currentData()
        lead = key == LEAD_KEY
        linked = not self.link.empty and self.link_box.isChecked()
        return IssueValues(
            cause=str(self.cause.currentData()),
            location=self.location.text().strip(),
            description=self.description.toPlainText().strip(),
            reported_by="" if lead else str(key),
            reporter_role=mi.LEAD if lead else mi.AGENT,
            agent=self.agent if self.agent is not None else (None if lead else str(key)),
            callid=self.link.callid if linked else None,
            flag_id=self.link.flag_id if linked else None,
        )
