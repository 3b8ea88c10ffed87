"""Build the bundled CJK fallback font: a subset of Noto Sans CJK SC Regular.

Why bundled: a desktop without a CJK font shows the Chinese UI as empty boxes, the frozen build
has no system fonts to lean on, and the PDF report must embed a CJK face. Noto Sans CJK is under
the SIL Open Font License 1.1, which allows redistributing a modified (subset) copy with the
licence, under a name that is not a Reserved Font Name ("Source"), so the subset is renamed
"Composure Sans CJK".

What it keeps: every character of GB 2312 (the 6,763 common simplified hanzi, punctuation,
full-width forms), the CJK radicals (the PDF text map reads them, console/reports/pdf_text.py),
every character the zh_CN and zh_TW catalogs use, and the ASCII range, so the UI, the demo and
most names render with it alone. A system CJK face, when installed, is
still preferred (it covers everything).

Run from the repository root after a translation change (needs fontTools and the Debian
package fonts-noto-cjk):

    python packaging/subset_cjk_font.py
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parents[1]
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
TARGET = ROOT / "resources" / "fonts" / "ComposureSansCJK-Regular.otf"
FAMILY = "Composure Sans CJK"


def gb2312_characters() -> set[str]:
    chars: set[str] = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def catalog_characters() -> set[str]:
    chars: set[str] = set()
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        for node in ET.parse(ts).getroot().iter("translation"):
            chars.update(node.text or "")
    return chars


def build(source: Path = SOURCE, target: Path = TARGET) -> Path:
    collection = TTCollection(str(source))
    font = next(f for f in collection.fonts
                if f["name"].getDebugName(1) == "Noto Sans CJK SC")
    chars = gb2312_characters() | catalog_characters() | {chr(c) for c in range(0x20, 0x7F)}
    chars |= {chr(c) for c in range(0x3000, 0x3040)} | {chr(c) for c in range(0xFF00, 0xFFF0)}
    # the radicals share glyphs with ideographs: the PDF text map needs them (reports/pdf_text)
    chars |= {chr(c) for c in range(0x2E80, 0x2FE0)}
    options = subset.Options()
    options.layout_features = ["kern", "liga", "locl", "vert", "vrt2", "halt", "palt"]
    options.hinting = False
    options.desubroutinize = False
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in chars if c.strip() or c == " "])
    subsetter.subset(font)
    _rename(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(target))
    return target


def _rename(font) -> None:
    """A modified OFL font may not keep the Reserved Font Name: give it ours."""
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID == 4:
            record.string = f"{FAMILY} Regular"
        elif record.nameID == 6:
            record.string = "ComposureSansCJK-Regular"
        elif record.nameID == 3:
            record.string = "Composure Sans CJK Regular (subset of Noto Sans CJK SC)"
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = ["ComposureSansCJK-Regular"]
        top = cff.topDictIndex[0]
        top.FamilyName = FAMILY
        top.FullName = f"{FAMILY} Regular"


if __name__ == "__main__":
    path = build(*(Path(a) for a in sys.argv[1:3]))
    print(f"{path}: {path.stat().st_size / 1e6:.1f} MB")
