"""Strain score (console.domain.strain) on hand-computed examples.

Default scale: raw 4.0 = 100 points, so one point of raw weight is 25 points.
"""

from __future__ import annotations

import math
import random

import pytest

from console.domain.strain import (
    REASON_CODES,
    BreakSpan,
    Reason,
    StrainEvent,
    StrainSettings,
    compute_strain,
    format_minutes,
    is_long_call,
)

NOW = 1_700_000_000.0
MIN = 60.0
SHIFT = NOW - 60 * MIN  # an hour into the shift: no "time without a break" points yet


def ago(minutes: float) -> float:
    return NOW - minutes * MIN


def flag(minutes_ago: float, severity: int = 1) -> StrainEvent:
    return StrainEvent(ago(minutes_ago), "flag", severity)


DEFAULTS = StrainSettings()


def strain(events=(), breaks=(), occupancy=None, last_break_end=None, shift_start=SHIFT,
           settings=DEFAULTS, **kw):
    return compute_strain(events, breaks, NOW, occupancy, last_break_end, shift_start, settings,
                          **kw)


def test_nothing_happened() -> None:
    r = strain()
    assert (r.score, r.level) == (0.0, "ok")
    assert not r.recommend_break and not r.recommend_one_to_one
    assert r.reasons == () and r.contributions == ()
    assert r.describe_en() == "no strain events counted"


def test_one_flag_one_time_constant_ago() -> None:
    r = strain([flag(45)])
    assert r.score == pytest.approx(25 * math.exp(-1))  # weight 1 x e^-1, x 25 points per raw
    assert r.level == "ok"
    (c,) = r.contributions
    assert (c.kind, c.count) == ("abusive_calls", 1)
    assert c.detail == "weight x decay: 1 x 0.37"


@pytest.mark.parametrize(("event", "raw"), [
    (StrainEvent(NOW, "complaint"), 0.5),
    (StrainEvent(NOW, "escalated"), 0.5),
    (StrainEvent(NOW, "long_call"), 0.5),
    (StrainEvent(NOW, "flag", 1), 1.0),
    (StrainEvent(NOW, "flag", 2), 1.5),
    (StrainEvent(NOW, "flag", 3), 2.0),
])
def test_default_weights(event: StrainEvent, raw: float) -> None:
    assert strain([event]).score == pytest.approx(raw * 25)


def test_break_decays_faster_than_work() -> None:
    # flag 30 min ago; a 10 min break from 20 to 10 min ago
    with_break = strain([flag(30)], [BreakSpan(ago(20), ago(10))])
    without = strain([flag(30)])
    assert with_break.score == pytest.approx(25 * math.exp(-(20 / 45 + 10 / 10)))
    assert without.score == pytest.approx(25 * math.exp(-30 / 45))
    assert with_break.score < without.score


def test_running_break_counts_as_break_time() -> None:
    r = strain([flag(15)], [BreakSpan(ago(10), None)])
    assert r.score == pytest.approx(25 * math.exp(-(5 / 45 + 10 / 10)))
    assert r.minutes_since_break == 0.0


def test_overlapping_breaks_count_once() -> None:
    spans = [BreakSpan(ago(20), ago(10)), BreakSpan(ago(15), ago(12))]
    assert strain([flag(30)], spans).score == pytest.approx(25 * math.exp(-(20 / 45 + 1)))


def test_severe_flag_recommends_break_and_one_to_one_at_once() -> None:
    r = strain([flag(0, severity=3)])
    assert r.score == pytest.approx(50.0)  # below 60, yet:
    assert r.recommend_break and r.recommend_one_to_one
    assert r.level == "break_recommended"
    assert r.reasons[0].code == "severe_flag"
    assert r.describe_en().startswith("threat or harassment flagged: break and 1:1 talk now")


def test_severe_flag_after_the_break_still_wants_the_one_to_one() -> None:
    r = strain([flag(30, severity=3)], [BreakSpan(ago(25), ago(10))], last_break_end=ago(10))
    assert not r.recommend_break  # the break was taken and the score has decayed
    assert r.recommend_one_to_one
    assert r.level == "ok"


def test_severe_flag_from_yesterday_does_not_trigger_today() -> None:
    r = strain([StrainEvent(SHIFT - 600 * MIN, "flag", 3)])
    assert not r.recommend_break and not r.recommend_one_to_one


def test_thresholds_are_inclusive() -> None:
    five = StrainSettings(scale=5.0)  # raw 1.5 = 30 points, raw 3.0 = 60 points
    three_complaints = [StrainEvent(NOW, "complaint")] * 3
    r = strain(three_complaints, settings=five)
    assert (r.score, r.level, r.recommend_break) == (pytest.approx(30.0), "watch", False)
    r = strain([flag(0, 2), flag(0, 2)], settings=five)
    assert (r.score, r.level, r.recommend_break) == (pytest.approx(60.0), "break_recommended", True)
    # a few seconds of decay drop each just under its threshold
    r = strain([StrainEvent(NOW - 5, "complaint")] * 3, settings=five)
    assert r.score < 30 and r.level == "ok"
    r = strain([StrainEvent(NOW - 5, "flag", 2)] * 2, settings=five)
    assert r.score < 60 and r.level == "watch" and not r.recommend_break


def test_time_without_break_only_beyond_threshold() -> None:
    assert strain(shift_start=ago(90)).score == 0.0
    r = strain(shift_start=ago(120))
    assert r.score == pytest.approx(0.5 * 25)  # 30 min over at 0.5 raw per 30 min
    r = strain(shift_start=ago(300), last_break_end=ago(115))
    assert r.score == pytest.approx(0.5 * 25 / 30 * 25)
    assert r.reasons == (Reason("since_break", minutes=115, points=pytest.approx(r.score)),)
    assert r.describe_en() == "1 h 55 min since last break"


def test_break_list_also_resets_the_clock() -> None:
    r = strain(shift_start=ago(300), breaks=[BreakSpan(ago(100), ago(95))])
    assert r.minutes_since_break == pytest.approx(95)
    assert r.score == pytest.approx(0.5 * 5 / 30 * 25)


def test_occupancy_above_threshold_adds() -> None:
    assert strain(occupancy=0.85).score == 0.0
    assert strain(occupancy=0.70).score == 0.0
    r = strain(occupancy=0.94)
    assert r.score == pytest.approx(0.09 / 0.15 * 25)  # 1 raw at 100 %, linear from 85 %
    assert r.describe_en() == "94 % occupancy in the last hour"
    with pytest.raises(ValueError, match="fraction"):
        strain(occupancy=94)


def test_overnight_carry() -> None:
    yesterday_end = SHIFT - 14 * 60 * MIN
    r = strain([StrainEvent(yesterday_end, "flag", 2)])  # last event stands in for the shift end
    assert r.score == pytest.approx(1.5 * 0.2 * math.exp(-60 / 45) * 25)
    assert [c.code for c in r.reasons] == ["carry_over"]
    assert r.describe_en() == "strain carried over from the previous shift"
    # with the real end of yesterday's shift, the event also decays until then
    r2 = strain([StrainEvent(yesterday_end, "flag", 2)],
                previous_shift_end=yesterday_end + 45 * MIN)
    assert r2.score == pytest.approx(r.score * math.exp(-1))


def test_reasons_sentence_from_design() -> None:
    r = strain([flag(40), flag(10)], shift_start=ago(300), last_break_end=ago(115))
    assert r.describe_en() == "2 abusive calls in 40 min; 1 h 55 min since last break"
    first = r.reasons[0]
    assert (first.code, first.count, first.minutes) == ("abusive_calls", 2, 40)
    expected = 25 * (math.exp(-40 / 45) + math.exp(-10 / 45)) + 0.5 * 25 / 30 * 25
    assert r.score == pytest.approx(expected)
    assert sum(c.points for c in r.contributions) == pytest.approx(r.score)


def test_single_event_reason_and_kinds() -> None:
    r = strain([StrainEvent(ago(12), "complaint"), StrainEvent(ago(5), "long_call"),
                StrainEvent(ago(0), "escalated")])
    assert {x.code for x in r.reasons} == {"complaints", "long_calls", "escalated_calls"}
    text = r.describe_en()
    assert "1 complaint 12 min ago" in text
    assert "1 very long call 5 min ago" in text
    assert "1 escalated call just now" in text


def test_old_events_are_forgotten_not_cited() -> None:
    r = strain([flag(360), flag(5)], shift_start=ago(400), last_break_end=ago(30))
    assert r.reasons[0].count == 1
    assert r.describe_en() == "1 abusive call 5 min ago"


def test_score_is_clamped_to_0_100() -> None:
    r = strain([flag(0, 3)] * 10, occupancy=1.0, shift_start=ago(600))
    assert r.score == 100.0
    rng = random.Random(7)
    for _ in range(300):
        events = [StrainEvent(ago(rng.uniform(-5, 900)), rng.choice(["flag", "complaint",
                  "escalated", "long_call"]), rng.randint(1, 3)) for _ in range(rng.randint(0, 12))]
        breaks = [BreakSpan(ago(m), ago(m - rng.uniform(0, 20)))
                  for m in rng.sample(range(20, 800), rng.randint(0, 3))]
        res = strain(events, breaks, occupancy=rng.random(), shift_start=ago(rng.uniform(0, 600)))
        assert 0.0 <= res.score <= 100.0
        assert {x.code for x in res.reasons} <= REASON_CODES


def test_bad_input_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match="unknown strain event kind"):
        StrainEvent(NOW, "angry")  # we count events, we never infer emotions
    with pytest.raises(ValueError, match="severity"):
        StrainEvent(NOW, "flag", 4)
    with pytest.raises(ValueError, match="before it starts"):
        BreakSpan(NOW, NOW - 1)
    with pytest.raises(ValueError):
        StrainSettings(tau_work_minutes=0)
    with pytest.raises(ValueError):
        StrainSettings(watch=70, break_recommended=60)


def test_helpers() -> None:
    assert format_minutes(40) == "40 min"
    assert format_minutes(115) == "1 h 55 min"
    assert format_minutes(120) == "2 h"
    assert is_long_call(15 * 60 + 1) and not is_long_call(15 * 60)


def test_logged_out_time_is_rest_like_a_running_break() -> None:
    events = [flag(60, 2), StrainEvent(ago(50), "complaint")]
    gone = strain(events, logged_out_since=ago(20))
    on_break = strain(events, breaks=[BreakSpan(ago(20))])
    assert gone.score == pytest.approx(on_break.score)
    assert gone.score < strain(events).score  # decays faster than at work
    assert gone.minutes_since_break == 0.0
    # an earlier logged-out stretch, passed as a break span, resets the clock like a break
    back = strain(shift_start=ago(300), breaks=[BreakSpan(ago(100), ago(95))])
    assert back.minutes_since_break == pytest.approx(95)


def test_logged_out_at_13_38_is_rested_by_17_06() -> None:
    """The issue's case: logged in 08:00, no break, logged out 13:38, read at 17:06."""
    at_work = [flag(9 * 60 - 30), flag(4 * 60), StrainEvent(ago(3 * 60 + 40), "long_call")]
    shift = ago(9 * 60 + 6)  # 08:00 for a reading at 17:06
    before = compute_strain(at_work, (), ago(208), 0.95, None, shift)
    assert before.level == "break_recommended" and before.score == 100.0
    assert any(r.code == "since_break" for r in before.reasons)
    # counting on after 13:38 as if still at work: "since last break" keeps growing
    assert strain(at_work, occupancy=None, shift_start=shift).score == 100.0
    after = strain(at_work, occupancy=0.95, shift_start=shift, logged_out_since=ago(208))
    assert after.score == 0.0 and after.level == "ok" and not after.recommend_break
    assert after.reasons == () and after.minutes_since_break == 0.0


def test_occupancy_fades_while_logged_out() -> None:
    assert strain(occupancy=1.0).score == pytest.approx(25.0)
    # ten minutes logged out: one break time constant
    assert strain(occupancy=1.0, logged_out_since=ago(10)).score == pytest.approx(
        25.0 * math.exp(-1))
    r = strain(occupancy=1.0, logged_out_since=ago(60))
    assert r.score == 0.0 and r.reasons == ()  # under forget_below_points: not cited
    with pytest.raises(ValueError, match="logged-out time"):
        strain(logged_out_since=float("nan"))


def test_logging_out_after_a_threat_is_the_break_but_the_talk_stays() -> None:
    r = strain([flag(30, 3)], logged_out_since=ago(20))
    assert not r.recommend_break and r.recommend_one_to_one
    assert strain([flag(30, 3)]).recommend_break
