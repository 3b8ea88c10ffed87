"""run_app, the entry point the CLI calls: errors become a message box, the demo runs and
saves a screenshot, and the process comes back with an exit code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from console.services.demo import DemoOptions
from console.ui.app import EXIT_STORE_ERROR, AppOptions, run_app


def test_bad_database_shows_a_message_and_exits_2(qapp, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not an SQLite database, just some text" * 100)
    # --quit-after: the box closes itself (no click) and the message goes to stderr
    assert run_app(AppOptions(db_path=bad, lang="en", quit_after=0.5)) == EXIT_STORE_ERROR
    err = capsys.readouterr().err
    assert f"The database {bad} is damaged" in err and "There is no backup of it" in err
    assert QApplication.activeModalWidget() is None  # nothing left open


def test_demo_runs_and_saves_a_screenshot(qapp, tmp_path: Path) -> None:
    shot = tmp_path / "shots" / "board.png"
    options = AppOptions(
        db_path=tmp_path / "demo.sqlite",
        demo=DemoOptions(agents=8, teams=2, speed=20),
        lang="en",
        screenshot=shot,
        quit_after=3.0,
    )
    assert run_app(options) == 0
    assert (tmp_path / "demo" / "queue_log").stat().st_size > 0  # default demo_dir
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 1000 and image.height() >= 700
