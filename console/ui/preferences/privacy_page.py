"""Preferences > Privacy and data: how long free text is kept, how many backups, when a shift
ends, and whether caller numbers are shown in full; plus where backups go and "Back up now".

Like the Data sources page it saves on its own button: these are the floor's data-keeping
rules, stored in the database for every console, and each change is an audit row written by
the service in the same transaction. Loading, saving and backing up are requests to the page's
own thread (never SQLite on the GUI thread; a backup copies the whole file).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from console.services.data_safety import (
    BackupInfo,
    DataSafetyService,
    DataSafetySettings,
    DataSafetyView,
)
from console.ui import palette
from console.ui.action_thread import ActionClient
from console.ui.palette import Status

ACTIONS = frozenset({"view", "save_settings", "backup_now"})
WRITES = frozenset({"save_settings", "backup_now"})


class PrivacyPage(QWidget):
    saved = Signal(object)  # DataSafetySettings now in force
    changed = Signal()  # an edit: the Preferences dialog's Apply follows it
    save_done = Signal(bool)  # a save was confirmed (True) or failed (False)

    def __init__(self, db_path: Path, now: Callable[[], float] = time.time,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PrivacyPage")
        self.now = now
        self.client = ActionClient("privacy", lambda: DataSafetyService(db_path), ACTIONS,
                                   WRITES, self)
        self.client.replied.connect(self._on_reply)
        self.client.failed.connect(self._on_failed)
        self.loaded: DataSafetySettings | None = None

        self.retention = QSpinBox()
        self.retention.setObjectName("privacy_retention_days")
        self.retention.setRange(1, 3650)
        self.retention.setSuffix(self.tr(" days"))
        retention_note = self._note(self.tr(
            "Free text older than this is removed for good: notes on flags and repeat callers, "
            "escalation notes, coaching notes and outcomes, recognition texts and issue notes. "
            "Counts, times and severities stay, so reports still add up. Checked at every "
            "start."))
        self.keep = QSpinBox()
        self.keep.setObjectName("privacy_backup_keep")
        self.keep.setRange(1, 1000)
        self.shift_end_on = QCheckBox(self.tr("A shift ends at"))
        self.shift_end_on.setObjectName("privacy_shift_end_on")
        self.shift_end = QTimeEdit()
        self.shift_end.setObjectName("privacy_shift_end")
        self.shift_end.setDisplayFormat("HH:mm")
        self.shift_end.setEnabled(False)
        self.shift_end_on.toggled.connect(self.shift_end.setEnabled)
        shift_row = QHBoxLayout()
        shift_row.addWidget(self.shift_end_on)
        shift_row.addWidget(self.shift_end)
        shift_row.addStretch(1)
        shift_note = self._note(self.tr(
            "A backup is taken after local midnight, after the shift end if set, and when the "
            "app closes."))

        keeping = QGroupBox(self.tr("Keeping data"))
        form = QFormLayout(keeping)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Keep free-text notes for"), self.retention)
        form.addRow(retention_note)
        form.addRow(self.tr("Backups to keep"), self.keep)
        form.addRow(shift_row)
        form.addRow(shift_note)

        self.show_full = QCheckBox(self.tr("Show full caller numbers"))
        self.show_full.setObjectName("privacy_show_full_callers")
        warning = self._note(self.tr(
            "Caller numbers are personal data. Shown in full they appear in the calls and "
            "flags docks and in reports (unless anonymised) on every console of this floor. "
            "Otherwise only the last four digits are shown. The change is recorded in the "
            "audit log."))
        warning.setObjectName("PrivacyWarning")
        warning.setStyleSheet(f"color: {palette.status_color(Status.CAUTION).name()}")
        privacy = QGroupBox(self.tr("Caller numbers"))
        box = QVBoxLayout(privacy)
        box.addWidget(self.show_full)
        box.addWidget(warning)

        self.folder = QLabel()
        self.folder.setObjectName("privacy_backup_folder")
        self.folder.setWordWrap(True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.latest = QLabel()
        self.latest.setObjectName("privacy_latest_backup")
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("BackupNow")
        self.backup_button.clicked.connect(self.backup_now)
        latest_row = QHBoxLayout()
        latest_row.addWidget(self.latest, 1)
        latest_row.addWidget(self.backup_button)
        backups = QGroupBox(self.tr("Backups"))
        bform = QFormLayout(backups)
        bform.addRow(self.tr("Folder"), self.folder)
        bform.addRow(self.tr("Latest backup"), latest_row)

        self.status = QLabel()
        self.status.setObjectName("PrivacyStatus")
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        for signal in (self.retention.valueChanged, self.keep.valueChanged,
                       self.shift_end_on.toggled, self.shift_end.timeChanged,
                       self.show_full.toggled):
            signal.connect(lambda *_: self.changed.emit())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(keeping)
        layout.addWidget(privacy)
        layout.addWidget(backups)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self._requests: dict[int, str] = {}
        self.setEnabled(False)
        self.client.start()
        self.load()

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("Muted")
        label.setWordWrap(True)
        return label

    # ------------------------------------------------------------------ requests
    def load(self) -> None:
        self._requests[self.client.request("view")] = "view"

    def dirty(self) -> bool:
        return self.loaded is not None and self.form_settings() != self.loaded

    def save(self) -> None:
        wanted = self.form_settings()
        if wanted == self.loaded:
            self._say(Status.NEUTRAL, self.tr("Nothing changed."))
            return
        self._requests[self.client.request("save_settings", wanted)] = "save"

    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)
        self._say(Status.NEUTRAL, self.tr("Backing up…"))
        self._requests[self.client.request("backup_now", self.now())] = "backup"

    def form_settings(self) -> DataSafetySettings:
        shift_end = (self.shift_end.time().toString("HH:mm")
                     if self.shift_end_on.isChecked() else None)
        return DataSafetySettings(retention_days=self.retention.value(),
                                  backup_keep=self.keep.value(), shift_end=shift_end,
                                  show_full_callers=self.show_full.isChecked())

    def set_settings(self, s: DataSafetySettings) -> None:
        self.loaded = s
        self.retention.setValue(s.retention_days)
        self.keep.setValue(s.backup_keep)
        self.shift_end_on.setChecked(s.shift_end is not None)
        if s.shift_end:
            hours, minutes = (int(p) for p in s.shift_end.split(":"))
            self.shift_end.setTime(QTime(hours, minutes))
        self.show_full.setChecked(s.show_full_callers)

    def set_view(self, view: DataSafetyView) -> None:
        self.set_settings(view.settings)
        self.folder.setText(str(view.backup_dir))
        self._show_latest(view.latest)
        self.setEnabled(True)

    def _show_latest(self, info: BackupInfo | None) -> None:
        if info is None:
            self.latest.setText(self.tr("none yet"))
        else:
            self.latest.setText(time.strftime("%Y-%m-%d %H:%M", time.localtime(info.created)))
            self.latest.setToolTip(str(info.path))

    def stop(self) -> None:
        self.client.stop()

    # ------------------------------------------------------------------ replies
    def _on_reply(self, request: int, action: str, result: object) -> None:
        kind = self._requests.pop(request, None)
        if kind == "view":
            self.set_view(result)  # type: ignore[arg-type]
        elif kind == "save":
            self.set_settings(result)  # type: ignore[arg-type]
            self._say(Status.OK, self.tr("Saved; the change is in the audit log."))
            self.saved.emit(result)
            self.save_done.emit(True)
        elif kind == "backup":
            self.backup_button.setEnabled(True)
            self._show_latest(result)  # type: ignore[arg-type]
            self._say(Status.OK, self.tr("Backup saved: {name}").format(
                name=result.path.name))  # type: ignore[attr-defined]

    def _on_failed(self, request: int, action: str, error: str) -> None:
        kind = self._requests.pop(request, None)
        self.backup_button.setEnabled(True)
        self.setEnabled(True)
        self._say(Status.DANGER, self.tr("Could not {action}: {error}").format(
            action=action, error=error))
        if kind == "save":
            self.save_done.emit(False)

    def _say(self, status: Status, text: str) -> None:
        color = palette.status_color(status).name()
        self.status.setStyleSheet(f"color: {color}")
        self.status.setText(text)


def install_privacy_page(dialog, source, window) -> PrivacyPage:
    """Add the "Privacy and data" tab to the Preferences dialog; the page's thread stops when
    the dialog closes, and a save applies the caller-number choice to the window at once."""
    page = PrivacyPage(source.db_path)  # backups are named in real time, as at close
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    dialog.tabs.addTab(area, QCoreApplication.translate("PrivacyPage", "Privacy and data"))
    dialog.finished.connect(lambda *_: page.stop())
    dialog.add_saving_page(page)  # saved by OK and Apply, like every other tab
    data_safety = getattr(window, "data_safety", None)
    if data_safety is not None:
        page.saved.connect(data_safety.apply_settings)
    return page
