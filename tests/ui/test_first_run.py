"""First run: a board without a source offers the demo, a queue_log, or the Data sources tab."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from console.services.preferences import remembered_queue_log
from console.ui import first_run
from console.ui.board.agent_table_model import AgentNameRole
from console.ui.controller import BoardSource
from console.ui.main_window import MainWindow

WAIT_MS = 10000
FIXTURE = Path(__file__).parents[1] / "fixtures" / "asterisk22_queue_log"


@pytest.fixture
def empty_window(qtbot, styled_app, board_db: Path, settings):
    w = MainWindow(BoardSource(board_db), settings)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_the_empty_board_offers_three_choices(empty_window: MainWindow) -> None:
    fr = empty_window.first_run
    assert fr is not None and empty_window.board.showing_empty_state
    for button in (fr.open_button, fr.demo_button, fr.configure_button):
        assert button.isVisible() and button.isEnabled()


def test_a_board_with_a_source_has_no_first_run(qtbot, styled_app, board_db, settings) -> None:
    w = MainWindow(BoardSource(board_db, FIXTURE), settings)
    qtbot.addWidget(w)
    assert w.first_run is None and not w.board.showing_empty_state


def test_open_a_queue_log_follows_it_without_a_restart(qtbot, empty_window: MainWindow,
                                                       board_db: Path, monkeypatch) -> None:
    asked: list[str] = []

    def choose(parent, title, folder, filters):
        asked.append(title)
        return str(FIXTURE), filters.split(";;")[0]

    monkeypatch.setattr(first_run.QFileDialog, "getOpenFileName", staticmethod(choose))
    w = empty_window
    assert w.board.model.rowCount() == 0
    qtbot.mouseClick(w.first_run.open_button, Qt.MouseButton.LeftButton)
    assert asked == ["Open a queue_log"]
    qtbot.waitUntil(lambda: w.board.model.rowCount() > 0, timeout=WAIT_MS)
    assert not w.board.showing_empty_state
    assert w.source.queue_log == FIXTURE.resolve()
    assert w.charts_dock.isVisible() and w.flags_dock.isVisible()
    names = {w.board.model.index(r, 0).data(AgentNameRole) for r in range(w.board.model.rowCount())}
    assert "Alice" in names
    # remembered for the next start (`composure` without --queue-log)
    assert remembered_queue_log(board_db, None) == FIXTURE.resolve()


def test_cancelling_the_file_dialog_changes_nothing(qtbot, empty_window, monkeypatch) -> None:
    monkeypatch.setattr(first_run.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a: ("", "")))
    assert empty_window.first_run.open_queue_log() is None
    assert empty_window.board.showing_empty_state and not empty_window.source.has_source


def test_configure_opens_preferences_on_data_sources(qtbot, empty_window: MainWindow) -> None:
    dialog = empty_window.first_run.configure()
    tabs = dialog.tabs
    assert tabs.tabText(tabs.currentIndex()) == "Data sources"
    dialog.reject()


def test_demo_starts_a_new_process_and_closes_the_empty_window(
        qtbot, empty_window: MainWindow, monkeypatch) -> None:
    started: list[tuple[str, list[str]]] = []

    def start(program, args):
        started.append((program, list(args)))
        return True, 4242

    monkeypatch.setattr(first_run.QProcess, "startDetached", staticmethod(start))
    monkeypatch.setattr(first_run.i18n, "chosen_language", lambda: "zh_CN")
    assert empty_window.first_run.start_demo()
    assert started == [(sys.executable, ["-m", "console", "demo", "--lang", "zh_CN"])]
    assert not empty_window.isVisible()


def test_demo_command_from_a_venv_and_from_a_frozen_app(monkeypatch) -> None:
    assert first_run.demo_command() == (sys.executable, ["-m", "console", "demo"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert first_run.demo_command("en") == (sys.executable, ["demo", "--lang", "en"])
