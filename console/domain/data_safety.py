"""The data-safety rules: how long free text is kept, when a backup is due, and how a
caller's number is shown.

Pure functions of their arguments (local time comes from the timestamps given), so the
schedule can be tested without a clock or a database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from console.domain.flags import mask_caller

DAY = 86400
_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class DataSafetyError(ValueError):
    """A setting value that does not read; the message names the setting."""


@dataclass(frozen=True, slots=True)
class DataSafetySettings:
    retention_days: int = 90  # free-text notes and transcripts older than this are purged
    backup_keep: int = 10  # newest backups kept
    shift_end: str | None = None  # "HH:MM" local: a backup then too (besides the day change)
    show_full_callers: bool = False  # caller numbers in full (the choice is audited)


def validated(settings: DataSafetySettings) -> DataSafetySettings:
    """Raise DataSafetyError for values the rules cannot work with."""
    if not 1 <= settings.retention_days <= 3650:
        raise DataSafetyError("retention_days must be between 1 and 3650")
    if not 1 <= settings.backup_keep <= 1000:
        raise DataSafetyError("backup_keep must be between 1 and 1000")
    if settings.shift_end is not None and not _HHMM.match(settings.shift_end):
        raise DataSafetyError("shift_end must be a local time HH:MM (or empty)")
    return settings


def retention_cutoff(now: float, days: int) -> float:
    """Text dated before this is purged."""
    return now - days * DAY


def last_boundary(now: float, shift_end: str | None) -> float:
    """The latest backup moment at or before ``now``: local midnight (the day changed) or
    the day's shift end, whichever came last."""
    local = datetime.fromtimestamp(now)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    candidates = [midnight]
    m = _HHMM.match(shift_end or "")
    if m:
        end = midnight.replace(hour=int(m.group(1)), minute=int(m.group(2)))
        candidates.append(end if end <= local else end - timedelta(days=1))
    return max(c.timestamp() for c in candidates)


def backup_due(last_backup: float | None, now: float, shift_end: str | None) -> bool:
    """A shift ended (the day changed, or the set shift end passed) since the last backup.
    With no backup yet, one is due: the first run leaves a restore point."""
    if last_backup is None:
        return True
    return last_backup < last_boundary(now, shift_end)


def show_caller(number: str | None, settings: DataSafetySettings) -> str:
    """A caller's number as the UI, reports and logs show it: last four digits unless the
    floor chose to show numbers in full."""
    return mask_caller(number, settings.show_full_callers)
