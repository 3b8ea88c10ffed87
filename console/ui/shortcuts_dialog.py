"""Help (F1): what the figures mean, and every action of the window that has a shortcut.

The list is read from the live QActions each time the dialog opens, so it cannot go stale when
a feature adds or changes a shortcut, and it shows the platform's own spelling ("Ctrl+Q",
"⌘Q") in the UI language.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.ui.figures_help import FiguresPage


@dataclass(frozen=True)
class ShortcutEntry:
    text: str  # the action's text without mnemonics or the trailing ellipsis
    keys: str  # native text, several shortcuts joined by ", "
    where: str  # the menu (or dock) it lives in, "" when none
    action: QAction


def plain_text(text: str) -> str:
    """"&Export shift report…" -> "Export shift report"; "文件(&F)" -> "文件"."""
    out = text.replace("&&", "\0")
    for i in range(len(out) - 3):
        if out[i] == "(" and out[i + 1] == "&" and out[i + 3] == ")":
            out = out[:i] + out[i + 4:]
            break
    return out.replace("&", "").replace("\0", "&").rstrip("…").rstrip(".").strip()


def _where(action: QAction) -> str:
    for widget in action.associatedObjects():
        if isinstance(widget, QMenu) and widget.title():
            return plain_text(widget.title())
    parent = action.parent()
    while parent is not None:
        title = parent.windowTitle() if isinstance(parent, QWidget) else ""
        if title and parent.parent() is not None:  # a dock, not the window itself
            return plain_text(title)
        parent = parent.parent()
    return ""


def shortcut_entries(window: QWidget) -> list[ShortcutEntry]:
    """Every distinct QAction under the window with a shortcut, sorted by menu then text."""
    seen: set[int] = set()
    entries: list[ShortcutEntry] = []
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or id(action) in seen or not action.text():
            continue
        seen.add(id(action))
        native = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        entries.append(ShortcutEntry(plain_text(action.text()), native, _where(action), action))
    entries.sort(key=lambda e: (e.where.casefold(), e.text.casefold()))
    return entries


class ShortcutsDialog(QDialog):
    """Two tabs: the figures explained (first: what F1 is for during a shift), the shortcuts."""

    def __init__(self, window: QWidget, page: str = "figures") -> None:
        super().__init__(window)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("Help"))
        self.resize(620, 600)
        self.search = QLineEdit()
        self.search.setObjectName("ShortcutSearch")
        self.search.setPlaceholderText(self.tr("Search actions or keys…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("ShortcutList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut"), self.tr("Menu")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.entries = shortcut_entries(window)
        for entry in self.entries:
            item = QTreeWidgetItem([entry.text, entry.keys, entry.where])
            item.setToolTip(0, entry.action.toolTip())
            self.tree.addTopLevelItem(item)
        self.empty = QLabel(self.tr("No action matches."))
        self.empty.setObjectName("Muted")
        self.empty.hide()
        hint = QLabel(self.tr("Alt and the underlined letter opens a menu; Tab moves between"
                              " the table, the filters and the docks' buttons."))
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        shortcuts = QWidget()
        keys_layout = QVBoxLayout(shortcuts)
        keys_layout.setContentsMargins(0, 0, 0, 0)
        keys_layout.addWidget(self.search)
        keys_layout.addWidget(self.tree, 1)
        keys_layout.addWidget(self.empty)
        keys_layout.addWidget(hint)
        self.figures = FiguresPage()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("HelpTabs")
        self.tabs.addTab(self.figures, self.tr("What the figures mean"))
        self.tabs.addTab(shortcuts, self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.show_page(page)

    def show_page(self, page: str) -> None:
        """"figures" or "shortcuts", with the focus in that page's search box."""
        shortcuts = page == "shortcuts"
        self.tabs.setCurrentIndex(1 if shortcuts else 0)
        box = self.search if shortcuts else self.figures.search
        box.setFocus(Qt.FocusReason.OtherFocusReason)

    def filter(self, text: str) -> None:
        """Matches the action, its menu or its keys ("ctrl+b", "break")."""
        needle = text.strip().casefold()
        shown = 0
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            hay = " ".join(item.text(c) for c in range(3)).casefold()
            hide = bool(needle) and needle not in hay
            item.setHidden(hide)
            shown += not hide
        self.empty.setVisible(shown == 0)

    def visible_texts(self) -> list[str]:
        return [self.tree.topLevelItem(i).text(0) for i in range(self.tree.topLevelItemCount())
                if not self.tree.topLevelItem(i).isHidden()]
