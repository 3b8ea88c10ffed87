"""The report as an Excel workbook: one sheet a section, real numbers and dates.

xlsxwriter rather than openpyxl: the report only ever writes, xlsxwriter is the faster and
leaner writer (no dependencies of its own), and it sets number formats per cell directly.
Shares are fractions with a percent format, durations are seconds (the heading says "(s)"),
moments are Excel date-times in local time, so a manager can sort, sum and chart them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import xlsxwriter

from console.reports import tables
from console.reports.formatting import moment
from console.reports.model import ReportData
from console.reports.texts import ReportTexts

_FORMATS = {
    tables.PCT: "0.0%",
    tables.SECONDS: "0",
    tables.MINUTES: "0.0",
    tables.SCORE: "0",
    tables.NUMBER: "0.0",
    tables.TRUST: "0.0",  # the number itself: a sheet computes with it (below 0: overdue)
    tables.INT: "0",
    tables.TIME: "yyyy-mm-dd hh:mm",
}
_WIDTHS = {tables.TEXT: 22, tables.CODE: 14, tables.TIME: 17, tables.BOOL: 9}


def heading(column: tables.Column) -> str:
    """Durations are plain seconds in the spreadsheets: the heading says so."""
    return f"{column.title} (s)" if column.kind == tables.SECONDS else column.title


def row_label(table: tables.Table, index: int) -> object:
    """A figure/value table's label, with the unit of a duration the sheet gives as a number."""
    label = table.rows[index][0]
    kind = table.row_kinds[index] if table.row_kinds else None
    if kind == tables.SECONDS:
        return f"{label} (s)"
    if kind == tables.MINUTES:
        return f"{label} (min)"
    return label


def sheet_name(title: str, taken: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:31] or "Sheet"
    base, n = name, 2
    while name.lower() in taken:
        suffix = f" {n}"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def write_xlsx(data: ReportData, texts: ReportTexts, path: Path | str,
               progress: Callable[[int], None] | None = None) -> int:
    """Write the workbook; returns the number of sheets."""
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False,
                                         "strings_to_formulas": False,
                                         "strings_to_urls": False})
    try:
        formats = {k: wb.add_format({"num_format": f}) for k, f in _FORMATS.items()}
        bold = wb.add_format({"bold": True, "bg_color": "#E3E8EE", "text_wrap": True,
                              "valign": "top"})
        note = wb.add_format({"italic": True, "font_color": "#555555"})
        all_tables = tables.all_tables(data, texts)
        taken: set[str] = set()
        for i, table in enumerate(all_tables):
            ws = wb.add_worksheet(sheet_name(table.title, taken))
            _write_table(ws, table, formats, bold, note)
            if table.key == "summary":
                _write_meta(ws, len(table.rows) + 3, data, texts, bold, formats[tables.TIME])
            if progress is not None:
                progress(100 * (i + 1) // len(all_tables))
    finally:
        wb.close()
    return len(all_tables)


def _write_table(ws, table: tables.Table, formats: dict, bold, note) -> None:
    for c, column in enumerate(table.columns):
        ws.write_string(0, c, heading(column), bold)
        width = 28 if table.row_kinds and c == 0 else _WIDTHS.get(column.kind, 12)
        ws.set_column(c, c, width)
    ws.freeze_panes(1, 0)
    for r, row in enumerate(table.rows, start=1):
        for c, (value, column) in enumerate(zip(row, table.columns, strict=True)):
            kind = table.row_kinds[r - 1] if table.row_kinds and c == 1 else column.kind
            if table.row_kinds and c == 0:
                value = row_label(table, r - 1)
            _write_cell(ws, r, c, value, kind, formats)
    if table.rows:
        ws.autofilter(0, 0, len(table.rows), len(table.columns) - 1)
    if table.note:
        ws.write_string(len(table.rows) + 1 + (1 if table.rows else 0), 0, table.note, note)


def _write_cell(ws, r: int, c: int, value, kind: str, formats: dict) -> None:
    if value is None:
        ws.write_blank(r, c, None)
    elif kind == tables.TIME:
        ws.write_datetime(r, c, datetime.fromtimestamp(value), formats[tables.TIME])
    elif kind == tables.BOOL:
        ws.write_boolean(r, c, bool(value))
    elif kind in _FORMATS:
        ws.write_number(r, c, value, formats[kind])
    else:
        ws.write_string(r, c, str(value))


def _write_meta(ws, row: int, data: ReportData, t: ReportTexts, bold, date_format) -> None:
    """Under the summary: the range, when the report was made and what it covers."""
    r = data.request
    lines = [
        (t.columns["from"], datetime.fromtimestamp(r.start)),
        (t.columns["to"], datetime.fromtimestamp(r.end)),
        (t.generated.format(when="").strip(), moment(data.generated_at)),
        (t.columns["team"], ", ".join(data.teams_shown) if data.teams_shown else t.all_teams),
    ]
    for i, (label, value) in enumerate(lines):
        ws.write_string(row + i, 0, label, bold)
        if isinstance(value, datetime):
            ws.write_datetime(row + i, 1, value, date_format)
        else:
            ws.write_string(row + i, 1, value)
    if data.pseudonymised:
        ws.write_string(row + len(lines), 0, t.pseudonymised)
