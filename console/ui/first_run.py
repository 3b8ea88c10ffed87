"""First run: a board with no data source offers the ways to get one, as buttons.

"Start the demo floor" starts ``composure demo`` as a new process and closes this empty window.
The command is the running program itself: a frozen app (PyInstaller and the like set
``sys.frozen``) is its own executable and takes the subcommand directly; from a venv or a
system install it is ``python -m console demo`` with the same interpreter, which works whether
or not the ``composure`` script is on PATH. The language chosen at start goes along.

"Open a queue_log…" asks for the file, remembers it for the next start (on a worker thread:
the GUI thread never touches SQLite) and starts following it in this window, no restart.

"Configure data sources…" opens Preferences on the Data sources tab; a queue_log saved there
is followed in the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QProcess
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from console.services.preferences import remembered_queue_log
from console.ui import i18n
from console.ui.action_thread import ActionClient


def demo_command(lang: str | None = None) -> tuple[str, list[str]]:
    """(program, arguments) that start the demo floor from this installation."""
    args = ["demo"]
    if lang:
        args += ["--lang", lang]
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "console", *args]


class _Remember:
    """Runs on the client's thread: stores the chosen queue_log as the one to follow."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path

    def remember(self, path: str) -> str:
        chosen = remembered_queue_log(self.db_path, Path(path))
        return str(chosen)


class FirstRun(QObject):
    """The empty state's buttons and what they do, for a :class:`MainWindow`."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        db_path = window.source.db_path
        self.client = ActionClient("first-run", lambda: _Remember(db_path),
                                   frozenset({"remember"}), frozenset({"remember"}), self)
        self.client.replied.connect(self._remembered)
        self.client.failed.connect(self._not_remembered)
        self._pending: dict[int, str] = {}

        self.demo_button = QPushButton(self.tr("Start the &demo floor"))
        self.demo_button.setObjectName("FirstRunDemo")
        self.demo_button.setToolTip(self.tr("A simulated floor in a new window, to look around"))
        self.open_button = QPushButton(self.tr("&Open a queue_log…"))
        self.open_button.setObjectName("FirstRunOpenQueueLog")
        self.open_button.setToolTip(self.tr("Follow the Asterisk queue_log file of your floor"))
        self.open_button.setDefault(True)
        self.configure_button = QPushButton(self.tr("&Configure data sources…"))
        self.configure_button.setObjectName("FirstRunConfigure")
        self.configure_button.setToolTip(self.tr("The queue_log, the AMI link, import folders"))
        self.demo_button.clicked.connect(self.start_demo)
        self.open_button.clicked.connect(self.open_queue_log)
        self.configure_button.clicked.connect(self.configure)

        self.buttons = QWidget()
        self.buttons.setObjectName("FirstRunChoices")
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 8, 0, 0)
        row.setSpacing(8)
        row.addStretch(1)
        for button in (self.open_button, self.demo_button, self.configure_button):
            row.addWidget(button)
        row.addStretch(1)
        window.board.empty_card.layout().addWidget(self.buttons)
        QWidget.setTabOrder(self.open_button, self.demo_button)
        QWidget.setTabOrder(self.demo_button, self.configure_button)
        self.started_demo: tuple[str, list[str]] | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.client.stop()  # a queue_log still being remembered: never a running thread
        return False

    @classmethod
    def install(cls, window: Any) -> FirstRun | None:
        """Only on a board without a source: the demo and a followed queue_log need none."""
        if window.source.has_source:
            return None
        return cls(window)

    # ------------------------------------------------------------------ choices
    def start_demo(self) -> bool:
        program, args = demo_command(i18n.chosen_language())
        if QProcess.startDetached(program, args)[0]:
            self.started_demo = (program, args)
            self.window.close()
            return True
        QMessageBox.warning(self.window, self.tr("Demo floor"), self.tr(
            "Could not start the demo floor. Run <code>composure demo</code> in a terminal."))
        return False

    def open_queue_log(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open a queue_log"), "/var/log/asterisk",
            self.tr("queue_log files (queue_log*);;All files (*)"))
        if not path:
            return None
        self.client.start()
        self._pending[self.client.request("remember", path)] = path
        self.window.statusBar().showMessage(
            self.tr("Reading {file}…").format(file=Path(path).name), 5000)
        return path

    def configure(self) -> None:
        preferences = self.window.preferences
        dialog = preferences.open_dialog("sources")
        page = getattr(preferences, "sources_page", None)
        if page is not None and not getattr(page, "_first_run_hooked", False):
            page._first_run_hooked = True
            page.saved.connect(self._sources_saved)
        return dialog

    # ------------------------------------------------------------------ replies
    def _sources_saved(self, settings: Any) -> None:
        queue_log = getattr(settings, "queue_log", "")
        if queue_log and not self.window.source.has_source:
            self.follow(queue_log)

    def _remembered(self, request: int, action: str, result: object) -> None:
        if request in self._pending:
            self._pending.pop(request)
            self.follow(str(result))

    def _not_remembered(self, request: int, action: str, error: str) -> None:
        path = self._pending.pop(request, None)
        if path is not None:  # followed all the same; only the next start will not know it
            self.window.statusBar().showMessage(
                self.tr("Could not remember the queue_log: {error}").format(error=error), 8000)
            self.follow(path)

    def follow(self, path: str) -> None:
        self.window.follow_queue_log(Path(path))
        self.client.stop()
