"""Recent calls for the calls dock, built with the board snapshot.

Why in the snapshot rather than on a worker of its own: the list changes exactly when the
board does (a committed ingest batch moves ``PRAGMA data_version``), the snapshot worker
already skips unchanged seconds, and the "flagged" marker must agree with the flags dock,
which reads the same snapshot. The query is one index walk of at most ``limit`` rows (about a
millisecond for 300 rows), small beside the day's statistics the snapshot computes anyway.
"""

from __future__ import annotations

import sqlite3

from console.domain import kpi
from console.domain.calls import (
    RECENT_CALLS_LIMIT,
    CallRow,
    flag_severities,
    live_seconds,
    severity_for,
)
from console.domain.flags import Flag, mask_caller
from console.store import calls as calls_store


def recent_calls(conn: sqlite3.Connection, day_start: float, now: float,
                 flags: list[Flag] | tuple[Flag, ...],
                 limit: int = RECENT_CALLS_LIMIT, *,
                 show_full: bool = False) -> tuple[CallRow, ...]:
    """Today's newest calls up to ``now``; ``flags`` are today's flags (for the marker).

    The caller's number is masked here, before the row leaves the service, unless the floor
    chose to show numbers in full (``privacy.show_full_callers``): the GUI never holds a full
    number it is not allowed to show."""
    severities = flag_severities(flags)
    out: list[CallRow] = []
    for r in calls_store.recent_calls(conn, day_start, now + 1, limit):
        waiting = r.outcome == kpi.WAITING
        connected = r.outcome == kpi.CONNECTED
        digits = "".join(c for c in (r.caller or "") if c.isdigit())
        out.append(CallRow(
            id=r.id, callid=r.callid, queue=r.queue, agent=r.agent,
            agent_name=(r.display_name or r.agent) if r.agent else None,
            caller=mask_caller(r.caller, show_full),
            caller_tail=digits[-4:] if len(digits) > 4 else "",
            enter_ts=r.enter_ts, outcome=r.outcome,
            wait_s=live_seconds(r.enter_ts, r.hold_s, waiting, now),
            talk_s=live_seconds(r.connect_ts, r.talk_s, connected, now),
            flag_severity=severity_for(severities, r.callid, r.queue),
        ))
    return tuple(out)
