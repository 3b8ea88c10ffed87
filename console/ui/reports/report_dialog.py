"""Reports → "Export shift report…": choose the shift, teams, format and pseudonyms, look at
the pages, export. Every step that reads the database or paints pages runs on a
:class:`ReportJob` thread with a progress bar and a Cancel button; the window stays live.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.reports.export import ExportResult, export_report, preview_report, report_options
from console.ui.reports.report_form import ReportForm
from console.ui.reports.report_job import ReportJob
from console.ui.reports.report_preview import ReportPreview

LAST_FOLDER = "reports/last_folder"
PREVIEW_DPI = 72.0


class ShiftReportDialog(QDialog):
    def __init__(self, db_path: Path, now: Callable[[], float],
                 settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShiftReportDialog")
        self.setWindowTitle(self.tr("Export shift report"))
        self.db_path = Path(db_path)
        self._now = now
        self.settings = settings
        self.job: ReportJob | None = None
        self.last_result: ExportResult | None = None
        self.cjk_font: str | None = None

        self.form = ReportForm(now(), self)
        self.form.changed.connect(self._choices_changed)
        self.preview = ReportPreview(self)
        self.progress = QProgressBar()
        self.progress.setObjectName("ReportProgress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("ReportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setObjectName("PreviewButton")
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("ExportButton")
        self.export_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setObjectName("CancelJobButton")
        self.cancel_button.setVisible(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.preview_button.clicked.connect(self.start_preview)
        self.export_button.clicked.connect(self.choose_file_and_export)
        self.cancel_button.clicked.connect(self.cancel_job)
        self.close_button.clicked.connect(self.close)

        left = QVBoxLayout()
        left.addWidget(self.form)
        left.addStretch(1)
        left.addWidget(self.status)
        left.addWidget(self.progress)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.export_button, self.cancel_button):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        left.addLayout(buttons)
        body = QHBoxLayout(self)
        body.addLayout(left, 0)
        body.addWidget(self.preview, 1)
        self.resize(1100, 760)
        self._set_busy(True)
        self._run("options", lambda progress, cancelled: report_options(self.db_path),
                  self._options_loaded)

    # ------------------------------------------------------------------ jobs
    def _run(self, name: str, fn, on_done: Callable[[object], None]) -> None:
        job = ReportJob(name, fn, self)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(on_done)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        # a bound slot, not a lambda: Qt then delivers the thread's "finished" on this
        # (the GUI) thread; a bare callable would run on the worker and touch widgets there
        job.finished.connect(self._job_finished)
        self.job = job
        self._set_busy(True)
        job.start()

    @Slot()
    def _job_finished(self) -> None:
        job = self.sender()
        if not isinstance(job, ReportJob):
            return
        job.wait()  # "finished" comes just before run() has fully returned
        if self.job is job:
            self.job = None
            self._set_busy(False)
        # finished jobs stay children of the dialog and go with it: deleting a QThread
        # later from its own "finished" crashed PySide 6.12 now and then

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.progress.setValue(0)
        self.cancel_button.setVisible(busy)
        self.preview_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)
        self.form.setEnabled(not busy)

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _stage_text(self, stage: str) -> str:
        return {
            "figures": self.tr("Counting calls…"),
            "intervals": self.tr("Half-hour intervals…"),
            "strain": self.tr("Strain through the shift…"),
            "care": self.tr("Flags, breaks and agents…"),
            "sessions": self.tr("Sessions, escalations and notes…"),
            "writing": self.tr("Writing the file…"),
            "done": self.tr("Done."),
        }.get(stage, "")

    def _progressed(self, percent: int, stage: str) -> None:
        self.progress.setValue(percent)
        text = self._stage_text(stage)
        if text:
            self.status.setText(text)

    def _failed(self, error: str) -> None:
        self.status.setText(self.tr("The report could not be made: {error}").format(error=error))

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled. Nothing was saved."))

    # ------------------------------------------------------------------ steps
    def _options_loaded(self, options) -> None:
        self.cjk_font = options.cjk_font
        self.form.set_choices(options.presets, options.teams)
        self.status.setText("" if options.cjk_font else self.tr(
            "No Chinese font was found: Chinese names may not print in the PDF."))

    def _choices_changed(self) -> None:
        if self.preview.pages:
            self.status.setText(self.tr("The choices changed: press Preview to see them."))

    def _check_range(self) -> bool:
        r = self.form.request()
        if r.end <= r.start:
            self.status.setText(self.tr("The end of the range must be after its start."))
            return False
        return True

    def start_preview(self) -> None:
        if self.job is not None or not self._check_range():
            return
        request, page, now = self.form.request(), self.form.page_size(), self._now()
        self.preview.show_message(self.tr("Building the preview…"))
        self._run("preview", lambda progress, cancelled: preview_report(
            self.db_path, request, now=now, page=page, dpi=PREVIEW_DPI * self.devicePixelRatioF(),
            progress=progress, cancelled=cancelled), self._preview_ready)

    def _preview_ready(self, images) -> None:
        ratio = self.devicePixelRatioF()
        for image in images:
            image.setDevicePixelRatio(ratio)
        self.preview.show_pages(images)
        self.status.setText(self.tr("%n page(s).", "", len(images)))

    def choose_file_and_export(self) -> None:
        if self.job is not None or not self._check_range():
            return
        folder = str(self.settings.value(LAST_FOLDER, "")) if self.settings else ""
        suggested = str(Path(folder or Path.home()) / self.form.suggested_file_name())
        filters = {"pdf": self.tr("PDF (*.pdf)"), "xlsx": self.tr("Excel workbook (*.xlsx)"),
                   "csv": self.tr("Zip of CSV files (*.zip)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export shift report"), suggested,
                                              filters[self.form.fmt()])
        if path:
            if self.settings is not None:
                self.settings.setValue(LAST_FOLDER, str(Path(path).parent))
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Export to ``path`` on the worker (the file dialog is skipped: tests call this)."""
        if self.job is not None or not self._check_range():
            return
        request, fmt, page, now = (self.form.request(), self.form.fmt(), self.form.page_size(),
                                   self._now())
        self._run("export", lambda progress, cancelled: export_report(
            self.db_path, request, fmt, path, now=now, page=page, progress=progress,
            cancelled=cancelled), self._exported)

    def _exported(self, result: ExportResult) -> None:
        self.last_result = result
        self.status.setText(self.tr("Saved {path}").format(path=result.path))

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        """A running job is cancelled and waited for: it holds a database connection."""
        job = self.job
        if job is not None:
            job.cancel()
            job.wait(30_000)
        super().closeEvent(event)

    def done(self, result: int) -> None:  # Escape also ends a running job first
        job = self.job
        if job is not None:
            job.cancel()
            job.wait(30_000)
        super().done(result)
