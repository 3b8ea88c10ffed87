"""Shift presets: ranges on the local clock (a night shift ends the next day, a DST night is
an hour shorter), the shift running now, presets kept in the database's settings."""

from __future__ import annotations

from datetime import date, datetime

from console.reports.shifts import (
    DEFAULT_PRESETS,
    SETTINGS_KEY,
    ShiftPreset,
    current_shift,
    load_presets,
    presets_json,
    shift_range,
)
from console.store import settings_store

EARLY, LATE, NIGHT = DEFAULT_PRESETS


def _local(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")


def test_a_night_shift_ends_the_next_day(local_tz) -> None:
    local_tz("Asia/Shanghai")
    start, end = shift_range(NIGHT, date(2026, 11, 23))
    assert (_local(start), _local(end)) == ("2026-11-23 22:00", "2026-11-24 06:00")
    assert NIGHT.crosses_midnight and not EARLY.crosses_midnight
    start, end = shift_range(EARLY, date(2026, 11, 23))
    assert (_local(start), _local(end)) == ("2026-11-23 06:00", "2026-11-23 14:00")


def test_a_night_shift_over_the_clock_change_is_shorter(local_tz) -> None:
    local_tz("Europe/Berlin")
    start, end = shift_range(NIGHT, date(2026, 3, 28))  # clocks go forward on the 29th
    assert end - start == 7 * 3600
    assert (_local(start), _local(end)) == ("2026-03-28 22:00", "2026-03-29 06:00")


def test_the_shift_running_now(local_tz) -> None:
    local_tz("Asia/Shanghai")
    at = datetime(2026, 11, 24, 3, 0).timestamp()  # 03:00: last night's shift
    assert current_shift(DEFAULT_PRESETS, at) == (NIGHT, date(2026, 11, 23))
    at = datetime(2026, 11, 24, 15, 0).timestamp()
    assert current_shift(DEFAULT_PRESETS, at) == (LATE, date(2026, 11, 24))


def test_presets_come_from_the_settings(conn) -> None:
    assert load_presets(conn) == DEFAULT_PRESETS
    mine = (ShiftPreset("a", "早班", "07:00", "15:30"), ShiftPreset("n", "夜班", "23:00", "07:00"))
    settings_store.set_value(conn, SETTINGS_KEY, presets_json(mine))
    assert load_presets(conn) == mine
    settings_store.set_value(conn, SETTINGS_KEY, '[{"code": "x", "start": "25:99"}]')
    assert load_presets(conn) == DEFAULT_PRESETS  # a bad value never stops a report
