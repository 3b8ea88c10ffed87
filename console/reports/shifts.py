"""Shift presets ("Early 06:00-14:00", "Night 22:00-06:00") and the time range of a shift on
a given day. Kept in the database's settings, so the window and any headless tool agree.

A shift whose end is not after its start crosses midnight: the night shift of 23 November runs
from 22:00 on the 23rd to 06:00 on the 24th. Times are local wall-clock times, so a shift on a
daylight-saving day is 7 or 9 hours long, as the people on it lived it.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from console.store import settings_store

SETTINGS_KEY = "reports.shift_presets"


@dataclass(frozen=True, slots=True)
class ShiftPreset:
    code: str  # early | late | night | anything a floor adds
    name: str  # shown as typed by the floor; the three defaults are translated by the ui
    start: str  # "06:00"
    end: str  # "14:00"; not after start: ends the next day

    @property
    def crosses_midnight(self) -> bool:
        return _hhmm(self.end) <= _hhmm(self.start)


DEFAULT_PRESETS = (
    ShiftPreset("early", "Early", "06:00", "14:00"),
    ShiftPreset("late", "Late", "14:00", "22:00"),
    ShiftPreset("night", "Night", "22:00", "06:00"),
)


def _hhmm(text: str) -> time:
    hours, minutes = (int(p) for p in text.strip().split(":"))
    return time(hours, minutes)


def shift_range(preset: ShiftPreset, day: date) -> tuple[float, float]:
    """Epoch seconds of the shift starting on ``day`` (local time)."""
    start = datetime.combine(day, _hhmm(preset.start)).astimezone()
    end_day = day + timedelta(days=1) if preset.crosses_midnight else day
    end = datetime.combine(end_day, _hhmm(preset.end)).astimezone()
    return start.timestamp(), end.timestamp()


def current_shift(presets: tuple[ShiftPreset, ...], now: float) -> tuple[ShiftPreset, date]:
    """The shift running at ``now`` (a night shift that began yesterday counts), else the
    first preset of today."""
    today = datetime.fromtimestamp(now).date()
    for day in (today, today - timedelta(days=1)):
        for p in presets:
            start, end = shift_range(p, day)
            if start <= now < end:
                return p, day
    return presets[0], today


def load_presets(conn: sqlite3.Connection) -> tuple[ShiftPreset, ...]:
    """The floor's presets; the defaults when none are stored or the stored ones are bad."""
    raw = settings_store.get_value(conn, SETTINGS_KEY)
    if not raw:
        return DEFAULT_PRESETS
    try:
        items = tuple(ShiftPreset(str(d["code"]), str(d["name"]), str(d["start"]),
                                  str(d["end"])) for d in json.loads(raw))
        for p in items:
            _hhmm(p.start), _hhmm(p.end)
    except (ValueError, KeyError, TypeError):
        return DEFAULT_PRESETS
    return items or DEFAULT_PRESETS


def presets_json(presets: tuple[ShiftPreset, ...]) -> str:
    return json.dumps([{"code": p.code, "name": p.name, "start": p.start, "end": p.end}
                       for p in presets], ensure_ascii=False)
