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
