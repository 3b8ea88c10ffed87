"""`composure report`: the shift report without a window.

Only argparse at import time, so `composure --help` stays fast; Qt is loaded when a report is
made (translations for every format, QtGui for the PDF, on Qt's offscreen platform so it runs
on a server without a display).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

FORMAT_BY_SUFFIX = {".pdf": "pdf", ".xlsx": "xlsx", ".zip": "csv", ".csv": "csv"}


def add_parser(sub, add_db) -> argparse.ArgumentParser:
    p = sub.add_parser("report", help="export a shift report (PDF, XLSX or a zip of CSV files)")
    p.add_argument("--from", dest="start", metavar="WHEN", required=True,
                   help="date (2026-11-23) or local date-time (2026-11-23T06:00)")
    p.add_argument("--to", dest="end", metavar="WHEN",
                   help="date (its end) or local date-time; a night shift ends the next day "
                        "(2026-11-24T06:00); default: end of the --from day")
    p.add_argument("--team", action="append", default=[], metavar="TEAM",
                   help="only this team's agents, flags and breaks (repeatable; default all)")
    p.add_argument("--format", choices=("pdf", "xlsx", "csv"),
                   help="default: from the -o suffix (.pdf, .xlsx, .zip), else pdf")
    p.add_argument("--anonymize", action="store_true",
                   help="replace agent names by stable pseudonyms (Agent 7F3A); caller "
                        "numbers are masked even where the floor shows them in full")
    p.add_argument("--page", choices=("A4", "Letter"), default="A4", help="PDF page size")
    p.add_argument("--title", help="a name for the shift shown in the header (\"Early\")")
    p.add_argument("--lang", metavar="LANG", help="report language: en or zh_CN")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PATH")
    add_db(p)
    return p


def _error(message: str) -> int:
    print(f"composure: {message}", file=sys.stderr)
    return 2


def _qt_app(fmt: str):
    """QtGui for the PDF (offscreen unless a platform was chosen), QtCore otherwise."""
    if fmt == "pdf":
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance()
        if app is None:
            argv = ["composure"]
            if not os.environ.get("QT_QPA_PLATFORM"):
                argv += ["-platform", "offscreen"]
            app = QGuiApplication(argv)
        return app
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() or QCoreApplication(["composure"])


def install_translations(app, lang: str | None) -> list:
    """Our catalogue for the language (the same .qm files the window uses)."""
    from importlib import resources

    from PySide6.QtCore import QLocale, QTranslator

    locale = QLocale(lang.replace("-", "_")) if lang else QLocale.system()
    QLocale.setDefault(locale)
    if locale.language() == QLocale.Language.English:
        return []
    folder = resources.files("console._resources") / "translations"
    for name in (locale.name(), locale.name().split("_")[0]):
        qm = folder / f"composure_{name}.qm"
        if qm.is_file():
            translator = QTranslator(app)
            if translator.load(str(qm)) and app.installTranslator(translator):
                return [translator]
    return []


def run_report(args: argparse.Namespace, db_path: Path) -> int:
    from console.services.stats import parse_local

    try:
        start = parse_local(args.start)
        if args.end:
            end = parse_local(args.end, end=True)
        elif len(args.start.strip()) == 10:
            end = parse_local(args.start, end=True)
        else:
            return _error("--to is needed when --from is a date-time")
    except ValueError as exc:
        return _error(str(exc))
    if end <= start:
        return _error("--to must be after --from")
    fmt = args.format or FORMAT_BY_SUFFIX.get(args.output.suffix.lower(), "pdf")
    if not db_path.exists():
        return _error(f"no database at {db_path} (use --db, or ingest a queue_log first)")

    from console.reports.export import ReportCancelled, export_report, latest_data_ts
    from console.reports.export import report_options as options_of
    from console.reports.model import ReportRequest
    from console.services.session import StoreError

    app = _qt_app(fmt)
    translators = install_translations(app, args.lang)
    try:
        options = options_of(db_path, fonts=False)
        unknown = sorted(set(args.team) - set(options.teams))
        if unknown:
            known = ", ".join(options.teams) or "none"
            return _error(f"no team {', '.join(unknown)} (teams: {known})")
        now = max(time.time(), latest_data_ts(db_path))
        request = ReportRequest(start, end, tuple(args.team), args.anonymize, args.title)
        result = export_report(db_path, request, fmt, args.output, now=now, page=args.page)
    except (StoreError, OSError, ValueError) as exc:
        return _error(str(exc))
    except ReportCancelled:
        return 130
    finally:
        for t in translators:
            app.removeTranslator(t)
    unit = {"pdf": "pages", "xlsx": "sheets", "csv": "CSV files"}[fmt]
    page = f", {args.page}" if fmt == "pdf" else ""
    print(f"{result.path}: {result.parts} {unit} ({fmt}{page})")
    if fmt == "pdf" and result.cjk_font is None:
        print("composure: warning: no Chinese font found (install fonts-noto-cjk); Chinese "
              "text in the PDF may not print", file=sys.stderr)
    return 0
