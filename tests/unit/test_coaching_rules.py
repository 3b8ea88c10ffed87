"""Peer coach ranking, week boundaries, tenure and the needs summary (console.domain.coaching)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from console.domain import coaching as c
from console.domain.coaching import CoachingSettings, CoachProfile, TalkNeeds

TODAY = date(2026, 11, 25)  # a Wednesday
VETERAN = date(2020, 1, 1)
NEWCOMER = date(2026, 6, 1)


def coach(name: str, **kw) -> CoachProfile:
    """An eligible colleague by default: a veteran of team A serving support, no sessions."""
    base = dict(display_name=name.title(), team="A", queues=frozenset({"support"}),
                start_date=VETERAN, coach_mark=False, strain=5.0, on_break=False,
                sessions_this_week=0)
    base.update(kw)
    return CoachProfile(name, **base)


def ranked(pool, queue="support", team="A", agent="me", **settings) -> list[str]:
    s = c.rank_coaches(agent, team, queue, pool, TODAY, CoachingSettings(**settings))
    return [x.name for x in (*s.top, *s.also)]


def test_same_queue_comes_first() -> None:
    pool = [coach("ann", queues=frozenset({"support"})),
            coach("bea", queues=frozenset({"complaints"}))]
    assert ranked(pool, queue="complaints") == ["bea", "ann"]
    assert ranked(pool, queue="support") == ["ann", "bea"]


def test_same_team_comes_next() -> None:
    pool = [coach("ann", team="B"), coach("bea", team="A")]
    assert ranked(pool) == ["bea", "ann"]
    # the queue outweighs the team
    pool = [coach("ann", team="B"), coach("bea", team="A", queues=frozenset({"sales"}))]
    assert ranked(pool) == ["ann", "bea"]


def test_fewest_sessions_this_week_comes_next() -> None:
    pool = [coach("ann", sessions_this_week=2), coach("bea", sessions_this_week=1)]
    assert ranked(pool) == ["bea", "ann"]


def test_coach_mark_then_tenure_then_strain() -> None:
    assert ranked([coach("ann"), coach("bea", coach_mark=True)]) == ["bea", "ann"]
    assert ranked([coach("ann", start_date=date(2023, 1, 1)),
                   coach("bea", start_date=date(2018, 1, 1))]) == ["bea", "ann"]
    assert ranked([coach("ann", strain=20), coach("bea", strain=3)]) == ["bea", "ann"]


def test_ties_are_broken_by_name_whatever_the_input_order() -> None:
    pool = [coach("cat"), coach("ann"), coach("bea")]
    assert ranked(pool) == ranked(list(reversed(pool))) == ["ann", "bea", "cat"]


def test_the_top_three_are_suggested_the_rest_listed() -> None:
    pool = [coach(n) for n in ("ann", "bea", "cat", "dan", "eve")]
    s = c.rank_coaches("me", "A", "support", pool, TODAY)
    assert [x.name for x in s.top] == ["ann", "bea", "cat"]
    assert [x.name for x in s.also] == ["dan", "eve"]
    assert s.why_none == ()


def test_the_agent_never_coaches_themself() -> None:
    assert ranked([coach("me"), coach("ann")]) == ["ann"]


@pytest.mark.parametrize(("change", "code"), [
    ({"start_date": NEWCOMER}, c.NOT_EXPERIENCED),
    ({"start_date": None}, c.NOT_EXPERIENCED),
    ({"strain": 30.0}, c.STRAINED),
    ({"on_break": True}, c.ON_BREAK),
    ({"sessions_this_week": 5}, c.FULLY_BOOKED),
])
def test_each_rule_can_rule_a_colleague_out(change: dict, code: str) -> None:
    s = c.rank_coaches("me", "A", "support", [coach("ann", **change)], TODAY)
    assert s.top == ()
    (only,) = s.unavailable
    assert [b.code for b in only.blockers] == [code]
    assert s.why_none == (c.Reason(code, count=1),)


def test_a_coach_mark_makes_a_newcomer_eligible() -> None:
    s = c.rank_coaches("me", "A", "support", [coach("ann", start_date=NEWCOMER,
                                                      coach_mark=True)], TODAY)
    assert [x.name for x in s.top] == ["ann"]


def test_nobody_eligible_says_why_with_counts() -> None:
    pool = [coach("ann", start_date=NEWCOMER), coach("bea", start_date=NEWCOMER, strain=70),
            coach("cat", on_break=True)]
    s = c.rank_coaches("me", "A", "support", pool, TODAY)
    assert s.top == () and s.also == ()
    assert s.why_none == (c.Reason(c.NOT_EXPERIENCED, count=2), c.Reason(c.STRAINED, count=1),
                          c.Reason(c.ON_BREAK, count=1))
    # fewest blockers first among the unavailable
    assert [x.name for x in s.unavailable][-1] == "bea"
    assert c.rank_coaches("me", "A", None, [coach("me")], TODAY).why_none == (
        c.Reason(c.NO_COLLEAGUES),)


def test_reasons_say_why_in_codes_and_numbers() -> None:
    s = c.rank_coaches("me", "A", "complaints",
                       [coach("ann", coach_mark=True, queues=frozenset({"complaints"}),
                              sessions_this_week=1)], TODAY)
    (ann,) = s.top
    assert [r.code for r in ann.reasons] == [c.SAME_QUEUE, c.SAME_TEAM, c.COACH_MARK, c.TENURE,
                                             c.SESSIONS_WEEK]
    assert ann.reasons[0].text == "complaints" and ann.reasons[1].text == "A"
    assert ann.reasons[3].days == (TODAY - VETERAN).days
    assert ann.reasons[4].count == 1


def test_without_a_call_the_queue_does_not_rank() -> None:
    pool = [coach("ann", queues=frozenset()), coach("bea", sessions_this_week=1)]
    assert ranked(pool, queue=None) == ["ann", "bea"]


def test_settings_move_the_thresholds() -> None:
    pool = [coach("ann", start_date=date(2025, 11, 1), strain=35.0)]
    assert ranked(pool) == []
    assert ranked(pool, min_tenure_days=300, max_strain=40) == ["ann"]


def test_tenure_and_start_dates() -> None:
    assert c.tenure_days(date(2026, 11, 20), TODAY) == 5
    assert c.tenure_days(date(2027, 1, 1), TODAY) == 0  # starts later: not negative
    assert c.tenure_days(None, TODAY) is None
    assert c.parse_start_date("2021/03/05") == date(2021, 3, 5)
    assert c.parse_start_date("2021-03-05T08:00") == date(2021, 3, 5)
    assert c.parse_start_date("") is None
    with pytest.raises(ValueError):
        c.parse_start_date("05.13.2021x")


def test_week_runs_monday_to_monday_local(local_tz) -> None:
    local_tz("Asia/Shanghai")
    wed = datetime(2026, 11, 25, 15, 30).timestamp()
    start, end = c.week_range(wed)
    assert datetime.fromtimestamp(start) == datetime(2026, 11, 23, 0, 0)
    assert datetime.fromtimestamp(end) == datetime(2026, 11, 30, 0, 0)
    monday = datetime(2026, 11, 23, 0, 0).timestamp()
    assert c.week_range(monday)[0] == monday
    assert c.week_range(monday - 1)[0] == datetime(2026, 11, 16).timestamp()


def test_open_sessions_due_soonest_first() -> None:
    def s(i: int, due: int | None, status: str = c.PLANNED) -> c.CoachingSession:
        return c.CoachingSession(i, c.PEER, "a", "b", None, None, None, None, None, due, status,
                                 None, None, None, "lead", 0, None)

    ordered = c.open_first_due([s(1, None), s(2, 500), s(3, 100), s(4, 50, c.DONE)])
    assert [x.id for x in ordered] == [3, 2, 1]
    assert ordered[0].overdue(101) and not ordered[0].overdue(100)
    assert not ordered[2].overdue(10**9)  # no due time: never overdue


NOW = datetime(2026, 11, 25, 12).timestamp()
CALM, PRAISE, HARD, TRAIN = 1, 2, 3, 4


def talk(agent: str, *ranked_needs: int, team: str = "A", days_ago: float = 1) -> TalkNeeds:
    return TalkNeeds(agent, team, NOW - days_ago * 86400, ranked_needs)


def test_needs_common_to_a_team_and_personal_ones() -> None:
    talks = [talk("ann", CALM, PRAISE), talk("bea", CALM, TRAIN), talk("cat", PRAISE, CALM),
             talk("dan", HARD), talk("eve", CALM, team="B")]
    team_a = c.summarize_needs(talks, NOW, "A")
    assert team_a.agents_talked == 4 and team_a.threshold == 2
    assert [(n.need_id, n.agents, n.first_choice) for n in team_a.common] == [
        (CALM, ("ann", "bea", "cat"), 2), (PRAISE, ("ann", "cat"), 1)]
    assert [(n.need_id, n.agents) for n in team_a.personal] == [(HARD, ("dan",)),
                                                                (TRAIN, ("bea",))]
    floor = c.summarize_needs(talks, NOW)
    assert floor.common[0].agents == ("ann", "bea", "cat", "eve")


def test_needs_count_each_agents_latest_talk_in_the_window() -> None:
    talks = [talk("ann", TRAIN, days_ago=10), talk("ann", CALM, days_ago=2),
             talk("bea", CALM, days_ago=60), talk("cat", HARD)]
    summary = c.summarize_needs(talks, NOW, "A")
    assert summary.agents_talked == 2  # bea's talk is older than six weeks
    named = {n.need_id for n in (*summary.common, *summary.personal)}
    assert named == {CALM, HARD}  # ann's older ranking no longer counts


def test_only_the_top_ranks_count_and_a_need_takes_two_agents_to_be_common() -> None:
    talks = [talk("ann", CALM, PRAISE, HARD, TRAIN), talk("bea", HARD, CALM, PRAISE, TRAIN)]
    summary = c.summarize_needs(talks, NOW, "A")
    assert TRAIN not in {n.need_id for n in (*summary.common, *summary.personal)}
    alone = c.summarize_needs([talk("ann", CALM)], NOW, "A")
    assert alone.common == () and [n.need_id for n in alone.personal] == [CALM]
    big = [talk(f"a{i}", CALM if i < 3 else HARD) for i in range(12)]
    summary = c.summarize_needs(big, NOW, "A", replace(CoachingSettings(), common_share=0.5))
    assert summary.threshold == 6
    assert [n.need_id for n in summary.common] == [HARD]  # 9 of 12
    assert [n.need_id for n in summary.personal] == [CALM]  # 3 of 12: not the team's
