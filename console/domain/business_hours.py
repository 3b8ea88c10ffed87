"""A business-hours clock: how many working seconds lie between two moments, in local time.

Escalation promises can run on the wall clock (24x7, the default: "we'll call you back within
24 hours" is what the customer hears) or on the floor's opening hours, the way ticketing tools
count SLAs. Hours are weekly (per weekday, any number of open intervals) plus optional closed
dates (public holidays). Everything is local time, so a day is found with the process's time
zone; a daylight-saving day simply has one hour more or less of wall time and the open
intervals are placed by the local clock, which is what a floor's opening hours mean.

Pure functions: no clock of their own, every moment is passed in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as dtime

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_MAX_DAYS = 3660  # ten years: an imported ticket older than that is not counted day by day

Interval = tuple[int, int]  # minutes after local midnight: [start, end), end <= 1440


@dataclass(frozen=True, slots=True)
class WeeklyHours:
    """Open intervals per weekday (index 0 = Monday), in minutes after local midnight."""

    days: tuple[tuple[Interval, ...], ...]
    closed_dates: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if len(self.days) != 7:
            raise ValueError("weekly hours need seven days (Monday first)")
        for day in self.days:
            previous_end = -1
            for start, end in day:
                if not 0 <= start < end <= 1440 or start < previous_end:
                    raise ValueError(f"open interval {start}-{end} min is not a valid,"
                                     " ordered part of a day")
                previous_end = end
        if self.minutes_per_week() == 0:
            raise ValueError("business hours must be open at least once a week")

    @classmethod
    def office(cls, start: str = "09:00", end: str = "18:00",
               weekdays: Iterable[int] = range(5)) -> WeeklyHours:
        """The same hours on the given weekdays (default Monday to Friday)."""
        interval = (_minutes(start), _minutes(end))
        chosen = set(weekdays)
        return cls(tuple((interval,) if d in chosen else () for d in range(7)))

    @classmethod
    def parse(cls, text: str) -> WeeklyHours:
        """``"mon-fri 09:00-18:00; sat 10:00-14:00"`` (later parts add to earlier ones)."""
        days: list[list[Interval]] = [[] for _ in range(7)]
        for part in filter(None, (p.strip() for p in re.split(r"[;,\n]", text))):
            m = re.fullmatch(r"([a-z]{3})(?:\s*-\s*([a-z]{3}))?\s+(\d{1,2}:\d{2})\s*-\s*"
                             r"(\d{1,2}:\d{2})", part.lower())
            if not m or m.group(1) not in DAY_NAMES or (m.group(2) or "mon") not in DAY_NAMES:
                raise ValueError(f"cannot read business hours {part!r}"
                                 " (expected e.g. 'mon-fri 09:00-18:00')")
            first = DAY_NAMES.index(m.group(1))
            last = DAY_NAMES.index(m.group(2)) if m.group(2) else first
            if last < first:
                raise ValueError(f"day range {part!r} runs backwards")
            for d in range(first, last + 1):
                days[d].append((_minutes(m.group(3)), _minutes(m.group(4))))
        return cls(tuple(tuple(sorted(d)) for d in days))

    def minutes_per_week(self) -> int:
        return sum(end - start for day in self.days for start, end in day)

    def open_spans(self, day: date) -> list[tuple[float, float]]:
        """The day's open intervals as epoch seconds (empty on a closed date)."""
        if day in self.closed_dates:
            return []
        midnight = datetime.combine(day, dtime())
        return [(_at(midnight, start), _at(midnight, end))
                for start, end in self.days[day.weekday()]]


ALWAYS_OPEN = WeeklyHours(tuple(((0, 1440),) for _ in range(7)))


def _minutes(hhmm: str) -> int:
    h, m = (int(x) for x in hhmm.strip().split(":"))
    if not (0 <= h <= 24 and 0 <= m < 60) or h * 60 + m > 1440:
        raise ValueError(f"{hhmm!r} is not a time of day")
    return h * 60 + m


def _at(midnight: datetime, minute: int) -> float:
    return (midnight + timedelta(minutes=minute)).timestamp()


def business_seconds(start: float, end: float, hours: WeeklyHours) -> float:
    """Open seconds in [start, end); 0 when end <= start."""
    if end <= start:
        return 0.0
    day = datetime.fromtimestamp(start).date()
    last = datetime.fromtimestamp(end).date()
    if (last - day).days > _MAX_DAYS:
        day = last - timedelta(days=_MAX_DAYS)
    total = 0.0
    while day <= last:
        for open_at, close_at in hours.open_spans(day):
            total += max(0.0, min(close_at, end) - max(open_at, start))
        day += timedelta(days=1)
    return total


def add_business_seconds(start: float, seconds: float, hours: WeeklyHours) -> float:
    """The moment when ``seconds`` of open time have passed after ``start``.

    Lands on the end of an open interval rather than the next opening when the budget runs
    out exactly at closing time: a promise "by end of business" is due at 18:00, not 09:00.
    """
    if seconds <= 0:
        return start
    left = float(seconds)
    day = datetime.fromtimestamp(start).date()
    for _ in range(_MAX_DAYS):
        for open_at, close_at in hours.open_spans(day):
            begin = max(open_at, start)
            if close_at <= begin:
                continue
            if close_at - begin >= left:
                return begin + left
            left -= close_at - begin
        day += timedelta(days=1)
    return float("inf")
