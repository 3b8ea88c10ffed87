from console.domain import alerts
from console.domain.board import FloorKpis


def kpis(**kw) -> FloorKpis:
    base = dict(calls_waiting=0, longest_wait_s=0, sl_today=0.9, sl_30m=0.9, sl_target=0.8,
                sl_seconds=20, abandon_rate=0.0, aht_s=300, occupancy=0.8, available=3,
                on_call=5, wrap_up=1, paused=1, logged_out=2)
    base.update(kw)
    return FloorKpis(**base)


S = alerts.AlertSettings()


def kinds(conds):
    return {(c.kind, c.severity) for c in conds}


def test_quiet_floor_raises_nothing():
    assert alerts.evaluate(kpis(), 0, {"Ann": 10}, S) == []


def test_each_condition_and_its_severity():
    got = alerts.evaluate(
        kpis(calls_waiting=11, longest_wait_s=130, sl_30m=0.6, available=0), 6,
        {"Ann": 65, "Bob": 59.9}, S)
    assert kinds(got) == {
        ("calls_waiting", "critical"),  # 11 > 2 x 5
        ("longest_wait", "warning"),  # 130 > 120 but not > 240
        ("sl_under_target", "critical"),  # 60 % < 80 % - 15 points
        ("abandons_per_hour", "warning"),  # 6 > 5
        ("no_agent_available", "critical"),  # and callers are waiting
        ("strain_over_threshold", "warning"),
    }
    assert [c.subject for c in got if c.kind == "strain_over_threshold"] == ["Ann"]


def test_thresholds_are_strictly_greater():
    assert alerts.evaluate(kpis(calls_waiting=5, longest_wait_s=120), 5, {}, S) == []


def test_cooldown_holds_back_a_condition_that_comes_back_too_soon():
    tracker = alerts.AlertTracker(S)
    waiting = alerts.evaluate(kpis(calls_waiting=6), 0, {}, S)
    raised, cleared = tracker.update(waiting, 1000)
    assert [c.kind for c in raised] == ["calls_waiting"] and cleared == []
    assert tracker.update(waiting, 1010) == ([], [])  # still active: not raised again
    raised, cleared = tracker.update([], 1100)
    assert [c.kind for c in cleared] == ["calls_waiting"]
    assert tracker.update(waiting, 1000 + 14 * 60)[0] == []  # back within 15 min
    assert tracker.update([], 1000 + 14 * 60 + 1) == ([], waiting)
    assert [c.kind for c in tracker.update(waiting, 1000 + 15 * 60)[0]] == ["calls_waiting"]


def test_quiet_hours_cross_midnight():
    from datetime import datetime

    s = alerts.AlertSettings(quiet_start="22:00", quiet_end="06:00")
    at = lambda h, m: datetime(2026, 11, 23, h, m).timestamp()  # noqa: E731
    assert alerts.in_quiet_hours(at(23, 0), s)
    assert alerts.in_quiet_hours(at(5, 59), s)
    assert not alerts.in_quiet_hours(at(6, 0), s)
    assert not alerts.in_quiet_hours(at(12, 0), s)
    assert not alerts.in_quiet_hours(at(23, 0), alerts.AlertSettings())


def test_a_logged_out_agent_raises_no_strain_alert_and_an_open_one_clears():
    strain = {"Ann": 80.0, "Bob": 70.0}
    tracker = alerts.AlertTracker(S)
    raised, _ = tracker.update(alerts.evaluate(kpis(), 0, strain, S), 1000.0)
    assert sorted(c.subject for c in raised) == ["Ann", "Bob"]
    # Bob logs out with his score still over the threshold: no condition, his alert clears
    now_holding = alerts.evaluate(kpis(), 0, strain, S, logged_out={"Bob"})
    assert [c.subject for c in now_holding] == ["Ann"]
    raised, cleared = tracker.update(now_holding, 1010.0)
    assert raised == [] and [c.subject for c in cleared] == ["Bob"]
    # other alerts do not care who is logged out
    assert kinds(alerts.evaluate(kpis(calls_waiting=6), 0, {}, S, logged_out={"Ann"})) == {
        ("calls_waiting", "warning")}
