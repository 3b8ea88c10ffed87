"""Stored settings carry a schema version; older ones are upgraded, newer ones refused."""

from __future__ import annotations

import pytest

from console.domain import floor_settings as floor
from console.domain import settings_codec as codec
from console.domain.escalation_settings import EscalationRules, rules_from
from console.domain.escalations import DEFAULT_SETTINGS, EMAIL


def test_every_group_is_stored_with_its_version() -> None:
    stored = floor.to_stored(floor.FloorSettings())
    assert set(stored) == set(floor.GROUPS) == set(codec.VERSIONS)
    for group, value in stored.items():
        assert value[codec.VERSION_KEY] == codec.VERSIONS[group]
    assert floor.from_stored(stored) == floor.FloorSettings()


def test_v1_quiet_hours_text_becomes_two_fields() -> None:
    # a value stored before versions existed is version 1; v1 allowed "22:00-06:00"
    settings = floor.from_stored({"alerts": {"quiet_hours": "22:00-06:00", "sound": True}})
    assert (settings.alerts.quiet_start, settings.alerts.quiet_end) == ("22:00", "06:00")
    assert settings.alerts.sound is True
    assert "alerts settings upgraded from version 1 to 2" in settings.notes
    # what is saved again is the new shape
    again = floor.to_stored(settings)["alerts"]
    assert "quiet_hours" not in again and again["quiet_start"] == "22:00"
    assert again[codec.VERSION_KEY] == 2


def test_a_bad_v1_quiet_hours_text_names_the_field() -> None:
    with pytest.raises(codec.SettingsError) as err:
        floor.from_stored({"alerts": {"_v": 1, "quiet_hours": "after ten"}})
    assert "alerts.quiet_hours" in err.value.errors


def test_current_version_is_read_as_it_is() -> None:
    data, notes = codec.upgrade("alerts", {"_v": 2, "quiet_start": "21:00"})
    assert data == {"quiet_start": "21:00"} and notes == []


def test_upgrade_steps_run_in_order() -> None:
    def rename(d: dict) -> dict:
        return {"b" if k == "a" else k: v for k, v in d.items()}

    steps = {"kpi": {1: rename, 2: lambda d: {**d, "c": d["b"] * 2}}}
    data, notes = codec.upgrade("kpi", {"a": 3}, versions={"kpi": 3}, steps=steps)
    assert data == {"b": 3, "c": 6}
    assert notes == ["kpi settings upgraded from version 1 to 3"]


def test_a_newer_version_is_refused_not_reset() -> None:
    with pytest.raises(codec.NewerVersionError) as err:
        floor.from_stored({"strain": {"_v": 99, "watch": 10}})
    message = str(err.value)
    assert "newer version of Composure" in message and "99" in message
    assert "reads up to 1" in message


@pytest.mark.parametrize("version", ["2", 0, -1, True, 1.5])
def test_a_version_that_does_not_read_is_refused(version) -> None:
    with pytest.raises(codec.SettingsError) as err:
        codec.upgrade("kpi", {"_v": version})
    assert "kpi._v" in err.value.errors


def test_missing_upgrade_step_is_an_error() -> None:
    with pytest.raises(codec.SettingsError, match="no upgrade from settings version 1"):
        codec.upgrade("kpi", {}, versions={"kpi": 2}, steps={})


# ------------------------------------------------------------------------- escalation rules
def test_default_escalation_rules_are_the_code_defaults() -> None:
    assert rules_from(EscalationRules()) == DEFAULT_SETTINGS


def test_changed_rules_reach_the_computation() -> None:
    settings = floor.from_dicts({"escalations": {
        "promise_email_hours": 12, "warnings": "50, 75", "at_risk_left": 0.1,
        "business_start": "08:30", "business_end": "17:00", "business_days": ["mon", "sat"],
        "business_clock_channels": ["email"]}})
    rules = rules_from(settings.escalations)
    assert rules.promise_minutes(EMAIL) == 12 * 60
    assert rules.warnings == (0.5, 0.75) and rules.at_risk_left == 0.1
    assert rules.clock_for(EMAIL) == "business" and rules.clock_for("phone") == "calendar"
    assert rules.business_hours.days[0] == ((510, 1020),)
    assert rules.business_hours.days[5] == ((510, 1020),) and rules.business_hours.days[1] == ()


@pytest.mark.parametrize(("values", "field"), [
    ({"promise_email_hours": 0}, "promise_email_hours"),
    ({"promise_phone_hours": 10_000}, "promise_phone_hours"),
    ({"promise_chat_hours": "soon"}, "promise_chat_hours"),
    ({"at_risk_left": 1.5}, "at_risk_left"),
    ({"warnings": [70, 120]}, "warnings"),
    ({"business_start": "18:00", "business_end": "09:00"}, "business_end"),
    ({"business_start": "25:00"}, "business_start"),
    ({"business_end": None}, "business_end"),
    ({"business_days": []}, "business_days"),
    ({"closed_days_shown": 0}, "closed_days_shown"),
])
def test_escalation_bounds_reject_nonsense(values, field) -> None:
    with pytest.raises(codec.SettingsError) as err:
        floor.from_dicts({"escalations": values})
    assert f"escalations.{field}" in err.value.errors


def test_unknown_days_and_channels_are_ignored_with_a_note() -> None:
    settings = floor.from_dicts({"escalations": {"business_days": ["mon", "funday"],
                                                 "business_clock_channels": ["fax", "chat"]}})
    assert settings.escalations.business_days == {"mon"}
    assert settings.escalations.business_clock_channels == {"chat"}
    assert any("funday" in n for n in settings.notes) and any("fax" in n for n in settings.notes)
