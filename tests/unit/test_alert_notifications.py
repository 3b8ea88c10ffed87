"""Which raised alerts interrupt with a desktop notification: severity, quiet hours, cooldown."""

from __future__ import annotations

from datetime import datetime

from console.domain.alert_notifications import alert_notice, remember
from console.domain.alerts import AlertSettings, Condition

NOON = datetime(2026, 3, 2, 12, 0).timestamp()
WAITING = Condition("calls_waiting", "warning", 7)
CRIT = Condition("longest_wait", "critical", 300)
INFO = Condition("calls_waiting", "info", 3, "team")


def test_warning_and_critical_notify_info_does_not() -> None:
    assert alert_notice([INFO], NOON, AlertSettings(), {}) is None
    notice = alert_notice([WAITING, INFO], NOON, AlertSettings(), {})
    assert notice is not None and notice.conditions == (WAITING,) and not notice.critical


def test_several_raised_at_once_make_one_notice_worst_first() -> None:
    notice = alert_notice([WAITING, CRIT], NOON, AlertSettings(), {})
    assert notice is not None
    assert notice.conditions == (CRIT, WAITING) and notice.critical


def test_quiet_hours_mute_across_midnight_too() -> None:
    quiet = AlertSettings(quiet_start="11:30", quiet_end="12:30")
    assert alert_notice([CRIT], NOON, quiet, {}) is None
    night = AlertSettings(quiet_start="22:00", quiet_end="06:00")
    assert alert_notice([CRIT], NOON, night, {}) is not None
    late = datetime(2026, 3, 2, 23, 15).timestamp()
    assert alert_notice([CRIT], late, night, {}) is None


def test_at_most_one_notice_per_cooldown_for_each_alert() -> None:
    settings = AlertSettings(cooldown_minutes=15)
    last: dict = {}
    first = alert_notice([WAITING], NOON, settings, last)
    assert first is not None
    remember(first, NOON, last)
    assert alert_notice([WAITING], NOON + 14 * 60, settings, last) is None
    again = alert_notice([WAITING, CRIT], NOON + 14 * 60, settings, last)
    assert again is not None and again.conditions == (CRIT,)  # another alert is news
    assert alert_notice([WAITING], NOON + 15 * 60, settings, last) is not None


def test_the_sound_follows_the_setting() -> None:
    assert alert_notice([CRIT], NOON, AlertSettings(sound=True), {}).sound is True
    assert alert_notice([CRIT], NOON, AlertSettings(sound=False), {}).sound is False
