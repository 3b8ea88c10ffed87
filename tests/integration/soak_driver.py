"""Drive the demo floor through a simulated day in one process and report every simulated hour.

Run by tests/integration/test_day_soak.py as a subprocess (its own QApplication on the window
system it is given, its own memory to measure). It is the `composure demo` window, built the
way ``console.ui.app.run_app`` builds it, with one difference: the demo's clock does not follow
the wall clock. The driver moves it forward a step at a time and waits until the ingest thread
has written and read the floor up to that time and a snapshot built after that has been applied
(and its alerts evaluated and recorded), so a day takes as long as the pipeline needs, not
24 hours / speed, and every hour's reading is of a settled board.

Output: one JSON object per line: ``{"start": ...}`` first, then one per simulated hour, then
``{"done": true}``. Options: ``--hours``, ``--step`` (simulated seconds between snapshots),
``--agents``, ``--folder`` (database and queue_log; a temporary folder by default), ``--size``,
``--strain-threshold``, ``--lang``.
The window's layout is saved in QSettings at the end, as the app does.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from pyqtgraph.graphicsItems.GraphicsItem import GraphicsItem
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget
from shiboken6 import Shiboken

from console.domain.agent_state import AgentState
from console.services import floor_settings
from console.services.demo import DemoFloor, DemoOptions
from console.services.session import LiveIngest, open_database
from console.ui import workers
from console.ui.app import setup_application
from console.ui.controller import BoardSource
from console.ui.gc_guard import MainThreadCollector
from console.ui.main_window import MainWindow
from console.ui.pyside_workarounds import pin_singletons

HOUR = 3600.0
INGEST_POLL_MS = 10


class SteppedClock:
    """The demo's "now", moved by the driver only (the ingest, snapshot and feature threads
    all read it)."""

    def __init__(self, start: float) -> None:
        self._lock = threading.Lock()
        self._t = start
        self.speed = 0.0  # read by nothing that matters; SimClock has it

    def now(self) -> float:
        with self._lock:
            return self._t

    def set(self, t: float) -> None:
        with self._lock:
            self._t = t


class TracedIngest(LiveIngest):
    """LiveIngest that says up to which clock time a finished step has written and read."""

    done_to = 0.0

    def step(self):  # type: ignore[no-untyped-def]
        started_at = self.clock.now()
        result = super().step()
        TracedIngest.done_to = max(TracedIngest.done_to, started_at)
        return result


# wall seconds the driver waited on each part of the pipeline, summed over the run
WAITED = {"ingest": 0.0, "snapshot": 0.0, "alerts": 0.0}
OUTSTANDING: set[int] = set()  # care requests sent and not answered yet


def trace_requests(client) -> None:  # type: ignore[no-untyped-def]
    """Know when the care thread has answered everything asked of it (alerts, their record)."""
    request = client.request

    def traced(action, *args, **kwargs):  # type: ignore[no-untyped-def]
        number = request(action, *args, **kwargs)
        OUTSTANDING.add(number)
        return number

    client.request = traced
    client.replied.connect(lambda number, *_: OUTSTANDING.discard(number))
    client.failed.connect(lambda number, *_: OUTSTANDING.discard(number))


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return -1


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while not done():
        if time.monotonic() > end:
            raise SystemExit(f"soak driver: timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.002)


def settle(app: QApplication, window: MainWindow, target: float, alerts: bool) -> None:
    """Until the floor is ingested up to ``target`` and a snapshot built after that is on the
    window; with ``alerts`` also until its alert conditions are evaluated and recorded (between
    readings the care thread takes the newest snapshot when it is free, as in the app)."""
    t0 = time.monotonic()
    wait_until(app, lambda: TracedIngest.done_to >= target, 60, "the ingest thread")
    t1 = time.monotonic()
    c = window.controller
    c.refresh(force=True)
    goal = c._sent + (1 if c._force_next else 0)  # the forced build comes after a busy one
    wait_until(app, lambda: c._received >= goal, 60, "a snapshot")
    t2 = time.monotonic()
    if alerts:
        care = window.care.controller
        wait_until(app, lambda: care._alert_request is None and care._alert_waiting is None
                   and not OUTSTANDING, 60, "the alert evaluation")
    app.processEvents()
    WAITED["ingest"] += t1 - t0
    WAITED["snapshot"] += t2 - t1
    WAITED["alerts"] += time.monotonic() - t2


def reading(app: QApplication, window: MainWindow, hour: int, now: float) -> dict:
    snap = window.controller.last_snapshot
    assert snap is not None
    logged_out = {a.name for a in snap.agents if a.state == AgentState.LOGGED_OUT}
    care = window.care.controller
    open_rows = [a for a in care.logged_alerts if a.cleared_at is None]
    shown = care.active_alerts
    chips = set(window.care.alerts.chips)
    stale = sorted({a.subject for a in open_rows if a.subject in logged_out}
                   | {c.subject for c in shown if c.subject in logged_out}
                   | {subject for _, subject in chips if subject in logged_out})
    # pyqtgraph keeps up to 100 pixel vectors (two Points each) in a class-level LRU cache:
    # bounded, but it fills through the first day and would read as growth
    GraphicsItem._pixelVectorGlobalCache.clear()
    gc.collect()
    frame = window.frameGeometry()
    room = window.screen().availableGeometry()
    return {
        "hour": hour,
        "clock": time.strftime("%a %H:%M", time.localtime(now)),
        "snapshot_at": snap.now,
        "width": frame.width(), "height": frame.height(),
        "min_width": window.minimumSizeHint().width(),
        "min_height": window.minimumSizeHint().height(),
        "docks": {d.objectName(): d.minimumSizeHint().height()
                  for d in window.findChildren(QDockWidget) if d.isVisible()},
        "screen_width": room.width(), "screen_height": room.height(),
        "rss_kb": rss_kb(),
        "py_objects": len(gc.get_objects()),
        "qobjects": len(window.findChildren(QObject)),
        "wrappers": len(Shiboken.getAllValidWrappers()),
        "top_levels": len(app.topLevelWidgets()),
        "alerts_open": len(open_rows), "alerts_shown": len(shown), "chips": len(chips),
        "logged_in": len(snap.agents) - len(logged_out),
        "stale_alerts": stale,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--hours", type=int, default=24)
    parser.add_argument("--step", type=float, default=900.0,
                        help="simulated seconds per step")
    parser.add_argument("--agents", type=int, default=24)
    parser.add_argument("--folder", type=Path, default=None)
    parser.add_argument("--strain-threshold", type=float, default=None,
                        help="the floor's strain alert threshold (default: the floor's own)")
    parser.add_argument("--lang", default="en", help="en or zh_CN")
    parser.add_argument("--size", default=None, help="WxH asked of the window (as --window-size)")
    args = parser.parse_args(argv)

    pin_singletons()
    app = QApplication(sys.argv[:1])
    translators = setup_application(app, args.lang, "light")
    collector = MainThreadCollector()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="composure-soak-"))
    db_path = folder / "soak.sqlite"
    conn = open_database(db_path)
    try:
        demo = DemoFloor(folder / "demo", conn, DemoOptions(agents=args.agents))
        if args.strain_threshold is not None:
            rules = floor_settings.load(conn)
            floor_settings.save(conn, replace(rules, alerts=replace(
                rules.alerts, strain_threshold=args.strain_threshold)), actor="soak")
    finally:
        conn.close()
    clock = SteppedClock(demo.clock.now())
    demo.clock = clock  # grant_break / end_break ask the demo's clock
    workers.LiveIngest = TracedIngest  # type: ignore[misc]
    # each step waits for the ingest thread: let it poll often (the app's 250 ms is for a
    # clock that moves by itself)
    workers.INGEST_INTERVAL_MS = INGEST_POLL_MS
    source = BoardSource(db_path, demo.queue_log, clock, demo)
    size = tuple(int(n) for n in args.size.split("x")) if args.size else None
    window = MainWindow(source, size=size)  # type: ignore[arg-type]
    trace_requests(window.care.controller)
    window.show()
    start = clock.now()
    print(json.dumps({"start": start, "platform": app.platformName(),
                      "screen": window.screen().availableGeometry().getRect()}), flush=True)
    wall0 = time.monotonic()
    try:
        wait_until(app, lambda: window.controller.last_snapshot is not None, 60, "first snapshot")
        steps_per_hour = max(1, round(HOUR / args.step))
        for hour in range(args.hours + 1):
            if hour:
                for i in range(1, steps_per_hour + 1):
                    clock.set(start + (hour - 1) * HOUR + i * HOUR / steps_per_hour)
                    settle(app, window, clock.now(), alerts=i == steps_per_hour)
            else:
                settle(app, window, clock.now(), alerts=True)
            row = reading(app, window, hour, clock.now())
            row["wall_s"] = round(time.monotonic() - wall0, 1)
            row["waited_s"] = {k: round(v, 1) for k, v in WAITED.items()}
            print(json.dumps(row), flush=True)
    finally:
        window.close()
        QTimer.singleShot(0, app.quit)
        app.exec()
        collector.stop()
        from console.ui import i18n
        i18n.remove_translators(app, translators)
    print(json.dumps({"done": True}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
