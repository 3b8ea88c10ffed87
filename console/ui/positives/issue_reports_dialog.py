""""Show reports…": every time an issue was reported — when, by whom, from which call or flag,
in their words — so a manager reading "reported 7 times" can see the seven."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain import mgmt_issues as mi
from console.domain.mgmt_issues import Cause, IssueReport, ManagementIssue
from console.ui.positives import texts
from console.ui.positives.positives_client import PositivesClient


class IssueReportsDialog(QDialog):
    def __init__(self, client: PositivesClient, issue: ManagementIssue, causes: list[Cause],
                 names: dict[str, str], day_start: float | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IssueReportsDialog")
        self.setWindowTitle(self.tr("Reports of an issue"))
        self.resize(720, 360)
        self.names = names
        self.day_start = day_start
        title = QLabel(f"<b>{texts.cause_text(issue.cause, causes)}</b> — "
                       f"{texts.where_text(issue.location)}")
        status = QLabel(self.tr("{status} · {times}").format(
            status=texts.status_text(issue.status),
            times=texts.occurrences_text(issue.occurrences)))
        status.setObjectName("Muted")
        self.tree = QTreeWidget()
        self.tree.setObjectName("IssueReportsTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Reported by"), self.tr("Call"),
                                   self.tr("What they said")])
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(status)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.client = client
        self._request = client.request("issue_reports", issue.id)
        client.replied.connect(self._on_reply)

    def _on_reply(self, request: int, action: str, result: object) -> None:
        if request == self._request:
            self.show_reports(list(result or []))  # type: ignore[call-overload]

    def show_reports(self, reports: list[IssueReport]) -> None:
        self.tree.clear()
        for r in reversed(reports):  # newest first
            who = self.names.get(r.reported_by, r.reported_by)
            who = (self.tr("{who} (lead)") if r.reporter_role == mi.LEAD
                   else self.tr("{who} (agent)")).format(who=who)
            if r.agent and r.agent != r.reported_by:
                who += " · " + self.tr("call of {agent}").format(
                    agent=self.names.get(r.agent, r.agent))
            link = texts.link_text(r.callid)
            if r.flag_id:
                link = " · ".join(p for p in (self.tr("flag #{id}").format(id=r.flag_id), link)
                                  if p)
            item = QTreeWidgetItem([texts.when_text(r.ts, self.day_start), who, link, r.note])
            item.setToolTip(3, r.note)
            self.tree.addTopLevelItem(item)
