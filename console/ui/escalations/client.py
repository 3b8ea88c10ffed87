"""The GUI side of the escalation actions: one worker thread owns EscalationActions.

The backlog is asked for every few seconds (and after each write); only one board request is
in flight at a time, so a slow disk cannot queue them up. The countdown in between is the
table model's own arithmetic. Notices (an item just became at risk or breached) arrive with a
board, already recorded once in the database, and are passed on as ``notices``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from console.domain.escalations import EscalationSettings
from console.services.escalations import EscalationActions, EscalationBoard
from console.ui.action_thread import ActionClient
from console.ui.controller import BoardSource

REFRESH_MS = 5000
WRITES = frozenset({"open_escalation", "reply", "pause", "resume", "handoff", "resolve",
                    "add_note", "set_promise"})
ACTIONS = WRITES | {"board", "detail", "call_context", "last_call"}


class EscalationsClient(ActionClient):
    board_ready = Signal(object)  # EscalationBoard
    detail_ready = Signal(int, object)  # escalation id, EscalationDetail
    notices = Signal(object)  # tuple[Notice, ...], each raised once

    def __init__(self, source: BoardSource, settings: EscalationSettings | None = None,
                 parent: QObject | None = None) -> None:
        db_path, clock = source.db_path, source.clock
        demo = getattr(source.demo, "escalations", None) if source.demo is not None else None
        super().__init__("escalations",
                         lambda: EscalationActions(db_path, clock, settings, demo),
                         ACTIONS, WRITES, parent)
        self.clock = clock
        self.last_board: EscalationBoard | None = None
        self._board_request: int | None = None
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
        if self._board_request is not None:
            self._again = True
            return
        self._board_request = self.request("board")

    def detail(self, escalation_id: int) -> int:
        return self.request("detail", escalation_id)

    # ------------------------------------------------------------------ replies
    def handle_done(self, request: int, action: str, result: object) -> None:
        if action == "board" and request == self._board_request:
            self._board_request = None
            board: EscalationBoard = result  # type: ignore[assignment]
            self.last_board = board
            self.board_ready.emit(board)
            if board.notices:
                self.notices.emit(board.notices)
            self._refresh_again()
        elif action == "detail":
            self.detail_ready.emit(result.item.id, result)  # type: ignore[attr-defined]

    def handle_failed(self, request: int, action: str, error: str) -> None:
        if action == "board" and request == self._board_request:
            self._board_request = None
            self._refresh_again()

    def _refresh_again(self) -> None:
        if self._again:
            self._again = False
            self.refresh()
