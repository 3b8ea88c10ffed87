"""One report job (load the dialog's choices, build a preview, export a file) on its own
thread, with progress and a cancel button.

The job function opens its own database connection on this thread (console.reports.export
does that), so the GUI thread never touches SQLite. Cancelling sets an event the report
checks between steps and between pages; the job then ends with ``cancelled`` and leaves no
file behind.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from console.reports.export import ReportCancelled

log = logging.getLogger(__name__)

JobFunction = Callable[[Callable[[int, str], None], Callable[[], bool]], Any]


class ReportJob(QThread):
    progressed = Signal(int, str)  # percent, stage
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, name: str, fn: JobFunction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"composure-report-{name}")
        self.name = name
        self._fn = fn
        self._stop = threading.Event()

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        try:
            result = self._fn(self.progressed.emit, self._stop.is_set)
        except ReportCancelled:
            self.cancelled.emit()
            return
        except Exception as exc:  # the dialog says what went wrong; the thread just ends
            log.exception("report job %s failed", self.name)
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        if self._stop.is_set():
            self.cancelled.emit()
        else:
            self.succeeded.emit(result)
