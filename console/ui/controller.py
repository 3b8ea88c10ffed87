"""The board's heartbeat: owns the worker threads and the one-second timer.

One QTimer per cadence: the ingest thread runs its own 250 ms timer; the GUI runs a single 1 s
timer that both ticks the live "time in state" column and asks for a snapshot. A snapshot is
requested only when the previous build has come back, so a slow disk can never queue up work
(the tick still runs, so the board keeps moving).

The first snapshot applied after ingest has reported once is the "first full refresh"; the
screenshot option and tests wait for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from console.domain.board import BoardSnapshot
from console.services.clock import Clock, WallClock
from console.services.session import IngestStep
from console.ui.workers import IngestThread, SnapshotThread, stop_thread

TICK_MS = 1000


@dataclass(frozen=True)
class BoardSource:
    """Where the board's data comes from; ``queue_log`` None means "no live source"."""

    db_path: Path
    queue_log: Path | None = None
    clock: Clock = field(default_factory=WallClock)
    demo: Any = None  # console.services.demo.DemoFloor, which writes queue_log lines

    @property
    def has_source(self) -> bool:
        return self.queue_log is not None

    @property
    def is_demo(self) -> bool:
        return self.demo is not None


class BoardController(QObject):
    snapshot_ready = Signal(object)  # BoardSnapshot, never None
    ticked = Signal(float)  # clock time
    ingest_stepped = Signal(object)  # IngestStep
    ingest_failed = Signal(str)
    snapshot_failed = Signal(str)
    problems_ready = Signal(object)  # list[IngestProblem]
    first_refresh = Signal()

    def __init__(self, source: BoardSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self._busy = False
        self._force_next = False
        self._ingest_reported = not source.has_source
        # replies come back in request order: the first full refresh is the reply to the first
        # request sent after ingest reported (request numbers start at 1)
        self._sent = 0
        self._received = 0
        self._first_after: int | None = None if source.has_source else 1
        self._first_done = False
        self._started = False
        self.last_snapshot: BoardSnapshot | None = None
        self.last_step: IngestStep | None = None

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_second)

        self._snapshots = SnapshotThread(source.db_path, source.clock, self)
        self._snapshots.ready.connect(self._on_snapshot_thread_ready)
        self._snapshots.snapshot_ready.connect(self._on_snapshot)
        self._snapshots.problems_ready.connect(self.problems_ready)
        self._snapshots.failed.connect(self.snapshot_failed)

        self._ingest: IngestThread | None = None
        if source.queue_log is not None:
            self._make_ingest(source)

    def _make_ingest(self, source: BoardSource) -> None:
        self._ingest = IngestThread(
            source.db_path, source.queue_log, source.clock, source.demo, self  # type: ignore[arg-type]
        )
        self._ingest.stepped.connect(self._on_step)
        self._ingest.failed.connect(self.ingest_failed)

    def follow(self, queue_log: Path) -> bool:
        """Start following a queue_log on a board that had none (the first-run "Open a
        queue_log…"), without a new window: the first full refresh fires again once the
        back-log is in. False if the board already follows one."""
        if self._ingest is not None:
            return False
        self.source = replace(self.source, queue_log=Path(queue_log))
        self._ingest_reported = False
        self._first_after = None
        self._first_done = False
        self._make_ingest(self.source)
        if self._started and self._ingest is not None:
            self._ingest.start()
        return True

    # ------------------------------------------------------------------ life cycle
    def start(self) -> None:
        if self._started:
            return
        self._started = True
        self._snapshots.start()
        if self._ingest is not None:
            self._ingest.start()

    def stop(self) -> None:
        """Stop the timer and both threads; safe to call twice."""
        self._timer.stop()
        if self._ingest is not None:
            stop_thread(self._ingest)
        stop_thread(self._snapshots)

    @property
    def running(self) -> bool:
        return self._snapshots.isRunning() or bool(self._ingest and self._ingest.isRunning())

    def now(self) -> float:
        return self.source.clock.now()

    def feed(self, view: QWidget, apply: Callable[[BoardSnapshot], None]) -> LatestWhenVisible:
        """Hand ``view`` each snapshot while it is on screen; hidden (a dock behind a tab or
        closed) it gets only the latest, when it is shown again."""
        feeder = LatestWhenVisible(view, apply)
        self.snapshot_ready.connect(feeder.offer)
        return feeder

    # ------------------------------------------------------------------ requests
    def refresh(self, force: bool = False) -> None:
        """Ask for a snapshot unless one is being built (then force the next one)."""
        if self._busy:
            self._force_next = self._force_next or force
            return
        self._busy = True
        self._sent += 1
        self._snapshots.build_requested.emit(force)

    def request_problems(self) -> None:
        self._snapshots.problems_requested.emit()

    # ------------------------------------------------------------------ slots
    @Slot()
    def _on_snapshot_thread_ready(self) -> None:
        self._timer.start()
        self.refresh(force=True)

    @Slot()
    def _on_second(self) -> None:
        self.ticked.emit(self.now())
        self.refresh()

    @Slot(object)
    def _on_snapshot(self, snapshot: BoardSnapshot | None) -> None:
        self._busy = False
        self._received += 1
        if snapshot is not None:
            self.last_snapshot = snapshot
            self.snapshot_ready.emit(snapshot)
            first_after = self._first_after
            if first_after is not None and self._received >= first_after and not self._first_done:
                self._first_done = True
                self.first_refresh.emit()
        if self._force_next:
            self._force_next = False
            self.refresh(force=True)

    @Slot(object)
    def _on_step(self, step: IngestStep) -> None:
        self.last_step = step
        first = not self._ingest_reported
        self._ingest_reported = True
        self.ingest_stepped.emit(step)
        if first:
            # the back-log is in: show it now rather than at the next second
            self._first_after = self._sent + 1
            self.refresh(force=True)


class LatestWhenVisible(QObject):
    """Applies snapshots to a view only while it is visible, and the one that came while it was
    hidden as soon as it shows. Why: at 2,000 agents a view behind a tab still cost the GUI
    thread its full update every second, for nothing anybody could see."""

    def __init__(self, view: QWidget, apply: Callable[[BoardSnapshot], None]) -> None:
        super().__init__(view)
        self._view = view
        self._apply = apply
        self.pending: BoardSnapshot | None = None
        view.installEventFilter(self)

    @Slot(object)
    def offer(self, snapshot: BoardSnapshot) -> None:
        if self._view.isVisible():
            self.pending = None
            self._apply(snapshot)
        else:
            self.pending = snapshot

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.pending is not None:
            snapshot, self.pending = self.pending, None
            self._apply(snapshot)
        return False
