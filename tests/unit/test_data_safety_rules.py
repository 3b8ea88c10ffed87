"""The backup schedule, the retention cutoff and the caller number policy."""

from __future__ import annotations

from datetime import datetime

import pytest

from console.domain import data_safety as rules
from console.domain.data_safety import DataSafetyError, DataSafetySettings


def ts(text: str) -> float:
    return datetime.fromisoformat(text).timestamp()


def test_a_backup_is_due_after_midnight_and_after_the_shift_end() -> None:
    last = ts("2026-11-23T08:00")
    assert not rules.backup_due(last, ts("2026-11-23T17:59"), "18:00")
    assert rules.backup_due(last, ts("2026-11-23T18:00"), "18:00")
    assert not rules.backup_due(ts("2026-11-23T18:01"), ts("2026-11-23T23:59"), "18:00")
    assert rules.backup_due(ts("2026-11-23T18:01"), ts("2026-11-24T00:00"), "18:00")
    # without a shift end, the day change alone
    assert not rules.backup_due(last, ts("2026-11-23T23:59"), None)
    assert rules.backup_due(last, ts("2026-11-24T00:01"), None)
    assert rules.backup_due(None, ts("2026-11-24T00:01"), None)


def test_shift_end_before_now_today_or_yesterday() -> None:
    assert rules.last_boundary(ts("2026-11-23T06:00"), "22:00") == ts("2026-11-23T00:00")
    assert rules.last_boundary(ts("2026-11-23T23:00"), "22:00") == ts("2026-11-23T22:00")


def test_retention_cutoff() -> None:
    assert rules.retention_cutoff(1_000_000, 2) == 1_000_000 - 2 * 86400


def test_callers_are_masked_unless_the_floor_chose_otherwise() -> None:
    assert rules.show_caller("+86 138 0013 8000", DataSafetySettings()) == "•••• 8000"
    full = DataSafetySettings(show_full_callers=True)
    assert rules.show_caller("+86 138 0013 8000", full) == "+86 138 0013 8000"
    assert rules.show_caller(None, DataSafetySettings()) == ""


@pytest.mark.parametrize("bad", [DataSafetySettings(retention_days=0),
                                 DataSafetySettings(backup_keep=0),
                                 DataSafetySettings(shift_end="25:00"),
                                 DataSafetySettings(shift_end="6pm")])
def test_bad_values_are_refused(bad: DataSafetySettings) -> None:
    with pytest.raises(DataSafetyError):
        rules.validated(bad)
