"""`composure report` run as a subprocess: each format written, its messages, and its refusals
(bad range, unknown team), exactly as a script on a server would see them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from tests.reports.conftest import Shift


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # headless by itself
    return subprocess.run([sys.executable, "-m", "console", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def _range(shift: Shift) -> list[str]:
    fmt = "%Y-%m-%dT%H:%M"
    return ["--db", str(shift.db), "--from", datetime.fromtimestamp(shift.start).strftime(fmt),
            "--to", datetime.fromtimestamp(shift.end).strftime(fmt)]


def test_report_writes_each_format(shift: Shift, tmp_path: Path) -> None:
    pdf = _run("report", *_range(shift), "--title", "Early", "--team", shift.teams[0],
               "--page", "Letter", "--lang", "zh_CN", "-o", str(tmp_path / "r.pdf"))
    assert pdf.returncode == 0, pdf.stderr
    assert "pages (pdf, Letter)" in pdf.stdout
    reader = PdfReader(tmp_path / "r.pdf")
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert shift.teams[0] in " ".join(reader.pages[0].extract_text().split())

    xlsx = _run("report", *_range(shift), "--anonymize", "-o", str(tmp_path / "r.xlsx"))
    assert xlsx.returncode == 0, xlsx.stderr
    assert "12 sheets (xlsx)" in xlsx.stdout
    assert (tmp_path / "r.xlsx").stat().st_mode & 0o077 == 0  # the owner's eyes only

    zipped = _run("report", *_range(shift), "--format", "csv", "-o", str(tmp_path / "out"))
    assert zipped.returncode == 0, zipped.stderr
    with zipfile.ZipFile(tmp_path / "out") as zf:
        assert "01-summary.csv" in zf.namelist()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".composure-report-")]


def test_report_refuses_bad_requests(shift: Shift, tmp_path: Path) -> None:
    backwards = _run("report", "--db", str(shift.db), "--from", "2026-03-02T14:00", "--to",
                     "2026-03-02T06:00", "-o", str(tmp_path / "r.pdf"))
    assert backwards.returncode == 2 and "--to must be after --from" in backwards.stderr
    team = _run("report", *_range(shift), "--team", "Nobody", "-o", str(tmp_path / "r.pdf"))
    assert team.returncode == 2 and "no team Nobody" in team.stderr
    assert shift.teams[0] in team.stderr
    missing = _run("report", "--db", str(tmp_path / "none.sqlite"), "--from", "2026-03-02",
                   "-o", str(tmp_path / "r.pdf"))
    assert missing.returncode == 2 and "no database" in missing.stderr
    assert not (tmp_path / "r.pdf").exists()
