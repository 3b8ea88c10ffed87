"""`composure report` over long ranges, as a subprocess: it finishes, exits 0 and never aborts
at exit with the Qt binding's reference-count defect ("Fatal Python error: none_dealloc"),
and every command, not only the window, pins None/True/False first (issue 12)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from pypdf import PdfReader

from tests.reports.conftest import Shift

PINNED = 1 << 29  # above any real count: 2**40 added on 3.11, immortal on 3.12+


def _run(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # headless by itself
    return subprocess.run([sys.executable, "-m", "console", *args], capture_output=True,
                          text=True, env=env, timeout=timeout)


def test_a_year_report_exits_cleanly(shift: Shift, tmp_path: Path) -> None:
    pdf = tmp_path / "year.pdf"
    done = _run("report", "--db", str(shift.db), "--from", "2026-01-01", "--to", "2026-12-31",
                "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    assert "Fatal Python error" not in done.stderr
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    # one row a week, the empty ones left out and counted; the strain cadence stated
    assert "Intervals per week" in text
    assert "52 weeks without a call are left out" in text
    assert "read every half hour while the agent was on the floor" in text


def test_a_month_report_in_chinese_and_as_csv(shift: Shift, tmp_path: Path) -> None:
    pdf = _run("report", "--db", str(shift.db), "--from", "2026-02-20", "--to", "2026-03-20",
               "--lang", "zh_CN", "-o", str(tmp_path / "month.pdf"))
    assert pdf.returncode == 0 and "Fatal Python error" not in pdf.stderr, pdf.stderr
    zipped = _run("report", "--db", str(shift.db), "--from", "2026-02-20", "--to",
                  "2026-03-20", "-o", str(tmp_path / "month.zip"))
    assert zipped.returncode == 0 and "Fatal Python error" not in zipped.stderr
    with zipfile.ZipFile(tmp_path / "month.zip") as zf:
        name = next(n for n in zf.namelist() if n.endswith("-intervals.csv"))
        rows = zf.read(name).decode("utf-8-sig").splitlines()
    assert len(rows) == 2  # the heading and the one day with calls; 28 empty days left out


def test_every_command_pins_the_singletons(shift: Shift) -> None:
    """`stats` never imports Qt or the window; main() pins before any command runs."""
    code = ("import sys; from console.cli import main; "
            f"rc = main(['stats', '--db', {str(shift.db)!r}, '--json']); "
            "print('PINNED', sys.getrefcount(None), sys.getrefcount(True)); "
            "print('QT', 'PySide6' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("PINNED"))
    none_refs, true_refs = (int(v) for v in line.split()[1:])
    assert none_refs > PINNED and true_refs > PINNED
    assert "QT False" in done.stdout  # pinning loads no Qt: headless commands stay light
