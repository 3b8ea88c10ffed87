"""Erlang C staffing maths behind the coverage check (DESIGN.md section 6, "Coverage check").

Before a lead grants a recovery break, the console shows what the queue's service level becomes
with one agent fewer ("SL 84 % -> 78 %, target 80 %"), from the last 30 minutes' arrival rate and
AHT. The numbers inform the lead, who may still grant the break; nothing here blocks anything.

Model: Erlang C (M/M/N: Poisson arrivals, exponential handle times, callers wait and never
abandon). Because it ignores abandons it slightly overstates waiting, which is the cautious side
for a break decision.

Numerics: the textbook form uses A^N / N!, which overflows a float beyond N ~ 170. We use the
Erlang B recursion ``B(n) = A B(n-1) / (n + A B(n-1))``, whose values stay in [0, 1], then
``C = N B / (N - A (1 - B))``, so 600 agents are as safe as 6.

Zero traffic (no calls) is a defined case, not an error: nobody waits, so the probability of
waiting is 0, the service level 1 and the ASA 0, whatever the number of agents.
"""

from __future__ import annotations

import math
import operator
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

# A computed SL of 0.79999999999 "meets" an 80 % target: float noise must not flip the verdict.
_EPS = 1e-9


def traffic_erlangs(calls_per_hour: float, aht_s: float) -> float:
    """Offered load A = arrival rate x handle time, in Erlangs (busy agents on average)."""
    if not (math.isfinite(calls_per_hour) and calls_per_hour >= 0):
        raise ValueError(f"calls per hour must be a finite number >= 0, got {calls_per_hour!r}")
    if calls_per_hour == 0:
        return 0.0  # AHT is irrelevant (and often 0 in an empty bucket) when no call arrives
    if not (math.isfinite(aht_s) and aht_s > 0):
        raise ValueError(f"average handle time must be a finite number > 0 s, got {aht_s!r}")
    return calls_per_hour * aht_s / 3600.0


def _check_agents(agents: int) -> int:
    n = operator.index(agents)
    if n < 0:
        raise ValueError(f"number of agents must be >= 0, got {n}")
    return n


def erlang_b(agents: int, traffic_erlangs: float) -> float:
    """Blocking probability of an Erlang B (loss) system, by the stable recursion."""
    n = _check_agents(agents)
    if not (math.isfinite(traffic_erlangs) and traffic_erlangs >= 0):
        raise ValueError(f"traffic must be a finite number >= 0 Erlangs, got {traffic_erlangs!r}")
    b = 1.0
    for k in range(1, n + 1):
        b = traffic_erlangs * b / (k + traffic_erlangs * b)
    return b


def _c_from_b(n: int, a: float, b: float) -> float:
    return n * b / (n - a * (1.0 - b))


def erlang_c(agents: int, traffic_erlangs: float) -> float:
    """Probability that a caller has to wait (Erlang C); 1.0 when agents <= traffic.

    With agents <= traffic the queue grows without bound, so every caller waits. Zero traffic
    returns 0.0 (see the module docstring).
    """
    b = erlang_b(agents, traffic_erlangs)  # validates both arguments
    if traffic_erlangs == 0:
        return 0.0
    if agents <= traffic_erlangs:
        return 1.0
    return min(1.0, max(0.0, _c_from_b(agents, traffic_erlangs, b)))


def _sl(n: int, a: float, c: float, target_seconds: float, aht_s: float) -> float:
    sl = 1.0 - c * math.exp(-(n - a) * target_seconds / aht_s)
    return min(1.0, max(0.0, sl))


def _meets(sl: float, target_sl: float) -> bool:
    return sl >= target_sl - _EPS


def _check_target_seconds(target_seconds: float) -> None:
    if not (math.isfinite(target_seconds) and target_seconds >= 0):
        raise ValueError(f"target seconds must be a finite number >= 0, got {target_seconds!r}")


def service_level(agents: int, calls_per_hour: float, aht_s: float, target_seconds: float) -> float:
    """Fraction answered within ``target_seconds``: 1 - C exp(-(N - A) T / AHT); 0 if unstable."""
    _check_target_seconds(target_seconds)
    a = traffic_erlangs(calls_per_hour, aht_s)
    n = _check_agents(agents)
    if a == 0:
        return 1.0
    if n <= a:
        return 0.0
    return _sl(n, a, erlang_c(n, a), target_seconds, aht_s)


def asa(agents: int, calls_per_hour: float, aht_s: float) -> float:
    """Average speed of answer in seconds: C x AHT / (N - A); infinite when unstable."""
    a = traffic_erlangs(calls_per_hour, aht_s)
    n = _check_agents(agents)
    if a == 0:
        return 0.0
    if n <= a:
        return math.inf
    return erlang_c(n, a) * aht_s / (n - a)


@dataclass(frozen=True, slots=True)
class StaffingResult:
    """Erlang C figures for one queue with a given number of agents."""

    agents: int
    calls_per_hour: float
    aht_s: float
    target_sl: float
    target_seconds: float
    traffic_erlangs: float
    prob_wait: float
    service_level: float  # fraction answered within target_seconds
    asa_s: float  # average speed of answer; inf when unstable
    occupancy: float  # A / N, capped at 1 (an overloaded floor is 100 % busy, not 120 %)
    stable: bool  # agents > traffic (or no traffic at all)

    @property
    def meets_target(self) -> bool:
        return _meets(self.service_level, self.target_sl)


def evaluate(
    agents: int,
    calls_per_hour: float,
    aht_s: float,
    target_sl: float = 0.8,
    target_seconds: float = 20,
) -> StaffingResult:
    """All Erlang C figures for ``agents`` at once (what the coverage dialog shows)."""
    a = traffic_erlangs(calls_per_hour, aht_s)
    n = _check_agents(agents)
    # With no agent at all the floor is idle without calls and saturated with them.
    occ = min(1.0, a / n) if n > 0 else (0.0 if a == 0 else 1.0)
    return StaffingResult(
        agents=n,
        calls_per_hour=calls_per_hour,
        aht_s=aht_s,
        target_sl=target_sl,
        target_seconds=target_seconds,
        traffic_erlangs=a,
        prob_wait=erlang_c(n, a),
        service_level=service_level(n, calls_per_hour, aht_s, target_seconds),
        asa_s=asa(n, calls_per_hour, aht_s),
        occupancy=occ,
        stable=a == 0 or n > a,
    )


def agents_needed(
    calls_per_hour: float,
    aht_s: float,
    target_sl: float = 0.8,
    target_seconds: float = 20,
    max_occupancy: float | None = None,
) -> int:
    """Smallest N whose SL meets ``target_sl`` (and whose occupancy A/N <= ``max_occupancy``).

    Walks N upward from the first stable value, updating Erlang B in O(1) per step, so a
    600-agent floor costs a few hundred multiplications. Returns 0 when no call arrives.
    """
    if not 0 < target_sl < 1:
        raise ValueError(f"target service level must be between 0 and 1, got {target_sl!r}")
    if max_occupancy is not None and not 0 < max_occupancy <= 1:
        raise ValueError(f"max occupancy must be in (0, 1], got {max_occupancy!r}")
    _check_target_seconds(target_seconds)
    a = traffic_erlangs(calls_per_hour, aht_s)
    if a == 0:
        return 0
    n = math.floor(a) + 1  # the first stable N
    b = erlang_b(n - 1, a)
    while True:
        b = a * b / (n + a * b)
        sl = _sl(n, a, _c_from_b(n, a, b), target_seconds, aht_s)
        occupancy_ok = max_occupancy is None or a / n <= max_occupancy + _EPS
        if _meets(sl, target_sl) and occupancy_ok:
            return n
        n += 1


def _floor_percent(fraction: float) -> int:
    # Floor, not round: a 79.6 % SL must not print as "80 %" next to an unmet 80 % target.
    return math.floor(fraction * 100 + 1e-7)


@dataclass(frozen=True, slots=True)
class BreakImpact:
    """Service level with the agents on the phones now (N) and with one of them on break (N-1)."""

    agents_now: int
    target_sl: float
    target_seconds: float
    sl_with: float
    sl_without: float
    meets_target_with: bool
    meets_target_without: bool

    @property
    def sl_drop(self) -> float:
        return self.sl_with - self.sl_without

    def describe(self) -> str:
        """English one-liner, e.g. "SL 84 % -> 78 %, target 80 %" (the UI translates its own)."""
        return (
            f"SL {_floor_percent(self.sl_with)} % -> {_floor_percent(self.sl_without)} %, "
            f"target {_floor_percent(self.target_sl)} %"
        )


def break_impact(
    agents_now: int,
    calls_per_hour: float,
    aht_s: float,
    target_sl: float,
    target_seconds: float,
) -> BreakImpact:
    """The coverage check: SL with N and with N-1 agents (DESIGN.md section 6)."""
    n = _check_agents(agents_now)
    if n < 1:
        raise ValueError("a break needs at least one agent on the phones")
    with_ = service_level(n, calls_per_hour, aht_s, target_seconds)
    without = service_level(n - 1, calls_per_hour, aht_s, target_seconds)
    return BreakImpact(
        agents_now=n,
        target_sl=target_sl,
        target_seconds=target_seconds,
        sl_with=with_,
        sl_without=without,
        meets_target_with=_meets(with_, target_sl),
        meets_target_without=_meets(without, target_sl),
    )


_TARGET_RE = re.compile(r"(\d+(?:\.\d+)?)\s*%?\s*/\s*(\d+)\s*s?", re.ASCII)


def parse_target(text: str) -> tuple[float, int]:
    """Parse a service-level target such as "80/20" into (0.80, 20).

    Accepts "80/20", "80 % / 20 s" and full-width input ("８０／２０") typed on a Chinese IME.
    """
    norm = unicodedata.normalize("NFKC", text).strip()
    m = _TARGET_RE.fullmatch(norm)
    if m is None:
        raise ValueError(
            f"service-level target {text!r} is not of the form PERCENT/SECONDS, e.g. 80/20"
        )
    percent, seconds = float(m.group(1)), int(m.group(2))
    if percent < 1:
        raise ValueError(f"write the target as a percentage, e.g. 80/20, not {text!r}")
    if percent >= 100:
        raise ValueError(f"a service-level target must be under 100 %, got {text!r}")
    if seconds <= 0:
        raise ValueError(f"the answer time in {text!r} must be at least 1 second")
    return percent / 100.0, seconds


def when_coverable(
    forecast: Iterable[tuple[float, float, float]],
    agents_now: int,
    target_sl: float,
    target_seconds: float,
) -> float | None:
    """First bucket start at which N-1 agents meet the target, or None if none does.

    ``forecast`` holds (start_ts, calls_per_hour, aht_s) buckets, in any order. Lets the
    coverage dialog say "coverable from 14:30" instead of just "not now".
    """
    n = _check_agents(agents_now)
    if n < 1:
        raise ValueError("a break needs at least one agent on the phones")
    for start_ts, calls_per_hour, aht_s in sorted(forecast, key=lambda bucket: bucket[0]):
        if _meets(service_level(n - 1, calls_per_hour, aht_s, target_seconds), target_sl):
            return start_ts
    return None
