"""The page cutter on measured flows: cuts only between rows, the header again on each page a
table runs onto, a heading kept with what follows it, page breaks honoured, and only what is
taller than a page cut inside."""

from __future__ import annotations

from console.reports.pdf_pages import Block, Page, Table, paginate

PAGE = 1000.0


def _table(top: float, heights: list[float], header: float = 60.0) -> Table:
    rows, y = [top + header], top + header
    for h in heights:
        y += h
        rows.append(y)
    return Table(top, tuple(rows), 1)


def _covered(pages: list[Page]) -> list[tuple[float, float]]:
    return [(s.top, s.bottom) for p in pages for s in p.slices]


def test_rows_are_never_cut_and_the_header_repeats() -> None:
    heights = [40.0 + (k * 37) % 130 for k in range(80)]  # 40 to 169 px, in no order
    table = _table(100.0, heights)
    pages = paginate([Block(0.0, 90.0), table], PAGE)
    edges = set(table.rows) | {table.top}
    assert len(pages) >= 5
    for page in pages:
        assert page.used <= PAGE
        for s in page.slices[1:] if page is pages[0] else page.slices:
            assert s.top in edges and s.bottom in edges  # whole rows (or the header)
    for page in pages[1:]:
        assert (page.slices[0].top, page.slices[0].bottom) == table.header
    body = [(a, b) for a, b in _covered(pages) if (a, b) != table.header]
    total = sum(b - a for a, b in body)
    assert abs(total - (table.rows[-1] - table.rows[0] + 60.0 + 10.0 + 90.0)) < 0.01, total


def test_a_heading_moves_with_the_table_below_it() -> None:
    # the heading block ends 30 px above the page foot: not room for it and a row
    flow = [Block(0.0, 930.0), Block(940.0, 970.0, heading=True), _table(975.0, [80.0] * 3)]
    pages = paginate(flow, PAGE)
    assert [(s.top, s.bottom) for s in pages[0].slices] == [(0.0, 930.0)]
    assert pages[1].slices[0].top == 940.0  # the heading opens the next page, its row below
    assert pages[1].used == 975.0 + 60.0 + 240.0 - 940.0


def test_a_table_header_with_no_room_for_a_row_goes_to_the_next_page() -> None:
    flow = [Block(0.0, 900.0), _table(900.0, [80.0, 80.0], header=60.0)]
    pages = paginate(flow, PAGE)
    assert len(pages) == 2
    assert pages[1].slices[0].top == 900.0  # the table starts the second page, header first


def test_page_break_blocks_start_a_page_and_tall_rows_are_cut() -> None:
    flow = [Block(0.0, 100.0), Block(100.0, 100.0, page_break=True),
            _table(100.0, [2500.0, 50.0], header=50.0)]
    pages = paginate(flow, PAGE)
    assert _covered(pages)[0] == (0.0, 100.0) and len(pages[0].slices) == 1
    assert all(p.used <= PAGE + 0.01 for p in pages)
    assert len(pages) >= 4  # the 2,500 px row spans three pages after its header
