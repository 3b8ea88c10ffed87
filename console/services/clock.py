"""Where "now" comes from. The real floor runs on the wall clock; the demo floor runs on
simulated time (faster than real), and every screen must agree on which it is."""

from __future__ import annotations

import threading
import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float: ...


class WallClock:
    def now(self) -> float:
        return time.time()


class SimClock:
    """Simulated time that runs ``speed`` times faster than the wall clock from ``start``."""

    def __init__(self, start: float, speed: float = 1.0) -> None:
        self._lock = threading.Lock()
        self._start = start
        self._wall0 = time.monotonic()
        self.speed = speed

    def now(self) -> float:
        with self._lock:
            return self._start + (time.monotonic() - self._wall0) * self.speed
