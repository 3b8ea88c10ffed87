"""Fonts for printed reports: a Latin face first, then a CJK face for Chinese names and text.

The order matters beyond looks: with a CJK face first, Qt's PDF writer takes digits from it
too, and their text (what a PDF reader copies or searches) comes out empty; a Latin face first
keeps numbers searchable. The PDF embeds the subsets of both. When no CJK face is installed the
report says so on its first page instead of printing empty boxes silently.
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase

log = logging.getLogger(__name__)

# The subset of Noto Sans CJK SC shipped in resources/fonts (packaging/subset_cjk_font.py): the
# last resort, so a computer (or the frozen build) without a CJK face still shows and prints
# Chinese instead of empty boxes. An installed face is preferred: it covers every character.
BUNDLED_CJK = "Composure Sans CJK"
_registered: bool | None = None

LATIN = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica", "Segoe UI")
CJK = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "Microsoft YaHei",
       "PingFang SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback",
       "SimHei", "SimSun", "Noto Sans CJK TC", "Noto Sans CJK JP", BUNDLED_CJK)


def register_bundled_fonts() -> bool:
    """Add the bundled CJK face to Qt's font database once (needs a QGuiApplication)."""
    global _registered
    if _registered is None:
        path = resources.files("console._resources") / "fonts" / "ComposureSansCJK-Regular.otf"
        data = path.read_bytes() if path.is_file() else b""
        _registered = bool(data) and QFontDatabase.addApplicationFontFromData(data) >= 0
        if not _registered:
            log.warning("the bundled CJK font %s could not be loaded", path)
    return _registered


def _first_installed(candidates: tuple[str, ...]) -> str | None:
    register_bundled_fonts()
    installed = set(QFontDatabase.families())
    return next((f for f in candidates if f in installed), None)


def latin_family() -> str | None:
    """The Latin face the report sets first."""
    return _first_installed(LATIN)


def cjk_family() -> str | None:
    """The CJK face the report will embed, or None when this computer has none."""
    return _first_installed(CJK)


def report_font(pixel_size: int, *, bold: bool = False) -> QFont:
    """A font sized in device pixels (the layout's resolution), without ligatures, so the
    text a reader extracts says "Offered", not "O\ufb00ered"."""
    font = QFont()
    families = [f for f in (latin_family(), cjk_family()) if f]
    if families:
        font.setFamilies(families)
    font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font
