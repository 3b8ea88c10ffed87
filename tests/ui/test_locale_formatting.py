"""Numbers, percentages and dates on screen follow the UI language (the default QLocale)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale

from console.ui import formatting as fmt
from console.ui.escalations import backlog_model

TS = datetime(2026, 11, 23, 14, 5, 9).timestamp()
NEXT_DAY = datetime(2026, 11, 24, 9, 0).timestamp()
EN, ZH, DE = QLocale("en_US"), QLocale("zh_CN"), QLocale("de_DE")


def test_full_dates() -> None:
    assert fmt.full_date(TS, EN) == "2026-11-23"
    assert fmt.full_date(TS, ZH) == "2026年11月23日"
    assert fmt.date_time(TS, locale=ZH) == "2026年11月23日 14:05"
    assert fmt.date_time(TS, seconds=True, locale=EN) == "2026-11-23 14:05:09"
    assert fmt.full_date(None) == fmt.DASH


def test_short_moments_drop_the_date_today() -> None:
    assert fmt.short_moment(TS, TS + 60, EN) == "14:05"
    assert fmt.short_moment(TS, NEXT_DAY, EN) == "11-23 14:05"
    assert fmt.short_moment(TS, NEXT_DAY, ZH) == "11月23日 14:05"


def test_numbers_and_percentages() -> None:
    assert fmt.count(1234567, EN) == "1,234,567"
    assert fmt.count(1234567, DE) == "1.234.567"
    assert fmt.percent(0.953, 1, EN) == "95.3%"
    assert fmt.percent(0.953, 1, ZH) == "95.3%"
    assert fmt.percent(0.953, 1, DE) == "95,3\u00a0%"
    assert fmt.percent(1.0, 1, EN) == "100%"
    assert fmt.number(1234.5, 1, DE) == "1.234,5"


def test_the_c_locale_reads_like_english() -> None:
    assert fmt.count(12345, QLocale.c()) == "12,345"


def test_the_language_choice_sets_the_default(chinese_app) -> None:
    """setup_application("zh_CN") -> QLocale() is Chinese -> the helpers without a locale."""
    assert QLocale().language() == QLocale.Language.Chinese
    assert fmt.full_date(TS) == "2026年11月23日"
    assert backlog_model._when(TS, NEXT_DAY) == "11月23日 14:05"


def test_english_default(styled_app) -> None:
    assert QLocale().language() == QLocale.Language.English
    assert fmt.full_date(TS) == "2026-11-23"
    assert backlog_model._when(TS, NEXT_DAY) == "11-23 14:05"
    assert fmt.count(45210) == "45,210"


def test_a_countdown_reads_as_a_duration_not_a_clock(qapp) -> None:
    from console.ui import formatting as fmt

    assert fmt.countdown(12 * 60 + 55) == "12 min 55 s"
    assert fmt.countdown(5 * 60) == "5 min"
    assert fmt.countdown(45.4) == "45 s"
    assert ":" not in fmt.countdown(3599)


def test_numbers_keep_their_units_on_one_line(qapp) -> None:
    from console.ui import formatting as fmt

    assert fmt.unbreakable_units("Below target (80% in 20 s)") == \
        "Below target (80% in 20\u00a0s)"
    assert fmt.unbreakable_units("未达标（20 秒内 80%）") == "未达标（20\u00a0秒内 80%）"
    assert fmt.unbreakable_units("5 seconds") == "5 seconds"  # a word, not a unit
