"""The GUI side of coaching: requests to the coaching thread, which owns CoachingActions.

The dialogs and the dock ask through this client and match replies by request id; ``changed``
follows every write, so the dock refreshes itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from console.services.coaching import ACTIONS, WRITES, CoachingActions
from console.ui.action_thread import ActionClient
from console.ui.controller import BoardSource


class CoachingController(ActionClient):
    def __init__(self, source: BoardSource, parent: QObject | None = None) -> None:
        db_path, clock = source.db_path, source.clock
        super().__init__("coaching", lambda: CoachingActions(db_path, clock), ACTIONS, WRITES,
                         parent)
        self.clock = clock

    def now(self) -> float:
        return self.clock.now()
