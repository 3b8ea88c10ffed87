"""The two background threads of the board: ingest and snapshot building.

Each SQLite connection must be created and used on one thread, so both threads build their
service object (:class:`LiveIngest`, :class:`BoardReader`) inside :meth:`QThread.run`, use it
from objects living in that thread, and close it there after the event loop ends. Stopping is
``quit()`` + ``wait()``: the loop ends, ``run`` closes the connection, the thread finishes; no
thread is ever destroyed while running.

The GUI thread never touches the database: it receives immutable :class:`BoardSnapshot` and
:class:`IngestStep` objects through queued signals and only applies them.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from console.services.clock import Clock
from console.services.session import BoardReader, IngestStep, LiveIngest

log = logging.getLogger(__name__)

INGEST_INTERVAL_MS = 250


class IngestThread(QThread):
    """Calls ``LiveIngest.step()`` every 250 ms and reports what changed."""

    stepped = Signal(object)  # IngestStep
    failed = Signal(str)

    def __init__(
        self,
        db_path: Path,
        queue_log: Path,
        clock: Clock,
        demo: Any = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("composure-ingest")
        self._db_path = db_path
        self._queue_log = queue_log
        self._clock = clock
        self._demo = demo
        self._last: IngestStep | None = None
        self._error: str | None = None

    def run(self) -> None:
        ingest = LiveIngest(self._db_path, self._queue_log, self._clock, self._demo,
                            on_locked=self._report_locked)
        timer = QTimer()
        timer.setInterval(INGEST_INTERVAL_MS)
        timer.timeout.connect(lambda: self._step(ingest))
        timer.start()
        self._step(ingest)  # the back-log (or the demo's morning) is read at once
        try:
            self.exec()
        finally:
            timer.stop()
            try:
                ingest.close()
            except Exception:  # closing must never keep the app from quitting
                log.exception("closing the ingest failed")

    def _report_locked(self, attempt: int, delay: float) -> None:
        """Another program holds the write lock: show it now, while the step retries."""
        if attempt == 1:
            step = IngestStep(0, 0, None, "locked")
            self._last = step
            self.stepped.emit(step)

    def _step(self, ingest: LiveIngest) -> None:
        try:
            step = ingest.step()
        except Exception as exc:  # a bad moment on disk must not kill the thread; retry
            log.exception("ingest step failed")
            message = str(exc) or type(exc).__name__
            if message != self._error:
                self._error = message
                self.failed.emit(message)
            return
        self._error = None
        last = self._last
        if (
            last is None
            or step.lines
            or step.problems
            or step.status != last.status
            or step.last_ts != last.last_ts
        ):
            self._last = step
            self.stepped.emit(step)


class _SnapshotWorker(QObject):
    """Lives in the snapshot thread; owns the BoardReader (and its connection)."""

    built = Signal(object)  # BoardSnapshot | None (None = unchanged)
    problems = Signal(object)  # list[IngestProblem]
    failed = Signal(str)

    def __init__(self, db_path: Path, clock: Clock) -> None:
        super().__init__()
        self._db_path = db_path
        self._clock = clock
        self.reader: BoardReader | None = None

    def _reader(self) -> BoardReader:
        if self.reader is None:
            self.reader = BoardReader(self._db_path)
        return self.reader

    @Slot(bool)
    def build(self, force: bool) -> None:
        try:
            snapshot = self._reader().snapshot(self._clock.now(), force=force)
        except Exception as exc:
            log.exception("building the board snapshot failed")
            self.failed.emit(str(exc) or type(exc).__name__)
            self.built.emit(None)
            return
        self.built.emit(snapshot)

    @Slot()
    def load_problems(self) -> None:
        try:
            self.problems.emit(self._reader().problems())
        except Exception as exc:
            log.exception("reading ingest problems failed")
            self.failed.emit(str(exc) or type(exc).__name__)

    def close(self) -> None:
        if self.reader is not None:
            self.reader.close()
            self.reader = None


class SnapshotThread(QThread):
    """Builds board snapshots on request; the GUI's 1 s timer decides when to ask."""

    ready = Signal()  # the worker exists: requests from now on are delivered
    snapshot_ready = Signal(object)
    problems_ready = Signal(object)
    failed = Signal(str)
    build_requested = Signal(bool)  # force
    problems_requested = Signal()

    def __init__(self, db_path: Path, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composure-snapshot")
        self._db_path = db_path
        self._clock = clock

    def run(self) -> None:
        worker = _SnapshotWorker(self._db_path, self._clock)
        self.build_requested.connect(worker.build)
        self.problems_requested.connect(worker.load_problems)
        worker.built.connect(self.snapshot_ready)
        worker.problems.connect(self.problems_ready)
        worker.failed.connect(self.failed)
        self.ready.emit()
        try:
            self.exec()
        finally:
            self.build_requested.disconnect(worker.build)
            self.problems_requested.disconnect(worker.load_problems)
            try:
                worker.close()
            except Exception:
                log.exception("closing the board reader failed")


def stop_thread(thread: QThread, timeout_ms: int = 10_000) -> bool:
    """Ask the thread's event loop to end and wait for ``run`` to clean up."""
    if not thread.isRunning():
        return True
    thread.quit()
    if thread.wait(timeout_ms):
        return True
    log.error("thread %s did not stop within %d ms", thread.objectName(), timeout_ms)
    return False
