"""The GUI side of recognition and issues for management: one thread owns a
:class:`~console.services.positives.PositivesService`; this client asks it, and re-reads the
docks' view after every write and every few seconds (the demo's script and other consoles'
entries arrive without a write of ours). The board snapshot is left alone: these docks have
their own data and their own cadence.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from console.services.positives import PositivesService, PositivesView
from console.ui.action_thread import ActionClient
from console.ui.controller import BoardSource

WRITES = frozenset({"recognise", "withdraw_recognition", "report_issue", "set_issue_status",
                    "add_cause", "rename_cause", "set_cause_archived"})
ACTIONS = WRITES | {"view", "issue_reports"}
REFRESH_MS = 5000


class PositivesClient(ActionClient):
    view_ready = Signal(object)  # PositivesView
    view_failed = Signal(str)

    def __init__(self, source: BoardSource, parent: QObject | None = None) -> None:
        db_path, clock, demo = source.db_path, source.clock, source.demo
        super().__init__("positives", lambda: PositivesService(db_path, clock, demo), ACTIONS,
                         WRITES, parent)
        self.last_view: PositivesView | None = None
        self._view_request: int | None = None
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.changed.connect(self.refresh)

    def start(self) -> None:
        super().start()
        self.timer.start()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()
        super().stop()

    def refresh(self) -> None:
        """Ask for the view; while one is on its way, ask once more when it is back."""
        if self._view_request is not None:
            self._again = True
            return
        self._view_request = self.request("view")

    # ------------------------------------------------------------------ requests
    def recognise(self, agent: str, kind: str, text: str | None, callid: str | None = None,
                  flag_id: int | None = None) -> int:
        return self.request("recognise", agent, kind, text, callid=callid, flag_id=flag_id)

    def withdraw_recognition(self, recognition_id: int) -> int:
        return self.request("withdraw_recognition", recognition_id)

    def report_issue(self, cause: str, location: str, description: str, reported_by: str,
                     reporter_role: str, agent: str | None = None, callid: str | None = None,
                     flag_id: int | None = None) -> int:
        return self.request("report_issue", cause, location, description, reported_by,
                            reporter_role, agent=agent, callid=callid, flag_id=flag_id)

    def set_issue_status(self, issue_id: int, status: str) -> int:
        return self.request("set_issue_status", issue_id, status)

    # ------------------------------------------------------------------ replies
    def handle_done(self, request: int, action: str, result: object) -> None:
        if request == self._view_request:
            self._view_request = None
            self.last_view = result  # type: ignore[assignment]
            self.view_ready.emit(result)
            self._ask_again()

    def handle_failed(self, request: int, action: str, error: str) -> None:
        if request == self._view_request:
            self._view_request = None
            self.view_failed.emit(error)
            self._ask_again()

    def _ask_again(self) -> None:
        if self._again:
            self._again = False
            self.refresh()
