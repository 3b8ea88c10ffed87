"""The printed report: a QTextDocument laid out for A4 or Letter, painted page by page with a
header (report, shift, generation time) and a footer (page X of N), into a QPdfWriter or into
preview images. QtGui only: no widgets, no QtPrintSupport, so it runs headless and on a
worker thread.

The document is laid out once against a 300 dpi QPdfWriter; the preview paints the very same
layout scaled down, so what the preview shows is what the PDF pages hold, break for break.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from console.reports import charts, fonts, pdf_pages, tables
from console.reports.formatting import clock, day_label, moment, print_cell, spans_days
from console.reports.model import ReportData
from console.reports.pdf_text import fix_radicals
from console.reports.texts import ReportTexts

DPI = 300
INK = "#1f2328"  # body text on paper, whatever the screen's theme
MARGIN_MM = 14.0
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
_NUMERIC = {tables.INT, tables.PCT, tables.SECONDS, tables.MINUTES, tables.SCORE, tables.TRUST,
            tables.NUMBER}
_MINUTES_UNIT = re.compile(r"\s*[(（]\s*(min|分钟|分鐘)\s*[)）]\s*$")
TABLE_PT = 7.5
_HAN_SAMPLE = "国爨龍鬱（）「」，。"
_PAGE_BREAK = '<div style="page-break-before: always"></div>'


def _configure(writer: QPdfWriter, page: str, title: str) -> None:
    writer.setResolution(DPI)
    writer.setPageSize(QPageSize(PAGE_SIZES[page]))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                          QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Composure")


def _print_title(column: tables.Column) -> str:
    """Printed spans carry their unit in each cell ("2 h 55 min"), so a "(min)" in the heading
    (which the spreadsheets need: there the cell is a plain number) would contradict them."""
    if column.kind == tables.MINUTES:
        return _MINUTES_UNIT.sub("", column.title)
    return column.title


def _cell_html(value, kind: str, t: ReportTexts, with_date: bool,
               since: float | None = None) -> str:
    text = html.escape(print_cell(value, kind, t, with_date, since))
    if kind in _NUMERIC or kind in (tables.TIME, tables.CODE):  # "1:04:40" on one line
        align = ' align="right"' if kind in _NUMERIC else ""
        return f'<td{align} style="white-space: nowrap">{text}</td>'
    return f"<td>{text}</td>"


def table_html(table: tables.Table, t: ReportTexts, with_date: bool, *,
               heading: bool = True, since: float | None = None) -> str:
    """A section as one table whose header rows carry its heading (and note) above the column
    headings. The pages are cut from the unpaged layout (:mod:`console.reports.pdf_pages`),
    which repeats the ``<thead>`` rows at the top of every page the table runs onto and keeps
    them with the first body row: so a heading can never be left alone at a page foot, and a
    continued table says what it is. A section without rows is a table too (its note as the
    one body row), kept with its heading the same way."""
    span = max(1, len(table.columns))
    out = ['<table width="100%" cellspacing="0" cellpadding="3" class="grid"><thead>']
    if heading:
        out.append(f'<tr><td colspan="{span}" class="title"><h2>{html.escape(table.title)}</h2>'
                   "</td></tr>")
    note = (f'<tr><td colspan="{span}"><p class="note">{html.escape(table.note)}</p></td></tr>'
            if table.note else "")
    if not table.rows:
        if not note:
            return "" if not heading else "".join(out) + "</thead></table>"
        return "".join(out) + "</thead>" + note + "</table>"
    out.append(note)
    out.append("<tr>")
    for c in table.columns:
        align = ' align="right"' if c.kind in _NUMERIC else ' align="left"'
        out.append(f'<th{align}>{html.escape(_print_title(c))}</th>')
    out.append("</tr></thead>")
    for i, row in enumerate(table.rows):
        shade = ' bgcolor="#f2f4f7"' if i % 2 else ""
        out.append(f"<tr{shade}>")
        for j, (value, col) in enumerate(zip(row, table.columns, strict=True)):
            kind = table.row_kinds[i] if table.row_kinds and j == 1 else col.kind
            out.append(_cell_html(value, kind, t, with_date, since))
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def _summary_html(data: ReportData, t: ReportTexts) -> str:
    """The key figures as two label/value column pairs: the whole summary fits one page."""
    s = tables.summary_table(data, t)
    kinds = s.row_kinds or ()
    cells = [(label, print_cell(v, kinds[i], t, False)) for i, (label, v) in enumerate(s.rows)]
    half = (len(cells) + 1) // 2
    out = ['<table width="100%" cellspacing="0" cellpadding="4" class="grid">']
    for i in range(half):
        shade = ' bgcolor="#f2f4f7"' if i % 2 else ""
        out.append(f"<tr{shade}>")
        for label, value in (cells[i], cells[i + half] if i + half < len(cells) else ("", "")):
            out.append(f'<td width="34%">{html.escape(label)}</td>'
                       f'<td width="16%" align="right"><b>{html.escape(value)}</b></td>')
        out.append("</tr>")
    out.append("</table>")
    if s.note:
        out.append(f'<p class="note">{html.escape(s.note)}</p>')
    return "".join(out)


def header_line(data: ReportData, t: ReportTexts) -> str:
    r = data.request
    span = t.range.format(start=moment(r.start), end=moment(r.end))
    return f"{r.title} · {span}" if r.title else span


def cell_line_height(device: QPaintDevice) -> float:
    """The one line height (CSS px) of every table cell.

    A cell set in the CJK fallback face got a taller line box than a Latin one (Noto Sans
    CJK's ascent and descent are larger than DejaVu Sans's), so in the same row its baseline
    sat lower, and at a page foot its first line could drop to the next page while its
    neighbours stayed: the row split. With a fixed line height Qt puts every line's baseline
    at four fifths of that height whatever face it uses, so the cells of a row share their
    baselines. The height is the least that holds, above and below that baseline, the Latin
    face's ascent and descent and the ink of Han characters (not the CJK face's ascent, which
    adds air): Latin rows keep their height, so the page count does not grow."""
    size = round(TABLE_PT * DPI / 72.0)
    ascent = descent = 0.0
    latin, cjk = fonts.latin_family(), fonts.cjk_family()
    for family, ink in ((latin, False), (cjk, True)):
        if not family:
            continue
        for bold in (False, True):
            font = fonts.report_font(size, bold=bold)
            font.setFamilies([family])
            m = QFontMetricsF(font, device)
            if ink:  # the em box of an ideograph and of full-width punctuation
                box = m.tightBoundingRect(_HAN_SAMPLE)
                up, down = -box.top(), box.bottom()
            else:
                up, down = m.ascent(), m.descent()
            ascent, descent = max(ascent, up), max(descent, down)
    line = max(ascent / 0.8, descent / 0.2, size * 1.1)
    return math.ceil(line) * 96.0 / device.logicalDpiY()  # Qt scales CSS px by dpi/96


def report_css(line_px: float | None = None) -> str:
    """The printed look; ``line_px`` is :func:`cell_line_height`."""
    lines = (f" td, th {{ line-height: {line_px:.2f}px; -qt-line-height-type: fixed; }}"
             if line_px else "")
    return ("<style>h1 { font-size: 17pt; }"
            " h2 { font-size: 12pt; margin-top: 10px; line-height: 100%; }"
            " th { background-color: #e3e8ee; font-weight: bold; }"
            # no border-collapse: the grid has no ruled lines (rows are shaded), and Qt's
            # collapsed-border pass, which looks up every cell's neighbours, was nearly half
            # of the layout of a 500-agent report
            f" table.grid {{ font-size: {TABLE_PT}pt; }}"
            " td.title { padding-top: 10px; padding-left: 0px; }"
            " p.note { color: #555; font-style: italic; font-size: 9pt; line-height: 100%; }"
            f"{lines} p.warn {{ color: #a02020; }}</style>")


def body_html(data: ReportData, t: ReportTexts, chart_ids: tuple[int, int],
              line_px: float | None = None) -> str:
    with_date = spans_days(data.request.start, data.request.end)
    teams = (t.teams.format(teams=", ".join(data.teams_shown)) if data.teams_shown
             else t.all_teams)
    intro = [header_line(data, t), teams]
    if data.pseudonymised:
        intro.append(t.pseudonymised)
    if data.teams_shown:
        intro.append(t.floor_wide)
    warnings = list(data.warnings)
    if fonts.cjk_family() is None:
        warnings.append(t.no_cjk_font)
    s = data.stats.settings
    parts = [
        report_css(line_px),
        f"<h1>{html.escape(t.report_title)}</h1>",
        "".join(f"<p>{html.escape(line)}</p>" for line in intro),
        "".join(f'<p class="warn"><b>{html.escape(w)}</b></p>' for w in warnings),
        f"<h2>{html.escape(t.sections['summary'])}</h2>",  # page 1: nothing to be kept with
        _summary_html(data, t),
        table_html(tables.queue_table(data, t), t, with_date),
        f'<p class="note">{html.escape(t.sl_definition.format(seconds=s.sl_seconds, short=s.short_abandon_seconds))}</p>',  # noqa: E501
        _PAGE_BREAK,
        f"<h2>{html.escape(t.interval_titles[data.interval_kind])}</h2>",
        f'<p><img src="{charts.chart_name(chart_ids[0])}"></p>'
        f'<p><img src="{charts.chart_name(chart_ids[1])}"></p>',
        table_html(tables.interval_table(data, t), t, with_date, heading=False),
        _PAGE_BREAK,
        table_html(tables.agent_table(data, t, printed=True), t, with_date),
        f'<p class="note">{html.escape(t.strain_definition)}</p>',
        _PAGE_BREAK,
    ]
    parts.append(table_html(tables.flag_table(data, t, printed=True), t, with_date))
    for table in (tables.repeat_caller_table, tables.session_table,
                  tables.escalation_table, tables.note_table, tables.recognition_table,
                  tables.issue_table):
        parts.append(table_html(table(data, t), t, with_date, since=data.request.start))
    return "".join(parts)


class PrintedReport:
    """One report laid out for one page size; paints any of its pages."""

    def __init__(self, data: ReportData, texts: ReportTexts, page: str = "A4",
                 writer: QPdfWriter | None = None) -> None:
        self.data, self.texts = data, texts
        self._buffer: QBuffer | None = None
        if writer is None:  # a layout device only: nothing is ever painted on it
            self._buffer = QBuffer()
            self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            writer = QPdfWriter(self._buffer)
        _configure(writer, page, texts.report_title)
        self.writer = writer
        layout = writer.pageLayout()
        self.full = layout.fullRectPixels(DPI)
        self.paint = layout.paintRectPixels(DPI)
        self.px_per_pt = DPI / 72.0
        self.header_h = 24 * self.px_per_pt
        self.footer_h = 18 * self.px_per_pt
        self.body_h = self.paint.height() - self.header_h - self.footer_h
        self.doc = QTextDocument()
        self.doc.documentLayout().setPaintDevice(writer)
        self.doc.setDefaultFont(fonts.report_font(round(9 * self.px_per_pt)))
        self.doc.setDocumentMargin(0)
        # break lines between words (and between Han characters), never inside a word: the
        # default "or anywhere" let narrow columns print "Call/s" and "complaint/s"
        option = self.doc.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.doc.setDefaultTextOption(option)
        width = float(self.paint.width())
        # the charts are <img src="chart:N">, drawn by this handler instead of Qt's image one,
        # so the HTML is laid out once with them in place (inserting them afterwards laid the
        # whole document out again for each)
        self.charts = charts.ChartObjects(width, width * 0.3, self.px_per_pt, self.doc)
        self.doc.documentLayout().registerHandler(QTextFormat.ObjectTypes.ImageObject,
                                                  self.charts)
        ids = self._add_charts()
        # one layout without pages, cut into pages here: no row is split, and it costs a
        # third of Qt's paged layout of tables that run over pages (see pdf_pages)
        self.doc.setTextWidth(width)
        self.doc.setHtml(body_html(data, texts, ids, cell_line_height(writer)))
        self.pages = pdf_pages.paginate(pdf_pages.measure(self.doc), self.body_h)
        self._edge = 0.5 * 3 * DPI / 96.0  # half a cell's padding: what a clip keeps off

    def _add_charts(self) -> tuple[int, int]:
        t, rows = self.texts, self.data.intervals
        with_date = spans_days(self.data.request.start, self.data.request.end)
        kind = self.data.interval_kind
        labels = (tuple(clock(r.start, with_date and i == 0) for i, r in enumerate(rows))
                  if kind == "half_hour" else tuple(day_label(r.start) for r in rows))
        bars = charts.BarChart(t.chart_calls_by[kind], labels, (
            (t.columns["offered"], charts.OFFERED, tuple(float(r.offered) for r in rows)),
            (t.columns["answered"], charts.ANSWERED, tuple(float(r.answered) for r in rows)),
            (t.columns["abandoned"], charts.ABANDONED,
             tuple(float(r.abandoned) for r in rows))))
        line = charts.LineChart(t.chart_sl_by[kind], labels, t.columns["service_level"],
                                tuple(r.service_level for r in rows),
                                self.data.stats.settings.sl_target, t.target)
        return self.charts.add(bars), self.charts.add(line)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def paint_page(self, p: QPainter, index: int) -> None:
        """Page ``index`` (0-based) in the paint rect's coordinates (inside the margins)."""
        t = self.texts
        width = float(self.paint.width())
        small = fonts.report_font(round(7.5 * self.px_per_pt))
        p.save()
        p.setFont(small)
        p.setPen(QColor("#30363d"))
        top = QRectF(0, 0, width, self.header_h * 0.7)
        p.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   f"{t.report_title} · {header_line(self.data, t)}")
        p.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   t.generated.format(when=moment(self.data.generated_at)))
        p.setPen(QPen(QColor("#9aa5b1"), self.px_per_pt * 0.5))
        p.drawLine(QPointF(0, self.header_h * 0.75), QPointF(width, self.header_h * 0.75))
        p.setPen(QColor("#30363d"))
        bottom = QRectF(0, self.paint.height() - self.footer_h * 0.8, width, self.footer_h * 0.8)
        p.drawText(bottom, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                   t.page.format(page=index + 1, pages=self.page_count))
        p.restore()
        for piece in self.pages[index].slices:
            p.save()
            p.translate(0, self.header_h + piece.at - piece.top)
            _draw_on_paper(self.doc, p, QRectF(0, piece.top, width, piece.bottom - piece.top),
                           self._edge)
            p.restore()

    def image(self, index: int, dpi: float = 110.0) -> QImage:
        """Page ``index`` as a picture of the whole sheet (margins included), for previews."""
        scale = dpi / DPI
        img = QImage(round(self.full.width() * scale), round(self.full.height() * scale),
                     QImage.Format.Format_RGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.scale(scale, scale)
        p.translate(self.paint.left(), self.paint.top())
        self.paint_page(p, index)
        p.end()
        return img


def write_pdf(data: ReportData, texts: ReportTexts, path: Path | str, page: str = "A4",
              progress: Callable[[int], None] | None = None) -> int:
    """Write the PDF; returns the number of pages. ``progress`` gets 0-100."""
    writer = QPdfWriter(str(path))
    report = PrintedReport(data, texts, page, writer)
    pages = report.page_count
    p = QPainter(writer)
    try:
        for i in range(pages):
            if i:
                writer.newPage()
            report.paint_page(p, i)
            if progress is not None:
                progress(100 * (i + 1) // pages)
    finally:
        p.end()
    fix_radicals(path, fonts.cjk_family())
    return pages


def preview_images(data: ReportData, texts: ReportTexts, page: str = "A4", dpi: float = 110.0,
                   limit: int | None = None) -> list[QImage]:
    report = PrintedReport(data, texts, page)
    count = report.page_count if limit is None else min(limit, report.page_count)
    return [report.image(i, dpi) for i in range(count)]


def _draw_on_paper(doc: QTextDocument, painter: QPainter, clip: QRectF,
                   edge: float = 0.0) -> None:
    """``drawContents`` with ink colours: it would take the text colour from the application's
    palette, light grey under the dark theme, and a page is always paper-white.

    The painter clips to the slice; the layout is asked to draw only what reaches ``edge``
    inside it, so a row just outside (whose padding touches the cut) puts no clipped, unseen
    text into the page's text layer."""
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette(context.palette)
    palette.setColor(QPalette.ColorRole.Text, QColor(INK))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(INK))
    context.palette = palette
    context.clip = clip.adjusted(0, edge, 0, -edge)
    painter.save()
    painter.setClipRect(clip)
    doc.documentLayout().draw(painter, context)
    painter.restore()

