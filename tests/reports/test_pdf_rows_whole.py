"""No table row of the printed report is split across pages, in English and in Chinese.

Read back with poppler's ``pdftotext``, one page at a time, which is what a reader's search
and copy see: each row carries a token in its first cell and tokens at the start, middle and
end of its wrapped note; every token must be in the PDF exactly once (a row cut at a page
foot had its last line painted, clipped and unseen, at the top of the next page too, so
a search found it twice), and a row's tokens on one page (the rest of a wrapped cell once
ran onto the next page). The rows are of many heights, so the page foot falls inside rows of
every kind; a continued table repeats its heading and column headings."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.reports import pdf, tables
from console.reports.build import build_report
from console.reports.command import install_translations
from console.reports.model import ReportRequest
from console.reports.texts import ReportTexts
from console.services.session import open_database
from tests.reports.conftest import Shift

pytestmark = [pytest.mark.usefixtures("qapp"),
              pytest.mark.skipif(shutil.which("pdftotext") is None,
                                 reason="poppler-utils' pdftotext is not installed")]

ROWS = 90
WORDS = {
    "en": "talked it through with the agent, calm again; follow up on the early shift",
    "zh_CN": "与坐席谈过情绪稳定，明天早班再跟进一次，如有需要安排休息",
}
TITLE = {"en": "Kept rows", "zh_CN": "整行不拆"}


def _table(lang: str) -> tables.Table:
    cols = (tables.Column("agent", "Agent" if lang == "en" else "坐席", tables.TEXT),
            tables.Column("team", "Team" if lang == "en" else "班组", tables.TEXT),
            tables.Column("calls", "Calls" if lang == "en" else "来电", tables.INT),
            tables.Column("note", "Note" if lang == "en" else "备注", tables.TEXT))
    rows = []
    for k in range(ROWS):
        body = " ".join([WORDS[lang]] * (k % 7))  # 0 to 6 times: one line to many
        rows.append((f"R{k}x", "张伟" if lang == "zh_CN" else "Aurora", k,
                     f"R{k}a {body} R{k}m {body} R{k}z"))
    return tables.Table("notes", TITLE[lang], cols, tuple(rows))


@pytest.fixture(params=["en", "zh_CN"])
def lang(request, qapp) -> Iterator[str]:
    translators = install_translations(qapp, request.param)
    yield request.param
    for t in translators:
        qapp.removeTranslator(t)
    install_translations(qapp, "en")


def _write(shift: Shift, lang: str, path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    conn = open_database(shift.db)
    try:
        data = build_report(conn, ReportRequest(shift.start, shift.end), shift.now)
    finally:
        conn.close()
    t = ReportTexts()

    def body(_data, _t, _ids, line_px=None) -> str:
        intro = "<p>x</p>" * 7  # the table starts part-way down the first page
        return pdf.report_css(line_px) + intro + pdf.table_html(_table(lang), t, False)

    monkeypatch.setattr(pdf, "body_html", body)
    return pdf.write_pdf(data, t, path)


def _pages(path: Path, count: int) -> list[str]:
    out = []
    for n in range(1, count + 1):
        done = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"],
                              capture_output=True, text=True, check=True, timeout=60)
        out.append(done.stdout)
    return out


def test_every_row_lands_whole_on_one_page(shift: Shift, lang: str, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / f"rows-{lang}.pdf"
    count = _write(shift, lang, path, monkeypatch)
    pages = _pages(path, count)
    assert count >= 4, count  # the rows run over several page feet
    words = [page.split() for page in pages]
    for k in range(ROWS):
        where = {token: [n for n, w in enumerate(words, 1) for _ in range(w.count(token))]
                 for token in (f"R{k}x", f"R{k}a", f"R{k}m", f"R{k}z")}
        for token, found in where.items():
            assert len(found) == 1, (lang, token, "found on pages", found)
        assert len({found[0] for found in where.values()}) == 1, (lang, k, where)
    continued = [n for n, page in enumerate(pages, 1) if TITLE[lang] in page]
    assert continued == list(range(1, count + 1)), continued  # each page says what it is
    if lang == "zh_CN":
        assert all("与坐席谈过" in page for page in pages[1:]), "the Chinese text is searchable"
