"""Erlang C (console.domain.staffing) against independent formulas and published examples."""

from __future__ import annotations

import itertools
import math

import pytest

from console.domain import staffing
from console.domain.staffing import (
    agents_needed,
    asa,
    break_impact,
    erlang_c,
    evaluate,
    parse_target,
    service_level,
    when_coverable,
)

# The Call Centre Helper worked example ("Erlang C formula - made simple"): 100 calls in
# 30 minutes (200 an hour), AHT 180 s, target 80/20 -> A = 10 Erlangs, 14 agents, SL 88.8 %.
CPH, AHT = 200.0, 180.0


def naive_erlang_c(n: int, a: float) -> float:
    """Textbook factorial form, independent of the module's recursion (small N only)."""
    top = a**n / math.factorial(n) * n / (n - a)
    return top / (sum(a**k / math.factorial(k) for k in range(n)) + top)


def log_space_erlang_c(n: int, a: float) -> float:
    """The same formula with log-gamma and log-sum-exp, so it survives N = 600."""
    logs = [k * math.log(a) - math.lgamma(k + 1) for k in range(n)]
    log_top = n * math.log(a) - math.lgamma(n + 1) + math.log(n / (n - a))
    peak = max(*logs, log_top)
    total = sum(math.exp(x - peak) for x in logs) + math.exp(log_top - peak)
    return math.exp(log_top - peak) / total


@pytest.mark.parametrize(("n", "expected"),
                         [(11, 0.6821), (12, 0.4494), (13, 0.2853), (14, 0.1741)])
def test_published_erlang_c_values_for_ten_erlangs(n: int, expected: float) -> None:
    assert erlang_c(n, 10.0) == pytest.approx(expected, abs=5e-4)


@pytest.mark.parametrize("a", [0.4, 2.5, 10.0, 20.7, 47.3])
def test_matches_naive_factorial_formula(a: float) -> None:
    for n in range(math.floor(a) + 1, math.floor(a) + 16):
        assert erlang_c(n, a) == pytest.approx(naive_erlang_c(n, a), rel=1e-9)


def test_worked_example_service_level_and_asa() -> None:
    assert staffing.traffic_erlangs(CPH, AHT) == pytest.approx(10.0)
    # SL = 1 - C exp(-(N - A) T / AHT), by hand from the C values above
    by_hand = 1 - 0.285270 * math.exp(-(13 - 10) * 20 / 180)
    assert service_level(13, CPH, AHT, 20) == pytest.approx(by_hand, abs=1e-5)
    assert service_level(14, CPH, AHT, 20) == pytest.approx(0.8884, abs=1e-4)
    assert asa(14, CPH, AHT) == pytest.approx(0.174132 * 180 / 4, abs=1e-3)  # ~7.8 s


def test_agents_needed_is_minimal() -> None:
    n = agents_needed(CPH, AHT, 0.8, 20)
    assert n == 14
    assert service_level(n, CPH, AHT, 20) >= 0.8
    assert service_level(n - 1, CPH, AHT, 20) < 0.8


@pytest.mark.parametrize(("cph", "aht", "sl", "t"),
                         [(30, 240, 0.8, 20), (400, 300, 0.9, 15), (1200, 200, 0.7, 30)])
def test_agents_needed_is_minimal_elsewhere(cph: float, aht: float, sl: float, t: int) -> None:
    n = agents_needed(cph, aht, sl, t)
    assert service_level(n, cph, aht, t) >= sl
    assert service_level(n - 1, cph, aht, t) < sl


def test_agents_needed_with_occupancy_cap() -> None:
    # A = 10: the SL needs 14 agents, a 70 % occupancy cap needs ceil(10 / 0.7) = 15
    assert agents_needed(CPH, AHT, 0.8, 20, max_occupancy=0.7) == 15
    assert agents_needed(CPH, AHT, 0.8, 20, max_occupancy=0.9) == 14


def test_service_level_rises_with_agents() -> None:
    levels = [service_level(n, CPH, AHT, 20) for n in range(10, 30)]
    assert levels[0] == 0.0
    assert all(b > a for a, b in itertools.pairwise(levels) if a < 1.0)
    assert levels[-1] == pytest.approx(1.0, abs=1e-6)


def test_large_floor_is_stable_and_exact() -> None:
    c = erlang_c(600, 550.0)
    assert 0.0 <= c <= 1.0
    assert c == pytest.approx(log_space_erlang_c(600, 550.0), rel=1e-9)
    assert 0.0 <= service_level(600, 550 * 3600 / 180, 180, 20) <= 1.0
    n = agents_needed(11000, 180)  # A = 550
    assert 550 < n < 600


def test_unstable_floor() -> None:
    assert erlang_c(10, 10.0) == 1.0
    assert erlang_c(5, 10.0) == 1.0
    r = evaluate(10, CPH, AHT)
    assert (r.stable, r.service_level, r.asa_s, r.occupancy) == (False, 0.0, math.inf, 1.0)
    assert not r.meets_target


def test_evaluate_collects_every_figure() -> None:
    r = evaluate(14, CPH, AHT, 0.8, 20)
    assert r.traffic_erlangs == pytest.approx(10.0)
    assert r.prob_wait == pytest.approx(0.1741, abs=1e-4)
    assert r.service_level == pytest.approx(0.8884, abs=1e-4)
    assert r.occupancy == pytest.approx(10 / 14)
    assert r.stable and r.meets_target


def test_no_calls_means_nobody_waits() -> None:
    assert erlang_c(0, 0.0) == 0.0
    assert service_level(0, 0, 0, 20) == 1.0
    assert asa(3, 0, 0) == 0.0
    assert agents_needed(0, 180) == 0
    assert evaluate(0, 0, 0).stable


def test_bad_input_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match="handle time"):
        service_level(5, 100, 0, 20)
    with pytest.raises(ValueError, match="calls per hour"):
        service_level(5, -1, 180, 20)
    with pytest.raises(ValueError, match="agents"):
        erlang_c(-1, 2.0)
    with pytest.raises(ValueError, match="between 0 and 1"):
        agents_needed(CPH, AHT, target_sl=80)


def test_break_impact_with_and_without_one_agent() -> None:
    impact = break_impact(14, CPH, AHT, 0.8, 20)
    assert impact.sl_with == pytest.approx(0.8884, abs=1e-4)
    assert impact.sl_without == pytest.approx(0.7956, abs=1e-4)
    assert impact.meets_target_with and not impact.meets_target_without
    assert impact.sl_drop == pytest.approx(impact.sl_with - impact.sl_without)
    # percentages are floored so an unmet target never prints as met (79.56 % -> "79 %")
    assert impact.describe() == "SL 88 % -> 79 %, target 80 %"


def test_break_impact_when_covered() -> None:
    impact = break_impact(16, CPH, AHT, 0.8, 20)
    assert impact.meets_target_with and impact.meets_target_without
    with pytest.raises(ValueError):
        break_impact(0, CPH, AHT, 0.8, 20)


@pytest.mark.parametrize(("text", "expected"), [
    ("80/20", (0.80, 20)),
    (" 90 / 30 ", (0.90, 30)),
    ("80%/20s", (0.80, 20)),
    ("87.5/15", (0.875, 15)),
    ("８０／２０", (0.80, 20)),  # full-width, as typed on a Chinese IME
])
def test_parse_target(text: str, expected: tuple[float, int]) -> None:
    sl, seconds = parse_target(text)
    assert sl == pytest.approx(expected[0])
    assert seconds == expected[1]
    assert isinstance(seconds, int)


@pytest.mark.parametrize(("text", "message"), [
    ("", "PERCENT/SECONDS"),
    ("80", "PERCENT/SECONDS"),
    ("eighty/twenty", "PERCENT/SECONDS"),
    ("80/-5", "PERCENT/SECONDS"),
    ("80/20/5", "PERCENT/SECONDS"),
    ("0.8/20", "percentage"),
    ("100/20", "under 100"),
    ("80/0", "at least 1 second"),
])
def test_parse_target_rejects(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_target(text)


def test_when_coverable_finds_first_bucket() -> None:
    # 14 agents; 13 meet 80/20 once volume drops to 150 calls/h (A = 7.5)
    forecast = [(3000.0, 150.0, AHT), (1000.0, 220.0, AHT), (2000.0, 200.0, AHT),
                (4000.0, 100.0, AHT)]
    assert service_level(13, 150, AHT, 20) >= 0.8
    assert when_coverable(forecast, 14, 0.8, 20) == 3000.0


def test_when_coverable_never() -> None:
    assert when_coverable([(0.0, 300.0, AHT), (900.0, 260.0, AHT)], 14, 0.8, 20) is None
    assert when_coverable([], 14, 0.8, 20) is None
    # an empty bucket (no calls, AHT unknown) is always coverable
    assert when_coverable([(0.0, 300.0, AHT), (900.0, 0.0, 0.0)], 14, 0.8, 20) == 900.0
