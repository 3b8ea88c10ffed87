"""The workbook and the CSV zip read back: one sheet / file a section, real numbers and dates,
the same figures as `composure stats --json` for the same range, UTF-8 with a BOM."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from console import cli
from console.reports import tables
from console.reports.build import build_report
from console.reports.csv_zip import file_names
from console.reports.formatting import csv_cell
from console.reports.model import ReportRequest
from console.reports.texts import ReportTexts
from console.services.session import open_database
from tests.reports.conftest import Shift


def _range_args(shift: Shift) -> list[str]:
    fmt = "%Y-%m-%dT%H:%M"
    return ["--db", str(shift.db), "--from", datetime.fromtimestamp(shift.start).strftime(fmt),
            "--to", datetime.fromtimestamp(shift.end).strftime(fmt)]


def _stats_json(shift: Shift, capsys) -> dict:
    assert cli.main(["stats", *_range_args(shift), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _rows(ws) -> list[tuple]:
    return list(ws.iter_rows(values_only=True))


def test_workbook_numbers_equal_composure_stats(shift: Shift, tmp_path: Path, capsys) -> None:
    path = tmp_path / "r.xlsx"
    assert cli.main(["report", *_range_args(shift), "-o", str(path)]) == 0
    capsys.readouterr()
    stats = _stats_json(shift, capsys)
    wb = openpyxl.load_workbook(path)
    t = ReportTexts()
    assert wb.sheetnames[:4] == [t.sections[k] for k in ("summary", "queues", "intervals",
                                                         "agents")]
    assert len(wb.sheetnames) == 12
    summary = {r[0]: r[1] for r in _rows(wb[t.sections["summary"]])[1:] if r[0]}
    total = stats["total"]
    assert summary[t.summary["offered"]] == total["offered"]
    assert summary[t.summary["answered"]] == total["answered"]
    assert summary[t.summary["abandoned"]] == total["abandoned"]
    assert isinstance(summary[t.summary["service_level"]], float)
    assert round(summary[t.summary["service_level"]], 4) == total["service_level"]
    assert round(summary[t.summary["abandon_rate"]], 4) == total["abandon_rate"]
    assert summary[t.columns["from"]] == datetime.fromtimestamp(shift.start)

    queues = _rows(wb[t.sections["queues"]])
    head = queues[0]
    by_queue = {r[0]: dict(zip(head, r, strict=True)) for r in queues[1:] if r[0]}
    for q in stats["queues"]:
        row = by_queue[q["queue"]]
        assert row[t.columns["offered"]] == q["offered"]
        assert row[t.columns["answered"]] == q["answered"]
        assert row[t.columns["answered_in_sl"]] == q["answered_within_sl"]
        assert row[t.columns["abandoned"]] == q["abandoned"]
        assert round(row[t.columns["service_level"]], 4) == q["service_level"]
        assert round(row[t.columns["mean_hold_s"] + " (s)"], 1) == q["mean_hold_s"]
    assert by_queue[t.columns["all_queues"]][t.columns["offered"]] == total["offered"]

    intervals = _rows(wb[t.sections["intervals"]])
    assert isinstance(intervals[1][0], datetime) and isinstance(intervals[1][2], int)
    assert sum(r[2] for r in intervals[1:]) == total["offered"]

    agents = _rows(wb[t.sections["agents"]])
    calls = {a["agent"]: a["answered"] for a in stats["agents"]}
    for row in agents[1:]:
        assert row[2] == calls.get(row[0], 0)
    flags = _rows(wb[t.sections["flags"]])
    assert len(flags) > 5 and isinstance(flags[1][0], datetime)
    assert isinstance(flags[1][10], bool)


def test_a_section_without_data_says_why(shift: Shift, tmp_path: Path, monkeypatch) -> None:
    from console.reports import optional_sources
    from console.reports.xlsx import write_xlsx

    monkeypatch.setattr(optional_sources, "_lookup", lambda module, name: None)
    conn = open_database(shift.db)
    try:
        data = build_report(conn, ReportRequest(shift.start, shift.end), shift.now)
    finally:
        conn.close()
    t = ReportTexts()
    write_xlsx(data, t, tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    esc = _rows(wb[t.sections["escalations"]])
    assert esc[1][0] == t.unavailable["escalations"]
    rec = _rows(wb[t.sections["recognition"]])
    assert rec[1][0] == t.unavailable["recognition"]


def test_csv_zip_round_trips(shift: Shift, tmp_path: Path, capsys) -> None:
    path = tmp_path / "r.zip"
    assert cli.main(["report", *_range_args(shift), "-o", str(path)]) == 0
    conn = open_database(shift.db)
    try:
        data = build_report(conn, ReportRequest(shift.start, shift.end), shift.now)
    finally:
        conn.close()
    expected = tables.all_tables(data, ReportTexts())
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        assert names == [*file_names(expected), "README.txt"]
        for name, table in zip(names, expected, strict=False):
            raw = zf.read(name)
            assert raw.startswith(b"\xef\xbb\xbf"), name  # the BOM Excel needs for UTF-8
            rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
            assert len(rows[0]) == len(table.columns)
            if not table.rows:
                assert rows[1] == [table.note]
                continue
            assert len(rows) == len(table.rows) + 1
            if table.row_kinds:
                continue
            for got, row in zip(rows[1:], table.rows, strict=True):
                assert got == [csv_cell(v, c.kind) for v, c in zip(row, table.columns,
                                                                    strict=True)]
        readme = zf.read("README.txt").decode("utf-8-sig")
        agents = {r[0] for r in list(csv.reader(io.StringIO(
            zf.read("04-agents.csv").decode("utf-8-sig"))))[1:]}
        summary = list(csv.reader(io.StringIO(zf.read("01-summary.csv").decode("utf-8-sig"))))
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in a) for a in agents)
    assert summary[1] == [ReportTexts().summary["offered"], str(data.summary.offered)]
    assert "01-summary.csv" in readme and "2026-03-02 06:00" in readme


@pytest.mark.parametrize("value,kind,text", [
    (0.85714, tables.PCT, "0.85714"), (372.25, tables.SECONDS, "372.25"),
    (3.0, tables.MINUTES, "3"), (None, tables.INT, ""), (True, tables.BOOL, "1"),
])
def test_csv_cells_are_plain_numbers(value, kind, text) -> None:
    assert csv_cell(value, kind) == text
