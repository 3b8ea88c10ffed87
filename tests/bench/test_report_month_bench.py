"""Long shift reports (issue 12): a 31-day report of a 200-agent floor, and a one-year
report of a one-day floor, against ``compute_stats`` over the same month in the same process.

Issue 12 measured a 31-day PDF at 20 min 29 s and a one-year PDF at 105 s, where
`composure stats --json` over the month took 1.3 s; the targets were under 10 s and under
60 s. On the same yardstick that is 10 / 1.3 = 7.7x and 60 / 1.3 = 46x ``compute_stats``
over the month, which is what is asserted: ratios, so a loaded or a fast machine moves both
sides together. Absolute times are printed too.

The month is simulated the real way (``FloorSimulator``: 200 agents, 31 days -> queue_log ->
ingest, about 1.8 M lines) once and cached under the temp folder (``COMPOSURE_BENCH_CACHE``
to move it), keyed by the generator's parameters.

Run with ``pytest -m bench tests/bench/test_report_month_bench.py -s``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

import pytest

pytestmark = pytest.mark.bench

AGENTS, DAYS, SEED = 200, 31, 3
FIRST = date(2026, 3, 2)
# issue 12 asks under 10 s where stats --json over the month took 1.3 s, i.e. 7.7x (it was
# 8.3x before the interval rows shared the range's read of the calls and the strain slots were
# summed in one pass; see the README's Benchmarks for what is measured now)
MONTH_TARGET = 10 / 1.3
YEAR_TARGET = 60 / 1.3  # issue 12: a one-year report under 60 s


def _cache() -> Path:
    root = Path(os.environ.get("COMPOSURE_BENCH_CACHE", tempfile.gettempdir()))
    return root / "composure-bench" / f"month-{AGENTS}x{DAYS}-seed{SEED}-v1.sqlite"


def _month_db() -> tuple[Path, float]:
    """The cached month (built on first use), and how long building it took (0: cached)."""
    from console.ingest.simulator import FloorSimulator
    from console.ingest.simulator_profiles import local_time_on
    from console.services.session import LiveIngest, open_database
    from console.store import roster

    db = _cache()
    if db.exists():
        return db, 0.0
    t = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="composure-month-"))
    start = local_time_on(FIRST, 0, 0)
    sim = FloorSimulator(agents=AGENTS, teams=8, seed=SEED, start_ts=start,
                         queues=("support", "投诉"))
    log = work / "queue_log"
    with log.open("w", encoding="utf-8") as fh:
        for day in range(DAYS):
            fh.write("\n".join(sim.advance_to(start + (day + 1) * 86400)) + "\n")
    built = work / "month.sqlite"
    conn = open_database(built)
    roster.save_roster(conn, [roster.RosterEntry(a.name, a.team, a.interface, a.start_date,
                                                 a.coach) for a in sim.roster()])
    conn.close()
    ingest = LiveIngest(built, log)
    ingest.step()
    ingest.close()
    conn = open_database(built)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    db.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(built, db.with_suffix(".tmp"))
    os.replace(db.with_suffix(".tmp"), db)  # never a half-written cache
    shutil.rmtree(work, ignore_errors=True)
    return db, time.perf_counter() - t


def _timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def test_month_and_year_reports_against_compute_stats(qapp, tmp_path: Path) -> None:
    from console.ingest.simulator_profiles import local_time_on
    from console.reports import pdf, xlsx
    from console.reports.build import build_report
    from console.reports.model import ReportRequest
    from console.reports.texts import ReportTexts
    from console.services.session import open_database
    from console.services.stats import compute_stats
    from tests.reports.conftest import seed_shift

    db, generated = _month_db()
    shutil.copy(db, tmp_path / "month.sqlite")  # the cache stays untouched
    start = local_time_on(FIRST, 0, 0)
    end = start + DAYS * 86400
    now = end + 3600
    texts = ReportTexts()
    conn = open_database(tmp_path / "month.sqlite")
    try:
        calls = conn.execute("SELECT count(*) FROM calls").fetchone()[0]
        _stats, t_before = _timed(lambda: compute_stats(conn, start, end, now))
        data, t_build = _timed(lambda: build_report(conn, ReportRequest(start, end), now))
        pages, t_pdf = _timed(lambda: pdf.write_pdf(data, texts, tmp_path / "month.pdf"))
        _sheets, t_xlsx = _timed(lambda: xlsx.write_xlsx(data, texts, tmp_path / "month.xlsx"))
        # the baseline again after the minute of report work: on a shared machine the load
        # drifts over a minute, and one reading before it made the ratio swing by a fifth
        _stats, t_after = _timed(lambda: compute_stats(conn, start, end, now))
    finally:
        conn.close()
    t_stats = (t_before + t_after) / 2

    shift = seed_shift(tmp_path)  # the one-day floor of the report tests, asked for a year
    year_from, year_to = local_time_on(date(2026, 1, 1), 0, 0), local_time_on(date(2027, 1, 1),
                                                                             0, 0)
    conn = open_database(shift.db)
    try:
        year, t_year = _timed(lambda: build_report(conn, ReportRequest(year_from, year_to),
                                                   year_to))
    finally:
        conn.close()
    year_pages, t_year_pdf = _timed(lambda: pdf.write_pdf(year, texts, tmp_path / "year.pdf"))

    month_pdf = t_build + t_pdf
    month_xlsx = t_build + t_xlsx
    year_total = t_year + t_year_pdf
    print(f"\nmonth: {AGENTS} agents x {DAYS} days, {calls} calls"
          + (f" (generated in {generated:.0f} s, cached at {db})" if generated else
             f" (cached at {db})"))
    print(f"  baseline compute_stats over the month: {t_stats:.2f} s (before the report"
          f" {t_before:.2f} s, after it {t_after:.2f} s)")
    print(f"  report data {t_build:.2f} s = {t_build / t_stats:.1f}x;"
          f" {len(data.intervals)} day rows, {len(data.agents)} agents")
    print(f"  PDF end to end {month_pdf:.2f} s = {month_pdf / t_stats:.1f}x compute_stats"
          f" ({pages} pages; target < {MONTH_TARGET:.1f}x: 10 s where stats took 1.3 s)")
    print(f"  XLSX end to end {month_xlsx:.2f} s = {month_xlsx / t_stats:.1f}x")
    print(f"year of a one-day floor: PDF end to end {year_total:.2f} s ="
          f" {year_total / t_stats:.1f}x the month's compute_stats ({year_pages} pages;"
          f" target < {YEAR_TARGET:.0f}x)")
    assert data.interval_kind == "day" and len(data.intervals) == DAYS
    assert len(data.agents) == AGENTS and all(a.strain_peak is not None for a in data.agents)
    assert year.interval_kind == "week" and year.intervals_left_out > 50
    assert month_pdf / t_stats < MONTH_TARGET
    assert month_xlsx / t_stats < MONTH_TARGET
    assert year_total / t_stats < YEAR_TARGET
