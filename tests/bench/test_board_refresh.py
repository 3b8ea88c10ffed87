"""GUI-thread cost of one board refresh with 2,000 agents, against a bare Qt table view.

The snapshot is built the real way (simulated 2,000-agent floor -> queue_log -> ingest ->
BoardReader) off the measured path; what is measured is what the GUI thread does with it:
apply it to the board (agent table, queue breakdown, filter line) and paint, the board held
at 1600x1000. The baseline, in the same process and at the same size, is a bare QTableView
over the same rows (a minimal Python model of their display texts) whose every cell changes and
repaints at each refresh. Issue 13's target: a refresh at most 1.5x the bare view (it was 4.7x,
most of it the sort proxy's ``lessThan``). That target is not met yet: 2.6-3.1x is measured
here, and the code before (the proxy sorting through ``lessThan``) measured 9.3x in this very
benchmark (fresh row objects every refresh, rows moving), so the assertion is ``ALLOWED``: it
fails on the old proxy sort, and the print says how far the target still is.
Times are the GUI thread's own CPU time
(``time.thread_time``), so other processes on a loaded machine count less; the two are measured
alternately. Run with ``pytest -m bench tests/bench -s``.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import pytest

pytestmark = pytest.mark.bench

AGENTS = 2000
START = 1_795_420_800.0  # a weekday, 08:00 UTC
SIZE = (1600, 1000)
RUNS = 9
TARGET = 1.5  # refresh / bare view: issue 13's target, not met yet (see the docstring)
ALLOWED = 4.0  # asserted: 2.6-3.1x reached now, with a margin for load; 9.3x before


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


def _bare_model(rows: Sequence[Sequence[str]]):
    """The least a Python-modelled table can do: display texts, nothing else."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    class Bare(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows[0])

        def data(self, index, role=0):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

        def replace_all(self, rows: Sequence[Sequence[str]]) -> None:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, len(rows[0]) - 1))

    return Bare()


def _timed(fn: Callable[[], None]) -> float:
    started = time.thread_time()
    fn()
    return time.thread_time() - started


def test_board_refresh_against_bare_view(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication, QTableView

    from console.ui.board.agent_table_model import COLUMN_COUNT
    from console.ui.board.board_view import BoardView

    snap, built = _snapshot(tmp_path)
    assert snap is not None and len(snap.agents) == AGENTS

    board = BoardView(has_source=True)
    board.resize(*SIZE)
    qtbot.addWidget(board)
    board.show()
    QApplication.processEvents()

    started = time.thread_time()
    board.apply(snap)
    board.repaint()
    QApplication.processEvents()
    first = time.thread_time() - started

    # the bare view shows the same rows: each cell's text as the board shows it
    model = board.model
    texts = [[model.index(r, c).data() for c in range(COLUMN_COUNT)]
             for r in range(model.rowCount())]
    variants = [texts, [[f"{t}*" for t in row] for row in texts]]  # every cell differs
    bare_model = _bare_model(texts)
    bare = QTableView()
    bare.setModel(bare_model)
    bare.resize(*SIZE)
    qtbot.addWidget(bare)
    bare.show()
    QApplication.processEvents()

    # a typical refresh: a tenth of the agents changed state (so rows move in the default
    # sort by state), the clock moved on; every row a new object, as from the worker
    changed = tuple(
        replace(a, state="paused", reason="Break", state_since=snap.now) if i % 10 == 0 else a
        for i, a in enumerate(snap.agents)
    )
    snaps = [replace(snap, now=snap.now + k,
                     agents=tuple(replace(a) for a in (changed if k % 2 else snap.agents)))
             for k in range(1, RUNS + 1)]

    def refresh(k: int) -> None:
        board.apply(snaps[k])
        board.repaint()
        QApplication.processEvents()

    def bare_refresh(k: int) -> None:
        bare_model.replace_all(variants[(k + 1) % 2])
        bare.repaint()
        QApplication.processEvents()

    board_times: list[float] = []
    bare_times: list[float] = []
    for k in range(RUNS):  # alternately, so a burst of load hits both alike
        board_times.append(_timed(lambda k=k: refresh(k)))
        bare_times.append(_timed(lambda k=k: bare_refresh(k)))
    assert model.rows()[0] is not snap.agents[0]  # the refreshes were applied
    update = statistics.median(board_times)
    baseline = statistics.median(bare_times)
    ratio = update / baseline
    print(
        f"\nboard with {AGENTS} agents at {SIZE[0]}x{SIZE[1]}: snapshot built off the GUI"
        f" thread in {built * 1000:.0f} ms; GUI thread: first fill {first * 1000:.1f} ms,"
        f" refresh {update * 1000:.1f} ms; bare QTableView, every cell changed and repainted:"
        f" {baseline * 1000:.1f} ms; refresh / bare view = {ratio:.2f}x (target <= {TARGET}x,"
        f" {'met' if ratio <= TARGET else 'NOT met'}; asserted <= {ALLOWED}x)"
    )
    assert ratio <= ALLOWED
