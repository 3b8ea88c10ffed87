"""Every action reachable from the keyboard: shortcuts without clashes, mnemonics in every menu,
the shortcuts dialog built from the live actions, Tab through the main dialogs in reading order."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from console.services.clock import WallClock
from console.ui.care.flag_dialog import FlagDialog
from console.ui.controller import BoardSource
from console.ui.keyboard import _mnemonic, ensure_mnemonics
from console.ui.main_window import MainWindow
from console.ui.shortcuts_dialog import ShortcutsDialog, plain_text, shortcut_entries

from .conftest import QueueLogWriter

WAIT_MS = 8000


@pytest.fixture
def window(qtbot, styled_app, board_db: Path, queue_log: QueueLogWriter, settings):
    queue_log.write(
        (0, "NONE|NONE|NONE|QUEUESTART|"),
        (1, "NONE|support|Alice|ADDMEMBER|"),
        (1, "NONE|support|Bob|ADDMEMBER|"),
        (10, "1001.1|support|NONE|ENTERQUEUE||+15550001|1"),
        (15, "1001.1|support|Alice|CONNECT|5|1001.2|2"),
    )
    w = MainWindow(BoardSource(board_db, queue_log.path, WallClock()), settings)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    with qtbot.waitSignal(w.refreshed, timeout=WAIT_MS):
        w.show()
    yield w
    w.close()


def all_shortcuts(w: MainWindow) -> list[tuple[str, str]]:
    """(key, action name) for every distinct QAction of the window with a shortcut."""
    seen: dict[int, QAction] = {}
    for action in w.findChildren(QAction):
        seen.setdefault(id(action), action)
    return [(k.toString(QKeySequence.SequenceFormat.PortableText), a.objectName() or a.text())
            for a in seen.values() for k in a.shortcuts() if not k.isEmpty()]


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    pairs = all_shortcuts(window)
    clashes = {k: [n for key, n in pairs if key == k]
               for k, c in Counter(k for k, _ in pairs).items() if c > 1}
    assert clashes == {}
    keys = {k for k, _ in pairs}
    for wanted in ("Ctrl+K", "Ctrl+B", "Ctrl+F", "Ctrl+E", "Ctrl+Q", "Ctrl+,", "Ctrl+N",
                   "Ctrl+R", "Ctrl+Shift+C", "Ctrl+Shift+E", "Ctrl+Shift+F", "F1"):
        assert wanted in keys, wanted


def test_every_menu_entry_has_a_unique_mnemonic(window: MainWindow) -> None:
    bar = window.menuBar()
    tops = [a for a in bar.actions() if a.menu() is not None]
    assert [_mnemonic(a.text()) for a in tops].count(None) == 0
    assert len({_mnemonic(a.text()) for a in tops}) == len(tops)
    for top in tops:
        entries = [a for a in top.menu().actions() if not a.isSeparator()]
        letters = [_mnemonic(a.text()) for a in entries]
        assert None not in letters, (top.text(), [a.text() for a in entries])
        assert len(set(letters)) == len(letters), (top.text(), letters)


def test_mnemonics_for_texts_without_latin_letters() -> None:
    menu = QMenu()
    menu.addAction("&Charts")
    menu.addAction("Calls")
    menu.addAction("图表…")
    ensure_mnemonics(menu)
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "&Charts"
    assert texts[1] == "C&alls"  # "c" is taken, the next free letter of the word
    assert texts[2] == "图表(&B)…"
    assert plain_text(texts[2]) == "图表"


def test_ctrl_f_focuses_the_agent_search(qtbot, window: MainWindow) -> None:
    window.board.table.setFocus()
    qtbot.keyClick(window.board.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.board.search


def test_agent_actions_work_on_the_selected_agent(qtbot, window: MainWindow) -> None:
    window.board.table.clearSelection()
    window.keyboard.flag_call.trigger()
    assert "Select an agent" in window.statusBar().currentMessage()
    assert window.board.select_agent("Alice")
    qtbot.keyClick(window.board.table, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = window.care.last_dialog
    assert isinstance(dialog, FlagDialog) and dialog.isVisible()
    assert any("Alice" in label.text() for label in dialog.findChildren(QLabel))
    dialog.reject()
    window.keyboard._fill_more()  # "More for this agent" holds the whole context menu
    names = {a.objectName() for a in window.keyboard.more.actions()}
    assert {"actionFlagCall", "actionGrantBreak", "actionRecognise",
            "actionArrangeCoaching", "actionEscalateAgentCall"} <= names


def test_shortcuts_dialog_lists_live_actions_and_searches(qtbot, window: MainWindow) -> None:
    window.keyboard.shortcuts.trigger()
    dialog = window.keyboard.last_dialog
    assert isinstance(dialog, ShortcutsDialog)
    assert dialog.tabs.currentWidget() is dialog.figures  # F1 opens on the figures
    texts = dialog.visible_texts()
    assert "Grant recovery break" in texts and "Export shift report" in texts
    assert "Quit" in texts and "Help: figures and shortcuts" in texts
    assert len(texts) == len(shortcut_entries(window))
    # generated, not a list: a shortcut added now is in the next dialog
    extra = QAction("Brand new thing", window)
    extra.setShortcut(QKeySequence("Ctrl+Alt+Y"))
    window.addAction(extra)
    assert "Brand new thing" in [e.text for e in shortcut_entries(window)]
    dialog.search.setText("break")
    assert dialog.visible_texts() == ["Grant recovery break"]
    dialog.search.setText("ctrl+e")
    assert "Export shift report" in dialog.visible_texts()
    dialog.search.setText("no such action")
    assert dialog.visible_texts() == [] and not dialog.empty.isHidden()
    dialog.close()


def test_tab_walks_the_flag_dialog_in_reading_order(qtbot, styled_app) -> None:
    dialog = FlagDialog("Alice")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.severity.setFocus()
    order = [dialog.focusWidget()]
    for _ in range(5):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget())
    names = [w.objectName() or getattr(w, "text", lambda: "")() for w in order]
    assert names[:3] == ["FlagSeverity", "FlagCategory", "FlagNote"], names
    # the note field lets Tab go on (no keyboard trap) to the buttons, then round again
    assert order[3] is not order[2]
    assert names[3] == "Flag call" and names[4] == "Cancel", names
    assert order[5] is dialog.severity


def test_window_shortcuts_work_while_the_search_box_has_the_focus(
        qtbot, window: MainWindow) -> None:
    """Ctrl+E (export) used to be eaten by the search box as 'end of line'."""
    export = window.menu_actions.export_report
    export.triggered.disconnect()  # the real slot opens the export dialog
    fired: list[bool] = []
    export.triggered.connect(lambda *_: fired.append(True))
    window.activateWindow()  # a window shortcut needs an active window (real X servers)
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    search = window.board.search
    search.setFocus()
    qtbot.keyClicks(search, "ali")
    qtbot.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert fired == [True]
    assert search.text() == "ali"
    qtbot.keyClick(search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert search.selectedText() == "ali"  # editing keys stay with the field


def test_help_explains_every_figure_of_the_board_and_searches(qtbot, window: MainWindow) -> None:
    window.keyboard.shortcuts.trigger()
    dialog = window.keyboard.last_dialog
    page = dialog.figures
    titles = page.shown_titles
    for figure in ("Service level (SL)", "Abandon rate", "Occupancy", "Strain score",
                   "Agent states", "Average handle time (AHT)"):
        assert figure in titles
    text = page.browser.toPlainText()
    assert "5 seconds" in text and "85 %" in text and "break recommended from 60" in text
    page.search.setText("erlang")
    assert page.shown_titles == ["Recovery break cover"]
    page.search.setText("zzz")
    assert page.shown_titles == [] and "Nothing matches" in page.browser.toPlainText()
    dialog.close()


def test_help_speaks_chinese(qtbot, chinese_app, tmp_path: Path, settings) -> None:
    from console.ui.figures_help import FiguresPage

    page = FiguresPage()
    qtbot.addWidget(page)
    assert "服务水平" in " ".join(page.shown_titles)
    assert all(t and not t.isascii() for t in page.shown_titles)
