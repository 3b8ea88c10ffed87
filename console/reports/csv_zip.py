"""The report as a zip of CSV files, one a section, for tools that want plain data.

Each file is UTF-8 with a byte-order mark: without it Excel opens a UTF-8 CSV as the system's
ANSI code page and Chinese names turn to mojibake. Numbers are plain (a share as a fraction,
a duration in seconds, a moment as local ISO time); headings are in the report's language.
A section with no rows still has its file, holding the headings and one line saying why.
A README.txt names the range, the generation time and each file's section.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from console.reports import tables
from console.reports.formatting import csv_cell, moment
from console.reports.model import ReportData
from console.reports.texts import ReportTexts
from console.reports.xlsx import heading, row_label

BOM = "\ufeff"


def file_names(all_tables: list[tables.Table]) -> list[str]:
    return [f"{i:02d}-{t.key.replace('_', '-')}.csv" for i, t in enumerate(all_tables, 1)]


def table_csv(table: tables.Table) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow([heading(c) for c in table.columns])
    for i, row in enumerate(table.rows):
        cells = [csv_cell(v, table.row_kinds[i] if table.row_kinds and j == 1 else c.kind)
                 for j, (v, c) in enumerate(zip(row, table.columns, strict=True))]
        if table.row_kinds:
            cells[0] = str(row_label(table, i))
        w.writerow(cells)
    if not table.rows and table.note:
        w.writerow([table.note])
    return BOM + out.getvalue()


def write_csv_zip(data: ReportData, texts: ReportTexts, path: Path | str,
                  progress: Callable[[int], None] | None = None) -> int:
    """Write the zip; returns the number of CSV files."""
    all_tables = tables.all_tables(data, texts)
    names = file_names(all_tables)
    r = data.request
    readme = [texts.report_title,
              texts.range.format(start=moment(r.start), end=moment(r.end)),
              texts.generated.format(when=moment(data.generated_at)),
              texts.teams.format(teams=", ".join(data.teams_shown)) if data.teams_shown
              else texts.all_teams]
    if data.pseudonymised:
        readme.append(texts.pseudonymised)
    readme.append("")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for i, (name, table) in enumerate(zip(names, all_tables, strict=True)):
            zf.writestr(name, table_csv(table).encode("utf-8"))
            readme.append(f"{name}: {table.title}" + (f" ({table.note})" if table.note else ""))
            if progress is not None:
                progress(100 * (i + 1) // len(all_tables))
        zf.writestr("README.txt", (BOM + "\r\n".join(readme) + "\r\n").encode("utf-8"))
    return len(all_tables)
