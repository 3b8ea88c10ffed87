"""KPI formulas (console.domain.kpi) and the time-in-state escalation rule, on worked examples."""

from __future__ import annotations

import pytest

from console.domain import kpi
from console.domain.agent_state import (
    AgentState,
    Escalation,
    StateThresholds,
    is_wrap_up_reason,
)
from console.domain.kpi import CallFact, KpiSettings, QueueStats

NOW = 1000.0
SETTINGS = KpiSettings(sl_seconds=20, sl_target=0.80, short_abandon_seconds=5)


def fact(outcome: str, hold: float | None = None, talk: float | None = None,
         enter: float = 500.0, queue: str = "support") -> CallFact:
    return CallFact(queue=queue, enter_ts=enter, outcome=outcome, hold_s=hold, talk_s=talk)


# Fifteen calls of one queue, T = 20 s, short abandon < 5 s, now = 1000.
WORKED = [
    fact(kpi.COMPLETED_CALLER, 10, 100),  # 1 answered in 10 s: within T
    fact(kpi.COMPLETED_AGENT, 20, 50),  # 2 answered at exactly T: within T
    fact(kpi.TRANSFERRED, 21, 30),  # 3 answered at 21 s: missed T
    fact(kpi.CONNECTED, 5, None),  # 4 still talking, answered in 5 s: within T, not completed
    fact(kpi.ABANDONED, 3),  # 5 short abandon (3 < 5): excluded from SL and abandon rate
    fact(kpi.ABANDONED, 5),  # 6 abandon at exactly 5 s: not short
    fact(kpi.ABANDONED, 40),  # 7
    fact(kpi.EXIT_TIMEOUT, 60),  # 8
    fact(kpi.EXIT_KEY, 15),  # 9
    fact(kpi.EXIT_EMPTY, 2),  # 10
    fact(kpi.WITHDRAWN, 16),  # 11
    fact(kpi.WAITING, enter=990),  # 12 waiting 10 s: may still make T, excluded
    fact(kpi.WAITING, enter=970),  # 13 waiting 30 s: already missed T, counted
    fact(kpi.WAITING, enter=980),  # 14 waiting exactly 20 s: may still make T, excluded
    fact(kpi.LOST, 7),  # 15 end never seen: excluded from SL
]


def test_queue_stats_worked_example():
    s = kpi.queue_stats("support", WORKED, NOW, SETTINGS)
    assert s.queue == "support"
    assert s.offered == 15
    assert s.answered == 4  # 1, 2, 3, 4
    assert s.answered_in_sl == 3  # 1, 2, 4
    assert s.completed == 3  # 1, 2, 3
    assert (s.abandoned, s.short_abandoned) == (3, 1)
    assert (s.exited_timeout, s.exited_key, s.exited_empty, s.withdrawn) == (1, 1, 1, 1)
    assert s.exited == 4
    assert s.waiting == 3
    assert s.lost == 1
    # SL denominator: 15 offered - 1 short abandon - 2 waiting under T - 1 lost = 11
    assert s.sl_denominator == 11
    assert s.service_level == pytest.approx(3 / 11)  # 0.2727
    # abandon rate: (3 abandoned - 1 short) / (15 offered - 1 short) = 2 / 14
    assert s.abandon_rate == pytest.approx(2 / 14)  # 0.1429
    # mean hold over answered calls: (10 + 20 + 21 + 5) / 4 = 14.0
    assert s.hold_total_s == 56
    assert s.mean_hold_s == pytest.approx(14.0)
    # mean talk over completed calls: (100 + 50 + 30) / 3 = 60.0
    assert s.talk_total_s == 180
    assert s.mean_talk_s == pytest.approx(60.0)
    # longest wait among calls still waiting: 1000 - 970 = 30
    assert s.longest_wait_s == pytest.approx(30.0)


def test_a_waiting_call_crossing_t_turns_from_excluded_to_missed():
    calls = [fact(kpi.COMPLETED_AGENT, 8, 60), fact(kpi.WAITING, enter=985)]
    before = kpi.queue_stats("q", calls, 1000.0, SETTINGS)  # waited 15 s
    after = kpi.queue_stats("q", calls, 1006.0, SETTINGS)  # waited 21 s
    assert (before.sl_denominator, before.service_level) == (1, 1.0)
    assert (after.sl_denominator, after.service_level) == (2, 0.5)


def test_short_abandon_threshold_is_a_setting():
    calls = [fact(kpi.COMPLETED_AGENT, 8, 60), fact(kpi.ABANDONED, 8)]
    default = kpi.queue_stats("q", calls, NOW, SETTINGS)
    wider = kpi.queue_stats("q", calls, NOW, KpiSettings(short_abandon_seconds=10))
    assert (default.short_abandoned, default.service_level, default.abandon_rate) == (0, 0.5, 0.5)
    # 8 s is now short: out of both denominators
    assert (wider.short_abandoned, wider.service_level, wider.abandon_rate) == (1, 1.0, 0.0)


def test_sl_threshold_is_a_setting():
    calls = [fact(kpi.COMPLETED_AGENT, 25, 60), fact(kpi.COMPLETED_AGENT, 35, 60)]
    assert kpi.queue_stats("q", calls, NOW, SETTINGS).service_level == 0.0
    assert kpi.queue_stats("q", calls, NOW, KpiSettings(sl_seconds=30)).service_level == 0.5


def test_empty_queue_has_no_ratios():
    s = kpi.queue_stats("q", [], NOW, SETTINGS)
    assert s.offered == 0
    assert s.service_level is None
    assert s.abandon_rate is None
    assert s.mean_hold_s is None
    assert s.mean_talk_s is None


def test_only_short_abandons_and_young_waits_leave_no_ratio():
    calls = [fact(kpi.ABANDONED, 1), fact(kpi.WAITING, enter=995)]
    s = kpi.queue_stats("q", calls, NOW, SETTINGS)
    assert s.sl_denominator == 0
    assert s.service_level is None
    # abandon base: 2 offered - 1 short = 1; abandons beyond short: 0
    assert s.abandon_rate == 0.0


def test_missing_hold_and_talk_count_as_zero():
    s = kpi.queue_stats("q", [fact(kpi.COMPLETED_CALLER, None, None)], NOW, SETTINGS)
    assert (s.answered_in_sl, s.mean_hold_s, s.mean_talk_s) == (1, 0.0, 0.0)


def test_combine_sums_counts_and_recomputes_ratios():
    a = kpi.queue_stats("support", WORKED, NOW, SETTINGS)
    b = kpi.queue_stats(
        "complaints",
        [fact(kpi.COMPLETED_AGENT, 30, 200, queue="complaints"),
         fact(kpi.ABANDONED, 10, queue="complaints")],
        NOW, SETTINGS,
    )  # fmt: skip
    # b alone: SL 0 / 2, abandon 1 / 2, mean hold 30, mean talk 200
    assert (b.service_level, b.abandon_rate) == (0.0, 0.5)
    total = kpi.combine("*", [a, b])
    assert total.queue == "*"
    assert total.offered == 17
    assert total.answered == 5
    assert total.answered_in_sl == 3
    assert total.sl_denominator == 13
    # recomputed, not averaged: 3 / 13 = 0.2308 (the mean of 3/11 and 0/2 would be 0.136)
    assert total.service_level == pytest.approx(3 / 13)
    # (4 abandoned - 1 short) / (17 offered - 1 short) = 3 / 16
    assert total.abandon_rate == pytest.approx(3 / 16)
    # hold (56 + 30) / 5 answered = 17.2; talk (180 + 200) / 4 completed = 95.0
    assert total.mean_hold_s == pytest.approx(17.2)
    assert total.mean_talk_s == pytest.approx(95.0)
    assert total.longest_wait_s == pytest.approx(30.0)  # the longest, not the sum
    assert (total.waiting, total.lost, total.exited) == (3, 1, 4)


def test_combine_of_nothing_is_an_empty_total():
    total = kpi.combine("*", [])
    assert total == QueueStats(queue="*")
    assert total.service_level is None


def test_occupancy():
    # (talk 3000 + wrap 600) / (3000 + 600 + available 900) = 3600 / 4500 = 0.8
    assert kpi.occupancy(3000, 600, 900) == pytest.approx(0.8)
    assert kpi.occupancy(0, 0, 600) == 0.0
    assert kpi.occupancy(600, 0, 0) == 1.0
    assert kpi.occupancy(0, 0, 0) is None


@pytest.mark.parametrize(
    ("value", "band"),
    [
        (None, "healthy"),
        (0.0, "healthy"),
        (0.85, "healthy"),  # "healthy up to 85 %"
        (kpi.occupancy(85, 0, 15), "healthy"),
        (0.8501, "caution"),
        (0.92, "caution"),  # "caution to 92 %"
        (kpi.occupancy(92, 0, 8), "caution"),
        (0.9201, "danger"),
        (1.0, "danger"),
    ],
)
def test_occupancy_bands(value, band):
    assert kpi.occupancy_band(value) == band


def test_average_handle_time():
    # (talk 3600 + wrap 600) / 20 handled = 210 s
    assert kpi.average_handle_time(3600, 600, 20) == pytest.approx(210.0)
    assert kpi.average_handle_time(0, 0, 0) is None


@pytest.mark.parametrize(
    ("state", "seconds", "expected"),
    [
        (AgentState.ON_CALL, 0, Escalation.NORMAL),
        (AgentState.ON_CALL, 600, Escalation.NORMAL),  # warning is "more than 10 min"
        (AgentState.ON_CALL, 600.5, Escalation.WARNING),
        (AgentState.ON_CALL, 1200, Escalation.WARNING),
        (AgentState.ON_CALL, 1201, Escalation.CRITICAL),
        (AgentState.PAUSED, 900, Escalation.NORMAL),
        (AgentState.PAUSED, 901, Escalation.WARNING),
        (AgentState.PAUSED, 1800, Escalation.WARNING),
        (AgentState.PAUSED, 1801, Escalation.CRITICAL),
        (AgentState.WRAP_UP, 120, Escalation.NORMAL),
        (AgentState.WRAP_UP, 121, Escalation.WARNING),
        (AgentState.WRAP_UP, 300, Escalation.WARNING),
        (AgentState.WRAP_UP, 301, Escalation.CRITICAL),
        (AgentState.AVAILABLE, 10 * 3600, Escalation.NORMAL),
        (AgentState.LOGGED_OUT, 10 * 3600, Escalation.NORMAL),
    ],
)
def test_state_escalation_boundaries(state, seconds, expected):
    assert StateThresholds().escalation(state, seconds) == expected


def test_state_thresholds_are_settings():
    t = StateThresholds(warning={AgentState.AVAILABLE: 60}, critical={AgentState.ON_CALL: 30})
    assert t.escalation(AgentState.AVAILABLE, 61) == Escalation.WARNING
    assert t.escalation(AgentState.ON_CALL, 31) == Escalation.CRITICAL
    assert t.escalation(AgentState.PAUSED, 10_000) == Escalation.NORMAL


@pytest.mark.parametrize(
    ("reason", "wrap"),
    [("Wrap-up", True), ("  ACW ", True), ("After Call Work", True), ("话后处理", True),
     ("Lunch", False), ("", False), (None, False)],
)  # fmt: skip
def test_wrap_up_reasons(reason, wrap):
    assert is_wrap_up_reason(reason) is wrap
