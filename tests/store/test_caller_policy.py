"""Caller numbers follow the floor's privacy setting (``privacy.show_full_callers``) wherever
they leave the database: the calls dock's rows (decided in the snapshot, so the GUI never holds
a number it may not show), and report tables (always masked when anonymised)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from console.domain.flags import mask_caller
from console.reports import tables
from console.reports.build import build_report
from console.reports.csv_zip import table_csv
from console.reports.model import ReportRequest
from console.reports.texts import ReportTexts
from console.services.board import build_snapshot
from console.services.data_safety import load_settings, save_settings
from console.store import flags as flags_store
from console.ui.calls.calls_table_model import CallsTableModel
from console.ui.care.flag_table_model import FlagTableModel
from tests.store.test_recent_calls import add_call

NUMBER = "+8613812340001"
DIGITS = "8613812340001"
TODAY = datetime.combine(date.today(), datetime.min.time()).timestamp()
NOW = TODAY + 11 * 3600


def _show_full(conn, show: bool) -> None:
    save_settings(conn, replace(load_settings(conn), show_full_callers=show), actor="lead")


def _model_text(model: CallsTableModel) -> str:
    """Everything the model hands to a view, in every role a delegate or a test reads."""
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.EditRole, *range(Qt.ItemDataRole.UserRole,
                                              Qt.ItemDataRole.UserRole + 12)]
    out = []
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            index = model.index(row, col)
            out.extend(repr(model.data(index, role)) for role in roles)
    return "\n".join(out)


@pytest.mark.parametrize("show", [False, True])
def test_the_calls_dock_gets_a_full_number_only_when_shown(conn, show: bool) -> None:
    add_call(conn, 1, NOW - 300, connect=NOW - 290, caller=NUMBER)
    conn.commit()
    _show_full(conn, show)
    snapshot = build_snapshot(conn, NOW)
    [call] = snapshot.recent_calls
    assert call.caller_tail == "0001"  # the dock's search works either way
    model = CallsTableModel()
    model.set_calls(snapshot.recent_calls)
    text = _model_text(model)
    if show:
        assert call.caller == NUMBER
        assert NUMBER in text
    else:
        assert call.caller == "•••• 0001"
        assert DIGITS not in repr(snapshot.recent_calls)  # not sent to the GUI at all
        assert DIGITS not in text and "•••• 0001" in text


@pytest.mark.parametrize("show", [False, True])
def test_the_flags_dock_gets_a_full_number_only_when_shown(conn, show: bool) -> None:
    flags_store.create_flag(conn, ts=NOW - 60, agent="alice", severity=2, category="threat",
                            source="console", callid="c1", queue="support", caller=NUMBER,
                            actor="lead")
    _show_full(conn, show)
    snapshot = build_snapshot(conn, NOW)
    [flag] = snapshot.flags
    model = FlagTableModel()
    model.set_show_full_callers(show)  # what the window's data-safety worker applies
    model.set_flags(snapshot.flags, {})
    text = _model_text(model)
    if show:
        assert flag.caller == NUMBER and NUMBER in text
    else:
        assert flag.caller == "•••• 0001"
        assert DIGITS not in repr(snapshot.flags) and DIGITS not in text
        assert "•••• 0001" in text
    # a window that has not heard the setting yet still shows no more than the snapshot
    late = FlagTableModel()
    late.set_flags(snapshot.flags, {})
    assert DIGITS not in _model_text(late)


def _report_text(conn, anonymize: bool = False) -> str:
    data = build_report(conn, ReportRequest(TODAY, TODAY + 12 * 3600, anonymize=anonymize),
                        NOW, generated_at=NOW)
    texts = ReportTexts()
    return "\n".join(table_csv(t) for t in tables.all_tables(data, texts))


@pytest.fixture
def flagged(conn):
    """Two flags on the same caller: the flags table and the repeat-callers table."""
    for i, minutes in enumerate((300, 120), 1):
        add_call(conn, i, NOW - minutes * 60, connect=NOW - minutes * 60 + 5, caller=NUMBER)
        flags_store.create_flag(conn, ts=NOW - minutes * 60 + 60, agent="alice", severity=2,
                                category="threat", source="console", callid=f"c{i}",
                                queue="support", caller=NUMBER, actor="lead")
    conn.commit()
    return conn


def test_reports_mask_callers_by_default(flagged) -> None:
    text = _report_text(flagged)
    assert "•••• 0001" in text
    assert DIGITS not in text


def test_reports_show_full_numbers_when_the_floor_does(flagged) -> None:
    _show_full(flagged, True)
    text = _report_text(flagged)
    assert NUMBER in text
    assert text.count(NUMBER) >= 3  # two flag rows and the repeat caller


def test_an_anonymised_report_masks_whatever_the_setting(flagged) -> None:
    _show_full(flagged, True)
    text = _report_text(flagged, anonymize=True)
    assert DIGITS not in text and "•••• 0001" in text


def test_masking_twice_changes_nothing() -> None:
    assert mask_caller(mask_caller(NUMBER)) == "•••• 0001"
    assert mask_caller("•••• 0001", show_full=True) == "•••• 0001"  # cannot be unmasked
