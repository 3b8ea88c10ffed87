"""Cost of a shift report for an 8-hour shift with 500 agents, as ratios in the same process.

The shift is simulated the real way (500-agent floor -> queue_log -> ingest). Measured: building
the report data (every figure, the half-hourly strain readings, the care sections) and writing
each format, in time and in peak Python memory (tracemalloc; Qt's own C++ allocations for the
PDF layout are not seen by it). Baselines in the same process:

* ``compute_stats`` alone over the same range: the one query-and-aggregate every report needs;
* a raw ``executemany`` of the shift's call rows into a bare in-memory table: the floor of
  merely touching the data.

The target (issue 13): the PDF, end to end (report data + writing), under 3 s for this
shift. Asserted as a ratio to ``compute_stats`` in the same run, :data:`PDF_RATIO`, derived
so: the issue measured the old PDF at 4.1 s on this machine; the old code (commit bf355a9) in
this very benchmark took 31.9x and 36.6x ``compute_stats`` (two runs, load average 11-12 on
the 2 shared cores). So ``compute_stats`` stands for 4.1 s / 32-37 = 0.11-0.13 s of the
issue's machine, and 3 s is 23-27x; :data:`PDF_RATIO` is 22x, a little under the lower end
(about 2.7 s). The new code measured 15.7x, 15.7x and 19.8x in three runs (writing the
PDF alone 9.6-11.2x, was 34x).

Run with ``pytest -m bench tests/bench/test_report_bench.py -s``.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.bench

AGENTS = 500
HOURS = 8
START = 1_795_420_800.0  # a weekday, 08:00 UTC
PDF_RATIO = 22.0  # x compute_stats: 3 s on this machine (see the docstring)


def _seed(tmp_path: Path) -> Path:
    from console.ingest.simulator import FloorSimulator
    from console.services.session import LiveIngest, open_database
    from console.store import roster

    sim = FloorSimulator(agents=AGENTS, teams=10, seed=11, start_ts=START,
                         queues=("support", "投诉"))
    log = tmp_path / "queue_log"
    log.write_text("\n".join(sim.advance_to(START + HOURS * 3600)) + "\n", encoding="utf-8")
    db = tmp_path / "r.sqlite"
    conn = open_database(db)
    roster.save_roster(conn, [roster.RosterEntry(a.name, a.team, a.interface, a.start_date,
                                                 a.coach) for a in sim.roster()])
    conn.close()
    ingest = LiveIngest(db, log)
    ingest.step()
    ingest.close()
    return db


def _time(fn: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _peak(fn: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_report_for_500_agents_against_stats_and_raw_sqlite(qapp, tmp_path: Path) -> None:
    from console.reports import csv_zip, pdf, xlsx
    from console.reports.build import build_report
    from console.reports.model import ReportRequest
    from console.reports.texts import ReportTexts
    from console.services.session import open_database
    from console.services.stats import compute_stats

    db = _seed(tmp_path)
    end = START + HOURS * 3600
    now = end + 60
    conn = open_database(db)
    rows = conn.execute("SELECT * FROM calls WHERE enter_ts >= ? AND enter_ts < ?",
                        (int(START), int(end))).fetchall()
    width = len(rows[0])

    def raw() -> None:
        bare = sqlite3.connect(":memory:")
        bare.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(width))})")
        bare.executemany(f"INSERT INTO t VALUES ({', '.join('?' * width)})", rows)
        bare.commit()
        bare.close()

    def stats() -> object:
        return compute_stats(conn, START, end, now)

    request = ReportRequest(START, end)

    def build() -> object:
        return build_report(conn, request, now)

    data = build()
    texts = ReportTexts()
    writers = {
        "pdf": lambda: pdf.write_pdf(data, texts, tmp_path / "r.pdf"),
        "xlsx": lambda: xlsx.write_xlsx(data, texts, tmp_path / "r.xlsx"),
        "csv": lambda: csv_zip.write_csv_zip(data, texts, tmp_path / "r.zip"),
    }
    t_raw, t_stats, t_build = _time(raw), _time(stats), _time(build, runs=1)
    t_write = {k: _time(fn, runs=1) for k, fn in writers.items()}
    m_stats, m_build = _peak(stats), _peak(build)
    m_write = {k: _peak(fn) for k, fn in writers.items()}
    pages = pdf.write_pdf(data, texts, tmp_path / "r.pdf")

    print(f"\nshift report, {AGENTS} agents x {HOURS} h: {len(rows)} calls, "
          f"{len(data.agents)} agents, {len(data.flags)} flags, PDF {pages} pages")
    # (sqlite's own memory is C, not Python heap: the raw baseline is a time baseline only)
    print(f"  baselines: raw executemany {t_raw * 1000:.0f} ms;"
          f" compute_stats {t_stats * 1000:.0f} ms / {m_stats / 1e6:.1f} MB")
    print(f"  report data: {t_build * 1000:.0f} ms = {t_build / t_stats:.0f}x compute_stats,"
          f" {t_build / t_raw:.0f}x raw; peak {m_build / 1e6:.1f} MB ="
          f" {m_build / m_stats:.1f}x compute_stats")
    for k in writers:
        print(f"  write {k}: {t_write[k] * 1000:.0f} ms = {t_write[k] / t_stats:.1f}x"
              f" compute_stats; peak {m_write[k] / 1e6:.1f} MB (Python heap)")

    def whole_pdf() -> None:
        pdf.write_pdf(build(), texts, tmp_path / "e2e.pdf")

    # the target, measured on its own: medians, the baseline timed around the PDF runs
    t_pdf = _time(whole_pdf, runs=3)
    t_base = statistics.median([_time(stats, runs=3) for _ in range(2)] + [t_stats])
    conn.close()
    ratio = t_pdf / t_base
    print(f"  PDF end to end: {t_pdf:.2f} s = {ratio:.1f}x compute_stats ({t_base * 1000:.0f} ms)"
          f"; target under {PDF_RATIO:.0f}x (3 s on a quiet machine here)")
    print(f"    of which report data {t_build:.2f} s, writing the PDF {t_write['pdf']:.2f} s")
    assert pages > 10 and len(data.agents) > 400
    assert t_raw > 0 and t_stats > 0 and m_stats > 0
    assert ratio < PDF_RATIO, f"the 500-agent PDF took {ratio:.1f}x compute_stats"
