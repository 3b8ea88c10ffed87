"""The care actions' thread: one :class:`FloorActions` (and its SQLite connection) lives here.

The GUI sends ``(request id, action name, args, kwargs)`` through a queued signal; the worker
calls the action and answers with ``(request id, action, result)`` or ``(request id, action,
error text)``. The connection is opened, used and closed on this thread only.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from console.services.actions import FloorActions
from console.services.clock import Clock

log = logging.getLogger(__name__)

ACTIONS = frozenset({"acknowledge", "add_note", "notes", "mark_repeat_caller", "flag_call",
                     "flag", "coverage", "grant_break", "end_break", "alert_conditions"})


class _CareWorker(QObject):
    done = Signal(int, str, object)
    failed = Signal(int, str, str)

    def __init__(self, db_path: Path, clock: Clock, demo: Any) -> None:
        super().__init__()
        self._db_path, self._clock, self._demo = db_path, clock, demo
        self.actions: FloorActions | None = None

    @Slot(int, str, object, object)
    def call(self, request: int, action: str, args: object, kwargs: object) -> None:
        if action not in ACTIONS:
            self.failed.emit(request, action, f"unknown action {action}")
            return
        try:
            if self.actions is None:
                self.actions = FloorActions(self._db_path, self._clock, self._demo)
            result = getattr(self.actions, action)(*args, **kwargs)  # type: ignore[misc]
        except Exception as exc:  # a failed action is reported, never kills the thread
            if not isinstance(exc, ValueError):
                log.exception("care action %s failed", action)
            self.failed.emit(request, action, str(exc) or type(exc).__name__)
            return
        self.done.emit(request, action, result)

    def close(self) -> None:
        if self.actions is not None:
            self.actions.close()
            self.actions = None


class CareThread(QThread):
    ready = Signal()
    requested = Signal(int, str, object, object)
    done = Signal(int, str, object)
    failed = Signal(int, str, str)

    def __init__(self, db_path: Path, clock: Clock, demo: Any = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composure-care")
        self._db_path, self._clock, self._demo = db_path, clock, demo
        self._next = 0

    def run(self) -> None:
        worker = _CareWorker(self._db_path, self._clock, self._demo)
        self.requested.connect(worker.call)
        worker.done.connect(self.done)
        worker.failed.connect(self.failed)
        self.ready.emit()
        try:
            self.exec()
        finally:
            self.requested.disconnect(worker.call)
            try:
                worker.close()
            except Exception:
                log.exception("closing the floor actions failed")

    def request(self, action: str, *args: Any, **kwargs: Any) -> int:
        self._next += 1
        self.requested.emit(self._next, action, args, kwargs)
        return self._next
