"""One call per use: export a report to a file, preview its pages, or list what the export
dialog offers. The CLI and the GUI's worker thread both come through here, each with its own
database connection.

A report is written to a temporary file beside the target and renamed into place when
complete, so a cancelled or failed export never leaves half a file under the chosen name.
Each export adds an audit row (who exported which range, in what form, anonymised or not):
a shift report carries names and notes about people.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from console.reports import csv_zip, pdf, xlsx
from console.reports.build import ReportCancelled, build_report
from console.reports.fonts import cjk_family
from console.reports.model import ReportData, ReportRequest
from console.reports.shifts import ShiftPreset, load_presets
from console.reports.texts import ReportTexts
from console.services.session import open_database
from console.store import audit, queries
from console.store.flags import transaction

FORMATS = ("pdf", "xlsx", "csv")
SUFFIXES = {"pdf": ".pdf", "xlsx": ".xlsx", "csv": ".zip"}
BUILD_SHARE = 70  # percent of the progress bar spent gathering figures

__all__ = ["FORMATS", "ExportResult", "ReportCancelled", "ReportOptions", "export_report",
           "latest_data_ts", "preview_report", "report_options"]


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    format: str
    parts: int  # pages (PDF), sheets (XLSX) or files (CSV)
    cjk_font: str | None


@dataclass(frozen=True, slots=True)
class ReportOptions:
    teams: tuple[str, ...]
    presets: tuple[ShiftPreset, ...]
    cjk_font: str | None


def report_options(db_path: Path | str, *, fonts: bool = True) -> ReportOptions:
    """``fonts`` looks up the CJK face, which needs a QGuiApplication."""
    conn = open_database(db_path)
    try:
        return ReportOptions(tuple(queries.team_names(conn)), load_presets(conn),
                             cjk_family() if fonts else None)
    finally:
        conn.close()


def latest_data_ts(db_path: Path | str) -> float:
    conn = open_database(db_path)
    try:
        return float(queries.latest_event_ts(conn) or 0.0)
    finally:
        conn.close()


def _build(db_path: Path | str, request: ReportRequest, now: float,
           progress: Callable[[int, str], None] | None,
           cancelled: Callable[[], bool] | None) -> ReportData:
    def scaled(percent: int, stage: str) -> None:
        if progress is not None:
            progress(percent * BUILD_SHARE // 100, stage)

    conn = open_database(db_path)
    try:
        return build_report(conn, request, now, progress=scaled, cancelled=cancelled)
    finally:
        conn.close()


def export_report(
    db_path: Path | str, request: ReportRequest, fmt: str, path: Path | str, *, now: float,
    page: str = "A4", progress: Callable[[int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r} (pdf, xlsx or csv)")
    if page not in pdf.PAGE_SIZES:
        raise ValueError(f"unknown page size {page!r} (A4 or Letter)")
    target = Path(path)
    data = _build(db_path, request, now, progress, cancelled)
    texts = ReportTexts()

    def rendered(percent: int) -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled()
        if progress is not None:
            progress(BUILD_SHARE + percent * (99 - BUILD_SHARE) // 100, "writing")

    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".composure-report-", suffix=target.suffix,
                                    dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if fmt == "pdf":
            parts = pdf.write_pdf(data, texts, tmp, page, rendered)
        elif fmt == "xlsx":
            parts = xlsx.write_xlsx(data, texts, tmp, rendered)
        else:
            parts = csv_zip.write_csv_zip(data, texts, tmp, rendered)
        os.chmod(tmp, 0o600)  # names and notes about people: the owner's eyes only
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _audit_export(db_path, request, fmt, target)
    if progress is not None:
        progress(100, "done")
    return ExportResult(target, fmt, parts, cjk_family() if fmt == "pdf" else None)


def _audit_export(db_path: Path | str, request: ReportRequest, fmt: str, target: Path) -> None:
    conn = open_database(db_path)
    try:
        with transaction(conn):
            audit.record(conn, "report.export", None, {
                "from": int(request.start), "to": int(request.end), "format": fmt,
                "teams": list(request.teams), "anonymized": request.anonymize,
                "file": target.name})
    finally:
        conn.close()


def preview_report(
    db_path: Path | str, request: ReportRequest, *, now: float, page: str = "A4",
    dpi: float = 100.0, progress: Callable[[int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list:
    """The PDF's pages as QImages (built and painted on the calling thread)."""
    data = _build(db_path, request, now, progress, cancelled)
    images = pdf.preview_images(data, ReportTexts(), page, dpi)
    if progress is not None:
        progress(100, "done")
    return images
