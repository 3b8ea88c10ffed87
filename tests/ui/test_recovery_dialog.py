"""The box shown at start for a database that cannot be used: its words per kind, its buttons
(restore really restores, Quit changes nothing), and that it never waits in a headless run."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton

from console.services import start_check
from console.services.session import open_database
from console.store import audit, backup, db
from console.ui.audit.recovery_dialog import build_box, check_or_offer_restore

KEPT = "kept.in.backup"


@pytest.fixture
def floor_db(tmp_path: Path) -> Path:
    """A database with one audit row and a backup holding it."""
    path = tmp_path / "floor.sqlite"
    conn = open_database(path)
    audit.record(conn, KEPT)
    backup.backup(conn, path, reason="shift")
    audit.record(conn, "after.the.backup")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


def actions(path: Path) -> list[str]:
    conn = open_database(path)
    try:
        return [e.action for e in audit.entries(conn)]
    finally:
        conn.close()


class Clicker:
    """Clicks a button of every visible message box, as a user would."""

    def __init__(self, app, name: str) -> None:
        self.app, self.name, self.seen = app, name, []
        self.timer = QTimer()
        self.timer.timeout.connect(self._click)

    def _click(self) -> None:
        for widget in self.app.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.seen.append(widget.text())
                button = widget.findChild(QPushButton, self.name)
                (button or widget.button(QMessageBox.StandardButton.Ok)).click()


@pytest.fixture
def clicker(styled_app) -> Iterator:
    made: list[Clicker] = []

    def start(name: str) -> Clicker:
        c = Clicker(styled_app, name)
        c.timer.start(100)
        made.append(c)
        return c

    yield start
    for c in made:
        c.timer.stop()


def test_restore_button_puts_the_backup_back(floor_db: Path, clicker) -> None:
    floor_db.write_bytes(b"garbage" * 1000)
    click = clicker("RestoreButton")
    assert check_or_offer_restore(floor_db) is True
    assert backup.quick_check(floor_db) == []
    assert actions(floor_db) == [KEPT]  # the backup's content, not the lost later row
    assert any("is damaged" in text for text in click.seen)
    [replaced] = [p for p in floor_db.parent.joinpath("backups").iterdir()
                  if "replaced" in p.name]
    assert replaced.read_bytes() == b"garbage" * 1000  # the damaged file is kept


def test_quit_button_leaves_the_file_alone(floor_db: Path, clicker) -> None:
    with open(floor_db, "r+b") as fh:
        fh.truncate(floor_db.stat().st_size // 2)
    before = floor_db.read_bytes()
    clicker("QuitButton")
    assert check_or_offer_restore(floor_db) is False
    assert floor_db.read_bytes() == before


def test_headless_question_closes_itself_as_do_not_restore(floor_db: Path, styled_app) -> None:
    floor_db.write_bytes(b"\x00" * 8192)
    reported: list[str] = []
    started = time.monotonic()
    assert check_or_offer_restore(floor_db, auto_close_ms=300, report=reported.append) is False
    assert time.monotonic() - started < 30  # it did not wait for a click
    assert floor_db.read_bytes() == b"\x00" * 8192
    [text] = reported
    assert "is damaged" in text and "composure db restore" in text


def test_newer_database_offers_an_older_backup_and_restores_it(floor_db: Path, clicker) -> None:
    conn = sqlite3.connect(floor_db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    problem = start_check.diagnose(floor_db)
    assert problem is not None and problem.kind == start_check.NEWER
    box = build_box(problem)
    assert f"schema version 999); this one knows up to version {db.latest_version()}" in (
        box.text())
    assert box.findChild(QPushButton, "RestoreButton") is not None
    box.deleteLater()
    clicker("RestoreButton")
    assert check_or_offer_restore(floor_db) is True
    assert actions(floor_db) == [KEPT]


def test_a_backup_from_a_newer_version_is_not_offered(floor_db: Path) -> None:
    [good] = backup.list_backups(floor_db)
    newer = good.path.with_name(good.path.name.replace("-shift", "-close"))
    newer.write_bytes(good.path.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    floor_db.write_bytes(b"x" * 5000)
    problem = start_check.diagnose(floor_db)
    assert problem is not None and problem.latest is not None
    assert problem.latest.path == good.path


def test_no_backup_no_restore_button(tmp_path: Path, styled_app) -> None:
    path = tmp_path / "floor.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    problem = start_check.diagnose(path)
    assert problem is not None and problem.kind == start_check.DAMAGED
    box = build_box(problem)
    assert box.findChild(QPushButton, "RestoreButton") is None
    assert box.findChild(QPushButton, "QuitButton") is not None
    assert "There is no backup of it" in box.text()
    box.deleteLater()


def test_read_only_folder_names_the_folder(tmp_path: Path, styled_app) -> None:
    problem = start_check.StartProblem(start_check.UNWRITABLE, tmp_path / "ro" / "c.sqlite",
                                       folder=tmp_path / "ro")
    box = build_box(problem)
    assert f"cannot write in {tmp_path / 'ro'}" in box.text()
    assert "damaged" not in box.text()
    assert box.findChild(QPushButton, "RestoreButton") is None  # a restore could not write
    box.deleteLater()


def test_a_sound_database_asks_nothing(floor_db: Path, styled_app) -> None:
    assert start_check.diagnose(floor_db) is None
    assert check_or_offer_restore(floor_db) is True
