"""Chinese on a computer without a CJK font: the bundled face, and a warning when even it fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMessageBox, QWidget

from console.reports.fonts import BUNDLED_CJK, register_bundled_fonts
from console.ui import app as app_module
from console.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def test_the_bundled_face_draws_simplified_chinese(qapp) -> None:
    assert register_bundled_fonts()
    assert BUNDLED_CJK in QFontDatabase.families()
    systems = QFontDatabase.writingSystems(BUNDLED_CJK)
    assert QFontDatabase.WritingSystem.SimplifiedChinese in systems


def test_a_missing_script_font_is_named_only_for_chinese(qapp) -> None:
    register_bundled_fonts()
    assert i18n.missing_script_font("zh_CN", ["DejaVu Sans"]) == "Simplified Chinese"
    assert i18n.missing_script_font("zh_TW", ["DejaVu Sans"]) == "Traditional Chinese"
    assert i18n.missing_script_font("zh_CN", ["DejaVu Sans", BUNDLED_CJK]) is None
    assert i18n.missing_script_font("en", ["DejaVu Sans"]) is None


def test_the_ui_falls_back_to_the_bundled_face_last() -> None:
    for lang in ("zh_CN", "zh_TW", "en"):
        families = i18n.ui_font_families(lang)
        assert BUNDLED_CJK in families
    zh = i18n.ui_font_families("zh_CN")
    assert zh.index("Noto Sans CJK SC") < zh.index(BUNDLED_CJK)


def test_the_window_warns_once_without_blocking(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(i18n, "missing_script_font", lambda lang: "Simplified Chinese")
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    app_module._warn_if_no_font(window)  # returns at once: a headless run is never held
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert "fonts-noto-cjk" in boxes[0].text() and "Simplified Chinese" in boxes[0].text()


@pytest.mark.skipif(not Path("/usr/share/fonts/truetype/dejavu").is_dir(),
                    reason="needs DejaVu (Debian fonts-dejavu-core) for the Latin-only setup")
def test_chinese_pdf_report_reads_back_without_a_system_cjk_font(tmp_path: Path) -> None:
    """The tests that need Chinese, on a fontconfig that knows Latin fonts only."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        "<dir>/usr/share/fonts/truetype/dejavu</dir>"
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>", encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/reports/test_pdf.py", "-k", "chinese or radicals"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:]
    assert " passed" in run.stdout and "skipped" not in run.stdout
