"""Preferences > Escalations edits the floor's escalation rules; Preferences > Appearance keeps
the user's theme and language, which the next start uses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit, QTimeEdit

from console.services import floor_settings
from console.services.escalations import load_settings
from console.services.session import open_database
from console.ui import palette
from console.ui.app import setup_application
from console.ui.controller import BoardSource
from console.ui.i18n import remove_translators
from console.ui.main_window import MainWindow
from console.ui.preferences import appearance_page
from console.ui.preferences.preferences_dialog import PreferencesDialog

WAIT_MS = 15000


def _open(qtbot, board_db: Path, settings) -> tuple[MainWindow, PreferencesDialog]:
    w = MainWindow(BoardSource(board_db), settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.refreshed, timeout=WAIT_MS):
        w.show()
    w.menu_actions.preferences.trigger()
    dialog = w.preferences.dialog
    assert isinstance(dialog, PreferencesDialog)
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=WAIT_MS)
    return w, dialog


def _tab(dialog: PreferencesDialog, title: str) -> int:
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert title in titles, titles
    return titles.index(title)


def test_escalation_rules_are_edited_and_saved(qtbot, styled_app, board_db: Path,
                                               settings) -> None:
    w, dialog = _open(qtbot, board_db, settings)
    dialog.tabs.setCurrentIndex(_tab(dialog, "Escalations"))
    email = dialog.findChild(QDoubleSpinBox, "pref_escalations_promise_email_hours")
    assert email.value() == 48.0 and email.suffix() == " h"
    email.setValue(6)
    dialog.findChild(QLineEdit, "pref_escalations_warnings").setText("50, 75")
    dialog.findChild(QTimeEdit, "pref_escalations_business_start").setTime(
        dialog.findChild(QTimeEdit, "pref_escalations_business_start").time().addSecs(-1800))
    dialog.findChild(QCheckBox, "pref_escalations_day_sat").setChecked(True)
    dialog.findChild(QCheckBox, "pref_escalations_clock_email").setChecked(True)
    assert dialog.apply_button.isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    conn = open_database(board_db)
    try:
        rules = floor_settings.load(conn).escalations
        assert rules.promise_email_hours == 6.0 and rules.warnings == (50, 75)
        assert rules.business_start == "08:30" and "sat" in rules.business_days
        computed = load_settings(conn)
        assert computed.promise_minutes("email") == 360 and computed.clock_for("email") == \
            "business"
    finally:
        conn.close()

    # an end before the start is refused with the field named, nothing saved
    dialog.findChild(QTimeEdit, "pref_escalations_business_end").setTime(
        dialog.findChild(QTimeEdit, "pref_escalations_business_start").time().addSecs(-3600))
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "Open from" in dialog.status.text() and "later than the start" in dialog.status.text()

    # restore defaults fills in the code's promise again
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert email.value() == 48.0
    assert not dialog.findChild(QCheckBox, "pref_escalations_day_sat").isChecked()
    dialog.reject()
    w.close()


def test_appearance_is_kept_per_user_and_used_at_start(qtbot, styled_app, board_db: Path,
                                                       settings) -> None:
    w, dialog = _open(qtbot, board_db, settings)
    dialog.tabs.setCurrentIndex(_tab(dialog, "Appearance"))
    theme = dialog.findChild(QComboBox, "AppearanceTheme")
    language = dialog.findChild(QComboBox, "AppearanceLanguage")
    assert theme.currentData() == "system" and language.currentData() == "system"
    theme.setCurrentIndex(theme.findData("dark"))
    language.setCurrentIndex(language.findData("zh_CN"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    w.close()
    assert appearance_page.stored_theme(settings) == "dark"
    assert appearance_page.stored_language(settings) == "zh_CN"

    translators = setup_application(styled_app, None)
    try:
        assert palette.theme().name == "dark"
        # the command line still wins
        remove_translators(styled_app, translators)
        translators = setup_application(styled_app, "en", "light")
        assert palette.theme().name == "light"
    finally:
        remove_translators(styled_app, translators)
        settings.remove(appearance_page.THEME_KEY)
        settings.remove(appearance_page.LANGUAGE_KEY)
        remove_translators(styled_app, setup_application(styled_app, "en"))


def test_cancel_keeps_the_old_appearance(qtbot, styled_app, board_db: Path, settings) -> None:
    w, dialog = _open(qtbot, board_db, settings)
    theme = dialog.findChild(QComboBox, "AppearanceTheme")
    theme.setCurrentIndex(theme.findData("light"))
    dialog.reject()
    w.close()
    assert appearance_page.stored_theme(settings) is None
