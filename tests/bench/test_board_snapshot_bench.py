"""The board snapshot at 2,000 agents, incremental (issue 13: 0.84 s, target under 0.25 s).

A simulated 200-agent floor is cloned ten times under new names (``board_history``), so
the store holds yesterday afternoon and today to 14:00 of 2,000 agents (107,000 calls,
452,000 intervals; today's: 51,000 and 216,000). ``LiveBoard`` reads it whole once; then,
as on a live floor, a few agents change state between snapshots (written the way the
ingest writes: an interval closed, the next one opened) and each snapshot reads only that.

The baseline, in the same process, is one raw SQLite read of today's call and interval
rows (what a snapshot that reads the day whole must at least fetch); see ``TARGET`` for
what 0.25 s is in its units. The absolute times are printed, wall clock and CPU.

Run with ``pytest -m bench tests/bench/test_board_snapshot_bench.py -s``.
"""

from __future__ import annotations

import statistics
import time

import pytest

from tests.bench import board_history as bh

pytestmark = pytest.mark.bench

# Issue 13's target, under 0.25 s. Quiet (load 0.7) this machine read the 267,000 rows in
# 1.05 s and built the incremental snapshot in 1.08 s (1.02x; a full build 3.1 s); under
# load 1.00-1.04x. It is about 3.7x slower than the (whose full build of the old
# code took 0.84 s), so 0.25 s there is about 0.25x here and about 0.8x on that machine's
# scale: NOT met yet (about 0.3 s there). GUARD is what is asserted meanwhile; it holds
# the 2.4-2.9x won over a full build.
TARGET = 0.8
GUARD = 2.5
RUNS = 7


def _baseline(conn, day_start: float) -> None:
    conn.execute("SELECT * FROM calls WHERE enter_ts >= ?", (int(day_start),)).fetchall()
    conn.execute("SELECT * FROM agent_states WHERE end_ts >= ? OR end_ts IS NULL",
                 (int(day_start),)).fetchall()


def _changes(conn, now: int, n: int) -> None:
    """``n`` agents move on: their open interval ends now, an available one begins."""
    conn.execute("BEGIN IMMEDIATE")
    rows = conn.execute(
        "SELECT id, agent FROM agent_states WHERE end_ts IS NULL ORDER BY random() LIMIT ?",
        (n,)).fetchall()
    top = conn.execute("SELECT max(id) FROM agent_states").fetchone()[0]
    conn.executemany("UPDATE agent_states SET end_ts = ? WHERE id = ?",
                     [(now, i) for i, _a in rows])
    conn.executemany("INSERT INTO agent_states (id, agent, state, start_ts) VALUES"
                     " (?, ?, 'available', ?)",
                     [(top + k + 1, a, now) for k, (_i, a) in enumerate(rows)])
    conn.execute("COMMIT")


def test_incremental_snapshot_at_2000_agents(tmp_path) -> None:
    import shutil

    from console.services import floor_settings
    from console.services.board import build_snapshot
    from console.services.board_live import LiveBoard
    from console.services.session import open_database

    t = time.perf_counter()
    source = bh.cloned_floor(bh.simulated_floor(200), 10)
    prepared = time.perf_counter() - t
    db = tmp_path / "floor.sqlite"
    shutil.copy(source, db)  # the cache stays untouched by the changes below
    writer = open_database(db)
    conn = open_database(db)
    try:
        floor = floor_settings.load(conn)
        now = int(bh.now_ts())
        day_start = bh.day_start(bh.TODAY)
        live = LiveBoard()
        t = time.perf_counter()
        first = live.snapshot(conn, now, floor)
        t_first = time.perf_counter() - t
        assert len(first.agents) == 2000
        walls, cpus, bases, base_cpus = [], [], [], []
        for i in range(1, RUNS + 1):
            _changes(writer, now + i, 20)
            t, c = time.perf_counter(), time.process_time()
            snap = live.snapshot(conn, now + i, floor)
            walls.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)
            t, c = time.perf_counter(), time.process_time()
            _baseline(conn, day_start)
            bases.append(time.perf_counter() - t)
            base_cpus.append(time.process_time() - c)
        t = time.perf_counter()
        full = build_snapshot(conn, now + RUNS, floor)
        t_full = time.perf_counter() - t
    finally:
        conn.close()
        writer.close()
    assert snap == full, "the incremental snapshot differs from a full build"
    assert live.rebuilds == 1, "it started over instead of following the changes"
    wall, cpu, base, base_cpu = (statistics.median(x) for x in (walls, cpus, bases, base_cpus))
    ratio = wall / base
    print(f"\nboard snapshot, 2,000 agents: incremental {wall * 1000:.0f} ms wall, "
          f"{cpu * 1000:.0f} ms CPU (first {t_first * 1000:.0f} ms, a full build "
          f"{t_full * 1000:.0f} ms); raw read of today's rows {base * 1000:.0f} ms wall, "
          f"{base_cpu * 1000:.0f} ms CPU: "
          f"{ratio:.2f}x (target <= {TARGET}x: {'met' if ratio <= TARGET else 'NOT met'};"
          f" guard {GUARD}x); store ready in {prepared:.1f} s")
    assert ratio <= GUARD, f"incremental snapshot {ratio:.2f}x the raw read"
