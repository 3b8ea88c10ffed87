"""Settings dataclasses to plain dicts (JSON) and back, checked field by field.

The floor's rules are frozen dataclasses with defaults (:class:`StrainSettings`,
:class:`BreakSettings`, :class:`AlertSettings`, :class:`KpiSettings`). The database keeps them as
JSON and the Preferences dialog edits them, so whatever comes back from either must become a
valid setting or be refused with a message that names the field; a half-understood value is
never used. Rules:

* a missing key keeps the base value (the default, or what was stored before), so a setting
  added in a later version simply starts at its default;
* an unknown key is ignored with a note (a newer version may have written it);
* a value of the wrong type, out of its range or inconsistent with another field is an error
  (:class:`SettingsError`, every bad field at once).

Ranges live next to each dataclass (``STRAIN_BOUNDS`` in strain.py and so on) and are listed in
:data:`BOUNDS`; types come from the dataclass annotations. Numbers may arrive as text ("20")
or as a float holding a whole number (20.0, as JSON tools like to write them); both are
coerced, "20.5" for a whole-number field is not.

**Versions.** Each group's stored JSON carries its schema version under ``"_v"`` (a value
stored before versions existed has none and is version 1). :func:`upgrade` brings an older
value up to :data:`VERSIONS` one step at a time (:data:`UPGRADES`: pure functions from one
version's JSON to the next, renaming or converting fields), so a floor's choices survive a
change of shape. A value from a *newer* version is refused with :class:`NewerVersionError`
rather than half read or reset: the newer console that wrote it may still be in use.
"""

from __future__ import annotations

import dataclasses
import math
import re
import types
import typing
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, TypeVar

from console.domain import alerts, breaks, business_hours, kpi, strain
from console.domain import escalation_settings as esc_settings
from console.domain import escalations as esc

T = TypeVar("T")

BOUNDS: dict[type, Mapping[str, tuple[float, float]]] = {
    kpi.KpiSettings: kpi.KPI_BOUNDS,
    alerts.AlertSettings: alerts.ALERT_BOUNDS,
    strain.StrainSettings: strain.STRAIN_BOUNDS,
    breaks.BreakSettings: breaks.BREAK_BOUNDS,
    esc_settings.EscalationRules: esc_settings.ESCALATION_BOUNDS,
}
# Names a set-valued field may hold.
CHOICES: dict[tuple[type, str], frozenset[str]] = {
    (alerts.AlertSettings, "enabled"): frozenset(alerts.KINDS),
    (esc_settings.EscalationRules, "business_days"): frozenset(business_hours.DAY_NAMES),
    (esc_settings.EscalationRules, "business_clock_channels"): frozenset(esc.CHANNELS),
}
# Optional text fields that hold a time of day ("HH:MM").
TIME_FIELDS = frozenset({(alerts.AlertSettings, "quiet_start"),
                         (alerts.AlertSettings, "quiet_end"),
                         (esc_settings.EscalationRules, "business_start"),
                         (esc_settings.EscalationRules, "business_end")})
MAX_ITEMS = 6  # a list of numbers (the break lengths offered) holds at most this many
_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})
_TIME = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")


class SettingsError(ValueError):
    """One or more settings were refused; ``errors`` maps "group.field" to the reason."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{name}: {why}" for name, why in self.errors.items()))


class NewerVersionError(SettingsError):
    """A stored group was written by a newer version of Composure than this one."""

    def __init__(self, group: str, version: int, known: int) -> None:
        self.group, self.version, self.known = group, version, known
        super().__init__({group: f"saved by a newer version of Composure (settings version "
                                 f"{version}; this one reads up to {known}), so it is left "
                                 f"as it is"})


class _Bad(ValueError):
    pass


# ---------------------------------------------------------------------------------- versions
VERSION_KEY = "_v"
Step = Callable[[dict[str, Any]], dict[str, Any]]


def _alerts_v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """v1 also accepted quiet hours as one text, "22:00-06:00"; v2 keeps two fields."""
    out = dict(data)
    text = out.pop("quiet_hours", None)
    if isinstance(text, str) and text.strip():
        start, sep, end = text.partition("-")
        if not sep:
            raise SettingsError({"alerts.quiet_hours": f"expected 'HH:MM-HH:MM', got {text!r}"})
        out.setdefault("quiet_start", start.strip())
        out.setdefault("quiet_end", end.strip())
    elif text is not None and text != "":
        raise SettingsError({"alerts.quiet_hours": f"expected 'HH:MM-HH:MM', got "
                                                   f"{_describe(text)}"})
    return out


# The schema version this code writes, per group (see the module docstring).
VERSIONS: dict[str, int] = {"kpi": 1, "alerts": 2, "strain": 1, "breaks": 1, "escalations": 1}
# group -> {version: step to version + 1}
UPGRADES: dict[str, dict[int, Step]] = {"alerts": {1: _alerts_v1_to_v2}}


def stamp(group: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` with the group's current version, as it is stored."""
    return {**data, VERSION_KEY: VERSIONS[group]}


def upgrade(group: str, data: Any, *, versions: Mapping[str, int] | None = None,
            steps: Mapping[str, Mapping[int, Step]] | None = None
            ) -> tuple[dict[str, Any], list[str]]:
    """Stored JSON of ``group`` brought to the current version, without its version key, and
    notes saying what was upgraded. Raises :class:`NewerVersionError` for a version from the
    future and :class:`SettingsError` for a version that does not read or has no way up."""
    versions = VERSIONS if versions is None else versions
    steps = UPGRADES if steps is None else steps
    if not isinstance(data, Mapping):
        raise SettingsError({group: f"expected a mapping of settings, got {_describe(data)}"})
    out = dict(data)
    raw = out.pop(VERSION_KEY, 1)
    if isinstance(raw, bool) or not isinstance(raw, int) or raw < 1:
        raise SettingsError({f"{group}.{VERSION_KEY}": f"expected a settings version (a whole "
                                                       f"number from 1), got {_describe(raw)}"})
    current = versions[group]
    if raw > current:
        raise NewerVersionError(group, raw, current)
    notes = [f"{group} settings upgraded from version {raw} to {current}"] if raw < current \
        else []
    for version in range(raw, current):
        step = steps.get(group, {}).get(version)
        if step is None:
            raise SettingsError({group: f"no upgrade from settings version {version}"})
        out = step(out)
    return out, notes


def bounds(cls: type, name: str) -> tuple[float, float] | None:
    """The (low, high) range of a numeric field, or None when it has none."""
    return BOUNDS.get(cls, {}).get(name)


@cache
def field_kinds(cls: type) -> dict[str, str]:
    """Field name -> "int" | "float" | "bool" | "time" | "text" | "ints" | "names"."""
    hints = typing.get_type_hints(cls)
    kinds: dict[str, str] = {}
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        if hint in (int, float, bool):
            kind = hint.__name__
        elif _is_optional_str(hint):
            kind = "time" if (cls, f.name) in TIME_FIELDS else "text"
        elif typing.get_origin(hint) is tuple and typing.get_args(hint) == (int, ...):
            kind = "ints"
        elif typing.get_origin(hint) is frozenset and typing.get_args(hint) == (str,):
            kind = "names"
        else:
            raise TypeError(f"{cls.__name__}.{f.name}: no codec for {hint!r}")
        kinds[f.name] = kind
    return kinds


def _is_optional_str(hint: object) -> bool:
    return (isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union) \
        and set(typing.get_args(hint)) == {str, type(None)}


def to_dict(settings: object) -> dict[str, Any]:
    """Plain JSON values: sets become sorted lists, tuples lists."""
    kinds = field_kinds(type(settings))
    out: dict[str, Any] = {}
    for name, kind in kinds.items():
        value = getattr(settings, name)
        if kind == "names":
            value = sorted(value)
        elif kind == "ints":
            value = list(value)
        out[name] = value
    return out


def from_dict(cls: type[T], data: Mapping[str, Any], *, base: T | None = None,
              group: str = "") -> tuple[T, list[str]]:
    """Build ``cls`` from ``data`` over ``base`` (default: the defaults); returns the settings
    and notes about what was ignored. Raises :class:`SettingsError`."""
    prefix = f"{group}." if group else ""
    if not isinstance(data, Mapping):
        raise SettingsError({group or cls.__name__: f"expected a mapping of settings, got "
                                                    f"{_describe(data)}"})
    base_obj = base if base is not None else cls()
    kinds = field_kinds(cls)
    values = {name: getattr(base_obj, name) for name in kinds}
    errors: dict[str, str] = {}
    notes: list[str] = []
    for key, raw in data.items():
        if key == VERSION_KEY:
            continue  # read by upgrade()
        if key not in kinds:
            notes.append(f"unknown setting {prefix}{key} ignored")
            continue
        try:
            values[key] = _decode(cls, key, kinds[key], raw, notes, prefix)
        except _Bad as exc:
            errors[prefix + key] = str(exc)
    if not errors:
        for name, why in _CHECKS.get(cls, _no_checks)(values).items():
            errors[prefix + name] = why
    if errors:
        raise SettingsError(errors)
    try:
        return cls(**values), notes
    except (TypeError, ValueError) as exc:  # the dataclass's own checks
        raise SettingsError({group or cls.__name__: str(exc)}) from exc


def changes(old: object, new: object) -> dict[str, tuple[Any, Any]]:
    """Fields whose JSON value differs: name -> (old, new)."""
    a, b = to_dict(old), to_dict(new)
    return {name: (a[name], b[name]) for name in a if a[name] != b[name]}


# ---------------------------------------------------------------------------------- decoding
def _decode(cls: type, name: str, kind: str, raw: Any, notes: list[str], prefix: str) -> Any:
    if kind == "bool":
        return _bool(raw)
    if kind in ("int", "float"):
        return _in_range(_number(raw, kind), bounds(cls, name))
    if kind == "time":
        return _time(raw)
    if kind == "text":
        if raw is None or isinstance(raw, str):
            return raw
        raise _Bad(f"expected text, got {_describe(raw)}")
    if kind == "ints":
        return _ints(raw, bounds(cls, name))
    return _names(raw, CHOICES.get((cls, name)), notes, prefix + name)


def _describe(value: Any) -> str:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return repr(value)
    return {bool: "true/false", type(None): "nothing", list: "a list", dict: "a mapping"}.get(
        type(value), type(value).__name__)


def _number(raw: Any, kind: str) -> int | float:
    value = raw
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        try:
            value = int(text) if re.fullmatch(r"[+-]?\d+", text) else float(text)
        except ValueError:
            raise _Bad(f"expected a number, got {raw!r}") from None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Bad(f"expected a number, got {_describe(raw)}")
    if not math.isfinite(value):
        raise _Bad(f"expected a finite number, got {raw!r}")
    if kind == "int":
        if isinstance(value, float):
            if not value.is_integer():
                raise _Bad(f"expected a whole number, got {value:g}")
            value = int(value)
        return value
    return float(value)


def _in_range(value: int | float, limits: tuple[float, float] | None) -> int | float:
    if limits is not None and not limits[0] <= value <= limits[1]:
        raise _Bad(f"must be between {limits[0]:g} and {limits[1]:g}, got {value:g}")
    return value


def _bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str) and raw.strip().lower() in _TRUE | _FALSE:
        return raw.strip().lower() in _TRUE
    raise _Bad(f"expected true or false, got {_describe(raw)}")


def _time(raw: Any) -> str | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    match = _TIME.match(raw) if isinstance(raw, str) else None
    if match is None:
        raise _Bad(f"expected a time of day such as 22:00, got {_describe(raw)}")
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or minutes > 59:
        raise _Bad(f"no such time of day: {raw!r}")
    return f"{hours:02d}:{minutes:02d}"


def _ints(raw: Any, limits: tuple[float, float] | None) -> tuple[int, ...]:
    items = re.split(r"[,，\s]+", raw.strip()) if isinstance(raw, str) else raw
    if not isinstance(items, (list, tuple)):
        raise _Bad(f"expected a list of whole numbers, got {_describe(raw)}")
    items = [i for i in items if i != ""]
    if not 1 <= len(items) <= MAX_ITEMS:
        raise _Bad(f"expected 1 to {MAX_ITEMS} whole numbers, got {len(items)}")
    values = {int(_in_range(_number(i, "int"), limits)) for i in items}
    return tuple(sorted(values))


def _names(raw: Any, allowed: frozenset[str] | None, notes: list[str], where: str
           ) -> frozenset[str]:
    if not isinstance(raw, (list, tuple, set, frozenset)) or not all(
            isinstance(i, str) for i in raw):
        raise _Bad(f"expected a list of names, got {_describe(raw)}")
    unknown = sorted(set(raw) - allowed) if allowed is not None else []
    if unknown:
        notes.append(f"{where}: unknown {', '.join(unknown)} ignored")
    return frozenset(raw) - frozenset(unknown)


# ------------------------------------------------------------------------ cross-field checks
def _no_checks(values: dict[str, Any]) -> dict[str, str]:
    return {}


def _check_kpi(v: dict[str, Any]) -> dict[str, str]:
    errors = {}
    if v["abandon_alert"] < v["abandon_caution"]:
        errors["abandon_alert"] = "must be at least the caution level"
    if v["occupancy_danger"] < v["occupancy_caution"]:
        errors["occupancy_danger"] = "must be at least the caution level"
    return errors


def _check_alerts(v: dict[str, Any]) -> dict[str, str]:
    start, end = v["quiet_start"], v["quiet_end"]
    if (start is None) != (end is None):
        return {"quiet_end" if end is None else "quiet_start":
                "quiet hours need both a start and an end"}
    if start is not None and start == end:
        return {"quiet_end": "quiet hours must end at another time than they start"}
    return {}


def _check_strain(v: dict[str, Any]) -> dict[str, str]:
    if v["break_recommended"] < v["watch"]:
        return {"break_recommended": "must be at least the watch threshold"}
    return {}


def _check_breaks(v: dict[str, Any]) -> dict[str, str]:
    # the suggested lengths are always offered, so the grant dialog can preselect them
    v["choices"] = tuple(sorted(set(v["choices"]) | {
        v["default_minutes"], v["after_severe_minutes"], v["after_threat_minutes"]}))
    return {}


_CHECKS: dict[type, Callable[[dict[str, Any]], dict[str, str]]] = {
    esc_settings.EscalationRules: esc_settings.check,
    kpi.KpiSettings: _check_kpi,
    alerts.AlertSettings: _check_alerts,
    strain.StrainSettings: _check_strain,
    breaks.BreakSettings: _check_breaks,
}
