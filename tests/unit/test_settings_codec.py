"""Settings dataclasses to plain dicts and back: coercion, ranges, unknown keys, cross checks."""

from __future__ import annotations

import dataclasses
import json

import pytest

from console.domain import floor_settings as floor
from console.domain import settings_codec as codec
from console.domain.alerts import CALLS_WAITING, KINDS, AlertSettings
from console.domain.breaks import BreakSettings
from console.domain.floor_settings import FloorSettings
from console.domain.kpi import KpiSettings
from console.domain.settings_codec import SettingsError
from console.domain.strain import StrainSettings

CLASSES = (KpiSettings, AlertSettings, StrainSettings, BreakSettings)


@pytest.mark.parametrize("cls", CLASSES)
def test_defaults_survive_a_json_round_trip(cls: type) -> None:
    data = json.loads(json.dumps(codec.to_dict(cls())))
    settings, notes = codec.from_dict(cls, data)
    assert settings == cls() and notes == []


@pytest.mark.parametrize("cls", CLASSES)
def test_every_number_has_a_range_and_every_default_is_inside_it(cls: type) -> None:
    kinds = codec.field_kinds(cls)
    for f in dataclasses.fields(cls):
        if kinds[f.name] in ("int", "float", "ints"):
            low, high = codec.bounds(cls, f.name)
            values = getattr(cls(), f.name)
            for value in values if kinds[f.name] == "ints" else [values]:
                assert low <= value <= high, f.name
    assert set(codec.BOUNDS[cls]) <= set(kinds)  # no stale names in the table


def test_types_are_coerced_from_text_and_whole_floats() -> None:
    s, _ = codec.from_dict(KpiSettings, {"sl_seconds": "30", "sl_target": "0.9",
                                         "short_abandon_seconds": 10.0})
    assert (s.sl_seconds, s.sl_target, s.short_abandon_seconds) == (30, 0.9, 10)
    assert isinstance(s.short_abandon_seconds, int)
    a, _ = codec.from_dict(AlertSettings, {"sound": "yes", "strain_threshold": 55,
                                           "quiet_start": "7:05", "quiet_end": " 19:30 "})
    assert a.sound is True and a.strain_threshold == 55.0
    assert isinstance(a.strain_threshold, float)
    assert (a.quiet_start, a.quiet_end) == ("07:05", "19:30")
    b, _ = codec.from_dict(BreakSettings, {"choices": "20, 5，10"})
    assert b.choices == (5, 10, 15, 20)  # sorted, and the suggested 15 is always offered


def test_missing_keys_keep_the_base_and_unknown_keys_are_noted() -> None:
    base = StrainSettings(watch=25)
    s, notes = codec.from_dict(StrainSettings, {"break_recommended": 50, "mood": 3},
                               base=base, group="strain")
    assert (s.watch, s.break_recommended) == (25, 50)
    assert notes == ["unknown setting strain.mood ignored"]


@pytest.mark.parametrize(("data", "field", "words"), [
    ({"sl_seconds": "twenty"}, "kpi.sl_seconds", "expected a number"),
    ({"sl_seconds": 20.5}, "kpi.sl_seconds", "whole number"),
    ({"sl_seconds": True}, "kpi.sl_seconds", "expected a number"),
    ({"sl_seconds": 0}, "kpi.sl_seconds", "between 1 and 600"),
    ({"sl_target": 1.0}, "kpi.sl_target", "between 0.01 and 0.99"),
    ({"sl_target": float("nan")}, "kpi.sl_target", "finite"),
    ({"abandon_caution": [0.1]}, "kpi.abandon_caution", "a list"),
])
def test_bad_values_are_refused_naming_the_field(data: dict, field: str, words: str) -> None:
    with pytest.raises(SettingsError) as info:
        codec.from_dict(KpiSettings, data, group="kpi")
    assert list(info.value.errors) == [field]
    assert words in info.value.errors[field]
    assert field in str(info.value)


def test_every_bad_field_is_reported_at_once() -> None:
    with pytest.raises(SettingsError) as info:
        floor.from_dicts({"strain": {"watch": "abc", "scale": 0},
                          "alerts": {"sound": "maybe", "quiet_start": "25:00"}})
    assert set(info.value.errors) == {"strain.watch", "strain.scale", "alerts.sound",
                                      "alerts.quiet_start"}


@pytest.mark.parametrize(("cls", "data", "field"), [
    (StrainSettings, {"watch": 70, "break_recommended": 60}, "break_recommended"),
    (KpiSettings, {"abandon_caution": 0.2, "abandon_alert": 0.1}, "abandon_alert"),
    (KpiSettings, {"occupancy_caution": 0.95, "occupancy_danger": 0.9}, "occupancy_danger"),
    (AlertSettings, {"quiet_start": "22:00"}, "quiet_end"),
    (AlertSettings, {"quiet_start": "22:00", "quiet_end": "22:00"}, "quiet_end"),
    (BreakSettings, {"choices": [5, 10, 15, 20, 25, 30, 45]}, "choices"),
    (BreakSettings, {"choices": []}, "choices"),
    (BreakSettings, {"choices": [0, 5]}, "choices"),
])
def test_fields_that_must_agree(cls: type, data: dict, field: str) -> None:
    with pytest.raises(SettingsError) as info:
        codec.from_dict(cls, data)
    assert field in info.value.errors


def test_alert_kinds_are_a_set_of_known_names() -> None:
    a, notes = codec.from_dict(AlertSettings, {"enabled": [CALLS_WAITING, "fire_alarm"]},
                               group="alerts")
    assert a.enabled == frozenset({CALLS_WAITING})
    assert notes == ["alerts.enabled: unknown fire_alarm ignored"]
    assert codec.to_dict(AlertSettings())["enabled"] == sorted(KINDS)
    with pytest.raises(SettingsError):
        codec.from_dict(AlertSettings, {"enabled": "calls_waiting"})


def test_floor_settings_group_together() -> None:
    s = floor.from_dicts({"kpi": {"sl_seconds": 30}, "weather": {}})
    assert s.kpi.sl_seconds == 30 and s.strain == StrainSettings()
    assert s.notes == ("unknown settings group weather ignored",)
    changed = floor.changes(FloorSettings(), s)
    assert changed == {"kpi.sl_seconds": (20, 30)}
    # equality compares the rules, not which save they came from
    assert dataclasses.replace(s, revision=9) == s
    assert floor.from_dicts(floor.to_dicts(s)) == s


def test_a_field_type_the_codec_cannot_read_fails_loudly() -> None:
    @dataclasses.dataclass(frozen=True)
    class Odd:
        when: dict = dataclasses.field(default_factory=dict)

    with pytest.raises(TypeError, match=r"Odd\.when"):
        codec.field_kinds(Odd)
