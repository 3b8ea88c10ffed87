"""The main view's "can the floor cover a break now": Erlang C on the snapshot's own figures."""

from __future__ import annotations

from console.domain import staffing
from console.domain.board import FloorKpis, IntervalBucket
from console.domain.break_cover import floor_cover

NOW = 1_795_430_000.0


def kpis(available: int, on_call: int, aht: float | None = 300.0) -> FloorKpis:
    return FloorKpis(calls_waiting=0, longest_wait_s=0, sl_today=None, sl_30m=None,
                     sl_target=0.8, sl_seconds=20, abandon_rate=None, aht_s=aht,
                     occupancy=None, available=available, on_call=on_call, wrap_up=0,
                     paused=0, logged_out=0)


def buckets(*offered: int) -> list[IntervalBucket]:
    """Consecutive 15-minute buckets ending with the current one."""
    start = NOW - NOW % 900 - 900 * (len(offered) - 1)
    return [IntervalBucket(start + 900 * i, n, n, 0) for i, n in enumerate(offered)]


def test_same_check_as_the_grant_dialog() -> None:
    rows = buckets(40, 30, 20)
    span = NOW - rows[0].start_ts
    impact = floor_cover(kpis(3, 9), rows, 900, NOW)
    assert impact == staffing.break_impact(12, 90 * 3600 / span, 300.0, 0.8, 20)


def test_a_quiet_floor_can_cover_and_a_busy_one_cannot() -> None:
    quiet = floor_cover(kpis(6, 2), buckets(2, 2, 1), 900, NOW)
    busy = floor_cover(kpis(0, 8), buckets(60, 60, 40), 900, NOW)
    assert quiet is not None and quiet.meets_target_without
    assert busy is not None and not busy.meets_target_without


def test_nothing_to_say_without_agents_or_calls() -> None:
    assert floor_cover(kpis(0, 0), buckets(10, 10), 900, NOW) is None
    assert floor_cover(kpis(5, 0), buckets(0, 0, 0), 900, NOW) is None
    old = [IntervalBucket(NOW - 7200, 50, 50, 0)]  # only calls long ago
    assert floor_cover(kpis(5, 0), old, 900, NOW) is None
