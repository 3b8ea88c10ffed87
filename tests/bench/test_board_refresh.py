"""GUI-thread cost of one board refresh with 500 agents, against an empty Qt view.

The snapshot is built the real way (simulated 500-agent floor -> queue_log -> ingest ->
BoardReader) off the measured path; what is measured is what the GUI thread does with it:
apply it to the models, KPI strip and charts, and paint. The baseline is painting an empty
QTableView of the same size in the same process. Run with ``pytest -m bench tests/bench -s``.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import replace
from pathlib import Path

import pytest

pytestmark = pytest.mark.bench

AGENTS = 500
START = 1_795_420_800.0  # a weekday, 08:00 UTC


def _snapshot(tmp_path: Path):
    from console.ingest.simulator import FloorSimulator
    from console.services.session import BoardReader, LiveIngest, open_database
    from console.store import roster

    sim = FloorSimulator(agents=AGENTS, teams=10, seed=11, start_ts=START)
    log = tmp_path / "queue_log"
    log.write_text("\n".join(sim.advance_to(START + 6 * 3600)) + "\n", encoding="utf-8")
    db = tmp_path / "b.sqlite"
    conn = open_database(db)
    roster.save_roster(conn, [roster.RosterEntry(a.name, a.team, a.interface, a.start_date,
                                                 a.coach) for a in sim.roster()])
    conn.close()
    ingest = LiveIngest(db, log)
    ingest.step()
    ingest.close()
    reader = BoardReader(db)
    started = time.perf_counter()
    snap = reader.snapshot(START + 6 * 3600, force=True)
    built = time.perf_counter() - started
    reader.close()
    return snap, built


def _median(fn, runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def test_board_refresh_against_empty_view(qtbot, tmp_path: Path) -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from console.ui.board.board_view import BoardView

    snap, built = _snapshot(tmp_path)
    assert snap is not None and len(snap.agents) == AGENTS

    empty = QTableView()
    empty.setModel(QStandardItemModel(0, 10))
    empty.resize(1600, 1000)
    qtbot.addWidget(empty)
    empty.show()

    board = BoardView(has_source=True)
    board.resize(1600, 1000)
    qtbot.addWidget(board)
    board.show()
    QApplication.processEvents()

    def paint_empty() -> None:
        empty.viewport().repaint()
        QApplication.processEvents()

    baseline = _median(paint_empty)

    started = time.perf_counter()
    board.apply(snap)
    board.repaint()
    QApplication.processEvents()
    first = time.perf_counter() - started

    # a typical refresh: a tenth of the agents changed state, the clock moved on
    changed = tuple(
        replace(a, state="paused", reason="Break", state_since=snap.now) if i % 10 == 0 else a
        for i, a in enumerate(snap.agents)
    )
    snaps = [replace(snap, now=snap.now + k, agents=changed if k % 2 else snap.agents)
             for k in range(1, 8)]
    it = iter(snaps)

    def refresh() -> None:
        board.apply(next(it))
        board.repaint()
        QApplication.processEvents()

    update = _median(refresh, runs=len(snaps))
    print(
        f"\nboard with {AGENTS} agents: snapshot built off the GUI thread in {built * 1000:.0f} ms;"
        f" GUI thread: first fill {first * 1000:.1f} ms, refresh {update * 1000:.1f} ms;"
        f" empty view paint {baseline * 1000:.2f} ms;"
        f" refresh / empty view = {update / baseline:.1f}x"
    )
    assert baseline > 0 and update > 0
