"""The PDF read back with pypdf: section titles, the summary's figures, page headers and
numbers, Chinese names and notes as text (the CJK font embedded), in English and zh_CN, on A4
and Letter, and a shift across midnight with no calls at all."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication

from console.reports.build import build_report
from console.reports.command import install_translations
from console.reports.export import export_report
from console.reports.formatting import duration
from console.reports.model import ReportRequest
from console.reports.pdf import preview_images, write_pdf
from console.reports.shifts import DEFAULT_PRESETS, shift_range
from console.reports.texts import ReportTexts
from console.services.session import open_database
from tests.reports.conftest import DAY, Shift

pytestmark = pytest.mark.usefixtures("qapp")


def _text(path: Path) -> tuple[str, list[str]]:
    """The PDF's text as a reader extracts it. pypdf puts a space where two glyphs of a run
    sit apart (it happens inside Chinese words, "半小 时", while pdftotext reads "半小时"):
    a space between two Han characters is that artefact, not the report's text."""
    pages = [_CJK_GAP.sub("", " ".join(p.extract_text().split()))
             for p in PdfReader(path).pages]
    return " ".join(pages), pages


_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.fixture
def zh_cn(qapp) -> Iterator[None]:
    translators = install_translations(qapp, "zh_CN")
    yield
    for t in translators:
        qapp.removeTranslator(t)
    install_translations(qapp, "en")


def _data(shift: Shift, **kw):
    conn = open_database(shift.db)
    try:
        return build_report(conn, ReportRequest(shift.start, shift.end, **kw), shift.now)
    finally:
        conn.close()


def _check_report(path: Path, shift: Shift) -> str:
    data = _data(shift)
    t = ReportTexts()  # in whatever language is installed now
    text, pages = _text(path)
    titles = [t.report_title, *(t.sections[k] for k in (
        "summary", "queues", "intervals", "agents", "flags", "repeat_callers", "sessions",
        "escalations", "notes", "recognition", "issues"))]
    for title in titles:
        assert title in text, title
    s = data.summary
    for label, value in ((t.summary["offered"], str(s.offered)),
                         (t.summary["answered"], str(s.answered)),
                         (t.summary["abandoned"], str(s.abandoned)),
                         (t.summary["service_level"], f"{s.service_level * 100:.1f} %"),
                         (t.summary["aht_s"], duration(s.aht_s)),
                         (t.summary["longest_wait_s"], duration(s.longest_wait_s))):
        assert f"{label} {value}" in pages[0], (label, value)
    assert t.page.format(page=1, pages=len(pages)) in pages[0]
    assert t.page.format(page=len(pages), pages=len(pages)) in pages[-1]
    assert "2026-03-02 06:00" in pages[0] and "2026-03-02 14:00" in pages[-1]
    # Chinese content comes out as text: the queue, the agents' names, the lead's note
    assert "投诉" in text and "情绪稳定" in text
    cjk_agents = [a.agent for a in data.agents if _has_cjk(a.agent)]
    assert cjk_agents and all(a in text for a in cjk_agents)
    return text


def test_english_pdf_reads_back(shift: Shift, tmp_path: Path) -> None:
    path = tmp_path / "en.pdf"
    result = export_report(shift.db, ReportRequest(shift.start, shift.end, title="Early"),
                           "pdf", path, now=shift.now)
    assert result.parts == len(PdfReader(path).pages) >= 4
    text = _check_report(path, shift)
    assert "Early · 2026-03-02 06:00 to 2026-03-02 14:00" in text
    fonts = {str(f) for page in PdfReader(path).pages
             for f in page["/Resources"]["/Font"].values()}
    assert fonts
    embedded = " ".join(str(page["/Resources"]["/Font"][k].get_object()["/BaseFont"])
                        for page in PdfReader(path).pages for k in page["/Resources"]["/Font"])
    assert "CJK" in embedded


def test_chinese_pdf_reads_back(shift: Shift, tmp_path: Path, zh_cn) -> None:
    path = tmp_path / "zh.pdf"
    export_report(shift.db, ReportRequest(shift.start, shift.end), "pdf", path, now=shift.now)
    _check_report(path, shift)
    # a title is Chinese exactly when the catalogue translates it
    title = QCoreApplication.translate("ShiftReport", "Summary")
    assert _has_cjk(title) == (title != "Summary")
    # what a reader copies is what was set: no Kangxi radicals standing in for ideographs
    text, _pages = _text(path)
    assert not [ch for ch in text if 0x2E80 <= ord(ch) < 0x2FE0]


def test_radicals_in_the_text_map_become_the_ideographs(tmp_path: Path) -> None:
    from console.reports.fonts import cjk_family
    from console.reports.pdf_text import fix_radicals, radical_map

    family = cjk_family()
    mapping = radical_map(family)
    assert mapping[0x2F84] == ord("至") and mapping[0x2EDA] == ord("页")
    cmap = (b"2 beginbfrange\n<0001> <0002> [<2F84> <2EDA> ]\n<2F84> <2F84> <0041>\n"
            b"endbfrange\n1 beginbfchar\n<2EDA> <2EDA>\nendbfchar\n")
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF-1.4\n" + cmap)
    assert fix_radicals(path, family) == 2
    fixed = path.read_bytes()
    # destinations change, glyph codes (the first one or two codes of a line) do not
    assert b"<0001> <0002> [<81F3> <9875> ]" in fixed
    assert b"<2F84> <2F84> <0041>" in fixed and b"<2EDA> <9875>" in fixed
    assert len(fixed) == len(b"%PDF-1.4\n" + cmap)


@pytest.mark.parametrize(("page", "size"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_page_sizes(shift: Shift, tmp_path: Path, page: str, size: tuple[int, int]) -> None:
    path = tmp_path / f"{page}.pdf"
    write_pdf(_data(shift), ReportTexts(), path, page)
    box = PdfReader(path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_a_night_shift_without_calls_still_makes_a_report(shift: Shift, tmp_path: Path) -> None:
    night = next(p for p in DEFAULT_PRESETS if p.code == "night")
    start, end = shift_range(night, DAY - timedelta(days=1))  # 1 March 22:00 to 2 March 06:00
    path = tmp_path / "night.pdf"
    export_report(shift.db, ReportRequest(start, end, title="Night"), "pdf", path,
                  now=shift.now)
    text, pages = _text(path)
    assert "2026-03-01 22:00 to 2026-03-02 06:00" in pages[0]
    assert "Calls offered 0" in pages[0]
    assert "03-01 22:00" in text  # times on a shift across midnight carry the date
    assert "None in this shift." in text


def test_preview_pages_are_the_pdf_pages(shift: Shift, tmp_path: Path) -> None:
    data = _data(shift)
    pages = write_pdf(data, ReportTexts(), tmp_path / "p.pdf")
    images = preview_images(data, ReportTexts(), dpi=50)
    assert len(images) == pages
    first = images[0]
    assert abs(first.width() / first.height() - 210 / 297) < 0.01
    # not blank: the summary's text and tables leave dark pixels
    dark = sum(1 for x in range(0, first.width(), 3) for y in range(0, first.height(), 3)
               if first.pixelColor(x, y).lightness() < 128)
    assert dark > 50


def test_narrow_columns_wrap_between_words_never_inside_one(shift: Shift, tmp_path: Path) -> None:
    """Column headings once printed as "Call/s", "Coachin/g", "acknowled/ge": each word of
    every printed heading must come out of the PDF whole, on one line."""
    path = tmp_path / "words.pdf"
    export_report(shift.db, ReportRequest(shift.start, shift.end), "pdf", path, now=shift.now)
    lines = {line.strip() for page in PdfReader(path).pages
             for line in page.extract_text().splitlines()}
    words = " ".join(lines).split()
    t = ReportTexts()
    for key in ("calls", "praise", "coaching", "severity", "acknowledged_by",
                "minutes_to_ack", "repeat_caller"):
        for word in t.columns[key].replace("(", " ").replace(")", " ").split():
            if word.isalpha() and len(word) > 3:
                assert word in words, (key, word)
    assert "Promised (min)" not in " ".join(lines)  # cells carry "24 h": no "(min)" heading
