"""Wires recognition and issues for management into the main window, so the window needs one
line for them.

:meth:`FloorPositives.install` creates the positives thread's client, the Positives dock (a
column right of the abuse flags, so what went well sits beside what went wrong) and the Issues
dock (a tab behind it), their View menu toggles, and adds "Recognise…" and "Report an issue for
management…" to the agent table's menu, the flags dock's menu and, when the window has one,
the calls dock's menu. The docks re-read after every write and every few seconds on their own
thread; the board snapshot only lends them agent names. The flags dock's wellbeing line gets
today's count of positives.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDockWidget, QMainWindow, QMenu, QMessageBox

from console.domain.board import BoardSnapshot
from console.domain.flags import Flag
from console.domain.mgmt_issues import ManagementIssue, ReportResult
from console.services.care import is_complaint_queue
from console.services.positives import PositivesView
from console.ui import formatting as fmt
from console.ui import settings as keys
from console.ui.positives import history_texts, texts
from console.ui.positives.causes_dialog import CausesDialog
from console.ui.positives.issue_dialog import IssueDialog
from console.ui.positives.issue_reports_dialog import IssueReportsDialog
from console.ui.positives.issues_dock import IssuesDock
from console.ui.positives.positives_client import PositivesClient
from console.ui.positives.positives_dock import PositivesDock
from console.ui.positives.recognise_dialog import Link, RecogniseDialog
from console.ui.window_feature import StartsWithWindow

history_texts.register()


class FloorPositives(StartsWithWindow, QObject):
    def __init__(self, window: QMainWindow, source: Any) -> None:
        super().__init__(window)
        self.window = window
        self.client = PositivesClient(source, self)
        self.positives_dock = PositivesDock(window)
        self.issues_dock = IssuesDock(window)
        self.names: dict[str, str] = {}
        self.flag_times: dict[int, float] = {}
        self.last_dialog: QDialog | None = None
        self._started = False
        self._calls_hooked = False
        self._size_docks = window.settings.value(keys.WINDOW_STATE) is None  # first run
        self._writes: dict[int, str] = {}  # request -> confirmation for the status bar
        self._select_issue: int | None = None  # just reported: select it once it is listed
        self.client.view_ready.connect(self.apply_view)
        self.client.replied.connect(self._on_reply)
        self.client.failed.connect(self._on_failed)
        self.positives_dock.recognise_requested.connect(lambda: self.recognise(None))
        self.positives_dock.withdraw_requested.connect(self.withdraw)
        self.positives_dock.open_agent.connect(self._open_agent)
        self.issues_dock.report_requested.connect(lambda: self.report_issue(None))
        self.issues_dock.report_again_requested.connect(self.report_again)
        self.issues_dock.status_requested.connect(self.set_status)
        self.issues_dock.reports_requested.connect(self.show_reports)
        self.issues_dock.edit_causes_requested.connect(self.edit_causes)

    @classmethod
    def install(cls, window: Any) -> FloorPositives:
        """Docks, menus and signals of a :class:`MainWindow` (its care and board controller
        must exist)."""
        self = cls(window, window.source)
        flags = window.care.flags_dock
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.positives_dock)
        window.splitDockWidget(flags, self.positives_dock, Qt.Orientation.Horizontal)
        window.tabifyDockWidget(self.positives_dock, self.issues_dock)
        self.positives_dock.raise_()
        actions = window.menu_actions
        breaks_toggle = window.care.breaks_dock.toggleViewAction()
        view_menu = next(m for m in actions.menus if breaks_toggle in m.actions())
        separator = next((a for a in view_menu.actions() if a.isSeparator()), None)
        for dock, name in ((self.positives_dock, "actionTogglePositivesDock"),
                           (self.issues_dock, "actionToggleIssuesDock")):
            toggle = dock.toggleViewAction()
            toggle.setObjectName(name)
            actions.dock_toggles.append(toggle)
            view_menu.insertAction(separator, toggle)
        window.care.agent_menu_extenders.append(self.extend_agent_menu)
        flags.add_menu_extender(self.extend_flag_menu)
        window.controller.snapshot_ready.connect(self.apply_snapshot)
        # ingest has caught up: the demo script's morning can link to its calls now
        window.controller.first_refresh.connect(self.client.refresh)
        if not window.source.has_source:
            self.positives_dock.hide()
            self.issues_dock.hide()
        window.installEventFilter(self)
        return self

    def start(self) -> None:
        self._started = True
        self.client.start()
        self.hook_calls_dock()

    def stop(self) -> None:
        self.client.stop()

    def _share_bottom(self) -> None:
        """First run: flags, positives and breaks share the bottom 40 / 32 / 28."""
        w = self.window.width()
        care = self.window.care  # type: ignore[attr-defined]
        self.window.resizeDocks([care.flags_dock, self.positives_dock, care.breaks_dock],
                                [int(w * 0.40), int(w * 0.32), int(w * 0.28)],
                                Qt.Orientation.Horizontal)

    def hook_calls_dock(self) -> None:
        """The calls dock (another feature) takes menu extenders ``fn(call_row, menu)``."""
        if self._calls_hooked:
            return
        dock = getattr(self.window, "calls_dock", None) or self.window.findChild(
            QDockWidget, "CallsDock")
        if dock is not None and hasattr(dock, "add_menu_extender"):
            dock.add_menu_extender(self.extend_call_menu)
            self._calls_hooked = True

    # ------------------------------------------------------------------ updates
    def apply_snapshot(self, snapshot: BoardSnapshot) -> None:
        if self._size_docks:  # once the window has its real size and layout
            self._size_docks = False
            self._share_bottom()
        names = {a.name: a.display_name for a in snapshot.agents}
        # the times are formatted when a card shows one: formatting every flag of the shift
        # on every snapshot was a tenth of the window's refresh at 2,000 agents
        self.flag_times = {f.id: f.ts for f in snapshot.flags}
        if names != self.names:
            self.names = names
            if self.client.last_view is not None:
                self.apply_view(self.client.last_view)
        if not self._calls_hooked and self._started:
            self.hook_calls_dock()

    def apply_view(self, view: PositivesView) -> None:
        self.positives_dock.apply(view.positives, self.names, self.flag_times)
        self.issues_dock.apply(view, self.names)
        if self._select_issue is not None:
            self.issues_dock.select_issue(self._select_issue)
            self._select_issue = None
        flags_dock = self.window.care.flags_dock  # type: ignore[attr-defined]
        if hasattr(flags_dock, "set_positives"):
            flags_dock.set_positives(view.positives.total)

    def agents(self) -> list[tuple[str, str]]:
        return list(self.names.items())

    # ------------------------------------------------------------------ menus
    def _add_entries(self, menu: QMenu, agent: str | None, link: Link) -> None:
        menu.addSeparator()
        recognise = menu.addAction(self.tr("Recognise…"))
        recognise.setObjectName("actionRecognise")
        recognise.setEnabled(agent is not None)
        recognise.triggered.connect(lambda: self.recognise(agent, link))
        issue = menu.addAction(self.tr("Report an issue for management…"))
        issue.setObjectName("actionReportIssueForManagement")
        issue.triggered.connect(lambda: self.report_issue(agent, link))

    def extend_agent_menu(self, agent: str, menu: QMenu) -> None:
        self._add_entries(menu, agent, Link())

    def extend_flag_menu(self, flag: Flag, menu: QMenu) -> None:
        self._add_entries(menu, flag.agent, self.flag_link(flag))

    def extend_call_menu(self, call: Any, menu: QMenu) -> None:
        queue = getattr(call, "queue", None)
        link = Link(callid=getattr(call, "callid", None), complaint=is_complaint_queue(queue))
        self._add_entries(menu, getattr(call, "agent", None), link)

    def flag_link(self, flag: Flag) -> Link:
        return Link(callid=flag.callid, flag_id=flag.id,
                    flag_time=fmt.clock_time(flag.ts, seconds=False), complaint=True)

    # ------------------------------------------------------------------ dialogs
    def _show(self, dialog: QDialog) -> QDialog:
        self.last_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def recognise(self, agent: str | None, link: Link | None = None) -> RecogniseDialog:
        dialog = RecogniseDialog(self.agents(), agent, link, self.window)

        def send() -> None:
            name, kind, text, callid, flag_id = dialog.values()
            request = self.client.recognise(name, kind, text, callid, flag_id)
            self._writes[request] = self.tr("Recognition recorded for {agent}: {kind}").format(
                agent=self.names.get(name, name), kind=texts.kind_text(kind))

        dialog.accepted.connect(send)
        self._show(dialog)
        return dialog

    def report_issue(self, agent: str | None, link: Link | None = None,
                     cause: str | None = None, location: str | None = None) -> IssueDialog:
        view = self.client.last_view
        dialog = IssueDialog(list(view.causes) if view else [],
                             list(view.issues) if view else [], self.agents(), agent, link,
                             list(view.locations) if view else [], self.window)
        if cause is not None:
            dialog.set_cause(cause)
        if location is not None:
            dialog.location.setText(location)

        def refresh_causes(v: PositivesView) -> None:
            dialog.issues = list(v.issues)
            dialog.set_causes(list(v.causes))

        self.client.view_ready.connect(refresh_causes)
        dialog.finished.connect(lambda *_: self.client.view_ready.disconnect(refresh_causes))
        dialog.edit_causes_requested.connect(lambda: self.edit_causes(dialog))

        def send() -> None:
            v = dialog.values()
            request = self.client.report_issue(v.cause, v.location, v.description,
                                               v.reported_by, v.reporter_role, v.agent,
                                               v.callid, v.flag_id)
            self._writes[request] = "issue"

        dialog.accepted.connect(send)
        self._show(dialog)
        return dialog

    def report_again(self, issue: ManagementIssue) -> IssueDialog:
        return self.report_issue(None, None, issue.cause, issue.location)

    def edit_causes(self, parent: QDialog | None = None) -> CausesDialog:
        dialog = CausesDialog(self.client, parent or self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if parent is None:
            self.last_dialog = dialog
        dialog.open()
        return dialog

    def show_reports(self, issue: ManagementIssue) -> IssueReportsDialog:
        view = self.client.last_view
        dialog = IssueReportsDialog(self.client, issue, list(view.causes) if view else [],
                                    self.names, view.day_start if view else None, self.window)
        self._show(dialog)
        return dialog

    def set_status(self, issue_id: int, status: str) -> None:
        request = self.client.set_issue_status(issue_id, status)
        self._writes[request] = self.tr("Issue marked: {status}").format(
            status=texts.status_text(status))

    def withdraw(self, recognition_id: int) -> None:
        answer = QMessageBox.question(
            self.window, self.tr("Withdraw recognition"),
            self.tr("Withdraw this recognition? It leaves the panel and the shift report; the "
                    "audit log keeps a record of it and of the withdrawal."))
        if answer == QMessageBox.StandardButton.Yes:
            request = self.client.withdraw_recognition(recognition_id)
            self._writes[request] = self.tr("Recognition withdrawn")

    def _open_agent(self, name: str) -> None:
        self.window.care.open_agent(name)  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ replies
    def _on_reply(self, request: int, action: str, result: object) -> None:
        message = self._writes.pop(request, None)
        if message is None:
            return
        if action == "report_issue" and isinstance(result, ReportResult):
            message = (self.tr("Added to an open issue: now {times}").format(
                times=texts.occurrences_text(result.occurrences)) if result.repeat
                else self.tr("Issue for management recorded"))
            self._select_issue = result.issue_id
        self.window.statusBar().showMessage(message, 6000)

    def _on_failed(self, request: int, action: str, error: str) -> None:
        if self._writes.pop(request, None) is not None:
            self.window.statusBar().showMessage(
                self.tr("Could not save: {error}").format(error=error), 8000)
        elif action == "view":
            self.window.statusBar().showMessage(
                self.tr("Could not read positives and issues: {error}").format(error=error),
                8000)
