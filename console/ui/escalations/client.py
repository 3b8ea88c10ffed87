"""The GUI side of the escalation actions: one worker thread owns EscalationActions.

The backlog is asked for every few seconds (and after each write); only one board request is
in flight at a time, so a slow disk cannot queue them up. The countdown in between is the
table model's own arithmetic. Notices (an item just became at risk or breached) arrive with a
board, already recorded once in the database, and are passed on as ``notices``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from console.domain.escalations import EscalationSettings
from console.services.escalations import EscalationActions, EscalationBoard
from console.ui.action_thread import PollingClient
from console.ui.controller import BoardSource

REFRESH_MS = 5000
WRITES = frozenset({"open_escalation", "reply", "pause", "resume", "handoff", "resolve",
                    "add_note", "set_promise"})
ACTIONS = WRITES | {"board", "detail", "call_context", "last_call"}


class EscalationsClient(PollingClient):
    board_ready = Signal(object)  # EscalationBoard
    detail_ready = Signal(int, object)  # escalation id, EscalationDetail
    notices = Signal(object)  # tuple[Notice, ...], each raised once

    def __init__(self, source: BoardSource, settings: EscalationSettings | None = None,
                 parent: QObject | None = None) -> None:
        db_path, clock = source.db_path, source.clock
        demo = getattr(source.demo, "escalations", None) if source.demo is not None else None
        super().__init__("escalations",
                         lambda: EscalationActions(db_path, clock, settings, demo),
                         ACTIONS, WRITES, "board", REFRESH_MS, parent)
        self.clock = clock
        self.last_board: EscalationBoard | None = None

    def detail(self, escalation_id: int) -> int:
        return self.request("detail", escalation_id)

    # ------------------------------------------------------------------ replies
    def read_done(self, result: object) -> None:
        board: EscalationBoard = result  # type: ignore[assignment]
        self.last_board = board
        self.board_ready.emit(board)
        if board.notices:
            self.notices.emit(board.notices)

    def handle_reply(self, request: int, action: str, result: object) -> None:
        if action == "detail":
            self.detail_ready.emit(result.item.id, result)  # type: ignore[attr-defined]
