"""UI test fixtures: headless Qt, a fresh database per test, isolated QSettings.

QT_QPA_PLATFORM is set at import time (before pytest-qt creates the QApplication) so nobody
has to export it to run the UI tests on a machine without a display.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from console.services.session import open_database
from console.ui import settings as ui_settings
from console.ui.app import setup_application
from console.ui.i18n import remove_translators


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[Path]:
    """Every QSettings the app opens lands in this test's folder, never the user's."""
    folder = tmp_path / "settings"
    folder.mkdir()
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(folder / "system"))
    yield folder


@pytest.fixture
def settings(isolated_settings: Path) -> QSettings:
    return ui_settings.app_settings()


@pytest.fixture
def board_db(tmp_path: Path) -> Path:
    """A fresh, migrated database file (closed again: the board's workers open their own)."""
    path = tmp_path / "board.sqlite"
    open_database(path).close()
    return path


@pytest.fixture
def styled_app(qapp) -> Iterator:
    """The application set up as run_app does it, in English."""
    translators = setup_application(qapp, "en")
    yield qapp
    remove_translators(qapp, translators)


@pytest.fixture
def chinese_app(qapp) -> Iterator:
    translators = setup_application(qapp, "zh_CN")
    yield qapp
    remove_translators(qapp, translators)
    setup_application(qapp, "en")


class QueueLogWriter:
    """Appends queue_log lines timed relative to "now", as Asterisk would write them."""

    def __init__(self, path: Path, base: float) -> None:
        self.path = path
        self.base = int(base)

    def write(self, *lines: tuple[int, str]) -> None:
        with open(self.path, "a", encoding="utf-8", newline="\n") as fh:
            for offset, rest in lines:
                fh.write(f"{self.base + offset}|{rest}\n")


@pytest.fixture
def queue_log(tmp_path: Path) -> QueueLogWriter:
    """A queue_log whose lines start two minutes ago, but never before today's midnight."""
    now = time.time()
    midnight = datetime.combine(date.today(), datetime.min.time()).timestamp()
    return QueueLogWriter(tmp_path / "queue_log", max(now - 120, midnight + 1))
