"""Can the floor cover a recovery break right now? The answer the main view shows unasked.

Why here: the Grant break dialog asks the care thread for the full coverage check (stagger,
forecast, suggested length), but a supervisor must see at a glance, before opening anything,
whether one more agent off the phones keeps the service level. This is the same Erlang C
check (console/domain/staffing.py) on what the board snapshot already holds: the agents on
the phones now, the last 30 minutes' arrivals and the handle time.
"""

from __future__ import annotations

from collections.abc import Sequence

from console.domain import staffing
from console.domain.board import FloorKpis, IntervalBucket

WINDOW_S = 1800  # the last half hour's arrivals, as the full coverage check uses
DEFAULT_AHT_S = 300.0


def floor_cover(kpis: FloorKpis, intervals: Sequence[IntervalBucket], interval_s: int,
                now: float) -> staffing.BreakImpact | None:
    """Service level with everyone on the phones and with one agent fewer; None when it
    cannot be said (nobody on the phones, or no call in the last half hour)."""
    on_phones = kpis.available + kpis.on_call + kpis.wrap_up
    if on_phones < 1:
        return None
    since = now - WINDOW_S
    recent = [b for b in intervals if b.start_ts + interval_s > since and b.start_ts <= now]
    offered = sum(b.offered for b in recent)
    if offered <= 0:
        return None
    # whole buckets: the arrivals counted span from the first one's start to now
    span = max(float(interval_s), now - min(b.start_ts for b in recent))
    calls_per_hour = offered * 3600.0 / span
    aht = kpis.aht_s or DEFAULT_AHT_S
    return staffing.break_impact(on_phones, calls_per_hour, aht, kpis.sl_target,
                                 kpis.sl_seconds)
