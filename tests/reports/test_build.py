"""ReportData from a seeded shift: the same figures as compute_stats (the board's and
`composure stats`'s code), intervals that add up, the team filter, the care sections, and
sections whose data does not exist saying so."""

from __future__ import annotations

import pytest

from console.domain import kpi
from console.reports import optional_sources
from console.reports.build import ReportCancelled, build_report, interval_bounds
from console.reports.model import ReportRequest
from console.services.session import open_database
from console.services.stats import compute_stats
from console.store import queries
from tests.reports.conftest import Shift


@pytest.fixture
def conn(shift: Shift):
    c = open_database(shift.db)
    yield c
    c.close()


def _report(conn, shift: Shift, **kw):
    return build_report(conn, ReportRequest(shift.start, shift.end, **kw), shift.now,
                        generated_at=shift.now)


def test_summary_is_compute_stats_for_the_same_range(conn, shift: Shift) -> None:
    data = _report(conn, shift)
    stats = compute_stats(conn, shift.start, shift.end, shift.now)
    s, t = data.summary, stats.total
    assert s.offered == t.offered > 100
    assert (s.answered, s.abandoned, s.short_abandoned) == (t.answered, t.abandoned,
                                                            t.short_abandoned)
    assert s.service_level == pytest.approx(t.service_level)
    assert s.abandon_rate == pytest.approx(t.abandon_rate)
    assert data.stats.to_json()["queues"] == stats.to_json()["queues"]
    assert {q.queue for q in data.stats.queues} == {"support", "投诉"}
    # the board's AHT formula over the floor's talk and wrap-up
    wrap = sum(v for (_a, st), v in queries.state_seconds(
        conn, shift.start, shift.end, shift.now).items() if st == "wrap_up")
    assert s.aht_s == pytest.approx(kpi.average_handle_time(t.talk_total_s, wrap, t.completed))
    assert s.longest_wait_s is not None and s.longest_wait_s >= max(
        f.hold_s or 0 for f in queries.call_facts(conn, shift.start, shift.end))
    assert s.breaks_granted >= 1 and s.one_to_ones == 1


def test_intervals_are_half_hours_that_add_up_to_the_range(conn, shift: Shift) -> None:
    data = _report(conn, shift)
    assert len(data.intervals) == 16
    assert all(r.end - r.start == 1800 for r in data.intervals)
    assert sum(r.offered for r in data.intervals) == data.summary.offered
    assert sum(r.answered for r in data.intervals) == data.summary.answered
    assert sum(r.abandoned for r in data.intervals) == data.summary.abandoned
    one = data.intervals[3]
    again = compute_stats(conn, one.start, one.end, shift.now).total
    assert (one.offered, one.service_level) == (again.offered, again.service_level)


@pytest.mark.parametrize("days", [0, 3, 40])  # half hours, days, weeks
def test_every_interval_row_is_compute_stats_over_its_range(conn, shift: Shift,
                                                             days: int) -> None:
    """The rows come from one read of the calls; each must still be the figure
    ``compute_stats`` gives for that row's range alone."""
    start, end = shift.start - days * 86400, shift.end + (3600 if days else 0)
    data = build_report(conn, ReportRequest(start, end), shift.now, generated_at=shift.now)
    assert data.intervals and data.interval_kind == ("half_hour", "day", "week")[
        (days > 0) + (days > 31)]
    for row in data.intervals:
        t = compute_stats(conn, row.start, row.end, shift.now).total
        assert (row.offered, row.answered, row.abandoned, row.answered_in_sl) == (
            t.offered, t.answered, t.abandoned, t.answered_in_sl)
        assert (row.service_level, row.abandon_rate, row.mean_hold_s, row.mean_talk_s) == (
            t.service_level, t.abandon_rate, t.mean_hold_s, t.mean_talk_s)
    assert sum(r.offered for r in data.intervals) == data.summary.offered > 100


def test_interval_bounds_follow_the_clock_grid_and_clip_to_the_range(local_tz) -> None:
    local_tz("Asia/Shanghai")
    from datetime import datetime

    start = datetime(2026, 3, 2, 6, 10).timestamp()
    end = datetime(2026, 3, 2, 7, 5).timestamp()
    bounds = interval_bounds(start, end)
    assert [(datetime.fromtimestamp(a).strftime("%H:%M"), datetime.fromtimestamp(b)
             .strftime("%H:%M")) for a, b in bounds] == [
        ("06:10", "06:30"), ("06:30", "07:00"), ("07:00", "07:05")]


def test_agent_table_matches_the_agent_totals(conn, shift: Shift) -> None:
    data = _report(conn, shift)
    totals = queries.agent_totals(conn, shift.start, shift.end)
    by_name = {a.agent: a for a in data.agents}
    assert sum(a.calls for a in data.agents) == sum(d.answered for d in totals.values())
    for name, day in totals.items():
        assert by_name[name].calls == day.answered
    rings = queries.missed_rings(conn, shift.start, shift.end)
    assert sum(a.missed_rings for a in data.agents) == sum(rings.values())
    assert sum(a.flags for a in data.agents) == len(data.flags)
    assert any(a.pauses for a in data.agents)
    assert all(a.pause_s == pytest.approx(sum(s for _r, s in a.pauses)) for a in data.agents)
    assert any((a.strain_peak or 0) > 0 for a in data.agents)
    assert by_name[shift.one_to_one_agent].one_to_ones == 1


def test_flags_carry_time_to_acknowledge_and_to_a_break(conn, shift: Shift) -> None:
    data = _report(conn, shift)
    first = data.flags[0]
    assert first.minutes_to_ack == pytest.approx(3.0)
    assert first.minutes_to_break == pytest.approx(5.0)
    assert first.caller.startswith("•••• ") and len(first.caller) == 9
    assert sum(1 for f in data.flags if f.minutes_to_ack is not None) == 5
    assert data.summary.median_minutes_to_ack == pytest.approx(3.0)
    assert data.summary.unacknowledged_flags == len(data.flags) - 5
    assert any(r.marked for r in data.repeat_callers)
    assert all(r.flags >= 2 or r.marked for r in data.repeat_callers)
    assert [n.text for n in data.notes] == [f"与{shift.noted_agent}谈过, 情绪稳定"]


def test_the_team_filter_narrows_people_not_queues(conn, shift: Shift) -> None:
    team = shift.teams[0]
    everyone = _report(conn, shift)
    mine = _report(conn, shift, teams=(team,))
    assert mine.agents and all(a.team == team for a in mine.agents)
    assert len(mine.agents) < len(everyone.agents)
    assert all(f.team == team for f in mine.flags)
    assert mine.summary.offered == everyone.summary.offered
    assert mine.summary.flags == len(mine.flags) < everyone.summary.flags


def test_missing_sources_are_reported_as_unavailable(conn, shift: Shift, monkeypatch) -> None:
    monkeypatch.setattr(optional_sources, "_lookup", lambda module, name: None)
    data = _report(conn, shift)
    assert data.sessions.unavailable.what == "coaching"
    assert data.escalations.unavailable.what == "escalations"
    assert data.recognition.unavailable.what == "recognition"
    assert data.issues.unavailable.what == "management_issues"
    assert data.escalation_counts is None and data.summary.escalations_breached is None
    # without the coaching records the 1:1 talk granted with a break is still listed
    assert [s.kind for s in data.sessions.rows] == ["one_to_one"]
    assert all(a.coaching is None and a.praise is None for a in data.agents)


def test_a_missing_table_is_unavailable_too(conn, shift: Shift, monkeypatch) -> None:
    import sqlite3

    def no_table(*_args, **_kwargs):
        raise sqlite3.OperationalError("no such table: recognitions")

    monkeypatch.setattr(optional_sources, "_lookup", lambda module, name: no_table)
    data = _report(conn, shift)
    assert data.recognition.unavailable.what == "recognition"


def test_cancelling_stops_the_build(conn, shift: Shift) -> None:
    stages: list[str] = []
    with pytest.raises(ReportCancelled):
        build_report(conn, ReportRequest(shift.start, shift.end), shift.now,
                     progress=lambda p, s: stages.append(s),
                     cancelled=lambda: len(stages) >= 3)
    assert len(stages) == 3


def test_an_empty_range_is_refused(conn, shift: Shift) -> None:
    with pytest.raises(ValueError):
        build_report(conn, ReportRequest(shift.end, shift.start), shift.now)
