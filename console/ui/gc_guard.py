"""Python's cycle collector, run on the GUI thread only.

CPython starts a cyclic collection in whichever thread happens to cross the allocation
threshold. Our workers (snapshot builder, ingest, one thread per feature) allocate a lot, so
sooner or later a worker collects a cycle that holds a Qt wrapper created on the GUI thread,
its C++ object is destroyed on the wrong thread, and the process dies with a segfault (seen in
CI during a board snapshot). Automatic collection is therefore switched off while the window
runs, and a timer on the GUI thread collects instead, with the same generation thresholds.
Reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start()

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold; returns it, or -1."""
        counts = gc.get_count()
        due = -1
        for generation in range(3):
            if counts[generation] > self._thresholds[generation]:
                due = generation
            else:
                break
        if due >= 0:
            gc.collect(due)
        return due

    def stop(self) -> None:
        self.timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
