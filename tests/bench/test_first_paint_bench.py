"""First paint of the main window on a year of history against an empty database (issue 13:
3.1 s on a month of a 200-agent floor against 1.3 s empty; target at most 1.5x, not met
yet: see ``TARGET``).

Measured from creating ``MainWindow`` to its first applied snapshot (``refreshed``), the
window shown at 1600x1000, the clock held at today 14:00. The year is the store of
``test_board_history_bench`` (200 agents; 365 days, each older day thinned to one row in 40
unless ``COMPOSURE_BENCH_YEAR_THIN`` says otherwise), copied so the window's writes leave
the cache alone. Openings alternate between the two databases.

Run with ``pytest -m bench tests/bench/test_first_paint_bench.py -s``.
"""

from __future__ import annotations

import os
import shutil
import statistics
import time
from pathlib import Path

import pytest

from tests.bench import board_history as bh
from tests.ui.conftest import isolated_settings, settings, styled_app  # noqa: F401 (fixtures)

pytestmark = pytest.mark.bench

TARGET = 1.5  # issue 13; NOT met yet: 3.1-3.7x on this machine quiet, 2.1-3.1x under load
# The guard asserted meanwhile (a board that read all history again would be far above it).
# Quiet, of the year's 2.0 s against 0.5-0.65 s: the window 0.4 s as on the empty store,
# the first snapshot 0.32 s (a full build), the one after ingest caught up 0.31 s (the
# moving windows and 200 strain readings, about as much as a full build at 200 agents),
# applying them 0.1 s, and 0.7 s of GUI-thread work between the second snapshot arriving
# and being applied (the first paint of 200 rows and the docks). The history itself adds
# nothing measurable (test_board_history_bench).
GUARD = 5.0
RUNS = 3
WAIT_MS = 120_000


class _HeldClock:
    def __init__(self, at: float) -> None:
        self.at = at

    def now(self) -> float:
        return self.at


def _first_paint(qtbot, db: Path, log: Path, settings_) -> tuple[float, int]:
    from console.ui.controller import BoardSource
    from console.ui.main_window import MainWindow

    t = time.perf_counter()
    w = MainWindow(BoardSource(db, log, _HeldClock(bh.now_ts())), settings_)
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    with qtbot.waitSignal(w.refreshed, timeout=WAIT_MS):
        w.show()
    elapsed = time.perf_counter() - t
    rows = w.board.proxy.rowCount()
    w.close()
    return elapsed, rows


def test_first_paint_on_a_year_against_an_empty_database(
        qtbot, styled_app, settings, tmp_path: Path) -> None:  # noqa: F811
    from console.services.session import open_database

    thin = int(os.environ.get("COMPOSURE_BENCH_YEAR_THIN", "40"))
    year_src = bh.with_history(bh.simulated_floor(200), 365, thin=thin)
    year = tmp_path / "year.sqlite"
    shutil.copy(year_src, year)
    empty = tmp_path / "empty.sqlite"
    open_database(empty).close()
    log = tmp_path / "queue_log"
    log.write_text("", encoding="utf-8")
    times: dict[str, list[float]] = {"empty": [], "year": []}
    rows: dict[str, int] = {}
    for _ in range(RUNS):
        for name, db in (("empty", empty), ("year", year)):
            elapsed, rows[name] = _first_paint(qtbot, db, log, settings)
            times[name].append(elapsed)
    t_empty, t_year = (statistics.median(times[k]) for k in ("empty", "year"))
    ratio = t_year / t_empty
    print(f"\nfirst paint: empty database {t_empty:.2f} s, a year of a 200-agent floor "
          f"{t_year:.2f} s ({rows['year']} agent rows, thin {thin}): {ratio:.2f}x "
          f"(target <= {TARGET}x: {'met' if ratio <= TARGET else 'NOT met'}; "
          f"guard {GUARD}x)")
    assert rows["year"] == 200 and rows["empty"] == 0
    assert ratio <= GUARD, f"first paint on a year {ratio:.2f}x an empty database"
