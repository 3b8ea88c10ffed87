"""Printed report cells carry their units and the console's words: no "2880.0", no "-8.3"."""

from __future__ import annotations

from datetime import datetime

from console.reports import tables
from console.reports.formatting import print_cell
from console.reports.texts import ReportTexts


def test_minutes_print_with_units(qapp) -> None:
    t = ReportTexts()
    assert print_cell(2880.0, tables.MINUTES, t, False) == "48 h"
    assert print_cell(175.4, tables.MINUTES, t, False) == "2 h 55 min"
    assert print_cell(42.0, tables.MINUTES, t, False) == "42 min"
    assert print_cell(3.5, tables.MINUTES, t, False) == "3.5 min"


def test_a_late_first_reply_prints_overdue_like_the_console(qapp) -> None:
    t = ReportTexts()
    assert print_cell(-8.3, tables.TRUST, t, False) == "overdue"
    assert print_cell(72.4, tables.TRUST, t, False) == "72"


def test_a_moment_before_the_report_starts_carries_its_date(qapp) -> None:
    t = ReportTexts()
    start = datetime(2026, 11, 23, 8, 0).timestamp()
    yesterday = datetime(2026, 11, 22, 17, 30).timestamp()
    today = datetime(2026, 11, 23, 9, 15).timestamp()
    assert print_cell(yesterday, tables.TIME, t, False, since=start) == "11-22 17:30"
    assert print_cell(today, tables.TIME, t, False, since=start) == "09:15"


def test_the_escalation_table_types_trust_as_trust(qapp) -> None:
    from console.reports import tables as tb

    spec = {c.key: c.kind for c in tb._cols(ReportTexts(), "trust:trust")}
    assert spec == {"trust": tb.TRUST}
