"""The board snapshot, kept up to date instead of rebuilt: today's sums follow the store row
by row, so a snapshot reads only what changed since the last one (issue 13: 0.84 s to build
at 2,000 agents, read whole each second).

What is summed over the whole day (calls per queue, each agent's calls and talk, wrap-up
seconds, the quarter-hour buckets, when each agent's stretch of work began) is kept here:
final rows once, open rows (waiting or connected calls, intervals without an end) afresh at
each snapshot, as their figures move with ``now``. What covers a moving window (the last
half hour and hour, strain's 24 hours) or is small (who is where now, flags, breaks) is
read by :func:`console.services.board.assemble` as a full build reads it.

Exactness: every sum is of whole seconds or counts, so the order rows arrive in cannot move
a figure; a test compares this with a full build at many moments of a simulated day. The
state starts over on a new day, when the clock goes back, when the floor's KPI settings
change, and whenever the store's counts disagree with what was followed (a purge, a restore,
a re-derivation): see :mod:`console.store.board_rows`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import datetime

from console.domain import kpi
from console.domain.agent_state import AgentState
from console.domain.board import BoardSnapshot, IntervalBucket
from console.domain.floor_settings import FloorSettings
from console.domain.floor_state import STALE_CALL_SECONDS
from console.services.board import INTERVAL_SECONDS, DayFigures, assemble
from console.services.stats import day_range
from console.store import board_rows
from console.store.board_rows import CallRow, IntervalRow
from console.store.queries import AgentDay

_OPEN_CALLS = frozenset({kpi.WAITING, kpi.CONNECTED})
_WRAP = AgentState.WRAP_UP.value
_LOGGED_OUT = AgentState.LOGGED_OUT.value


@dataclass
class _AgentSums:
    """agent_totals' figures over final calls: count, completed, talk, last end."""

    answered: int = 0
    completed: int = 0
    talk: int = 0
    last_end: int | None = None

    def add(self, row: CallRow) -> None:
        self.answered += 1
        self.completed += row[3] in kpi.COMPLETED_OUTCOMES
        if row[5] is not None:
            self.talk += row[5]
        if row[7] is not None and (self.last_end is None or row[7] > self.last_end):
            self.last_end = row[7]


@dataclass
class _Day:
    """Everything followed for one day under one set of KPI settings."""

    day_start: float
    day_end: float
    settings: kpi.KpiSettings
    call_top: int = 0  # highest call id read
    calls_today: int = 0  # calls entered today that are followed (final + open)
    open_calls: dict[int, CallRow] = field(default_factory=dict)  # today's, by id
    open_elsewhere: set[int] = field(default_factory=set)  # open calls of other days
    final_by_queue: dict[str, kpi.QueueStats] = field(default_factory=dict)
    new_final: dict[str, list[kpi.CallFact]] = field(default_factory=dict)  # not summed yet
    final_agents: dict[str, _AgentSums] = field(default_factory=dict)
    final_buckets: dict[int, list[int]] = field(default_factory=dict)  # key -> [o, a, ab]
    final_first_key: int | None = None
    future_calls: list[CallRow] = field(default_factory=list)  # final, entered after now
    interval_top: int = 0
    open_intervals: dict[int, IntervalRow] = field(default_factory=dict)
    closed_today: int = 0  # closed intervals that ended at or after day_start
    wrap: dict[str, int] = field(default_factory=dict)
    first_start: dict[str, int] = field(default_factory=dict)
    back: dict[str, int] = field(default_factory=dict)  # last logout end
    future_intervals: list[IntervalRow] = field(default_factory=list)  # end or start > now
    now: float = 0.0


class LiveBoard:
    """Builds board snapshots on one connection, following today's rows between them."""

    def __init__(self) -> None:
        self._day: _Day | None = None
        self.rebuilds = 0  # how often the state started over (tests, benchmarks)

    def snapshot(self, conn: sqlite3.Connection, now: float,
                 floor: FloorSettings) -> BoardSnapshot:
        own = not conn.in_transaction
        if own:  # one consistent view of the store while following it
            conn.execute("BEGIN")
        try:
            figures = self._figures(conn, now, floor.kpi)
        finally:
            if own:
                conn.execute("COMMIT")
        return assemble(conn, now, floor, figures)

    def reset(self) -> None:
        self._day = None

    # -- following the store --------------------------------------------------------------

    def _figures(self, conn: sqlite3.Connection, now: float,
                 settings: kpi.KpiSettings) -> DayFigures:
        day_start, day_end = day_range(datetime.fromtimestamp(now).date())
        d = self._day
        if (d is None or d.day_start != day_start or now < d.now or d.settings != settings
                or not self._follow(conn, d, now)):
            d = self._day = self._start(conn, day_start, day_end, settings, now)
            self.rebuilds += 1
        return self._day_figures(d, now)

    def _start(self, conn: sqlite3.Connection, day_start: float, day_end: float,
               settings: kpi.KpiSettings, now: float) -> _Day:
        d = _Day(day_start, day_end, settings, now=now)
        _calls, d.call_top = board_rows.call_count(conn, day_start, day_end)
        _closed, _open, d.interval_top = board_rows.interval_count(conn, day_start)
        for row in board_rows.calls_entered(conn, day_start, day_end):
            self._take_call(d, row)
        for interval in board_rows.intervals_touching(conn, day_start):
            self._take_interval(d, interval)
        d.call_top = max([d.call_top, *d.open_calls, *d.open_elsewhere])
        return d

    def _follow(self, conn: sqlite3.Connection, d: _Day, now: float) -> bool:
        """Apply what changed since the last read; False when the store no longer holds
        what was followed (start over)."""
        d.now = now
        calls = board_rows.calls_changed(conn, d.call_top, [*d.open_calls, *d.open_elsewhere])
        for row in calls:
            if row[0] in d.open_calls:
                del d.open_calls[row[0]]
                d.calls_today -= 1
            d.open_elsewhere.discard(row[0])
            self._take_call(d, row)
            d.call_top = max(d.call_top, row[0])
        for interval in board_rows.intervals_changed(conn, d.interval_top,
                                                     list(d.open_intervals)):
            d.open_intervals.pop(interval[0], None)
            self._take_interval(d, interval)
            d.interval_top = max(d.interval_top, interval[0])
        n_calls, call_top = board_rows.call_count(conn, d.day_start, d.day_end)
        closed, open_, interval_top = board_rows.interval_count(conn, d.day_start)
        return (n_calls == d.calls_today and call_top == d.call_top
                and closed == d.closed_today and open_ == len(d.open_intervals)
                and interval_top == d.interval_top)

    def _take_call(self, d: _Day, row: CallRow) -> None:
        enter = row[2]
        if not d.day_start <= enter < d.day_end:
            if row[3] in _OPEN_CALLS:
                d.open_elsewhere.add(row[0])
            return
        d.calls_today += 1
        if row[3] in _OPEN_CALLS:
            d.open_calls[row[0]] = row
            return
        d.new_final.setdefault(row[1], []).append(
            kpi.CallFact(row[1], enter, row[3], row[4], row[5], row[6]))
        if row[6] is not None:
            d.final_agents.setdefault(row[6], _AgentSums()).add(row)
        if enter < int(d.now + 1):
            self._bucket(d, row)
        else:
            d.future_calls.append(row)

    def _bucket(self, d: _Day, row: CallRow) -> None:
        key = int((row[2] - d.day_start) // INTERVAL_SECONDS)
        counts = d.final_buckets.setdefault(key, [0, 0, 0])
        _count(counts, row[3])
        if d.final_first_key is None or key < d.final_first_key:
            d.final_first_key = key

    def _take_interval(self, d: _Day, row: IntervalRow) -> None:
        end = row[4]
        if end is None:
            d.open_intervals[row[0]] = row
            return
        if end < d.day_start:
            return
        d.closed_today += 1
        if end > d.now or row[3] > d.now:
            d.future_intervals.append(row)
        else:
            _add_interval(d.wrap, d.first_start, d.back, row, d.day_start, d.now)

    # -- today's figures ------------------------------------------------------------------

    def _day_figures(self, d: _Day, now: float) -> DayFigures:
        d.now = now
        if d.future_calls:  # final calls whose entry time has now come
            later = []
            for row in d.future_calls:
                (self._bucket(d, row) if row[2] < int(now + 1) else later.append(row))
            d.future_calls = later
        if d.future_intervals:
            later_rows = []
            for interval in d.future_intervals:
                if interval[4] is not None and interval[4] <= now and interval[3] <= now:
                    _add_interval(d.wrap, d.first_start, d.back, interval, d.day_start, now)
                else:
                    later_rows.append(interval)
            d.future_intervals = later_rows
        for name, facts in d.new_final.items():  # final: ``now`` moves none of their figures
            one = kpi.queue_stats(name, facts, now, d.settings)
            before = d.final_by_queue.get(name)
            d.final_by_queue[name] = one if before is None else kpi.combine(name, [before, one])
        d.new_final = {}
        queues, total = self._queue_figures(d, now)
        return DayFigures(queues=queues, total=total, wrap_by_agent=self._wrap(d, now),
                          totals=self._totals(d), intervals=self._intervals(d, now),
                          on_shift=self._on_shift(d, now))

    def _queue_figures(self, d: _Day, now: float
                       ) -> tuple[tuple[kpi.QueueStats, ...], kpi.QueueStats]:
        by_queue: dict[str, list[kpi.CallFact]] = {}
        for row in d.open_calls.values():
            outcome = row[3]
            # compute_stats' rule: a call waiting this long ended unseen
            if outcome == kpi.WAITING and now - row[2] >= STALE_CALL_SECONDS:
                outcome = kpi.LOST
            by_queue.setdefault(row[1], []).append(
                kpi.CallFact(row[1], row[2], outcome, row[4], row[5], row[6]))
        per_queue = []
        for name in sorted(set(d.final_by_queue) | set(by_queue)):
            parts = [kpi.queue_stats(name, by_queue[name], now, d.settings)] \
                if name in by_queue else []
            if name in d.final_by_queue:
                parts.insert(0, d.final_by_queue[name])
            per_queue.append(parts[0] if len(parts) == 1 else kpi.combine(name, parts))
        return tuple(per_queue), kpi.combine("*", per_queue)

    def _totals(self, d: _Day) -> dict[str, AgentDay]:
        sums = {a: _AgentSums(s.answered, s.completed, s.talk, s.last_end)
                for a, s in d.final_agents.items()}
        for row in d.open_calls.values():
            if row[6] is not None:
                sums.setdefault(row[6], _AgentSums()).add(row)
        return {a: AgentDay(a, s.answered, s.completed, float(s.talk), s.last_end)
                for a, s in sums.items()}

    def _intervals(self, d: _Day, now: float) -> tuple[IntervalBucket, ...]:
        buckets = {k: list(v) for k, v in d.final_buckets.items()}
        first = d.final_first_key
        for row in d.open_calls.values():
            if row[2] < int(now + 1):
                key = int((row[2] - d.day_start) // INTERVAL_SECONDS)
                _count(buckets.setdefault(key, [0, 0, 0]), row[3])
                first = key if first is None or key < first else first
        if first is None:
            return ()
        base = d.day_start + first * INTERVAL_SECONDS
        n = int((now - base) // INTERVAL_SECONDS) + 1
        out = []
        for i in range(max(n, 0)):
            o, a, ab = buckets.get(first + i, (0, 0, 0))
            out.append(IntervalBucket(base + i * INTERVAL_SECONDS, o, a, ab))
        return tuple(out)

    def _wrap(self, d: _Day, now: float) -> dict[str, float]:
        wrap = dict(d.wrap)
        for row in [*d.open_intervals.values(), *d.future_intervals]:
            if row[2] == _WRAP:
                secs = _seconds(row, d.day_start, now)
                if secs is not None:
                    wrap[row[1]] = wrap.get(row[1], 0) + secs
        return {a: float(v) for a, v in wrap.items()}

    def _on_shift(self, d: _Day, now: float) -> dict[str, int]:
        first = dict(d.first_start)
        back = dict(d.back)
        n, ds = int(now), int(d.day_start)
        for row in d.future_intervals:
            _, agent, state, start, end = row
            if start <= n:
                first[agent] = min(first.get(agent, start), start)
                if state == _LOGGED_OUT and end is not None and end <= n:
                    back[agent] = max(back.get(agent, end), end)
        for _, agent, _state, start, _end in d.open_intervals.values():
            if ds <= start <= n:
                first[agent] = min(first.get(agent, start), start)
        return {a: max(ds, back.get(a) or f) for a, f in first.items()}


def _count(counts: list[int], outcome: str) -> None:
    counts[0] += 1
    if outcome in kpi.ANSWERED_OUTCOMES:
        counts[1] += 1
    elif outcome == kpi.ABANDONED:
        counts[2] += 1


def _seconds(row: IntervalRow, lo: float, now: float) -> int | None:
    """queries.state_seconds' share of one interval in [lo, now), open ones up to now."""
    n, lo_i = int(now), int(lo)
    start, end = row[3], row[4]
    stop = n if end is None else end
    if not (start < n and stop > lo_i):
        return None
    secs = min(stop, n) - max(start, lo_i)
    return secs if secs > 0 else None


def _add_interval(wrap: dict[str, int], first: dict[str, int], back: dict[str, int],
                  row: IntervalRow, day_start: float, now: float) -> None:
    """A closed interval ending at or after day_start, wholly before ``now``: final."""
    _, agent, state, start, end = row
    if state == _WRAP:
        secs = _seconds(row, day_start, now)
        if secs is not None:
            wrap[agent] = wrap.get(agent, 0) + secs
    first[agent] = min(first.get(agent, start), start)
    if state == _LOGGED_OUT and end is not None:
        back[agent] = max(back.get(agent, end), end)
