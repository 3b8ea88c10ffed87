"""Where the printed report breaks between pages: every table row lands whole on one page.

Qt's own pagination broke a table row across pages whenever the first line of one of its
cells still fitted: the rest of a wrapped cell went onto the next page, and the line cut at
the page foot was painted (clipped, unseen, yet in the text layer) at the top of the next
page too, so a search found it twice; in Chinese, where cells wrap more, rows split on most
pages. Qt has no "keep this row together", and its paged layout of a table that runs over
pages cost three and a half times the unpaged one (the table is laid out again wherever it
crosses a page).

So the report lays its document out once, without pages, and cuts that one tall layout into
pages itself (:func:`paginate`): a page is a list of slices of it, each painted at its place
on the page with a clip. The cuts fall only between root blocks and between table rows; a
table that runs onto the next page repeats its header rows (heading, note, column headings)
there, a section heading is never the last thing on a page, and a ``page-break-before``
block starts a page. Only something taller than a whole page is cut inside (there is no page
to hold it).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtGui import QTextCursor, QTextDocument, QTextFormat, QTextFrame, QTextTable


@dataclass(frozen=True)
class Slice:
    """Rows ``top``..``bottom`` of the unpaged layout, painted ``at`` below the body's top."""

    top: float
    bottom: float
    at: float


@dataclass
class Page:
    slices: list[Slice] = field(default_factory=list)
    used: float = 0.0

    def put(self, top: float, bottom: float) -> None:
        last = self.slices[-1] if self.slices else None
        if last is not None and abs(last.bottom - top) < 0.01:  # contiguous: one slice
            self.slices[-1] = Slice(last.top, bottom, last.at)
        else:
            self.slices.append(Slice(top, bottom, self.used))
        self.used += bottom - top


@dataclass(frozen=True)
class Block:
    top: float
    bottom: float
    page_break: bool = False
    heading: bool = False


@dataclass(frozen=True)
class Table:
    top: float
    rows: tuple[float, ...]  # body row tops, then the table's bottom
    header_rows: int  # 0: nothing is repeated

    @property
    def header(self) -> tuple[float, float]:
        return self.top, self.rows[0]


Item = Block | Table


def _table_of(doc: QTextDocument, frame: QTextFrame) -> QTextTable | None:
    cursor = QTextCursor(doc)
    cursor.setPosition(frame.firstPosition())
    table = cursor.currentTable()
    return table if table is not None and table.firstPosition() == frame.firstPosition() else None


def _row_top(doc: QTextDocument, table: QTextTable, row: int, pad: float) -> float:
    block = table.cellAt(row, 0).firstCursorPosition().block()
    return doc.documentLayout().blockBoundingRect(block).top() - pad


def _px_per_css(doc: QTextDocument) -> float:
    device = doc.documentLayout().paintDevice()
    return device.logicalDpiY() / 96.0 if device is not None else 1.0


def _children(frame: QTextFrame) -> Iterator[QTextFrame.iterator]:
    it = frame.begin()
    while not it.atEnd():
        yield it
        it += 1


def measure(doc: QTextDocument) -> list[Item]:
    """The root flow of a document laid out without pages, in order (device pixels)."""
    layout = doc.documentLayout()
    out: list[Item] = []
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    for it in _children(doc.rootFrame()):
        frame = it.currentFrame()
        if frame is not None:
            rect = layout.frameBoundingRect(frame)
            table = _table_of(doc, frame)
            if table is None or table.rows() == 0:
                out.append(Block(rect.top(), rect.bottom()))
                continue
            fmt = table.format()
            heads = min(fmt.headerRowCount(), table.rows() - 1)
            # a row starts where its cells' padding does: the cell's first block less the
            # padding (and the border between rows belongs to the row below)
            pad = (fmt.cellPadding() + fmt.border()) * _px_per_css(doc)
            first = _row_top(doc, table, 0, pad)
            tops = [_row_top(doc, table, r, pad) for r in range(heads, table.rows())]
            top = min(rect.top(), first)
            out.append(Table(top, (*tops, rect.bottom()), heads))
            continue
        block = it.currentBlock()
        if block.isValid():
            rect = layout.blockBoundingRect(block)
            fmt = block.blockFormat()
            out.append(Block(rect.top(), rect.bottom(), bool(fmt.pageBreakPolicy() & always),
                             fmt.headingLevel() > 0))
    return out


def _first_need(item: Item) -> float:
    """The least of ``item`` that must come with a heading above it."""
    if isinstance(item, Block):
        return item.bottom - item.top
    return item.rows[min(1, len(item.rows) - 1)] - item.top


def paginate(flow: list[Item], page_h: float) -> list[Page]:
    """Pages of ``page_h`` device pixels cut from the measured unpaged ``flow``."""
    pages = [Page()]
    prev_end = flow[0].top if flow else 0.0

    def page() -> Page:
        return pages[-1]

    def new_page() -> None:
        if page().slices:
            pages.append(Page())

    def put_tall(top: float, bottom: float) -> None:
        """Something taller than the room a page has: cut where the page ends."""
        while bottom - top > 0.01:
            room = page_h - page().used
            if room <= 0.5:
                new_page()
                room = page_h
            cut = min(bottom, top + room)
            page().put(top, cut)
            top = cut

    for i, item in enumerate(flow):
        # the gap above an item (a margin) goes with it, except at the top of a page
        if isinstance(item, Block):
            if item.bottom <= prev_end + 0.01 and not item.page_break:
                continue  # the empty block Qt keeps after a table: no height of its own
            if item.page_break:
                new_page()
            start = prev_end if page().slices else max(item.top, prev_end)
            need = item.bottom - start
            if item.heading and i + 1 < len(flow):
                need += _first_need(flow[i + 1]) + (flow[i + 1].top - item.bottom)
            if page().used + need > page_h and page().slices:
                new_page()
                start = max(item.top, prev_end)
            if page().used + item.bottom - start > page_h:
                put_tall(start, item.bottom)
            else:
                page().put(start, item.bottom)
            prev_end = item.bottom
            continue
        head_top, head_bottom = item.header
        rows = item.rows
        start = prev_end if page().slices else item.top
        # the header (with the heading it carries) and the first row, together
        first = (rows[1] if len(rows) > 1 else rows[0]) - start
        if page().used + first > page_h and page().slices:
            new_page()
            start = item.top
        page().put(start, head_bottom)
        for r in range(len(rows) - 1):
            top, bottom = rows[r], rows[r + 1]
            if page().used + bottom - top > page_h:
                new_page()
                if item.header_rows:
                    page().put(head_top, head_bottom)  # the header again: what this is
                if page().used + bottom - top > page_h:
                    put_tall(top, bottom)
                    continue
            page().put(top, bottom)
        prev_end = rows[-1]
    return [p for p in pages if p.slices] or [Page()]
