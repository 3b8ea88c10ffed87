"""How a cell of a given kind reads in print (PDF, preview) and in a CSV file.

Print follows what a manager reads: "85.6 %", "6:12", "08:30". The CSV keeps plain numbers
(a fraction for a share, seconds for a duration, ISO local time for a moment) so a spreadsheet
can compute with them; only the headings are translated.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from console.reports import tables
from console.reports.texts import ReportTexts


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    total = round(seconds)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def clock(ts: float, with_date: bool) -> str:
    return datetime.fromtimestamp(ts).strftime("%m-%d %H:%M" if with_date else "%H:%M")


def day_label(ts: float) -> str:
    """A day (or the Monday of a week) under a chart bar: "03-02"."""
    return datetime.fromtimestamp(ts).strftime("%m-%d")


def moment(ts: float) -> str:
    return datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")


def spans_days(start: float, end: float) -> bool:
    """Whether a range crosses a local midnight (a night shift): times then carry the date."""
    return datetime.fromtimestamp(start).date() != datetime.fromtimestamp(end - 1).date()


def minutes_text(minutes: float, t: ReportTexts) -> str:
    """A span of minutes in words with its unit: "2 h 55 min", "48 h", "3.5 min" (a bare
    "2880.0" or "175.4" once left the reader to guess the unit)."""
    if minutes < 10:
        return t.minutes.format(m=f"{minutes:.1f}".rstrip("0").rstrip("."))
    total = round(minutes)
    h, m = divmod(total, 60)
    if not h:
        return t.minutes.format(m=m)
    return t.hours.format(h=h) if not m else t.hours_minutes.format(h=h, m=m)


def print_cell(value: Any, kind: str, t: ReportTexts, with_date: bool,
               since: float | None = None) -> str:
    """``since``: the report's start; a moment before it (an escalation opened the day
    before) carries its date even in a one-day report."""
    if value is None:
        return "–"
    if kind == tables.PCT:
        return f"{value * 100:.1f} %"
    if kind == tables.SECONDS:
        return duration(value)
    if kind == tables.MINUTES:
        return minutes_text(value, t)
    if kind == tables.SCORE:
        return f"{value:.0f}"
    if kind == tables.TRUST:
        return t.overdue if value < 0 else f"{value:.0f}"
    if kind == tables.NUMBER:
        return f"{value:.1f}"
    if kind == tables.TIME:
        return clock(value, with_date or (since is not None and value < since))
    if kind == tables.BOOL:
        return t.yes if value else t.no
    return str(value)


def csv_cell(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == tables.TIME:
        return datetime.fromtimestamp(value).isoformat(sep=" ", timespec="seconds")
    if kind == tables.BOOL:
        return "1" if value else "0"
    if kind == tables.PCT:
        return f"{value:.6g}"
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return str(value)
