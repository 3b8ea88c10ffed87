"""Page breaks and line boxes of the printed tables, read back from the PDF with pypdf's text
positions: a heading is never the last thing on a page, no row starts on two pages, and
the Chinese and Latin cells of a row share a baseline.

One document sweeps a spacer of growing height in front of the same section, a page per
step, so the page foot falls on the heading, on the column headings, on the first row and
on the rows in turn: each case that once went wrong comes up."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from console.reports import pdf, tables
from console.reports.build import build_report
from console.reports.model import ReportRequest
from console.reports.texts import ReportTexts
from console.services.session import open_database
from tests.reports.conftest import Shift

pytestmark = pytest.mark.usefixtures("qapp")

TITLE = "Kept heading"
ROWS = 7
STEPS = 14
NOTE = "N{k}a " + "与坐席谈过情绪稳定，明天早班再跟进一次，如有需要安排休息 then more words " * 4 + "N{k}z"  # noqa: E501


def _table() -> tables.Table:
    cols = (tables.Column("agent", "Agent", tables.TEXT),
            tables.Column("name", "名字", tables.TEXT),
            tables.Column("calls", "Calls", tables.INT),
            tables.Column("note", "Note", tables.TEXT))
    rows = tuple((f"R{k}x", "张伟", k, NOTE.format(k=k) if k % 2 else f"N{k}a N{k}z")
                 for k in range(ROWS))
    return tables.Table("notes", TITLE, cols, rows)


def _write(shift: Shift, path: Path, page: str, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = open_database(shift.db)
    try:
        data = build_report(conn, ReportRequest(shift.start, shift.end), shift.now)
    finally:
        conn.close()
    t = ReportTexts()
    section = pdf.table_html(_table(), t, False)
    probe = pdf.PrintedReport(data, t, page)
    body_css_px = probe.body_h * 96 / pdf.DPI  # the page body in CSS px

    def body(_data, _t, _ids, line_px=None) -> str:
        parts = [pdf.report_css(line_px)]
        for i in range(STEPS):  # the section's top from 260 px to 8 px above the page foot
            spacer = body_css_px - 260 + i * 18 + i % 8 * 1.5  # and across a row's height
            parts.append(f'<p style="line-height: {spacer:.1f}px; -qt-line-height-type: fixed;'
                         f' margin: 0">s{i}</p>{section}'
                         '<div style="page-break-before: always"></div>')
        return "".join(parts)

    monkeypatch.setattr(pdf, "body_html", body)
    pdf.write_pdf(data, t, path, page)


def _items(path: Path) -> list[list[tuple[str, float]]]:
    """Per page: (text, baseline y from the top in points) of every text run in the body."""
    pages = []
    for page in PdfReader(path).pages:
        height = float(page.mediabox.height)
        found: list[tuple[str, float]] = []

        def visit(text, cm, tm, _font, _size, found=found, height=height) -> None:
            if text.strip():
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                found.append((" ".join(text.split()), height - y))

        page.extract_text(visitor_text=visit)
        # the body only: no running header or page number, and no line from the foot of
        # the page before, painted clipped above this body (unseen, yet its text is there)
        top, foot = pdf.MARGIN_MM * 72 / 25.4 + 24, height - pdf.MARGIN_MM * 72 / 25.4 - 18
        pages.append([(t, y) for t, y in found if top < y < foot])
    return pages


@pytest.fixture(scope="module", params=["A4", "Letter"])
def sweep(request, shift: Shift, tmp_path_factory) -> list[list[tuple[str, float]]]:
    mp = pytest.MonkeyPatch()
    try:
        path = tmp_path_factory.mktemp("layout") / f"sweep-{request.param}.pdf"
        _write(shift, path, request.param, mp)
    finally:
        mp.undo()
    return _items(path)


def test_a_heading_is_never_the_last_thing_on_a_page(sweep) -> None:
    headed = 0
    for number, items in enumerate(sweep, 1):
        body = items
        if not body:
            continue
        lowest = max(y for _t, y in body)
        last = " ".join(t for t, y in body if abs(y - lowest) < 1)
        assert TITLE not in last and "Agent" not in last, (number, last)
        headed += any(TITLE in t for t, _y in body)
    assert headed >= STEPS  # the section came out on the pages (and repeats where it runs on)


def test_no_row_starts_on_two_pages(sweep) -> None:
    """On every page, a row's first cell, its Chinese cell and the first and last lines of its
    note are there together or not at all (a Chinese cell's taller line once dropped alone to
    the next page, and the later lines of a wrapped cell ran onto it)."""
    rows_seen = 0
    for number, items in enumerate(sweep, 1):
        words = " ".join(t for t, _y in items).split()
        han = sum(t.count("张伟") for t, _y in items)
        starts = [k for k in range(ROWS) if f"R{k}x" in words]
        assert han == len(starts), (number, "a Chinese cell without its row")
        for k in range(ROWS):
            parts = (f"R{k}x" in words, f"N{k}a" in words, f"N{k}z" in words)
            assert len(set(parts)) == 1, (number, k, parts)
        rows_seen += len(starts)
    assert rows_seen == ROWS * STEPS


def test_chinese_and_latin_cells_of_a_row_share_a_baseline(sweep) -> None:
    compared = 0
    for items in sweep:
        rows = {y for t, y in items if re.fullmatch(r"R\d+x", t)}
        for text, y in items:
            if "张伟" in text and rows:
                nearest = min(rows, key=lambda r, y=y: abs(r - y))
                assert abs(nearest - y) < 0.3, (text, y, nearest)
                compared += 1
    assert compared >= ROWS * STEPS
