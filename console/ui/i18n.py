"""Translations: ours from ``resources/translations`` and Qt's own (dialog buttons, etc.).

The language comes from the ``lang`` option ("zh_CN", "en") or the system locale. English is the
source language, so "en" installs nothing of ours; Qt's own translations still follow the locale.

The same choice becomes the default QLocale, so numbers, percentages and dates on screen
(console/ui/formatting.py) read the way the UI language writes them, and it is remembered
(:func:`chosen_language`) for a process the window starts, such as the demo floor.
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase

from console.reports.fonts import BUNDLED_CJK

log = logging.getLogger(__name__)

CATALOG = "composure"
_chosen: str | None = None  # the lang option of this process, None = the system locale


def chosen_language() -> str | None:
    """The language asked for at start ("zh_CN"), None when it follows the system."""
    return _chosen


def resolve_locale(lang: str | None) -> QLocale:
    if not lang:
        return QLocale.system()
    return QLocale(lang.replace("-", "_"))


def _qm_path(locale: QLocale) -> str | None:
    """Our .qm for the locale: its own name first (zh_CN, zh_TW), then the catalog in the same
    script (Hong Kong and Macau read the Traditional one, Singapore the Simplified one)."""
    folder = resources.files("console._resources") / "translations"
    name = locale.name()  # e.g. zh_CN
    candidates = [name]
    if locale.language() == QLocale.Language.Chinese:
        traditional = locale.script() == QLocale.Script.TraditionalChineseScript
        candidates.append("zh_TW" if traditional else "zh_CN")
    for candidate in (*candidates, name.split("_")[0]):
        qm = folder / f"{CATALOG}_{candidate}.qm"
        if qm.is_file():
            return str(qm)
    return None


def install_translators(app: QCoreApplication, lang: str | None) -> list[QTranslator]:
    """Install and return the translators (keep the list alive as long as the app runs)."""
    global _chosen
    _chosen = lang or None
    locale = resolve_locale(lang)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    if locale.language() == QLocale.Language.English:
        return installed
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_dir) and app.installTranslator(qt):
        installed.append(qt)
    path = _qm_path(locale)
    if path:
        ours = QTranslator(app)
        if ours.load(path) and app.installTranslator(ours):
            installed.append(ours)
        else:
            log.warning("could not load translation %s", path)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for t in translators:
        app.removeTranslator(t)
    translators.clear()


def ui_font_families(lang: str | None) -> list[str]:
    """Preferred UI fonts: a CJK UI face first for Chinese so Latin and Han glyphs match."""
    latin = ["Inter", "Segoe UI", "SF Pro Text", "Helvetica Neue", "Noto Sans", "DejaVu Sans"]
    cjk = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
           "Source Han Sans SC", "WenQuanYi Micro Hei", BUNDLED_CJK]
    locale = resolve_locale(lang)
    if locale.language() == QLocale.Language.Chinese:
        if locale.script() == QLocale.Script.TraditionalChineseScript:
            cjk = ["Microsoft JhengHei UI", "Microsoft JhengHei", "PingFang TC",
                   "Noto Sans CJK TC", "Source Han Sans TC", *cjk]
        return cjk + latin
    return latin + cjk


def missing_script_font(lang: str | None, families: list[str] | None = None) -> str | None:
    """The writing system the chosen language needs but no installed face draws, else None.

    Why: without a face for it, Qt draws every Chinese character as an empty box and says
    nothing; the window warns once instead. ``families`` defaults to what Qt has installed
    (the bundled face included, once registered)."""
    locale = resolve_locale(lang)
    if locale.language() != QLocale.Language.Chinese:
        return None
    traditional = locale.script() == QLocale.Script.TraditionalChineseScript
    system = (QFontDatabase.WritingSystem.TraditionalChinese if traditional
              else QFontDatabase.WritingSystem.SimplifiedChinese)
    names = QFontDatabase.families() if families is None else families
    if any(system in QFontDatabase.writingSystems(f) for f in names):
        return None
    return "Traditional Chinese" if traditional else "Simplified Chinese"
