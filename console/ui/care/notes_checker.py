"""Runs the abuse check off the GUI thread: reading a notes file and detecting on every line.

The check touches no database, so it needs no service thread of its own (the care thread owns
the flags); a one-thread :class:`QThreadPool` runs the jobs in order. Only the newest request's
answer is delivered: typing more text while a check runs makes the older answer stale.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from console.services import notes_check

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; the worker's emits reach the checker as queued calls."""

    done = Signal(int, object)
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, ticket: int, fn: Callable[..., Any], args: tuple, relay: _Relay) -> None:
        super().__init__()
        self._ticket, self._fn, self._args, self._relay = ticket, fn, args, relay

    def run(self) -> None:
        try:
            result = self._fn(*self._args)
        except Exception as exc:  # reported to the dialog, never kills the pool thread
            if not isinstance(exc, OSError | ValueError):
                log.exception("notes check failed")
            self._emit(self._relay.failed, str(exc) or type(exc).__name__)
            return
        self._emit(self._relay.done, result)

    def _emit(self, signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the dialog closed, its relay is gone
            signal.emit(self._ticket, value)


class NotesChecker(QObject):
    checked = Signal(object)  # NotesCheck
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._ticket = 0
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def check_text(self, text: str) -> int:
        return self._start(notes_check.check_text, (text,))

    def check_file(self, path: str | Path) -> int:
        return self._start(notes_check.check_file, (str(path),))

    def wait(self, msecs: int = -1) -> bool:
        """For shutdown and tests: wait for running jobs (their answers still arrive queued)."""
        return self._pool.waitForDone(msecs)

    def _start(self, fn: Callable[..., Any], args: tuple) -> int:
        self._ticket += 1
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(self._ticket, fn, args, self._relay))
        return self._ticket

    def _finish(self, ticket: int) -> bool:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        return ticket == self._ticket

    @Slot(int, object)
    def _on_done(self, ticket: int, result: object) -> None:
        if self._finish(ticket):
            self.checked.emit(result)

    @Slot(int, str)
    def _on_failed(self, ticket: int, error: str) -> None:
        if self._finish(ticket):
            self.failed.emit(error)
