"""Fonts for printed reports: a Latin face first, then a CJK face for Chinese names and text.

The order matters beyond looks: with a CJK face first, Qt's PDF writer takes digits from it
too, and their text (what a PDF reader copies or searches) comes out empty; a Latin face first
keeps numbers searchable. The PDF embeds the subsets of both. When no CJK face is installed the
report says so on its first page instead of printing empty boxes silently.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

LATIN = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica", "Segoe UI")
CJK = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Microsoft YaHei",
       "PingFang SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback",
       "SimHei", "SimSun", "Noto Sans CJK TC", "Noto Sans CJK JP")


def _first_installed(candidates: tuple[str, ...]) -> str | None:
    installed = set(QFontDatabase.families())
    return next((f for f in candidates if f in installed), None)


def cjk_family() -> str | None:
    """The CJK face the report will embed, or None when this computer has none."""
    return _first_installed(CJK)


def report_font(pixel_size: int, *, bold: bool = False) -> QFont:
    """A font sized in device pixels (the layout's resolution), without ligatures, so the
    text a reader extracts says "Offered", not "O\ufb00ered"."""
    font = QFont()
    families = [f for f in (_first_installed(LATIN), cjk_family()) if f]
    if families:
        font.setFamilies(families)
    font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font
