"""The GUI side of recognition and issues for management: one thread owns a
:class:`~console.services.positives.PositivesService`; this client asks it, and re-reads the
docks' view after every write and every few seconds (the demo's script and other consoles'
entries arrive without a write of ours). The board snapshot is left alone: these docks have
their own data and their own cadence.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from console.services.positives import PositivesService, PositivesView
from console.ui.action_thread import PollingClient
from console.ui.controller import BoardSource

WRITES = frozenset({"recognise", "withdraw_recognition", "report_issue", "set_issue_status",
                    "add_cause", "rename_cause", "set_cause_archived"})
ACTIONS = WRITES | {"view", "issue_reports"}
REFRESH_MS = 5000


class PositivesClient(PollingClient):
    view_ready = Signal(object)  # PositivesView
    view_failed = Signal(str)

    def __init__(self, source: BoardSource, parent: QObject | None = None) -> None:
        db_path, clock, demo = source.db_path, source.clock, source.demo
        super().__init__("positives", lambda: PositivesService(db_path, clock, demo), ACTIONS,
                         WRITES, "view", REFRESH_MS, parent)
        self.last_view: PositivesView | None = None

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
    def read_done(self, result: object) -> None:
        self.last_view = result  # type: ignore[assignment]
        self.view_ready.emit(result)

    def read_failed(self, error: str) -> None:
        self.view_failed.emit(error)
