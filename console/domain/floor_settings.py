"""All the numbers of one floor's rules in one immutable object.

Grouping them lets a board snapshot carry the settings it was built with, so a KPI tile's
colour, an alert and a strain level shown together always follow the same rules, even in the
second after a supervisor changed them. The database keeps one JSON value per group (see
console.services.floor_settings); :data:`GROUPS` names them. Stored JSON carries a schema
version per group (:func:`to_stored` / :func:`from_stored`, upgrades in settings_codec).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from console.domain import settings_codec as codec
from console.domain.alerts import AlertSettings
from console.domain.breaks import BreakSettings
from console.domain.escalation_settings import EscalationRules
from console.domain.kpi import KpiSettings
from console.domain.strain import StrainSettings


@dataclass(frozen=True, slots=True)
class FloorSettings:
    kpi: KpiSettings = field(default_factory=KpiSettings)
    alerts: AlertSettings = field(default_factory=AlertSettings)
    strain: StrainSettings = field(default_factory=StrainSettings)
    breaks: BreakSettings = field(default_factory=BreakSettings)
    escalations: EscalationRules = field(default_factory=EscalationRules)
    # which save this is (0: never saved); not part of equality, which compares the rules
    revision: int = field(default=0, compare=False)
    notes: tuple[str, ...] = field(default=(), compare=False)  # what loading ignored


GROUPS: dict[str, type] = {
    "kpi": KpiSettings,
    "alerts": AlertSettings,
    "strain": StrainSettings,
    "breaks": BreakSettings,
    "escalations": EscalationRules,
}


def to_dicts(settings: FloorSettings) -> dict[str, dict[str, Any]]:
    return {group: codec.to_dict(getattr(settings, group)) for group in GROUPS}


def from_dicts(data: Mapping[str, Mapping[str, Any]],
               base: FloorSettings | None = None) -> FloorSettings:
    """Groups missing from ``data`` keep ``base``'s; raises SettingsError naming every bad
    field ("strain.watch") across the groups."""
    base = base or FloorSettings()
    built: dict[str, Any] = {}
    errors: dict[str, str] = {}
    notes: list[str] = []
    for key in data:
        if key not in GROUPS:
            notes.append(f"unknown settings group {key} ignored")
    for group, cls in GROUPS.items():
        if group not in data:
            built[group] = getattr(base, group)
            continue
        try:
            built[group], group_notes = codec.from_dict(cls, data[group],
                                                        base=getattr(base, group), group=group)
            notes += group_notes
        except codec.SettingsError as exc:
            errors.update(exc.errors)
    if errors:
        raise codec.SettingsError(errors)
    return FloorSettings(**built, revision=base.revision, notes=tuple(notes))


def to_stored(settings: FloorSettings) -> dict[str, dict[str, Any]]:
    """What the database keeps: each group's JSON with its schema version."""
    return {group: codec.stamp(group, value) for group, value in to_dicts(settings).items()}


def from_stored(data: Mapping[str, Any], base: FloorSettings | None = None) -> FloorSettings:
    """Like :func:`from_dicts` for stored JSON: each group is upgraded from the version it
    was saved with first. Raises SettingsError (NewerVersionError for a group from a newer
    version), naming every bad field."""
    upgraded: dict[str, Any] = {}
    notes: list[str] = []
    errors: dict[str, str] = {}
    for group, value in data.items():
        if group not in GROUPS:
            upgraded[group] = value  # noted by from_dicts
            continue
        try:
            upgraded[group], group_notes = codec.upgrade(group, value)
            notes += group_notes
        except codec.NewerVersionError:
            if len(data) == 1:
                raise
            errors[group] = "saved by a newer version of Composure"
        except codec.SettingsError as exc:
            errors.update(exc.errors)
    if errors:
        raise codec.SettingsError(errors)
    settings = from_dicts(upgraded, base)
    return dataclasses.replace(settings, notes=(*notes, *settings.notes))


def changes(old: FloorSettings, new: FloorSettings) -> dict[str, tuple[Any, Any]]:
    """"group.field" -> (old, new) for every value that differs."""
    out: dict[str, tuple[Any, Any]] = {}
    for group in GROUPS:
        for name, pair in codec.changes(getattr(old, group), getattr(new, group)).items():
            out[f"{group}.{name}"] = pair
    return out
