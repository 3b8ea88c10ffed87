"""An agent's highest strain reading over a long range, from one read of the range's rows.

The report's strain peak is the board's score read at every half-hour mark. Asking the board
(``care.strain_by_agent``) at each mark re-ran its queries over the whole store: a month of a
200-agent floor was 1,482 sets of table scans and twenty minutes. Here the rows are read once
(``console.store.strain_rows``) and each exact reading is the very rule the board uses,
:func:`console.domain.strain.compute_strain`, given that moment's inputs: this is not a
second implementation of the score, and ``tests/reports/test_strain_peaks.py`` checks it
against ``strain_by_agent`` mark by mark.

What makes it cheap:

* a bound first: for every mark an upper bound on the score from sorted running sums (events
  decay at least as exp(-minutes / max(tau_work, tau_break)) whatever the agent did; the
  occupancy and time-since-break points are exact). Marks are then read exactly, highest
  bound first, only while a bound can still beat the peak found: a handful per agent;
* an event the rule would drop as below ``forget_below_points`` is not passed to it;
* time logged out is rest, as on the board (issue 11, point 7): a finished logged-out
  stretch of at least ``min_break`` is a break, and one the agent is still in at the mark is
  passed as ``compute_strain``'s ``logged_out_since``, which also fades the last hour's
  occupancy. Passing it as a running pause would not do: a pause leaves occupancy whole;
* a reading is only taken while the agent was on the floor (in any state but logged out at
  some time in the half hour before the mark): a score for someone who had gone home is no
  peak a supervisor saw (issue 11, point 7), and over a month it skips nights and empty days.
  An agent with no state rows at all (flags imported for someone the queue_log never named)
  is read at every mark.

Pure: no SQL, no Qt.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from console.domain import kpi
from console.domain.strain import BreakSpan, StrainEvent, StrainSettings, compute_strain

SLOT = 1800  # seconds: presence is "on the floor in the slot before the mark"
_INF = math.inf


@dataclass
class AgentRows:
    """One agent's rows over the range plus the board's lookback.

    ``events``: (selection time, event): the time the board's query filters on (a call's
    answer time, a flag's time); a long call's event time is when it ended.
    ``pauses``: (start, end or None). ``logouts``: logged-out intervals (start, end or None):
    rest, as on the board (``care.strain_by_agent``); ``logout_ends``: the ends of the
    finished ones (the start of a stretch of work).
    ``first_start``: local day start -> the first state interval starting that day;
    ``straddles``: day starts with an interval across that midnight. ``slots``: slot end ->
    [busy, available, on the floor] seconds in the slot; ``has_states``: any state row at all.
    """

    events: list[tuple[float, StrainEvent]] = field(default_factory=list)
    pauses: list[tuple[float, float | None]] = field(default_factory=list)
    logouts: list[tuple[float, float | None]] = field(default_factory=list)
    logout_ends: list[float] = field(default_factory=list)
    first_start: dict[float, float] = field(default_factory=dict)
    straddles: set[float] = field(default_factory=set)
    slots: dict[int, list[float]] = field(default_factory=dict)
    has_states: bool = False


@dataclass(frozen=True, slots=True)
class Mark:
    ts: float
    day_start: float  # local midnight of the mark's day (the board's "today")


def peak_reading(rows: AgentRows, marks: Sequence[Mark], settings: StrainSettings, *,
                 lookback: float, min_break: float,
                 by_second: Mapping[int, Mark] | None = None) -> tuple[float, float] | None:
    """(highest score, first mark reaching it) over ``marks``, or None when the board would
    have shown no score for the agent at any mark they were on the floor.

    ``lookback`` and ``min_break`` are the board's (``care.LOOKBACK``,
    ``care.MIN_BREAK_SECONDS``): older events and pauses are not counted, a finished pause
    shorter than ``min_break`` is not a rest. ``by_second``: ``marks`` by int(ts), when the
    caller reads many agents over the same marks (else built here).
    """
    reader = _Reader(rows, settings, lookback, min_break)
    if rows.has_states:  # the marks of the slots the agent was on the floor in, not all
        by_ts = by_second if by_second is not None else {int(m.ts): m for m in marks}
        candidates = [by_ts[e] for e, v in rows.slots.items() if v[2] > 0 and e in by_ts]
    else:
        candidates = list(marks)
    bounded = sorted(zip(reader.bounds(candidates), (m.ts for m in candidates), candidates,
                         strict=True), key=lambda b: (-b[0], b[1]))
    best: tuple[float, float] | None = None
    for bound, ts, mark in bounded:
        if bound < 0:
            break  # the rest are marks the board has no score for
        if best is not None and (bound < best[0] or (bound == best[0] and ts > best[1])):
            if bound < best[0]:
                break
            continue
        score = reader.score_at(mark)
        if score is not None and (best is None or score > best[0]
                                  or (score == best[0] and ts < best[1])):
            best = (score, ts)
    return best


class _Reader:
    def __init__(self, rows: AgentRows, s: StrainSettings, lookback: float,
                 min_break: float) -> None:
        self.s, self.rows, self.lookback, self.min_break = s, rows, lookback, min_break
        by_sel = sorted(rows.events, key=lambda se: se[0])
        self.sel = [t for t, _ in by_sel]
        self.events = [e for _, e in by_sel]
        per_point = 100.0 / s.scale
        self.points = [s.weight(e) * per_point for e in self.events]
        self.tau = max(s.tau_work_minutes, s.tau_break_minutes) * 60.0
        # running sums by event time: decayed (A) for today's events, plain (P) for carry-over
        order = sorted(range(len(self.events)), key=lambda i: self.events[i].ts)
        self.ev_ts = [self.events[i].ts for i in order]
        self.decayed: list[float] = []
        self.plain = [0.0]
        for n, i in enumerate(order):
            gap = self.ev_ts[n] - self.ev_ts[n - 1] if n else 0.0
            prev = self.decayed[-1] * math.exp(-gap / self.tau) if n else 0.0
            self.decayed.append(prev + self.points[i])
            self.plain.append(self.plain[-1] + self.points[i])
        closed = sorted((a, b) for a, b in rows.pauses if b is not None)
        self.pause_starts = [a for a, _ in closed]
        self.closed_pauses = closed
        self.longest_pause = max((b - a for a, b in closed), default=0.0)
        self.open_pauses = sorted(a for a, b in rows.pauses if b is None)
        self.rest_ends = sorted(b for a, b in closed if b - a >= min_break)
        self.logout_ends = sorted(rows.logout_ends)
        gone = sorted((a, b) for a, b in rows.logouts if b is not None)
        self.closed_logouts = gone
        self.logout_starts = [a for a, _ in gone]
        self.longest_logout = max((b - a for a, b in gone), default=0.0)
        self.open_logouts = sorted(a for a, b in rows.logouts if b is None)
        top = max((s.weight_complaint, s.weight_escalated, s.weight_flag_severity_1,
                   s.weight_flag_severity_2, s.weight_flag_severity_3,
                   s.weight_long_call)) * per_point
        self.prunes = s.forget_below_points > 0 and top > 0

    # -- the cheap parts, exact -------------------------------------------------------------
    def _hour(self, t: float) -> tuple[float, float]:
        """(busy, available) seconds in the hour before ``t``: the board's state_seconds."""
        now = int(t)
        a = self.rows.slots.get(now, (0.0, 0.0, 0.0))
        b = self.rows.slots.get(now - SLOT, (0.0, 0.0, 0.0))
        return a[0] + b[0], a[1] + b[1]

    def _shift_start(self, t: float, day_start: float) -> float:
        """``queries.on_shift_since(day_start, until=t)`` for this agent, else day_start."""
        ds, now = int(day_start), int(t)
        i = bisect_right(self.logout_ends, now)
        back = self.logout_ends[i - 1] if i and self.logout_ends[i - 1] >= ds else None
        if back:
            return max(ds, back)
        if ds in self.rows.straddles:
            return ds
        first = self.rows.first_start.get(ds)
        return max(ds, first) if first is not None and first <= now else ds

    def _logged_out(self, t: float) -> tuple[list[tuple[float, float]], float | None]:
        """The board's logged-out rest at ``t`` (``care.strain_by_agent`` over
        ``queries.logged_out_since``): finished stretches of at least ``min_break`` in the
        lookback, and when the stretch the agent is in now began (None: not logged out)."""
        since, now_i = int(t - self.lookback), int(t)
        first = bisect_left(self.logout_starts, since - self.longest_logout)
        candidates: list[tuple[float, float | None]] = [
            *self.closed_logouts[first:bisect_left(self.logout_starts, now_i)],
            *((a, None) for a in self.open_logouts[:bisect_left(self.open_logouts, now_i)])]
        rests: list[tuple[float, float]] = []
        gone: float | None = None
        for start, end in candidates:
            e = now_i if end is None else min(end, now_i)  # the query ends it at the reading
            if e < since:
                continue
            if e >= t:
                gone = start if gone is None else max(gone, start)
            elif e - start >= self.min_break:
                rests.append((start, e))
        return rests, gone

    def bounds(self, marks: Sequence[Mark]) -> list[float]:
        """For each mark: never below the board's score then, usually close to it; -1 when
        the board lists no score for the agent then.

        One loop over a month's marks with the pieces (``_maybe_listed``, ``_shift_start``,
        ``_hour``, the occupancy and time-since-break points) written out: called once per
        mark they were most of a month report's strain time.
        """
        s, rows = self.s, self.rows
        lookback, tau, carry = self.lookback, self.tau, s.overnight_carry
        sel, ev_ts, decayed, plain = self.sel, self.ev_ts, self.decayed, self.plain
        open_pauses, pause_starts, closed = self.open_pauses, self.pause_starts, self.closed_pauses
        first_open = open_pauses[0] if open_pauses else _INF
        longest_pause, rest_ends = self.longest_pause, self.rest_ends
        logout_starts, longest_logout = self.logout_starts, self.longest_logout
        first_logout = self.open_logouts[0] if self.open_logouts else _INF
        logout_ends, straddles, first_start = self.logout_ends, rows.straddles, rows.first_start
        slots, empty = rows.slots, (0.0, 0.0, 0.0)
        threshold, scale = s.occupancy_threshold, s.scale
        no_break_after, per_30 = s.no_break_after_minutes, s.no_break_weight_per_30min
        out: list[float] = []
        for mark in marks:
            t = mark.ts
            since_i, now_i = int(t - lookback), int(t)
            a, b = slots.get(now_i, empty), slots.get(now_i - SLOT, empty)
            busy, avail = a[0] + b[0], a[1] + b[1]
            # _maybe_listed: an event or a pause or a logout in the lookback, or a call
            if not (bisect_left(sel, int(t + 1)) > bisect_left(sel, since_i)
                    or first_open <= now_i
                    or bisect_right(pause_starts, now_i) > bisect_left(
                        pause_starts, since_i - longest_pause)
                    or first_logout < now_i
                    or bisect_left(logout_starts, now_i) > bisect_left(
                        logout_starts, since_i - longest_logout)
                    or busy > 0):
                out.append(-1.0)
                continue
            # _shift_start: queries.on_shift_since(day_start, until=t), else day_start
            ds = int(mark.day_start)
            i = bisect_right(logout_ends, now_i)
            back = logout_ends[i - 1] if i and logout_ends[i - 1] >= ds else None
            if back:
                shift_start: float = max(ds, back)
            elif ds in straddles:
                shift_start = ds
            else:
                first = first_start.get(ds)
                shift_start = max(ds, first) if first is not None and first <= now_i else ds
            k = bisect_right(ev_ts, t)
            events = decayed[k - 1] * math.exp(-(t - ev_ts[k - 1]) / tau) if k else 0.0
            # events before the shift: at most their weight x carry, decaying from its start
            lo, hi = bisect_left(ev_ts, t - lookback - 1), bisect_left(ev_ts, shift_start)
            if hi > lo:
                events += (plain[hi] - plain[lo]) * carry * math.exp(
                    -max(0.0, t - shift_start) / tau)
            occupancy_value = kpi.occupancy(busy, 0.0, avail)
            occupancy = 0.0 if occupancy_value is None or occupancy_value <= threshold else (
                s.occupancy_weight * (occupancy_value - threshold) / (1 - threshold)
                * 100 / scale)
            j = bisect_left(rest_ends, t)  # finished rests end before t
            last = rest_ends[j - 1] if j and rest_ends[j - 1] >= t - lookback else None
            # logged-out rest is left out here: it only lowers the score (more decay, less
            # time since a break, faded occupancy), so the bound stays above it
            since = max(0.0, (t - max(last if last is not None else -_INF, shift_start)) / 60)
            i = bisect_left(pause_starts, t) - 1
            if first_open < t or (i >= 0 and closed[i][1] >= t):
                since = 0.0  # on a break now: the rule counts no time since the last one
            no_break = (per_30 * (since - no_break_after) / 30 * 100 / scale
                        if since > no_break_after else 0.0)
            out.append(min(100.0, events + occupancy + no_break + 1e-9))  # the score's cap
        return out

    # -- one exact reading -------------------------------------------------------------------
    def score_at(self, mark: Mark) -> float | None:
        s, t = self.s, mark.ts
        since, now_i = int(t - self.lookback), int(t)
        lo, hi = bisect_left(self.sel, since), bisect_left(self.sel, int(t + 1))
        window = [i for i in range(lo, hi)
                  if not (self.events[i].kind == "long_call" and self.events[i].ts > t)]
        spans: list[BreakSpan] = []
        last_end: float | None = None
        first_pause = bisect_left(self.pause_starts, since - self.longest_pause)
        candidates: list[tuple[float, float | None]] = [
            *self.closed_pauses[first_pause:bisect_right(self.pause_starts, now_i)],
            *((a, None) for a in self.open_pauses[:bisect_right(self.open_pauses, now_i)])]
        for start, end in sorted(candidates, key=lambda p: p[0]):
            e = now_i if end is None else end
            if e < since or not (e - start >= self.min_break or e >= t):
                continue
            if e >= t:
                spans.append(BreakSpan(start, None))
            else:
                spans.append(BreakSpan(start, e))
                last_end = e if last_end is None else max(last_end, e)
        rests, gone = self._logged_out(t)
        for start, e in rests:  # logged out is rest, as a break is (issue 11, point 7)
            spans.append(BreakSpan(start, e))
            last_end = e if last_end is None else max(last_end, e)
        busy, avail = self._hour(t)
        if not window and not spans and busy <= 0 and gone is None:
            return None  # the board lists no score for the agent at this moment
        shift_start = self._shift_start(t, mark.day_start)
        kept = self._events_that_can_count(window, t, shift_start)
        first = min((self.events[i].ts for i in kept), default=t)
        spans = [b for b in spans if b.end_ts is None or b.end_ts >= first]
        return compute_strain(
            [self.events[i] for i in kept], spans, t,
            occupancy_last_hour=kpi.occupancy(busy, 0.0, avail),
            last_break_end=last_end, shift_start=shift_start, settings=s,
            logged_out_since=gone,
        ).score

    def _events_that_can_count(self, window: list[int], t: float,
                               shift_start: float) -> list[int]:
        """The window's events, less those the rule would drop as below forget_below_points
        (an upper bound on their points from wall-clock time alone)."""
        if not self.prunes:
            return window
        forget = self.s.forget_below_points * (1 - 1e-9)
        carry = self.s.overnight_carry
        last_earlier = max((self.events[i].ts for i in window
                            if self.events[i].ts < shift_start), default=0.0)
        out = []
        for i in window:
            ts = self.events[i].ts
            if ts >= shift_start:
                bound = self.points[i] * math.exp(-max(0.0, t - ts) / self.tau)
            elif ts == last_earlier:
                bound = _INF  # the rule decays earlier events up to the last of them: keep it
            else:
                gap = (min(last_earlier, shift_start) - ts) + (t - shift_start)
                bound = self.points[i] * carry * math.exp(-max(0.0, gap) / self.tau)
            if bound >= forget:
                out.append(i)
        return out
