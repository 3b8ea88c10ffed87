"""Make Chinese text copied or searched in the PDF come out as the characters that were set.

Qt's PDF writer tells readers which character each glyph stands for (the font's ToUnicode
map) by taking, for every glyph, the lowest code point that uses it. CJK fonts draw a Kangxi
radical and its ideograph with one glyph (⾄ U+2F84 and 至 U+81F3, ⻚ U+2EDA and 页 U+9875), so
the radical wins: the page shows 第 1 页 but a search for "页" finds nothing and a copy pastes
"第 1 ⻚". After the file is written, :func:`fix_radicals` rewrites those map entries to the
ideograph that shares the glyph. Qt writes the maps uncompressed and every code stays four hex
digits, so the file's byte offsets do not move.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QFont, QRawFont

RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals
IDEOGRAPHS = range(0x4E00, 0xA000)
_BLOCK = re.compile(rb"beginbf(range|char)\n(.*?)endbf(?:range|char)", re.S)
_CODE = re.compile(rb"<([0-9A-Fa-f]{4})>")


@lru_cache(maxsize=4)
def radical_map(family: str) -> dict[int, int]:
    """Radical code point -> the ideograph drawn with the same glyph in ``family``."""
    raw = QRawFont.fromFont(QFont(family))
    if not raw.isValid():
        return {}
    ideographs = "".join(chr(c) for c in IDEOGRAPHS)
    by_glyph: dict[int, int] = {}
    for code, glyph in zip(IDEOGRAPHS, raw.glyphIndexesForString(ideographs), strict=True):
        if glyph:
            by_glyph.setdefault(glyph, code)
    radicals = "".join(chr(c) for c in RADICALS)
    return {r: by_glyph[g] for r, g in zip(RADICALS, raw.glyphIndexesForString(radicals),
                                          strict=True) if g and g in by_glyph}


def _fix_destinations(text: bytes, mapping: dict[int, int]) -> bytes:
    def swap(m: re.Match[bytes]) -> bytes:
        code = int(m.group(1), 16)
        return b"<%04X>" % mapping[code] if code in mapping else m.group(0)

    return _CODE.sub(swap, text)


def _fix_block(kind: bytes, body: bytes, mapping: dict[int, int]) -> bytes:
    lines = []
    for line in body.split(b"\n"):
        codes = list(_CODE.finditer(line))
        # bfchar: <glyph> <unicode>; bfrange: <lo> <hi> <unicode> or <lo> <hi> [<u> <u> ...]
        keep = 1 if kind == b"char" else 2
        if len(codes) > keep:
            cut = codes[keep - 1].end()
            line = line[:cut] + _fix_destinations(line[cut:], mapping)
        lines.append(line)
    return b"\n".join(lines)


def fix_radicals(path: Path | str, family: str | None) -> int:
    """Rewrite the PDF's ToUnicode entries in place; returns how many blocks changed."""
    if not family:
        return 0
    mapping = radical_map(family)
    if not mapping:
        return 0
    data = Path(path).read_bytes()
    changed = 0

    def block(m: re.Match[bytes]) -> bytes:
        nonlocal changed
        body = _fix_block(m.group(1), m.group(2), mapping)
        if body != m.group(2):
            changed += 1
        return data[m.start(0):m.start(2)] + body + data[m.end(2):m.end(0)]

    fixed = _BLOCK.sub(block, data)
    if changed and len(fixed) == len(data):  # the cross-reference offsets stay valid
        Path(path).write_bytes(fixed)
        return changed
    return 0
