"""A strain reading at time t uses only what happened up to t (issue 11, point 8).

The seeded shift's floor opens at 06:00; a report asked from 04:00 has half-hour marks at
04:30 ... 06:00 with no call, flag or pause before them. Before the fix the report's strain
peak counted calls answered after each mark, so most agents "peaked" at 100 before anyone
had taken a call.
"""

from __future__ import annotations

import pytest

from console.reports.build import build_report
from console.reports.model import ReportRequest
from console.services import care
from console.services.session import open_database
from console.store import queries
from tests.reports.conftest import Shift


@pytest.fixture
def conn(shift: Shift):
    c = open_database(shift.db)
    yield c
    c.close()


def _first_call(conn) -> int:
    return conn.execute("SELECT min(connect_ts) FROM calls WHERE agent IS NOT NULL"
                        ).fetchone()[0]


def test_reading_before_the_first_call_is_zero(conn, shift: Shift) -> None:
    first = _first_call(conn)
    mark = shift.start - 1800  # 05:30: nothing has happened yet
    assert mark < first
    # the later calls are in the store, but not "up to" the mark
    assert queries.calls_for_strain(conn, mark - 86400)  # unbounded: the whole day
    assert queries.calls_for_strain(conn, mark - 86400, mark) == []
    readings = care.strain_by_agent(conn, mark)
    assert all(r.score == 0 for r in readings.values()), {
        a: r.describe_en() for a, r in readings.items() if r.score}


def test_report_strain_peak_is_never_before_the_floor_opened(conn, shift: Shift) -> None:
    first = _first_call(conn)
    data = build_report(conn, ReportRequest(shift.start - 2 * 3600, shift.end), shift.now)
    peaks = [a for a in data.agents if a.strain_peak]
    assert len(peaks) >= 10  # a busy shift: most agents feel it at some point
    for a in peaks:
        assert a.strain_peak_at is not None and a.strain_peak_at > first, (
            a.agent, a.strain_peak, a.strain_peak_at - first)


def test_long_call_counts_once_it_has_ended(conn, shift: Shift) -> None:
    """A 15-minute call is a strain event when it ends, not when it is answered."""
    agent, connect, talk = conn.execute(
        "SELECT agent, connect_ts, talk_s FROM calls WHERE agent IS NOT NULL"
        " AND talk_s > 900 AND queue = 'support' ORDER BY connect_ts LIMIT 1").fetchone()
    during = care.strain_by_agent(conn, connect + talk - 1).get(agent)
    after = care.strain_by_agent(conn, connect + talk + 1).get(agent)
    assert after is not None and any(c.kind == "long_calls" for c in after.contributions)
    assert during is None or not any(c.kind == "long_calls" for c in during.contributions)
