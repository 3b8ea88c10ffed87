"""The tabs of tabbed docks: every title readable, every dock a click away.

On a 1366x768 screen every dock is a tab beside the charts (``MainWindow._compact_layout``), and
Qt's dock tab bars elide their titles to share the width: "C…", "Po…", "Es…" named nothing.
Here each dock tab bar of the window stops eliding and scrolls instead (its arrows, or the
wheel, reach the tabs past the edge), and in the compact layout a tab shows a short title
("Flags" for "Abuse flags") so most of them fit without scrolling.

Qt writes a dock's window title into its tab whenever the layout changes, so the short title
cannot be the tab's text: a proxy style draws it and sizes the tab for it, and the tab keeps
the full title as its text, tooltip and accessible name (the View menu and the dock's own
title bar keep it too). A short title the language has no translation for is not used: the
full translated title is better than an English word in a Chinese window.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QObject, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionTab,
    QTabBar,
    QWidget,
)

from console.ui import i18n

CTX = "DockTabs"
SHORT_TITLES = {
    "ChartsDock": QT_TRANSLATE_NOOP("DockTabs", "Charts"),
    "FlagsDock": QT_TRANSLATE_NOOP("DockTabs", "Flags"),
    "BreaksDock": QT_TRANSLATE_NOOP("DockTabs", "Breaks"),
    "CoachingDock": QT_TRANSLATE_NOOP("DockTabs", "Coaching"),
    "EscalationsDock": QT_TRANSLATE_NOOP("DockTabs", "Escalations"),
    "CallsDock": QT_TRANSLATE_NOOP("DockTabs", "Calls"),
    "PositivesDock": QT_TRANSLATE_NOOP("DockTabs", "Positives"),
    "IssuesDock": QT_TRANSLATE_NOOP("DockTabs", "Issues"),
    "ProblemsDock": QT_TRANSLATE_NOOP("DockTabs", "Problems"),
}
COMPACT_TAB_HSPACE = 14  # px around a tab's title in the compact layout (Fusion: 24)
_COUNT = re.compile(r"(\d+)")  # "Positives (3)": the count stays on the short title
_MARK = "composureDockTabs"  # a tab bar already set up (setStyle polishes it again)


def _english_ui() -> bool:
    return i18n.resolve_locale(i18n.chosen_language()).language() == QLocale.Language.English


def short_title(dock: QDockWidget) -> str:
    """The dock's short tab title in the UI language, or its full title when it has none."""
    noop = SHORT_TITLES.get(dock.objectName())  # typed object; it is the source string
    source = None if noop is None else str(noop)
    full = dock.windowTitle()
    if source is None:
        return full
    short = QCoreApplication.translate(CTX, source)
    if short == source and not _english_ui():
        return full  # not translated yet: the full translated title, never English words
    count = _COUNT.search(full)
    if count is not None:
        short = QCoreApplication.translate("DockTabs", "{title} ({n})").format(title=short,
                                                                        n=count.group(1))
    return short if len(short) < len(full) else full


class _ShortTabStyle(QProxyStyle):
    """Draws a dock tab with its short title and makes the tab as wide as that title needs."""

    def __init__(self, tabs: DockTabs) -> None:
        super().__init__()
        self._tabs: DockTabs | None = tabs
        tabs.destroyed.connect(self._forget)

    def _forget(self, *_: object) -> None:
        self._tabs = None  # the window has gone; a late paint draws the plain title

    def _label(self, text: str) -> str:
        return text if self._tabs is None else self._tabs.label(text)

    def _compact(self) -> bool:
        return self._tabs is not None and self._tabs.compact

    def sizeFromContents(self, ct: QStyle.ContentsType, opt: QStyleOption, size: QSize,
                         widget: QWidget | None = None) -> QSize:
        if ct == QStyle.ContentsType.CT_TabBarTab and isinstance(opt, QStyleOptionTab) \
                and widget is not None:
            label = self._label(opt.text)
            if label != opt.text:
                fm = widget.fontMetrics()
                flags = int(Qt.TextFlag.TextShowMnemonic)
                less = fm.size(flags, opt.text).width() - fm.size(flags, label).width()
                size = QSize(max(0, size.width() - less), size.height())
        return super().sizeFromContents(ct, opt, size, widget)  # type: ignore[arg-type]

    def pixelMetric(self, metric: QStyle.PixelMetric, opt: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        value = super().pixelMetric(metric, opt, widget)
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace and self._compact():
            return min(value, COMPACT_TAB_HSPACE)  # the sizing and the drawing both use it
        return value

    def drawControl(self, element: QStyle.ControlElement, opt: QStyleOption, painter: QPainter,
                    widget: QWidget | None = None) -> None:
        if element == QStyle.ControlElement.CE_TabBarTabLabel \
                and isinstance(opt, QStyleOptionTab):
            label = self._label(opt.text)
            if label != opt.text:
                opt = QStyleOptionTab(opt)
                opt.text = label
        super().drawControl(element, opt, painter, widget)


class DockTabs(QObject):
    """Sets up every dock tab bar of ``window`` as Qt creates it (they come and go lazily)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._compact = False
        self._style = _ShortTabStyle(self)
        # the tab bars hold the style until they are destroyed, after this object (created
        # before them) has gone: the application keeps it, so no bar ever holds a dead style
        self._style.setParent(QCoreApplication.instance())
        window.installEventFilter(self)

    def set_compact(self, compact: bool) -> None:
        """Short titles on (the compact layout) or off; the bars measure their tabs again."""
        self._compact = compact
        for bar in self.tab_bars():
            self._prepare(bar)
            bar.setStyle(self._style)  # re-polished: the tab sizes are measured again
            bar.updateGeometry()
            bar.update()

    @property
    def compact(self) -> bool:
        return self._compact

    def tab_bars(self) -> list[QTabBar]:
        """The window's dock tab bars (its own children; a dialog's tab widget is not one)."""
        return [b for b in self._window.findChildren(QTabBar)
                if b.parent() is self._window]

    def label(self, title: str) -> str:
        """What a tab whose text is ``title`` shows: the short title in the compact layout."""
        if not self._compact:
            return title
        for dock in self._window.findChildren(QDockWidget):
            if dock.windowTitle() == title:
                return short_title(dock)
        return title

    def _prepare(self, bar: QTabBar) -> None:
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setUsesScrollButtons(True)
        bar.setExpanding(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.ChildPolished:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QTabBar) and not child.property(_MARK):
                child.setProperty(_MARK, True)
                self._prepare(child)
                child.setStyle(self._style)
        return False
