"""The span of times Composure stores: 1970 to the end of 2999.

A time outside it is a damaged cell, a millisecond or microsecond epoch given as seconds, or a
placeholder date (``9999-12-31``). SQLite refuses integers of 2**63 and more, and Python's
``datetime`` cannot show a local time past year 9999, so such a value stored once would make
every later listing, report and statistic of that period fail. Importers refuse it with the
line and the reason instead, and the commands that take a date refuse one outside the span.
"""

from __future__ import annotations

import math

MIN_TS = 0  # 1970-01-01 00:00 UTC
MAX_TS = 32503680000  # 3000-01-01 00:00 UTC
MIN_YEAR, MAX_YEAR = 1970, 2999
SPAN_TEXT = "between 1970 and 2999"


def epoch_problem(value: float) -> str | None:
    """Why ``value`` (epoch seconds) cannot be stored, or None when it can."""
    if not math.isfinite(value):
        return "is not a finite number"
    if value < MIN_TS:
        return f"is before 1970 (times must be {SPAN_TEXT})"
    if value >= MAX_TS:
        hint = " (milliseconds given as seconds?)" if 1e12 <= value < 1e16 else ""
        return f"is after 2999{hint} (times must be {SPAN_TEXT})"
    return None


def year_problem(year: int) -> str | None:
    """Why a date of ``year`` is outside the span, or None when it is inside."""
    if MIN_YEAR <= year <= MAX_YEAR:
        return None
    return f"year {year} is out of range (dates must be {SPAN_TEXT})"


class TimeOutOfRange(ValueError):
    """A readable time outside the span; the message names the value and the span."""


def checked_epoch(value: float, text: str) -> int:
    """``value`` as whole epoch seconds; raises ValueError naming ``text`` when it is out of
    the span (an importer reports that on the row's line)."""
    problem = epoch_problem(value)
    if problem is not None:
        raise TimeOutOfRange(f"{text[:40]!r} {problem}")
    return math.floor(value)
