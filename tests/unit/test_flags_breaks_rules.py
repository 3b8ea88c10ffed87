import pytest

from console.domain import breaks, flags


@pytest.mark.parametrize(("raw", "severity", "expected"), [
    ("threats", 3, "threat"),
    ("verbal_abuse", 1, "insult_profanity"),
    ("Sexual Harassment", 2, "harassment"),
    ("威胁", 1, "threat"),
    ("辱骂", 2, "insult_profanity"),
    ("persistent", 1, "repeat_abuse"),
    ("something new", 3, "threat"),  # unknown words fall back by severity
    ("something new", 1, "insult_profanity"),
    (None, 2, "insult_profanity"),
])
def test_categories_from_any_source_map_to_four(raw, severity, expected):
    assert flags.normalise_category(raw, severity) == expected


def test_callers_are_masked_to_the_last_four_digits():
    assert flags.mask_caller("+86 138-0013-8000") == "•••• 8000"
    assert flags.mask_caller("+8613800138000", show_full=True) == "+8613800138000"
    assert flags.mask_caller("123") == "•••"
    assert flags.mask_caller(None) == ""


@pytest.mark.parametrize(("given", "expected"), [("0", 1), ("2", 2), ("9", 3), ("x", 1)])
def test_severity_is_clamped(given, expected):
    assert flags.clamp_severity(given) == expected


def test_break_length_follows_the_worst_recent_flag():
    assert breaks.suggested_minutes(1) == 5
    assert breaks.suggested_minutes(2) == 10
    assert breaks.suggested_minutes(3) == 15


def test_stagger_rule_counts_the_agent_about_to_leave():
    # 10 on shift, 1 already off: a second one makes 20 %, which is still within the limit
    assert not breaks.stagger_check("A", 10, 1).exceeded
    assert breaks.stagger_check("A", 10, 2).exceeded  # 30 %
    assert breaks.stagger_check("A", 0, 0).exceeded


def test_running_break_countdown_and_overdue_after_grace():
    b = breaks.Break(1, "Ann", "recovery", 1000, "lead", 5, 1000, None, None, False, None, None)
    assert b.due_at() == 1300 and b.seconds_left(1200) == 100
    assert not b.overdue(1300 + 120)  # two minutes' grace
    assert b.overdue(1300 + 121)
    ended = breaks.Break(1, "Ann", "recovery", 1000, "lead", 5, 1000, 1500, "unpause", False,
                         None, None)
    assert not ended.overdue(99999)


def test_a_break_granted_during_a_call_starts_when_the_call_and_wrap_up_end():
    on_call = [("available", 900, 1000), ("on_call", 1000, None)]
    assert breaks.countdown_start(1010, on_call) is None  # still talking: not started
    ended = [("available", 900, 1000), ("on_call", 1000, 1100), ("wrap_up", 1100, 1130),
             ("paused", 1130, None)]
    assert breaks.countdown_start(1010, ended) == 1130  # free once the wrap-up is done
    assert breaks.countdown_start(1010, ended[:3]) is None  # in wrap-up: not free yet
    # free when granted (or queue_log knows nothing of the agent): at once
    assert breaks.countdown_start(950, ended) == 950
    assert breaks.countdown_start(1130, ended) == 1130  # the call ended that very second
    assert breaks.countdown_start(1010, []) == 1010
    # logging out ends the wait as well
    assert breaks.countdown_start(1010, [("on_call", 1000, 1050),
                                         ("logged_out", 1050, None)]) == 1050


def test_a_waiting_break_neither_counts_down_nor_runs_over():
    waiting = breaks.Break(1, "Ann", "recovery", 1000, "lead", 5, 1000, None, None, False,
                           None, None, waiting=True)
    assert waiting.seconds_left(9000) == 300 and not waiting.overdue(9000)
    started = breaks.Break(1, "Ann", "recovery", 1000, "lead", 5, 1000, None, None, False,
                           None, None)
    assert started.seconds_left(1100) == 200 and started.overdue(9000)


def test_a_step_of_no_length_between_call_and_wrap_up_is_not_free_time():
    steps = [("on_call", 1000, 1100), ("available", 1100, 1100), ("wrap_up", 1100, 1160)]
    assert breaks.countdown_start(1010, steps) is None
    assert breaks.countdown_start(1010, [*steps, ("available", 1160, None)]) == 1160
