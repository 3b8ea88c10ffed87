"""Preferences > Privacy and data: loads and saves the floor's data-safety settings on its own
thread, every change is an audit row, and "Back up now" leaves a backup and an audit row."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QObject, QTime, Signal
from PySide6.QtWidgets import QDialog, QTabWidget

from console.services.data_safety import DataSafetySettings, load_settings
from console.services.session import open_database
from console.store import audit
from console.ui.preferences.privacy_page import PrivacyPage, install_privacy_page

WAIT_MS = 10_000
NOW = 1795421300.0


def _stored(path: Path) -> tuple[DataSafetySettings, list[audit.AuditEntry]]:
    conn = open_database(path)
    try:
        return load_settings(conn), audit.entries(conn)
    finally:
        conn.close()


def _page(qtbot, path: Path) -> PrivacyPage:
    page = PrivacyPage(path, now=lambda: NOW)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loaded is not None and page.isEnabled(), timeout=WAIT_MS)
    return page


def test_page_saves_every_setting_with_an_audit_row(qtbot, styled_app, board_db) -> None:
    page = _page(qtbot, board_db)
    try:
        assert page.loaded == DataSafetySettings()
        assert page.retention.value() == 90 and page.keep.value() == 10
        assert not page.shift_end_on.isChecked() and not page.shift_end.isEnabled()
        assert not page.show_full.isChecked()
        assert page.folder.text() == str(board_db.resolve().parent / "backups")
        assert page.latest.text() == "none yet"

        page.save()  # nothing changed: nothing written
        assert page.status.text() == "Nothing changed."
        page.retention.setValue(30)
        page.keep.setValue(4)
        page.shift_end_on.setChecked(True)
        page.shift_end.setTime(QTime(22, 30))
        page.show_full.setChecked(True)
        with qtbot.waitSignal(page.saved, timeout=WAIT_MS) as saved:
            page.save()
        wanted = DataSafetySettings(retention_days=30, backup_keep=4, shift_end="22:30",
                                    show_full_callers=True)
        assert saved.args[0] == wanted
        stored, entries = _stored(board_db)
        assert stored == wanted
        [entry] = [e for e in entries if e.action == "settings.change"]
        assert entry.subject == "data_safety"
        assert json.loads(entry.detail) == {
            "retention_days": {"old": 90, "new": 30},
            "backup_keep": {"old": 10, "new": 4},
            "shift_end": {"old": None, "new": "22:30"},
            "show_full_callers": {"old": False, "new": True},
        }

        # turning the shift end off again is one more audited change
        page.shift_end_on.setChecked(False)
        with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
            page.save()
        stored, entries = _stored(board_db)
        assert stored.shift_end is None
        changes = [e for e in entries if e.action == "settings.change"]
        assert len(changes) == 2
        assert json.loads(changes[0].detail) == {"shift_end": {"old": "22:30", "new": None}}
    finally:
        page.stop()


def test_back_up_now_shows_the_backup_and_audits_it(qtbot, styled_app, board_db) -> None:
    page = _page(qtbot, board_db)
    try:
        with qtbot.waitSignal(page.client.replied, timeout=WAIT_MS):
            page.backup_now()
        backups = list((board_db.resolve().parent / "backups").glob("*.sqlite"))
        assert len(backups) == 1 and backups[0].name.endswith("-manual.sqlite")
        assert page.latest.text() != "none yet"
        assert page.latest.toolTip() == str(backups[0])
        assert page.status.text() == f"Backup saved: {backups[0].name}"
        _, entries = _stored(board_db)
        [entry] = [e for e in entries if e.action == "data.backup"]
        assert entry.subject == str(backups[0]) and entry.ts == int(NOW)
    finally:
        page.stop()


def test_a_refused_value_says_why_and_writes_nothing(qtbot, styled_app, board_db) -> None:
    page = _page(qtbot, board_db)
    try:
        page.client.request("save_settings", DataSafetySettings(retention_days=0))
        qtbot.waitUntil(lambda: "Could not" in page.status.text(), timeout=WAIT_MS)
        assert "retention_days must be between 1 and 3650" in page.status.text()
        stored, entries = _stored(board_db)
        assert stored == DataSafetySettings()
        assert not [e for e in entries if e.action == "settings.change"]
    finally:
        page.stop()


class _Safety(QObject):
    applied = Signal(object)

    def apply_settings(self, settings: DataSafetySettings) -> None:
        self.applied.emit(settings)


def test_installed_as_a_preferences_tab_that_applies_a_save(qtbot, styled_app,
                                                            board_db) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.tabs = QTabWidget(dialog)  # what install_* relies on in PreferencesDialog
    dialog.add_saving_page = lambda page: None
    window = SimpleNamespace(data_safety=_Safety())
    source = SimpleNamespace(db_path=board_db)
    page = install_privacy_page(dialog, source, window)
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "Privacy and data"
    qtbot.waitUntil(lambda: page.isEnabled(), timeout=WAIT_MS)
    page.show_full.setChecked(True)
    with qtbot.waitSignal(window.data_safety.applied, timeout=WAIT_MS) as applied:
        page.save()
    assert applied.args[0].show_full_callers
    dialog.done(0)  # the page's thread stops with the dialog
    assert not page.client._thread.isRunning()
