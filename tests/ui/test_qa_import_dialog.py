"""File → "Import QA flags…": the import runs on the care thread, the result dialog lists every
rejected row with its file, line and reason, and the flags dock shows the imported flags."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from console.services.demo import DemoOptions
from console.services.qa_import import QaImport
from console.ui.app import AppOptions, prepare_source
from console.ui.care.flag_table_model import FlagColumn
from console.ui.care.qa_import_dialog import ProblemColumn, QaImportDialog
from console.ui.main_window import MainWindow

WAIT_MS = 15000


@pytest.fixture
def demo_window(qtbot, styled_app, tmp_path: Path, settings):
    source = prepare_source(AppOptions(db_path=tmp_path / "demo.sqlite",
                                       demo=DemoOptions(agents=6, seed=9, speed=1)))
    w = MainWindow(source, settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.refreshed, timeout=WAIT_MS):
        w.show()
    yield w
    w.close()


def _qa_file(w: MainWindow, folder: Path) -> Path:
    snap = w.controller.last_snapshot
    agent = snap.agents[0].name
    when = datetime.fromtimestamp(snap.now - 600).isoformat(timespec="seconds")
    path = folder / "qa week 12.csv"
    path.write_text(
        "id,time,agent,severity,category,note\n"
        f"QA-1,{when},{agent},2,辱骂,called the agent names\n"
        f"QA-2,{when},{agent},7,threat,severity out of range\n"
        f"QA-3,{when},{agent},3,threats,threatened to come to the office\n", encoding="utf-8")
    return path


def _import(qtbot, w: MainWindow, path: Path) -> QaImportDialog:
    old = w.care.last_dialog
    request = w.care.notes.import_qa_flags(path)
    assert request is not None
    qtbot.waitUntil(lambda: w.care.last_dialog is not old
                    and isinstance(w.care.last_dialog, QaImportDialog), timeout=WAIT_MS)
    return w.care.last_dialog


def test_import_lists_the_broken_row_and_keeps_the_good_ones(qtbot, demo_window,
                                                            tmp_path: Path) -> None:
    w = demo_window
    path = _qa_file(w, tmp_path)
    dialog = _import(qtbot, w, path)
    result = dialog.result
    assert isinstance(result, QaImport)
    assert (result.imported, result.updated, result.rejected) == (2, 0, 1)
    assert "Imported: 2 · updated: 0 · rejected: 1" in dialog.headline.text()
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, ProblemColumn.FILE).data() == path.name
    assert dialog.model.index(0, ProblemColumn.FILE).data(Qt.ItemDataRole.ToolTipRole) == str(path)
    assert dialog.model.index(0, ProblemColumn.LINE).data() == "3"
    assert "severity '7'" in dialog.model.index(0, ProblemColumn.REASON).data()
    dialog.copy_all()
    assert QGuiApplication.clipboard().text().startswith(f"{path}\t3\tseverity '7'")

    conn = sqlite3.connect(w.source.db_path)
    try:
        rows = conn.execute("SELECT external_id, category, severity FROM abuse_flags"
                            " WHERE source = 'qa_import' ORDER BY external_id").fetchall()
    finally:
        conn.close()
    assert rows == [("QA-1", "insult_profanity", 2), ("QA-3", "threat", 3)]
    model = w.flags_dock.model
    qtbot.waitUntil(lambda: sum(model.flag(r).source == "qa_import"
                                for r in range(model.rowCount())) == 2, timeout=WAIT_MS)
    sources = {model.index(r, FlagColumn.SOURCE).data() for r in range(model.rowCount())
               if model.flag(r).source == "qa_import"}
    assert sources == {"QA import"}

    # the same list again: updated in place, nothing added twice
    again = _import(qtbot, w, path)
    assert (again.result.imported, again.result.updated, again.result.rejected) == (0, 2, 1)


def test_an_unreadable_file_says_so(qtbot, demo_window, tmp_path: Path) -> None:
    w = demo_window
    w.care.notes.import_qa_flags(tmp_path / "missing.csv")
    qtbot.waitUntil(lambda: isinstance(w.care.last_dialog, QMessageBox), timeout=WAIT_MS)
    assert "missing.csv" in w.care.last_dialog.text()


def test_a_clean_import_hides_the_table(qtbot, styled_app) -> None:
    dialog = QaImportDialog(QaImport("/tmp/ok.csv", 3, 1, ()))
    qtbot.addWidget(dialog)
    assert dialog.table.isHidden() and dialog.copy_button.isHidden()
    assert "Imported: 3 · updated: 1 · rejected: 0" in dialog.headline.text()
