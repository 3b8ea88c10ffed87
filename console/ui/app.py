"""Application bootstrap: the one entry point the CLI calls (:func:`run_app`).

It prepares the data source on the GUI thread before the window exists (opening/migrating the
database, and for the demo writing the back-filled morning), because an error there must be a
clear message box and exit code 2, not a traceback from a worker thread. After that the GUI
thread never opens the database again; the workers do.
"""

from __future__ import annotations

import logging
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from console.reports.fonts import register_bundled_fonts
from console.services.clock import WallClock
from console.services.data_safety import backup_on_close
from console.services.demo import DemoFloor, DemoOptions
from console.services.preferences import remembered_queue_log
from console.services.session import StoreError, open_database
from console.ui import i18n, palette
from console.ui import settings as keys
from console.ui.audit.recovery_dialog import check_or_offer_restore, message_box
from console.ui.controller import BoardSource
from console.ui.gc_guard import MainThreadCollector
from console.ui.main_window import MainWindow
from console.ui.platform_check import check_platform
from console.ui.preferences.appearance_page import stored_language, stored_theme

log = logging.getLogger(__name__)

EXIT_STORE_ERROR = 2
EXIT_NO_DISPLAY = 3  # the window system cannot start (a library is missing): nothing ran
SCREENSHOT_SETTLE_MS = 250  # let the layout settle after the first snapshot before grabbing

__all__ = ["AppOptions", "BoardSource", "prepare_source", "run_app", "setup_application"]


@dataclass
class AppOptions:
    db_path: Path
    queue_log: Path | None = None  # follow this real queue_log
    demo: DemoOptions | None = None  # run the demo floor (simulator -> queue_log -> follower)
    demo_dir: Path | None = None  # where the demo writes its queue_log (default: db dir/demo)
    lang: str | None = None  # "zh_CN", "en"; None = system locale
    screenshot: Path | None = None  # PNG of the window after the first full refresh
    quit_after: float | None = None  # quit after N seconds (wall clock)
    theme: str | None = None  # "light" (default) or "dark"
    window_size: tuple[int, int] | None = None  # this run only: screenshots at a screen size
    remember_queue_log: bool = False  # `composure gui`: follow (and remember) the floor's log


def prepare_source(options: AppOptions) -> BoardSource:
    """Open (and migrate) the database once, and start the demo floor if asked.

    Raises StoreError (bad database) or OSError (demo folder not writable).
    """
    db_path = Path(options.db_path)
    conn = open_database(db_path)
    try:
        if options.demo is not None:
            folder = options.demo_dir or db_path.parent / "demo"
            demo = DemoFloor(folder, conn, options.demo)
            return BoardSource(db_path, demo.queue_log, demo.clock, demo)
    finally:
        conn.close()
    if options.queue_log is not None:
        return BoardSource(db_path, Path(options.queue_log), WallClock())
    return BoardSource(db_path)


def system_theme(app: QApplication) -> str:
    """The OS colour scheme where Qt knows it (Qt 6.5+: Windows, macOS, GNOME, KDE), else light."""
    scheme = app.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def setup_application(app: QApplication, lang: str | None, theme: str | None = None) -> list:
    """Style, palette, fonts and translators; returns the translators to keep alive.

    ``lang`` and ``theme`` (the command line) win over the user's choice in Preferences >
    Appearance, which wins over the system's."""
    app.setOrganizationName(keys.ORGANIZATION)
    app.setApplicationName(keys.APPLICATION)
    app.setStyle("Fusion")
    chosen = keys.app_settings()
    theme = theme or stored_theme(chosen)
    lang = lang or stored_language(chosen)
    t = palette.set_theme(theme or system_theme(app))
    app.setPalette(palette.qpalette(t))
    register_bundled_fonts()
    font = QFont(app.font())
    font.setFamilies(i18n.ui_font_families(lang))
    font.setPointSizeF(9.5)
    app.setFont(font)
    app.setStyleSheet(palette.stylesheet(t))
    app.setWindowIcon(palette.app_icon())
    return i18n.install_translators(app, lang)


def _warn_if_no_font(window: MainWindow) -> None:
    """Say once, at start, that the chosen language cannot be drawn (instead of empty boxes)."""
    script = i18n.missing_script_font(i18n.chosen_language())
    if script is None:
        return
    english = (f"No font on this computer can show {script}: its text appears as empty boxes. "
               "Install a CJK font (Debian and Ubuntu: sudo apt install fonts-noto-cjk) and "
               "start Composure again.")
    translated = QCoreApplication.translate(
        "App", "No font on this computer can show Chinese: its text appears as empty boxes. "
        "Install a CJK font (Debian and Ubuntu: sudo apt install fonts-noto-cjk) and start "
        "Composure again.")
    # the translation is exactly what cannot be drawn, so the English words come with it
    text = english if translated.startswith("No font") else f"{translated}\n\n{english}"
    log.warning("%s", text)
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "Composure"),
                      text, QMessageBox.StandardButton.Ok, window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not exec(): a headless run (--quit-after) must never wait on it


def _save_screenshot(window: MainWindow, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if window.grab().save(str(path)):
        log.info("saved screenshot %s", path)
    else:
        log.error("could not save screenshot %s", path)


def run_app(options: AppOptions, argv: list[str] | None = None) -> int:
    """Show the team board until the window closes; returns the process exit code."""
    app = QApplication.instance()
    if app is None:
        problem = check_platform()
        if problem is not None:
            print(problem, file=sys.stderr)
            return EXIT_NO_DISPLAY
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    translators = setup_application(app, options.lang, options.theme)
    collector = MainThreadCollector()  # before any worker thread starts
    try:
        auto_close = None if options.quit_after is None else int(options.quit_after * 1000)
        if options.demo is None and not check_or_offer_restore(
                options.db_path, auto_close_ms=auto_close, report=_to_stderr,
                screenshot=options.screenshot):
            return EXIT_STORE_ERROR  # unusable, and no backup restored
        try:
            if options.remember_queue_log:  # read only now: the check may have restored
                options.queue_log = remembered_queue_log(options.db_path, options.queue_log)
            source = prepare_source(options)
        except (StoreError, OSError) as exc:
            message_box(QCoreApplication.translate("App", "Cannot start the board:\n{error}")
                        .format(error=exc), auto_close_ms=auto_close, report=_to_stderr)
            return EXIT_STORE_ERROR
        window = MainWindow(source, size=options.window_size)
        if options.screenshot is not None:
            shot = Path(options.screenshot)
            window.refreshed.connect(lambda: QTimer.singleShot(
                SCREENSHOT_SETTLE_MS, lambda: _save_screenshot(window, shot)))
        if options.quit_after is not None:
            QTimer.singleShot(int(options.quit_after * 1000), window.close)
        previous_handler = _quit_on_sigint(window)
        window.show()
        _warn_if_no_font(window)
        try:
            code = app.exec()
        finally:
            window.close()  # no-op if already closed; stops the threads otherwise
            if previous_handler is not None:
                signal.signal(signal.SIGINT, previous_handler)
        if options.demo is None:
            # the end of someone's shift: the threads have stopped, the window has gone
            backup_on_close(options.db_path, time.time())
        return code
    finally:
        collector.stop()
        i18n.remove_translators(app, translators)


def _to_stderr(text: str) -> None:
    """Why the board did not start, for a terminal or a script (the box may go unseen)."""
    print(f"composure: {text}", file=sys.stderr)


def _quit_on_sigint(window: MainWindow):
    """Ctrl+C in the terminal closes the window cleanly (threads stopped, layout saved).

    Returns the previous handler so it can be put back.
    """
    try:
        previous = signal.signal(signal.SIGINT, lambda *_: window.close())
    except ValueError:  # not the main thread (embedded use): leave signals alone
        return None
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)  # lets Python run its signal handlers
    wake.start(300)
    return previous
