"""Help → About: the version from the installed metadata, versions, data directory, licences."""

from __future__ import annotations

import json
from email.message import Message
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMenu

from console.cli import main
from console.ui import about_dialog
from console.ui.about_dialog import AboutDialog
from console.ui.controller import BoardSource
from console.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, styled_app, board_db: Path, settings):
    w = MainWindow(BoardSource(board_db), settings)  # no queue_log: nothing to follow
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def open_about(w: MainWindow) -> AboutDialog:
    help_menu = next(a.menu() for a in w.menuBar().actions()
                     if isinstance(a.menu(), QMenu) and a.text().replace("&", "") == "Help")
    about = next(a for a in help_menu.actions() if a.objectName() == "actionAbout")
    about.trigger()
    dialog = w.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def table_rows(dialog: AboutDialog) -> dict[str, list[str]]:
    t = dialog.licence_table
    return {t.item(r, 0).text(): [t.item(r, c).text() for c in range(1, 4)]
            for r in range(t.rowCount())}


def test_help_about_shows_version_versions_and_data_directory(window, board_db: Path) -> None:
    dialog = open_about(window)
    version = dialog.findChild(QLabel, "aboutVersion").text()
    assert version == f"Version {metadata.version('composure-console')}"
    assert dialog.findChild(QLabel, "aboutDataDir").text() == str(board_db.parent)
    assert dialog.findChild(QLabel, "aboutQt").text().startswith("6.")
    assert dialog.findChild(QLabel, "aboutPySide").text() == metadata.version("PySide6-Essentials")
    assert "OpenCC dictionaries" in dialog.findChild(QLabel, "aboutDetector").text()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["About", "Licences"]


def test_licences_tab_lists_each_bundled_library(window) -> None:
    rows = table_rows(open_about(window))
    assert len(rows) == len(about_dialog.LIBRARIES)
    version, licence, homepage = rows["PySide6 (Qt for Python)"]
    assert version == metadata.version("PySide6-Essentials")
    assert "LGPL-3.0" in licence
    assert homepage.startswith("https://")
    assert rows["sqlite-utils"][1] == "Apache-2.0"
    assert rows["XlsxWriter"][1] == "BSD-2-Clause"
    assert rows["pyqtgraph"][1] == "MIT"
    assert all(v[0] and v[1] and v[2] for v in rows.values()), rows


def test_copy_details_puts_versions_on_the_clipboard(window) -> None:
    dialog = open_about(window)
    dialog.copy_details()
    text = QGuiApplication.clipboard().text()
    assert text.startswith(f"Composure {metadata.version('composure-console')}\n")
    assert "OpenCC" in text


def _meta(**fields: str | list[str]) -> Message:
    m = Message()
    for key, value in fields.items():
        for v in value if isinstance(value, list) else [value]:
            m[key.replace("_", "-")] = v
    return m


def test_licence_falls_back_when_metadata_holds_the_whole_text_or_nothing() -> None:
    pasted = "Copyright (c) 2020\n\nPermission is hereby granted, free of charge, ..."
    assert about_dialog._licence_of(_meta(License=pasted), "MIT") == "MIT"
    assert about_dialog._licence_of(_meta(), "BSD-2-Clause") == "BSD-2-Clause"
    classified = _meta(License=pasted, Classifier=[
        "License :: OSI Approved", "License :: OSI Approved :: BSD License"])
    assert about_dialog._licence_of(classified, "x") == "BSD License"
    assert about_dialog._licence_of(_meta(License_Expression="MIT", License="Other"), "x") == "MIT"


def test_a_library_that_is_not_installed_keeps_its_fallback_row(monkeypatch) -> None:
    missing = about_dialog.Library("no-such-dist-composure", "Nothing", "MIT", "https://x.invalid")
    monkeypatch.setattr(about_dialog, "LIBRARIES", (missing,))
    assert about_dialog.library_rows() == [
        about_dialog.LibraryRow("Nothing", "", "MIT", "https://x.invalid")]


def test_composure_about_prints_the_same_facts(tmp_path: Path, capsys) -> None:
    assert main(["about", "--json", "--db", str(tmp_path / "x.sqlite")]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["version"] == metadata.version("composure-console")
    assert info["data_dir"] == str(tmp_path)
    assert info["frozen"] is False
    assert info["detector"] == {"opencc": True, "pyahocorasick": True}
    assert {row["name"] for row in info["libraries"]} >= {"OpenCC", "keyring", "pyahocorasick"}
