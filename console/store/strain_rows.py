"""The rows the strain score reads, for a whole range at once (the report's strain peak).

The board asks a handful of queries per reading; a month of readings asked that way was
twenty minutes of table scans. Here each table is read once for the range, and what is
bulky (a month of agent-state intervals: a million rows) is summed by SQLite into the
half hours the readings need, so Python only sees the few thousand rows the rule looks at
one by one. ``console.domain.strain_history`` builds each reading from these.
"""

from __future__ import annotations

import json
import sqlite3
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

SLOT = 1800  # seconds of one summed slot: a reading's last hour is its two slots
_NEVER = 1 << 62  # an open interval runs until whatever moment is asked about


@dataclass(frozen=True)
class StrainRows:
    calls: list[tuple[str, str, int, int]]  # (agent, queue, connect_ts, talk_s)
    pauses: list[tuple[str, int, int | None]]  # (agent, start, end): paused intervals
    logouts: list[tuple[str, int, int | None]]  # (agent, start, end): logged-out intervals
    # (agent, slot end, busy, available, on the floor, first start): state seconds in
    # (end - SLOT, end] on a call or wrapping up, available, in any state but logged out,
    # and the earliest start in [end - SLOT, end) of a short interval (None: none)
    slots: list[tuple[str, int, float, float, float, int | None]]
    long_rows: list[tuple[str, int]]  # (agent, start) of long or open intervals, not logouts
    straddles: list[tuple[str, int]]  # (agent, day start): an interval across that midnight


def answered_queues(conn: sqlite3.Connection, since: float, until: float) -> list[str]:
    """Queues with a call answered in [since, until] (the caller picks the complaint ones)."""
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT queue FROM calls WHERE agent IS NOT NULL AND connect_ts >= ?"
        " AND connect_ts <= ? AND queue IS NOT NULL", (int(since), int(until)))]


def strain_rows(conn: sqlite3.Connection, since: float, until: float, *,
                complaint_queues: Sequence[str], long_talk_s: float,
                slot_ends: Sequence[int], days: Sequence[tuple[int, int]]) -> StrainRows:
    """Calls in complaint queues or longer than ``long_talk_s`` answered in [since, until];
    pause and logout intervals touching it; state seconds per agent in each slot ending at
    ``slot_ends`` (and the earliest start among them: with the logouts and the long rows, the
    first interval of a day, one of ``queries.on_shift_since``'s inputs); per local day
    (start, end) in ``days`` the agents with an interval across that midnight (the other)."""
    lo, hi = int(since), int(until)
    marks = ",".join("?" * len(complaint_queues)) or "NULL"
    calls = list(conn.execute(
        "SELECT agent, queue, connect_ts, coalesce(talk_s, 0) FROM calls"
        " WHERE agent IS NOT NULL AND connect_ts >= ? AND connect_ts <= ?"
        f" AND (queue IN ({marks}) OR coalesce(talk_s, 0) > ?)",
        (lo, hi, *complaint_queues, long_talk_s)))
    touching = " AND start_ts <= ? AND (end_ts IS NULL OR end_ts >= ?)"
    # pauses, logouts and the long or open intervals in one pass over the range's rows (one
    # pass each was four scans of a month's million intervals)
    pauses: list[tuple[str, int, int | None]] = []
    logouts: list[tuple[str, int, int | None]] = []
    long_open: list[tuple[str, str, int, int | None]] = []
    for row in conn.execute(
            "SELECT agent, state, start_ts, end_ts FROM agent_states"
            " WHERE (state IN ('paused', 'logged_out') OR end_ts IS NULL"
            " OR end_ts - start_ts > ?)" + touching, (SLOT, hi, lo)):
        agent, state, start, end = row
        if state == "paused":
            pauses.append((agent, start, end))
        elif state == "logged_out":
            logouts.append((agent, start, end))
        if end is None or end - start > SLOT:
            long_open.append(row)
    slots, long_rows = _slot_seconds(conn, slot_ends, long_open)
    day_json = json.dumps([list(d) for d in days])
    # on_shift_since counts an interval by coalesce(end, start): an open one by its start
    straddles = set(conn.execute(
        "SELECT s.agent, json_extract(d.value, '$[0]') AS ds"
        " FROM json_each(?) AS d CROSS JOIN agent_states AS s"
        " WHERE s.start_ts >= json_extract(d.value, '$[0]') - ? "
        " AND s.start_ts < json_extract(d.value, '$[0]')"
        " AND s.end_ts >= json_extract(d.value, '$[0]') AND s.end_ts - s.start_ts <= ?",
        (day_json, SLOT, SLOT)))
    day_starts = sorted(ds for ds, _de in days)
    for agent, _state, start, end in long_open:
        if end is not None:
            for ds in day_starts[bisect_right(day_starts, start):bisect_right(day_starts, end)]:
                straddles.add((agent, ds))
    return StrainRows(calls, pauses, logouts, slots, long_rows, sorted(straddles))


def _slot_seconds(conn: sqlite3.Connection, slot_ends: Sequence[int],
                  long_open: Sequence[tuple[str, str, int, int | None]],
                  ) -> tuple[list[tuple[str, int, float, float, float, int | None]],
                             list[tuple[str, int]]]:
    """Short closed intervals (most of them: calls, wrap-ups) are summed by SQLite; long or
    open ones (lunch, an idle afternoon: ``long_open``, already read) are few and are cut
    into slots here. Zero-length ones (a quarter of a busy floor's rows) add no second, and
    as the next interval starts at the same moment they never hold a day's first start."""
    ends = sorted(set(slot_ends))
    grid, others = _split_grid(ends)
    out = _short_on_grid(conn, grid) if grid else {}
    if out is None:  # too many rows in a slot to pack its sums: slot by slot
        out, others = {}, list(ends)
    if others:
        out.update(_short_by_slot(conn, others))  # other slot ends: other keys
    starts: list[tuple[str, int]] = []
    for agent, state, start, stop in long_open:
        if state == "logged_out":
            continue
        end = _NEVER if stop is None else stop
        starts.append((agent, start))
        column = 0 if state in ("on_call", "wrap_up") else 1 if state == "available" else None
        for b in ends[bisect_right(ends, start):bisect_left(ends, end + SLOT)]:
            secs = min(end, b) - max(start, b - SLOT)
            if secs > 0:
                slot = out.setdefault((agent, b), [0.0, 0.0, 0.0, None])
                if column is not None:
                    slot[column] += secs
                slot[2] += secs
    return [(a, b, v[0], v[1], v[2], v[3]) for (a, b), v in out.items()], starts


_FIELD = 1 << 20  # seconds: room for one packed sum (see _short_on_grid)
_SHORT = ("s.end_ts - s.start_ts <= ? AND s.end_ts > s.start_ts AND s.state != 'logged_out'")


def _split_grid(ends: Sequence[int]) -> tuple[list[int], list[int]]:
    """The slot ends on the grid most of them share (a report's half-hour marks) and the
    others (a range's clipped last mark, a test's odd moments)."""
    if not ends:
        return [], []
    origin = Counter(e % SLOT for e in ends).most_common(1)[0][0]
    return ([e for e in ends if e % SLOT == origin], [e for e in ends if e % SLOT != origin])


def _short_by_slot(conn: sqlite3.Connection, ends: Sequence[int]) -> dict[tuple[str, int], list]:
    """[busy, available, on the floor, first start] per (agent, slot end), for any ends: each
    slot's intervals found through the start-time index (an interval is at most a slot long,
    so it starts in the slot or the one before)."""
    out: dict[tuple[str, int], list] = {}
    overlap = "(min(s.end_ts, b.value) - max(s.start_ts, b.value - ?))"
    for agent, end, busy, avail, present, first in conn.execute(
        f"SELECT s.agent, b.value,"
        f" sum(CASE WHEN s.state IN ('on_call', 'wrap_up') THEN {overlap} END),"
        f" sum(CASE WHEN s.state = 'available' THEN {overlap} END), sum({overlap}),"
        " min(CASE WHEN s.start_ts >= b.value - ? THEN s.start_ts END)"
        " FROM json_each(?) AS b CROSS JOIN agent_states AS s"
        " WHERE s.start_ts >= b.value - ? AND s.start_ts < b.value AND s.end_ts >= b.value - ?"
        f" AND {_SHORT} GROUP BY 1, 2",
        (SLOT, SLOT, SLOT, SLOT, json.dumps(list(ends)), 2 * SLOT, SLOT, SLOT),
    ):
        out[(agent, end)] = [float(busy or 0), float(avail or 0), float(present or 0), first]
    return out


def _short_on_grid(conn: sqlite3.Connection,
                   ends: Sequence[int]) -> dict[tuple[str, int], list] | None:
    """The same as :func:`_short_by_slot` when the ends lie on one grid, in one pass: each
    interval is grouped by the slot it starts in (end ``b``) and its part after ``b`` is
    carried into the next slot, so no interval is looked up once per slot it touches.

    The grouping's sort is most of the cost, and each sum adds to it, so the three sums
    (busy, available, on the floor) travel packed in one integer, ``_FIELD`` apart: a
    slot's sum is at most its rows x SLOT seconds, checked against the field's size by the
    row count (None: a slot with too many rows to pack, sum it slot by slot instead).
    """
    out: dict[tuple[str, int], list] = {}
    want = set(ends)
    base = ends[0] - 2 * SLOT  # on the grid, and before every interval asked about
    mask = _FIELD - 1
    for b, agent, inside, after, first, rows, spills in conn.execute(
            "SELECT b, agent, sum((min(end_ts, b) - start_ts) * w),"
            " sum(max(end_ts - b, 0) * w), min(start_ts), count(*), max(end_ts >= b)"
            " FROM (SELECT agent, start_ts, end_ts, ? + ((start_ts - ?) / ? + 1) * ? AS b,"
            " CASE WHEN state IN ('on_call', 'wrap_up') THEN ? WHEN state = 'available'"
            " THEN ? ELSE 1 END AS w FROM agent_states AS s"
            f" WHERE s.start_ts >= ? AND s.start_ts < ? AND {_SHORT}) GROUP BY 1, 2",
            (base, base, SLOT, SLOT, 1 + _FIELD * _FIELD, 1 + _FIELD, base, ends[-1], SLOT)):
        if rows * SLOT >= _FIELD:
            return None
        if b in want:  # the slot may hold the carry of the one before already
            slot = out.setdefault((agent, b), [0.0, 0.0, 0.0, None])
            slot[0] += float(inside >> 40)
            slot[1] += float((inside >> 20) & mask)
            slot[2] += float(inside & mask)
            slot[3] = first
        if spills and b + SLOT in want:  # ends at or after b: in the next slot's rows
            slot = out.setdefault((agent, b + SLOT), [0.0, 0.0, 0.0, None])
            slot[0] += float(after >> 40)
            slot[1] += float((after >> 20) & mask)
            slot[2] += float(after & mask)
    return out
