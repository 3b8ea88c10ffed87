"""Preferences > Data sources: the queue_log file, the AMI link, import folders, and a light
with the last event time for every source the database has read.

The page saves on its own button, not the dialog's OK: sources are where the data comes
from, not a rule of the floor, and saving them restarts the AMI link. Loading, saving and
storing the secret are requests to the page's own thread (never SQLite, nor a keyring that
may block on D-Bus, on the GUI thread). The secret goes to the system keyring only.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.services.data_sources import DataSourcesService, SourceSettings, SourcesView
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.action_thread import ActionClient
from console.ui.palette import Status

ACTIONS = frozenset({"load", "save", "set_secret"})
WRITES = frozenset({"save", "set_secret"})


class SourcesPage(QWidget):
    saved = Signal(object)  # SourceSettings now in force
    changed = Signal()  # an edit: the Preferences dialog's Apply follows it
    save_done = Signal(bool)  # a save was confirmed (True) or failed (False)

    def __init__(self, db_path: Path, now: Callable[[], float] = time.time,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SourcesPage")
        self.now = now
        self.client = ActionClient("sources", lambda: DataSourcesService(db_path), ACTIONS,
                                   WRITES, self)
        self.client.replied.connect(self._on_reply)
        self.client.failed.connect(self._on_failed)
        self.view: SourcesView | None = None

        self.queue_log = QLineEdit()
        self.queue_log.setObjectName("source_queue_log")
        self.queue_log.setPlaceholderText("/var/log/asterisk/queue_log")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse_queue_log)
        row = QHBoxLayout()
        row.addWidget(self.queue_log, 1)
        row.addWidget(browse)
        files = QGroupBox(self.tr("queue_log (the record of what happened)"))
        QVBoxLayout(files).addLayout(row)

        self.ami_enabled = QCheckBox(self.tr("Follow the Asterisk Manager Interface (live "
                                             "agent states)"))
        self.ami_enabled.setObjectName("source_ami_enabled")
        self.host = QLineEdit()
        self.host.setObjectName("source_ami_host")
        self.port = QSpinBox()
        self.port.setObjectName("source_ami_port")
        self.port.setRange(1, 65535)
        self.port.setValue(5038)
        self.user = QLineEdit()
        self.user.setObjectName("source_ami_user")
        self.user.setToolTip(self.tr("The section name in the PBX's manager.conf"))
        self.secret_state = QLabel()
        self.secret_state.setObjectName("Muted")
        self.secret_button = QPushButton(self.tr("Set secret…"))
        self.secret_button.setToolTip(self.tr("Stored in the system keyring, never in a file"))
        self.secret_button.clicked.connect(self._ask_secret)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret_state, 1)
        secret_row.addWidget(self.secret_button)
        ami_box = QGroupBox(self.tr("Asterisk Manager Interface"))
        form = QFormLayout(ami_box)
        form.addRow(self.ami_enabled)
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Secret"), secret_row)

        self.folders = QListWidget()
        self.folders.setObjectName("source_import_folders")
        self.folders.setMaximumHeight(90)
        add = QPushButton(self.tr("Add…"))
        add.clicked.connect(self._add_folder)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: [self.folders.takeItem(self.folders.row(i))
                                        for i in self.folders.selectedItems()])
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folders, 1)
        folder_row.addLayout(buttons)
        folders_box = QGroupBox(self.tr("Import folders (QA flags, escalations, rosters)"))
        QVBoxLayout(folders_box).addLayout(folder_row)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("SourcesHealth")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Status"), self.tr("Source"), self.tr("Rows"), self.tr("Last event")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)

        self.status = QLabel()
        self.status.setWordWrap(True)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setToolTip(self.tr("Read the sources' status again (OK or Apply saves the page)"))
        refresh.clicked.connect(self.load)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(refresh)
        self.loaded: SourceSettings | None = None
        for signal in (self.queue_log.textChanged, self.host.textChanged,
                       self.user.textChanged, self.ami_enabled.toggled, self.port.valueChanged,
                       self.folders.model().rowsInserted, self.folders.model().rowsRemoved):
            signal.connect(lambda *_: self.changed.emit())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(files)
        layout.addWidget(ami_box)
        layout.addWidget(folders_box)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._requests: dict[int, str] = {}
        self.setEnabled(False)
        self.client.start()
        self.load()

    # ------------------------------------------------------------------ requests
    def load(self) -> None:
        self._requests[self.client.request("load", self.now())] = "load"

    def dirty(self) -> bool:
        return self.loaded is not None and self.form_settings() != self.loaded

    def save(self) -> None:
        self._requests[self.client.request("save", self.form_settings())] = "save"

    def form_settings(self) -> SourceSettings:
        return SourceSettings(
            queue_log=self.queue_log.text().strip(),
            ami_enabled=self.ami_enabled.isChecked(),
            ami_host=self.host.text().strip(),
            ami_port=self.port.value(),
            ami_user=self.user.text().strip(),
            import_folders=tuple(self.folders.item(i).text()
                                 for i in range(self.folders.count())),
        )

    def set_secret(self, secret: str) -> None:
        s = self.form_settings()
        self._requests[self.client.request("set_secret", s.ami_user, s.ami_host, s.ami_port,
                                           secret)] = "secret"

    def stop(self) -> None:
        self.client.stop()

    # ------------------------------------------------------------------ replies
    def _on_reply(self, request: int, action: str, result: object) -> None:
        kind = self._requests.pop(request, None)
        if kind == "load":
            self.set_view(result)  # type: ignore[arg-type]
        elif kind == "save":
            self.loaded = result  # type: ignore[assignment]
            self._say(Status.OK, self.tr("Data sources saved; the AMI link restarts."))
            self.saved.emit(result)
            self.save_done.emit(True)
            self.load()
        elif kind == "secret":
            self._say(Status.OK, self.tr("Secret stored in the system keyring."))
            self.load()

    def _on_failed(self, request: int, action: str, error: str) -> None:
        kind = self._requests.pop(request, None)
        self.setEnabled(True)
        self._say(Status.DANGER, self.tr("Could not {action}: {error}").format(
            action=action, error=error))
        if kind == "save":
            self.save_done.emit(False)

    def set_view(self, view: SourcesView) -> None:
        self.view = view
        s = view.settings
        self.loaded = s
        self.queue_log.setText(s.queue_log)
        self.ami_enabled.setChecked(s.ami_enabled)
        self.host.setText(s.ami_host)
        self.port.setValue(s.ami_port)
        self.user.setText(s.ami_user)
        self.folders.clear()
        self.folders.addItems(list(s.import_folders))
        if view.keyring_error:
            self.secret_state.setText(view.keyring_error)
        elif view.has_secret:
            self.secret_state.setText(self.tr("stored in the system keyring"))
        else:
            self.secret_state.setText(self.tr("none stored"))
        self.table.setRowCount(len(view.health))
        now = self.now()
        for row, h in enumerate(view.health):
            status, words = self._light(h, now)
            light = QTableWidgetItem(palette.status_icon(status), words)
            self.table.setItem(row, 0, light)
            self.table.setItem(row, 1, QTableWidgetItem(f"{h.kind}: {h.path}"))
            self.table.setItem(row, 2, QTableWidgetItem(fmt.count(h.rows)))
            when = fmt.clock_time(h.last_event_ts) if h.last_event_ts else fmt.DASH
            self.table.setItem(row, 3, QTableWidgetItem(when))
        self.table.resizeColumnToContents(0)
        self.setEnabled(True)

    def _light(self, h, now: float) -> tuple[Status, str]:
        if h.live is not None:
            return (Status.OK, self.tr("live")) if h.live else (Status.DANGER, self.tr("down"))
        if h.updated_at and now - h.updated_at < 120:
            return Status.OK, self.tr("reading")
        return Status.NEUTRAL, self.tr("idle")

    def _say(self, status: Status, text: str) -> None:
        color = palette.status_color(status).name()
        self.status.setStyleSheet(f"color: {color}")
        self.status.setText(text)

    # ------------------------------------------------------------------ pickers
    def _browse_queue_log(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("queue_log file"),
                                              self.queue_log.text() or "/var/log/asterisk")
        if path:
            self.queue_log.setText(path)

    def _add_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Import folder"))
        if path:
            self.folders.addItem(path)

    def _ask_secret(self) -> None:
        if not self.user.text().strip():
            self._say(Status.CAUTION, self.tr("Enter the AMI user first."))
            return
        secret, ok = QInputDialog.getText(
            self, self.tr("AMI secret"),
            self.tr("Secret for {user}@{host}:{port}").format(
                user=self.user.text().strip(), host=self.host.text().strip(),
                port=self.port.value()),
            QLineEdit.EchoMode.Password)
        if ok and secret:
            self.set_secret(secret)


def install_sources_page(dialog, source, window) -> SourcesPage:
    """Add the "Data sources" tab to the Preferences dialog (a scroll area like its other
    tabs); the page's thread stops when the dialog closes, and a save restarts the AMI link."""
    page = SourcesPage(source.db_path, source.clock.now)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    dialog.tabs.addTab(area, QCoreApplication.translate("SourcesPage", "Data sources"))
    dialog.finished.connect(lambda *_: page.stop())
    dialog.add_saving_page(page)  # saved by OK and Apply, like every other tab
    ami = getattr(window, "ami", None)
    if ami is not None:
        page.saved.connect(lambda *_: ami.restart())
    return page
