"""Escalation states at their boundaries, the pausable business-hours clock, and trust."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from console.domain import escalations as esc
from console.domain.business_hours import (
    ALWAYS_OPEN,
    WeeklyHours,
    add_business_seconds,
    business_seconds,
)
from console.domain.escalations import (
    AT_RISK,
    BREACHED,
    BUSINESS,
    MET,
    MET_LATE,
    ON_TRACK,
    Escalation,
    EscalationEvent,
    EscalationSettings,
    PauseSpan,
)

T0 = 1_800_000_000  # any moment: the calendar clock does not care which
DAY = 1440  # minutes


def item(**kw) -> Escalation:
    base = dict(id=1, reference="ESC-1", channel="phone", opened_at=T0, promise_minutes=DAY)
    base.update(kw)
    return Escalation(**base)


def at_share(share: float, promise: int = DAY) -> float:
    return T0 + share * promise * 60


# ------------------------------------------------------------------ states at the boundaries
@pytest.mark.parametrize(("share", "state", "warning"), [
    (0.0, ON_TRACK, 0),
    (0.70, ON_TRACK, 70),
    (0.75, AT_RISK, 70),
    (0.80, AT_RISK, 80),
    (0.90, AT_RISK, 90),
    (1.00, AT_RISK, 90),
])
def test_exactly_at_each_threshold(share: float, state: str, warning: int) -> None:
    st = esc.status(item(), at_share(share))
    assert st.state == state
    assert st.warning == warning
    assert st.used == pytest.approx(share)


@pytest.mark.parametrize(("share", "state", "warning"), [
    (0.70, ON_TRACK, 0),
    (0.75, ON_TRACK, 70),
    (0.80, AT_RISK, 70),
    (0.90, AT_RISK, 80),
])
def test_one_second_before_each_threshold(share: float, state: str, warning: int) -> None:
    st = esc.status(item(), at_share(share) - 1)
    assert (st.state, st.warning) == (state, warning)


def test_exactly_at_the_promise_is_not_late_one_second_more_is_breached() -> None:
    st = esc.status(item(), at_share(1.0))
    assert st.left_minutes == 0
    assert st.state == AT_RISK
    later = esc.status(item(), at_share(1.0) + 1)
    assert later.state == BREACHED
    assert later.left_minutes == pytest.approx(-1 / 60)
    assert later.due_at == at_share(1.0)


def test_resolution_exactly_at_the_promise_is_met_a_second_later_met_late() -> None:
    on_time = item(resolved_at=int(at_share(1.0)), elapsed_minutes=float(DAY))
    assert esc.status(on_time, at_share(3.0)).state == MET
    late = item(resolved_at=int(at_share(1.0)) + 1, elapsed_minutes=DAY + 1 / 60)
    assert esc.status(late, at_share(3.0)).state == MET_LATE
    # the figure of record wins over a recount: the clock stopped at resolution
    assert esc.status(late, at_share(3.0)).elapsed_minutes == pytest.approx(DAY + 1 / 60)


def test_state_for_resolved_without_a_stored_figure_counts_to_resolution() -> None:
    done = item(resolved_at=int(at_share(0.5)))
    st = esc.status(done, at_share(5.0))
    assert st.state == MET
    assert st.elapsed_minutes == pytest.approx(DAY / 2)
    assert st.due_at is None


def test_at_risk_share_is_a_setting() -> None:
    settings = EscalationSettings(at_risk_left=0.5)
    assert esc.status(item(), at_share(0.5), settings).state == AT_RISK
    assert esc.status(item(), at_share(0.5) - 1, settings).state == ON_TRACK


def test_settings_refuse_nonsense() -> None:
    with pytest.raises(ValueError):
        EscalationSettings(at_risk_left=1.5)
    with pytest.raises(ValueError):
        EscalationSettings(warnings=(0.9, 0.7))
    with pytest.raises(ValueError):
        EscalationSettings(promise_hours={"phone": 0})


def test_default_promise_per_channel() -> None:
    s = esc.DEFAULT_SETTINGS
    assert s.promise_minutes("phone") == 24 * 60
    assert s.promise_minutes("email") == 48 * 60
    assert s.promise_minutes("wechat") == 24 * 60
    assert s.promise_minutes("unheard-of") == 48 * 60
    assert s.clock_for("phone") == "calendar"
    assert EscalationSettings(business_clock_channels=frozenset({"email"})).clock_for(
        "email") == BUSINESS


# ------------------------------------------------------------------ pause / resume
def test_a_pause_stops_the_clock_and_resume_restarts_it() -> None:
    hour = 3600
    paused = item(pauses=(PauseSpan(T0 + hour, None),))
    assert paused.paused
    st = esc.status(paused, T0 + 30 * hour)
    assert st.elapsed_minutes == pytest.approx(60)
    assert st.state == ON_TRACK and st.paused and st.due_at is None
    resumed = item(pauses=(PauseSpan(T0 + hour, T0 + 11 * hour),))
    st = esc.status(resumed, T0 + 20 * hour)
    assert st.elapsed_minutes == pytest.approx(10 * 60)
    assert st.due_at == pytest.approx(T0 + 20 * hour + 14 * hour)
    # what would be breached on the wall clock is only at risk with the pause taken out
    assert esc.status(item(), T0 + 30 * hour).state == BREACHED
    assert esc.status(resumed, T0 + 30 * hour).state == AT_RISK


def test_two_pauses_and_one_before_opening_is_ignored() -> None:
    hour = 3600
    it = item(pauses=(PauseSpan(T0 - 5 * hour, T0 + hour), PauseSpan(T0 + 2 * hour, T0 + 3 * hour)))
    assert esc.elapsed_minutes(it, T0 + 4 * hour) == pytest.approx(120)


# ------------------------------------------------------------------ business hours
@pytest.fixture
def shanghai(local_tz):
    local_tz("Asia/Shanghai")


def ts(text: str) -> float:
    return datetime.fromisoformat(text).timestamp()


def test_business_seconds_across_a_night(shanghai) -> None:
    hours = WeeklyHours.office()  # Monday-Friday 09:00-18:00
    # Tuesday 16:00 -> Wednesday 10:00: 2 h on Tuesday, 1 h on Wednesday
    assert business_seconds(ts("2026-11-24T16:00"), ts("2026-11-25T10:00"), hours) == 3 * 3600
    assert business_seconds(ts("2026-11-24T19:00"), ts("2026-11-25T08:59"), hours) == 0


def test_business_seconds_across_a_weekend(shanghai) -> None:
    hours = WeeklyHours.office()
    # Friday 17:00 -> Monday 10:00: 1 h + 1 h; Saturday and Sunday count nothing
    assert business_seconds(ts("2026-11-27T17:00"), ts("2026-11-30T10:00"), hours) == 2 * 3600
    assert add_business_seconds(ts("2026-11-27T17:00"), 2 * 3600, hours) == ts(
        "2026-11-30T10:00")
    # budget ending exactly at closing time is due at closing, not the next opening
    assert add_business_seconds(ts("2026-11-27T17:00"), 3600, hours) == ts("2026-11-27T18:00")


def test_business_clock_escalation_over_a_weekend(shanghai) -> None:
    it = item(opened_at=int(ts("2026-11-27T17:00")), promise_minutes=120, clock=BUSINESS)
    friday = esc.status(it, ts("2026-11-27T17:30"))
    assert friday.state == ON_TRACK
    assert friday.due_at == ts("2026-11-30T10:00")
    assert esc.status(it, ts("2026-11-29T23:00")).elapsed_minutes == pytest.approx(60)
    monday = esc.status(it, ts("2026-11-30T10:00"))
    assert (monday.state, monday.left_minutes) == (AT_RISK, 0)
    assert esc.status(it, ts("2026-11-30T10:00") + 1).state == BREACHED


def test_business_clock_pause_counts_open_time_only(shanghai) -> None:
    # paused Friday 17:30 until Monday 09:30: only 30 + 30 business minutes were paused
    it = item(opened_at=int(ts("2026-11-27T17:00")), promise_minutes=240, clock=BUSINESS,
              pauses=(PauseSpan(ts("2026-11-27T17:30"), ts("2026-11-30T09:30")),))
    assert esc.elapsed_minutes(it, ts("2026-11-30T10:00")) == pytest.approx(60)


def test_closed_dates_and_parsed_hours(shanghai) -> None:
    from datetime import date

    hours = WeeklyHours.parse("mon-fri 09:00-12:00; mon-fri 13:00-18:00; sat 10:00-14:00")
    assert hours.minutes_per_week() == 5 * 8 * 60 + 4 * 60
    assert business_seconds(ts("2026-11-28T00:00"), ts("2026-11-29T00:00"), hours) == 4 * 3600
    assert business_seconds(ts("2026-11-24T11:00"), ts("2026-11-24T14:00"), hours) == 2 * 3600
    holiday = replace(hours, closed_dates=frozenset({date(2026, 11, 24)}))
    assert business_seconds(ts("2026-11-24T00:00"), ts("2026-11-25T00:00"), holiday) == 0
    with pytest.raises(ValueError):
        WeeklyHours.parse("fri-mon 09:00-18:00")
    with pytest.raises(ValueError):
        WeeklyHours.parse("mon 18:00-09:00")
    with pytest.raises(ValueError):
        WeeklyHours(tuple(() for _ in range(7)))  # never open: the clock would never run
    assert business_seconds(T0, T0 + 5000, ALWAYS_OPEN) == 5000


def test_business_hours_follow_local_time(local_tz) -> None:
    start, end = "2026-11-27T17:00", "2026-11-30T10:00"
    local_tz("America/New_York")
    assert business_seconds(ts(start), ts(end), WeeklyHours.office()) == 2 * 3600


# ------------------------------------------------------------------ trust
def test_trust_score() -> None:
    assert esc.trust_score(0, DAY) == 100
    assert esc.trust_score(6 * 60, DAY) == pytest.approx(75)
    assert esc.trust_score(DAY, DAY) == 0
    assert esc.trust_score(30 * 60, DAY) == pytest.approx(-25)  # not clamped
    with pytest.raises(ValueError):
        esc.trust_score(10, 0)
    assert item(reply_elapsed_minutes=360.0).trust == pytest.approx(75)
    assert item().trust is None


def test_trust_summary_averages_raw_scores() -> None:
    items = [item(id=1, reply_elapsed_minutes=0.0), item(id=2, reply_elapsed_minutes=DAY * 1.5),
             item(id=3)]
    summary = esc.trust_summary(items)
    assert summary.mean == pytest.approx(25)
    assert (summary.replies, summary.overdue) == (2, 1)
    assert esc.trust_summary([item()]).mean is None


# ------------------------------------------------------------------ notifications once
def test_crossings_note_warnings_and_notify_at_risk_and_breach_once() -> None:
    it = item()
    first = esc.crossings(it, esc.status(it, at_share(0.76)))
    assert [(c.kind, c.percent, c.notify) for c in first] == [
        ("warning", 70, False), ("at_risk", 76, True)]
    noted = replace(it, warned_percent=70, notified=AT_RISK)
    assert esc.crossings(noted, esc.status(noted, at_share(0.78))) == []
    assert [c.kind for c in esc.crossings(noted, esc.status(noted, at_share(0.85)))] == [
        "warning"]
    late = esc.crossings(noted, esc.status(noted, at_share(1.0) + 60))
    assert [(c.kind, c.notify) for c in late] == [("warning", False), ("breached", True)]
    done = replace(noted, warned_percent=90, notified=BREACHED)
    assert esc.crossings(done, esc.status(done, at_share(2.0))) == []
    resolved = item(resolved_at=int(at_share(2.0)))
    assert esc.crossings(resolved, esc.status(resolved, at_share(2.0))) == []


# ------------------------------------------------------------------ board helpers
def test_sort_overdue_first_then_by_time_left_then_closed() -> None:
    now = at_share(1.2)
    items = [item(id=1, opened_at=T0 + 3600 * 10), item(id=2),
             item(id=3, resolved_at=int(at_share(0.5))), item(id=4, opened_at=T0 - 3600 * 5)]
    order = sorted(items, key=lambda i: esc.sort_key(i, esc.status(i, now)))
    assert [i.id for i in order] == [4, 2, 1, 3]


def test_aging_buckets() -> None:
    now = T0 + 23 * 3600  # 1 h left on a 24 h promise opened at T0
    items = [item(id=1), item(id=2, opened_at=T0 - 7200), item(id=3, opened_at=T0 + 20 * 3600),
             item(id=4, opened_at=now, promise_minutes=3 * DAY),
             item(id=5, resolved_at=T0 + 60)]
    counts = esc.aging_buckets(esc.status(i, now) for i in items)
    # overdue, < 4 h, 4-12 h, 12-24 h, 24-48 h, >= 48 h
    assert counts == [1, 1, 0, 1, 0, 1]


def test_mask_customer() -> None:
    assert esc.mask_customer("13812345678", "phone") == "•••• 5678"
    assert esc.mask_customer("+86 138-1234-5678", "wechat") == "•••• 5678"
    assert esc.mask_customer("zhang.wei@example.com") == "z•••@example.com"
    assert esc.mask_customer("wxid_abc12345", "wechat") == "w•••45"
    assert esc.mask_customer("@小王同学", "weibo") == "•••"
    assert esc.mask_customer("•••• 5678") == "•••• 5678"
    assert esc.mask_customer("  ") is None


def test_normalise_channel() -> None:
    assert esc.normalise_channel("Online Chat") == "chat"
    assert esc.normalise_channel("微信") == "wechat"
    assert esc.normalise_channel("E-mail") == "email"
    assert esc.normalise_channel("") == "other"
    assert esc.normalise_channel("fax") is None


def test_handoff_chain_marks_the_current_holder() -> None:
    events = [
        EscalationEvent(1, 1, T0, "opened", "lead", holder="agent101", role="agent"),
        EscalationEvent(2, 1, T0 + 1, "note", "lead", text="called"),
        EscalationEvent(3, 1, T0 + 2, "handoff", "lead", holder="agent105", role="peer"),
        EscalationEvent(4, 1, T0 + 3, "handoff", "lead", holder="Li Na", role="supervisor"),
        EscalationEvent(5, 1, T0 + 4, "handoff", "lead", holder="Billing", role="department"),
    ]
    chain = esc.handoff_chain(events)
    assert [(s.role, s.holder, s.current) for s in chain] == [
        ("agent", "agent101", False), ("peer", "agent105", False),
        ("supervisor", "Li Na", False), ("department", "Billing", True)]
    assert esc.handoff_chain([]) == []
