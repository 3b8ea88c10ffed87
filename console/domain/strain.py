"""Per-agent strain score: counted events, never inferred emotions (DESIGN.md section 6).

The EU AI Act (art. 5(1)(f)) bans inferring workers' emotions, so the score only counts what
happened: abuse flags, complaints, escalated and very long calls, time without a break and
occupancy. Every point can be traced to a :class:`Contribution` and told in one sentence
through :class:`Reason` ("2 abusive calls in 40 min; 1 h 55 min since last break").

Rule (every number is a :class:`StrainSettings` field):

* each event adds its weight x exp(-(work_min / tau_work + break_min / tau_break)), where the
  minutes are those elapsed since the event: at work strain fades with tau ~45 min, on a break
  much faster (a break of b minutes multiplies it by exp(-b / tau_break));
* an event from before ``shift_start`` (a previous day) decays until the end of that shift, then
  only ``overnight_carry`` (about 20 %) of it comes into today, where it keeps decaying;
* plus occupancy above 85 % in the last hour, plus time since the last break beyond 90 min;
* time logged out is rest, not time on the phones: it decays strain as a break does, resets
  "time since last break", and while the agent is still logged out the occupancy points fade
  with it too (``logged_out_since``); nobody who went home is told to take a break;
* raw units map to 0-100 points (``scale`` raw = 100 points), clamped; "watch" from 30,
  "break recommended" from 60. A severity-3 flag (threat, harassment) in this shift recommends
  a break and a 1:1 at once, whatever the score.

An event whose remaining share is under ``forget_below_points`` is dropped, so the sentence
never cites a call from six hours ago that no longer adds anything.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, fields

KINDS = frozenset({"flag", "complaint", "escalated", "long_call"})
# Every reason names something that happened or a duration; none names a feeling.
REASON_CODES = frozenset({"abusive_calls", "threats", "complaints", "escalated_calls",
                          "long_calls", "carry_over", "occupancy", "since_break", "severe_flag"})
LEVELS = ("ok", "watch", "break_recommended")
_EPS = 1e-9  # thresholds are inclusive; float noise must not move a score off "exactly 60"
# Reason codes grouping the events; severity 3 flags (threat, harassment) stand apart.
_EVENT_GROUPS = {
    "complaint": "complaints", "escalated": "escalated_calls", "long_call": "long_calls",
}
_NOUNS = {"abusive_calls": "abusive call", "threats": "threat", "complaints": "complaint",
          "escalated_calls": "escalated call", "long_calls": "very long call"}  # + "s" plural


@dataclass(frozen=True, slots=True)
class StrainSettings:
    """Every number of the strain rule; defaults from DESIGN.md section 6."""

    weight_complaint: float = 0.5
    weight_escalated: float = 0.5
    weight_flag_severity_1: float = 1.0  # abusive call
    weight_flag_severity_2: float = 1.5
    weight_flag_severity_3: float = 2.0  # threat, harassment
    weight_long_call: float = 0.5
    long_call_minutes: float = 15.0  # what makes a call "very long" (see is_long_call)
    tau_work_minutes: float = 45.0
    tau_break_minutes: float = 10.0
    occupancy_threshold: float = 0.85
    occupancy_weight: float = 1.0  # raw units at 100 % occupancy, linear from the threshold
    no_break_after_minutes: float = 90.0
    no_break_weight_per_30min: float = 0.5
    scale: float = 4.0  # raw strain shown as 100 points
    watch: float = 30.0
    break_recommended: float = 60.0
    overnight_carry: float = 0.2
    forget_below_points: float = 0.5
    severe_flag_window_minutes: float = 480.0  # "this shift" when shift_start is unknown

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not (math.isfinite(value) and value >= 0):
                raise ValueError(f"strain setting {f.name} must be a finite number >= 0")
        if min(self.tau_work_minutes, self.tau_break_minutes, self.scale) <= 0:
            raise ValueError("strain time constants and scale must be > 0")
        if not (self.occupancy_threshold < 1 and self.overnight_carry <= 1):
            raise ValueError("occupancy threshold must be < 1 and overnight carry <= 1")
        if not self.watch <= self.break_recommended <= 100:
            raise ValueError("strain thresholds need watch <= break_recommended <= 100")

    def weight(self, event: StrainEvent) -> float:
        if event.kind == "flag":
            return (self.weight_flag_severity_1, self.weight_flag_severity_2,
                    self.weight_flag_severity_3)[event.severity - 1]
        kind = event.kind  # an if-chain: a dict built per call cost a third of a reading
        if kind == "complaint":
            return self.weight_complaint
        if kind == "escalated":
            return self.weight_escalated
        if kind == "long_call":
            return self.weight_long_call
        raise KeyError(kind)


DEFAULT_SETTINGS = StrainSettings()

# Ranges (see console.domain.settings_codec): wide enough for any floor, narrow enough that a
# typo cannot switch the score off or make every agent "break recommended".
STRAIN_BOUNDS: dict[str, tuple[float, float]] = {
    "weight_complaint": (0, 10),
    "weight_escalated": (0, 10),
    "weight_flag_severity_1": (0, 10),
    "weight_flag_severity_2": (0, 10),
    "weight_flag_severity_3": (0, 10),
    "weight_long_call": (0, 10),
    "long_call_minutes": (1, 240),
    "tau_work_minutes": (1, 600),
    "tau_break_minutes": (1, 600),
    "occupancy_threshold": (0.5, 0.99),
    "occupancy_weight": (0, 10),
    "no_break_after_minutes": (15, 480),
    "no_break_weight_per_30min": (0, 10),
    "scale": (0.5, 50),
    "watch": (1, 100),
    "break_recommended": (1, 100),
    "overnight_carry": (0, 1),
    "forget_below_points": (0, 20),
    "severe_flag_window_minutes": (30, 1440),
}


@dataclass(frozen=True, slots=True)
class StrainEvent:
    """Something that happened to the agent: kind "flag" (severity 1-3), "complaint",
    "escalated" or "long_call"."""

    ts: float
    kind: str
    severity: int = 1
    label: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown strain event kind {self.kind!r}; expected one of "
                             f"{', '.join(sorted(KINDS))}")
        if self.kind == "flag" and self.severity not in (1, 2, 3):
            raise ValueError(f"abuse flag severity must be 1, 2 or 3, got {self.severity!r}")
        if not math.isfinite(self.ts):
            raise ValueError(f"strain event time must be finite, got {self.ts!r}")


@dataclass(frozen=True, slots=True)
class BreakSpan:
    """A break; ``end_ts`` None means it is still running."""

    start_ts: float
    end_ts: float | None = None

    def __post_init__(self) -> None:
        if self.end_ts is not None and self.end_ts < self.start_ts:
            raise ValueError(f"break ends ({self.end_ts}) before it starts ({self.start_ts})")


def is_long_call(talk_s: float, settings: StrainSettings = DEFAULT_SETTINGS) -> bool:
    """Whether a call counts as a "long_call" event (over 15 min by default)."""
    return talk_s > settings.long_call_minutes * 60


@dataclass(frozen=True, slots=True)
class Contribution:
    """Points (0-100 scale) one kind of cause adds; ``detail`` shows the arithmetic in English."""

    kind: str
    points: float
    count: int
    detail: str = ""


@dataclass(frozen=True, slots=True)
class Reason:
    """A translatable cause: the UI picks its text by ``code`` and fills in the numbers."""

    code: str  # one of REASON_CODES
    count: int | None = None
    minutes: int | None = None
    percent: int | None = None
    points: float = 0.0

    def describe_en(self) -> str:
        n, m = self.count or 0, self.minutes or 0
        if self.code in _NOUNS:
            noun = _NOUNS[self.code]
            if n == 1:
                return f"1 {noun} just now" if m == 0 else f"1 {noun} {format_minutes(m)} ago"
            return f"{n} {noun}s in {format_minutes(max(m, 1))}"
        if self.code == "carry_over":
            return "strain carried over from the previous shift"
        if self.code == "occupancy":
            return f"{self.percent} % occupancy in the last hour"
        if self.code == "since_break":
            return f"{format_minutes(m)} since last break"
        if self.code == "severe_flag":
            return "threat or harassment flagged: break and 1:1 talk now"
        return self.code


def format_minutes(minutes: int) -> str:
    """115 -> "1 h 55 min", 40 -> "40 min", 120 -> "2 h"."""
    h, m = divmod(int(minutes), 60)
    if h == 0:
        return f"{m} min"
    return f"{h} h" if m == 0 else f"{h} h {m} min"


@dataclass(frozen=True, slots=True)
class StrainResult:
    """The score, its level, the recommendations and the causes that explain every point."""

    score: float  # 0-100
    level: str  # "ok" | "watch" | "break_recommended"
    recommend_break: bool
    recommend_one_to_one: bool
    contributions: tuple[Contribution, ...] = ()
    reasons: tuple[Reason, ...] = ()
    minutes_since_break: float | None = None

    def describe_en(self) -> str:
        """English sentence of the reasons, for logs and reports (the UI translates codes)."""
        return "; ".join(r.describe_en() for r in self.reasons) or "no strain events counted"


def _merge_breaks(breaks: Iterable[BreakSpan], now: float) -> list[tuple[float, float]]:
    spans = sorted((b.start_ts, min(now if b.end_ts is None else b.end_ts, now))
                   for b in breaks if b.start_ts < now)
    merged: list[tuple[float, float]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:
            merged.append((start, end))
    return merged


def _span_end(span: tuple[float, float]) -> float:
    return span[1]


def _decay(t0: float, t1: float, spans: list[tuple[float, float]], s: StrainSettings) -> float:
    """exp(-(work_min / tau_work + break_min / tau_break)) over [t0, t1]."""
    if t1 <= t0:
        return 1.0
    if len(spans) > 4:  # merged spans are sorted and apart: skip those ending by t0 (each
        # would add exactly 0.0, so the sum is the same to the last bit)
        spans = spans[bisect_right(spans, t0, key=_span_end):]
    on_break = sum(max(0.0, min(e, t1) - max(b, t0)) for b, e in spans) / 60.0
    at_work = (t1 - t0) / 60.0 - on_break
    return math.exp(-(at_work / s.tau_work_minutes + on_break / s.tau_break_minutes))


def _event_group(ev: StrainEvent) -> str:
    if ev.kind == "flag":
        return "threats" if ev.severity >= 3 else "abusive_calls"
    return _EVENT_GROUPS[ev.kind]


def _event_points(
    events: list[StrainEvent], spans: list[tuple[float, float]], now: float,
    shift_start: float | None, previous_shift_end: float | None, s: StrainSettings,
) -> dict[str, list[tuple[StrainEvent, float, tuple[float, float]]]]:
    """Per reason code: (event, points now, (weight, decay)) for every event."""
    per_point = 100.0 / s.scale
    groups: dict[str, list[tuple[StrainEvent, float, str]]] = {}
    earlier = [e for e in events if shift_start is not None and e.ts < shift_start]
    today_factor = _decay(shift_start, now, spans, s) if shift_start is not None else 1.0
    # Yesterday's events decay until that shift ended, then carry ~20 % into today.
    end = previous_shift_end if previous_shift_end is not None else max(
        (e.ts for e in earlier), default=0.0)
    for ev in events:
        if shift_start is not None and ev.ts < shift_start:
            code = "carry_over"
            factor = (_decay(ev.ts, min(max(end, ev.ts), shift_start), spans, s)
                      * s.overnight_carry * today_factor)
        else:
            code, factor = _event_group(ev), _decay(min(ev.ts, now), now, spans, s)
        weight = s.weight(ev)
        # the "weight x decay" text is written only for the events kept (compute_strain)
        groups.setdefault(code, []).append((ev, weight * factor * per_point, (weight, factor)))
    return groups


def compute_strain(
    events: Iterable[StrainEvent],
    breaks: Iterable[BreakSpan],
    now: float,
    occupancy_last_hour: float | None = None,
    last_break_end: float | None = None,
    shift_start: float | None = None,
    settings: StrainSettings = DEFAULT_SETTINGS,
    *,
    previous_shift_end: float | None = None,
    logged_out_since: float | None = None,
) -> StrainResult:
    """Strain of one agent at ``now`` (epoch seconds) with the reasons behind it.

    ``previous_shift_end`` bounds the decay of yesterday's events; when unknown, the last of
    those events stands in for it (which errs on the side of more strain, never less).
    ``logged_out_since``: the agent is logged out now, since then. That stretch counts as a
    running break (``breaks`` should hold earlier logged-out stretches too), and last hour's
    occupancy, which is about work that has stopped, decays from then as events do.
    """
    s = settings
    rest = list(breaks)
    if logged_out_since is not None:
        if not math.isfinite(logged_out_since):
            raise ValueError(f"logged-out time must be finite, got {logged_out_since!r}")
        rest.append(BreakSpan(min(logged_out_since, now)))
    spans = _merge_breaks(rest, now)
    evs = sorted(events, key=lambda e: e.ts)
    contributions: list[Contribution] = []
    reasons: list[Reason] = []
    for code, items in _event_points(evs, spans, now, shift_start, previous_shift_end, s).items():
        kept = [item for item in items if item[1] >= s.forget_below_points]
        if not kept:
            continue
        points = sum(p for _, p, _ in kept)
        detail = "weight x decay: " + ", ".join(f"{w:g} x {f:.2f}" for _, _, (w, f) in kept)
        contributions.append(Contribution(code, points, len(kept), detail))
        first = min(e.ts for e, _, _ in kept)
        minutes = None if code == "carry_over" else max(0, round((now - first) / 60))
        reasons.append(Reason(code, count=len(kept), minutes=minutes, points=points))

    if occupancy_last_hour is not None:
        if not 0 <= occupancy_last_hour <= 1 + _EPS:
            raise ValueError(f"occupancy must be a fraction 0-1, got {occupancy_last_hour!r}")
        over = occupancy_last_hour - s.occupancy_threshold
        points = s.occupancy_weight * over / (1 - s.occupancy_threshold) * 100 / s.scale
        if logged_out_since is not None:  # faded like an event: forgotten once it adds nothing
            points *= _decay(min(logged_out_since, now), now, spans, s)
            over = over if points >= s.forget_below_points else 0.0
        if over > 0:
            pct = round(occupancy_last_hour * 100)
            contributions.append(Contribution("occupancy", points, 1,
                                              f"{pct} % > {s.occupancy_threshold * 100:g} %"))
            reasons.append(Reason("occupancy", percent=pct, points=points))

    since = _minutes_since_break(spans, now, last_break_end, shift_start)
    if since is not None and since > s.no_break_after_minutes:
        over = since - s.no_break_after_minutes
        points = s.no_break_weight_per_30min * over / 30 * 100 / s.scale
        contributions.append(Contribution("since_break", points, 1,
                                          f"{since:.0f} min > {s.no_break_after_minutes:g} min"))
        reasons.append(Reason("since_break", minutes=round(since), points=points))

    # A severity-3 flag in this shift: 1:1 at once, and a break unless one began since.
    severe = [e for e in evs if e.kind == "flag" and e.severity >= 3 and (
        e.ts >= shift_start if shift_start is not None
        else now - e.ts <= s.severe_flag_window_minutes * 60)]
    break_since = bool(severe) and (
        any(start >= severe[-1].ts for start, _ in spans)
        or (last_break_end is not None and last_break_end > severe[-1].ts))
    score = min(100.0, max(0.0, sum(c.points for c in contributions)))
    recommend_break = score >= s.break_recommended - _EPS or (bool(severe) and not break_since)
    # The level follows the recommendation, so a threat never shows "ok".
    level = "break_recommended" if recommend_break else (
        "watch" if score >= s.watch - _EPS else "ok")
    reasons.sort(key=lambda r: -r.points)
    if severe:
        reasons.insert(0, Reason("severe_flag", count=len(severe),
                                 minutes=round((now - severe[-1].ts) / 60)))
    contributions.sort(key=lambda c: -c.points)
    return StrainResult(score=score, level=level, recommend_break=recommend_break,
                        recommend_one_to_one=bool(severe), contributions=tuple(contributions),
                        reasons=tuple(reasons), minutes_since_break=since)


def _minutes_since_break(spans: list[tuple[float, float]], now: float,
                         last_break_end: float | None, shift_start: float | None) -> float | None:
    """Minutes at work since the last break ended (or the shift began); 0 while on a break."""
    if spans and spans[-1][1] >= now:
        return 0.0
    marks = [t for t in (last_break_end, shift_start) if t is not None]
    marks += [end for _, end in spans]
    if not marks:
        return None
    return max(0.0, (now - max(marks)) / 60.0)
