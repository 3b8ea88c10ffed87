"""Reports → "Export shift report…": the menu, the choices loaded off the GUI thread, the
preview, an export with its progress, cancelling, and the custom range."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QSettings

from console.reports.shifts import DEFAULT_PRESETS
from console.ui.controller import BoardSource
from console.ui.main_window import MainWindow
from console.ui.reports.report_dialog import ShiftReportDialog
from console.ui.reports.report_form import CUSTOM
from tests.reports.conftest import Shift

WAIT_MS = 30_000


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[QSettings]:
    folder = tmp_path / "settings"
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(folder / "system"))
    yield QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Composure", "t")


def _dialog(qtbot, shift: Shift) -> ShiftReportDialog:
    # "now" is the end of the early shift, so the early shift of that day is offered first
    dialog = ShiftReportDialog(shift.db, lambda: shift.end - 60)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    return dialog


def test_the_dialog_offers_the_shift_running_now(qtbot, shift: Shift) -> None:
    dialog = _dialog(qtbot, shift)
    form = dialog.form
    assert form.shift.count() == len(DEFAULT_PRESETS) + 1
    assert form.shift.currentData() == "early"
    assert [form.teams.item(i).text() for i in range(form.teams.count())] == list(shift.teams)
    request = form.request()
    assert (request.start, request.end, request.teams, request.title) == (
        shift.start, shift.end, (), "Early")
    assert dialog.cjk_font  # fonts-noto-cjk is installed here
    # editing a time turns the choice into a custom range
    form.end.setDateTime(QDateTime.fromSecsSinceEpoch(int(shift.end - 3600)))
    assert form.shift.currentData() == CUSTOM
    assert form.request().end == shift.end - 3600 and form.request().title is None
    form.shift.setCurrentIndex(form.shift.findData("night"))
    r = form.request()
    assert r.end - r.start == 8 * 3600 and r.title == "Night"


def test_preview_then_export(qtbot, shift_copy: Shift, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, shift_copy)
    dialog.form.teams.item(0).setCheckState(dialog.form.teams.item(0).checkState().Checked)
    dialog.start_preview()
    assert dialog.progress.isVisible() and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    assert len(dialog.preview.pages) >= 3
    assert not dialog.progress.isVisible() and dialog.export_button.isEnabled()

    dialog.form.format.setCurrentIndex(dialog.form.format.findData("xlsx"))
    assert not dialog.form.page.isEnabled()
    target = tmp_path / "out" / dialog.form.suggested_file_name()
    assert target.name == "shift-report-2026-03-02-0600-early.xlsx"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    assert dialog.last_result is not None and dialog.last_result.path == target
    assert target.exists() and str(target) in dialog.status.text()
    dialog.close()


def test_cancel_leaves_no_file(qtbot, shift_copy: Shift, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, shift_copy)
    target = tmp_path / "r.pdf"
    dialog.export_to(target)
    dialog.cancel_job()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    assert not target.exists()
    assert dialog.last_result is None
    assert dialog.status.text() == dialog.tr("Cancelled. Nothing was saved.")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".composure-report-")]


def test_the_reports_menu_opens_the_dialog(qtbot, shift_copy: Shift,
                                           isolated_settings: QSettings) -> None:
    w = MainWindow(BoardSource(shift_copy.db), isolated_settings)
    qtbot.addWidget(w)
    titles = [m.title() for m in w.menu_actions.menus]
    assert "&Reports" in titles and titles.index("&Reports") == titles.index("&Help") - 1
    assert titles.index("&View") < titles.index("&Reports")
    reports = w.menu_actions.menus[titles.index("&Reports")]
    assert w.menu_actions.export_report in reports.actions()
    w.menu_actions.export_report.trigger()
    dialog = w.menu_actions.report_dialog
    assert isinstance(dialog, ShiftReportDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    assert dialog.db_path == shift_copy.db
    dialog.close()
    w.close()
