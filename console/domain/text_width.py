"""Terminal column widths: a Chinese character takes two columns, a combining mark none.

Why: ``str.ljust`` counts code points, so a table with 罗敏 in it lost its alignment in
``composure stats`` and ``composure escalations``. The standard library's East Asian Width
data is enough for names and our own labels (no dependency needed).
"""

from __future__ import annotations

import unicodedata

_ZERO = {"Mn", "Me", "Cf"}


def display_width(text: str) -> int:
    width = 0
    for ch in text:
        if unicodedata.category(ch) in _ZERO:
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def ljust(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def rjust(text: str, width: int) -> str:
    return " " * max(0, width - display_width(text)) + text


def table(rows: list[list[str]] | list[tuple[str, ...]], right: set[int] | None = None,
          rule_after_header: bool = False) -> list[str]:
    """Rows of cells as aligned lines (the first row is the header); ``right`` columns are
    right-aligned (numbers)."""
    if not rows:
        return []
    right = right or set()
    widths = [max(display_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [rjust(c, w) if i in right else ljust(c, w)
                 for i, (c, w) in enumerate(zip(row, widths, strict=True))]
        lines.append("  ".join(cells).rstrip())
    if rule_after_header:
        lines.insert(1, "-" * display_width(lines[0]))
    return lines
