"""The Recent calls dock: in-place model updates, the filter, and the call's context menu
(flag the call, open the agent, other features' entries)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLabel, QMenu

from console.domain.calls import ABANDONED, ANSWERED, IN_PROGRESS, CallRow
from console.services.clock import WallClock
from console.services.session import open_database
from console.ui.calls.calls_dock import CallsDock
from console.ui.calls.calls_filter_proxy import word_matches
from console.ui.calls.calls_table_model import (
    FLAG_MARKER,
    CallColumn,
    CallIdRole,
    CallsTableModel,
    FlaggedRole,
)
from console.ui.controller import BoardSource
from console.ui.main_window import MainWindow

from .conftest import QueueLogWriter
from .test_main_window import save_teams

WAIT_MS = 8000


def call(id_: int, enter: int, agent: str | None = "alice", name: str | None = "Alice Wang",
         queue: str = "support", outcome: str = "completed_caller", tail: str = "0001",
         talk: float | None = 60.0, severity: int = 0) -> CallRow:
    return CallRow(id_, f"c{id_}", queue, agent, name, f"•••• {tail}" if tail else "", tail,
                   enter, outcome, 5.0, talk, severity)


class Recorder:
    def __init__(self, model) -> None:
        self.events: list[tuple] = []
        model.rowsInserted.connect(lambda _p, a, b: self.events.append(("insert", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.events.append(("remove", a, b)))
        model.modelReset.connect(lambda: self.events.append(("reset",)))
        model.dataChanged.connect(lambda tl, br, _r=(): self.events.append(
            ("changed", tl.row(), tl.column(), br.column())))


def test_new_calls_insert_at_the_top_old_ones_drop_changed_ones_repaint(qtbot) -> None:
    model = CallsTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    first = [call(5, 500), call(4, 400), call(3, 300, outcome="connected", talk=10.0),
             call(2, 200), call(1, 100)]
    model.set_calls(first)
    rec = Recorder(model)
    # two new calls; 3 ended (talk and outcome change); 1 and 2 fell off the end
    second = [call(7, 700), call(6, 600), call(5, 500),
              call(4, 400), call(3, 300, talk=95.0)]
    model.set_calls(second)
    assert ("reset",) not in rec.events and model.resets == 0
    assert ("remove", 3, 4) in rec.events  # one contiguous run, from the bottom
    assert ("insert", 0, 1) in rec.events
    changed = [e for e in rec.events if e[0] == "changed"]
    assert changed == [("changed", 4, CallColumn.TALK, CallColumn.OUTCOME)]  # only row 3
    assert [model.index(r, 0).data(CallIdRole) for r in range(model.rowCount())] == [
        7, 6, 5, 4, 3]
    # a flag on call 4 paints its marker only
    rec.events.clear()
    model.set_calls([replace(c, flag_severity=2) if c.id == 4 else c for c in second])
    assert rec.events == [("changed", 3, CallColumn.FLAG, CallColumn.FLAG)]
    assert model.index(3, CallColumn.FLAG).data() == FLAG_MARKER
    assert model.index(3, 0).data(FlaggedRole) is True
    assert "Flagged" in model.index(3, CallColumn.FLAG).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(2, CallColumn.FLAG).data() == ""


def test_a_call_between_known_ones_is_inserted_in_place(qtbot) -> None:
    model = CallsTableModel()
    model.set_calls([call(3, 300), call(1, 100)])
    rec = Recorder(model)
    model.set_calls([call(3, 300), call(2, 200), call(1, 100)])
    assert rec.events == [("insert", 1, 1)]


@pytest.mark.parametrize(("word", "text", "tail", "expected"), [
    ("alice", "alice wang alice support c1", "0001", True),
    ("sup", "alice wang alice support c1", "0001", True),
    ("0001", "", "0001", True),
    ("01", "", "0001", True),
    ("+1-555-0001", "", "0001", True),  # the full number typed from a complaint
    ("+1-555-0002", "", "0001", False),
    ("9999", "", "0001", False),
    ("0001", "", "", False),  # a hidden short number is never matched by digits
    ("bob", "alice wang alice support c1", "0001", False),
])
def test_search_words(word: str, text: str, tail: str, expected: bool) -> None:
    assert word_matches(word, text, tail) is expected


class FakeCare:
    def __init__(self) -> None:
        self.flagged: list[tuple] = []

    def flag_call(self, agent, severity, category, note, callid=None, queue=None) -> int:
        self.flagged.append((agent, severity, category, note, callid, queue))
        return 1


@pytest.fixture
def dock(qtbot, styled_app) -> CallsDock:
    d = CallsDock(FakeCare())  # type: ignore[arg-type]
    qtbot.addWidget(d)
    return d


def shown_ids(d: CallsDock) -> list[int]:
    return [d.proxy.index(r, 0).data(CallIdRole) for r in range(d.proxy.rowCount())]


def test_filter_by_words_and_outcome(qtbot, dock: CallsDock) -> None:
    calls = (call(4, 400, agent=None, name=None, outcome="abandoned", tail="7777", talk=None),
             call(3, 300, agent="bob", name="Bob Li", queue="complaints", tail="4242"),
             call(2, 200, outcome="connected"), call(1, 100))
    dock.apply(SimpleNamespace(recent_calls=calls))  # type: ignore[arg-type]
    assert shown_ids(dock) == [4, 3, 2, 1] and dock.count_label.text() == "4 calls"
    qtbot.keyClicks(dock.search, "4242")
    assert shown_ids(dock) == [3] and dock.count_label.text() == "1 of 4"
    dock.search.clear()
    qtbot.keyClicks(dock.search, "alice support")
    assert shown_ids(dock) == [2, 1]
    dock.search.clear()
    for group, ids in ((ABANDONED, [4]), (ANSWERED, [3, 1]), (IN_PROGRESS, [2]),
                       (None, [4, 3, 2, 1])):
        dock.outcome.setCurrentIndex(dock.outcome.findData(group))
        assert shown_ids(dock) == ids
    # sorting by agent, then back to newest first
    dock.table.sortByColumn(CallColumn.AGENT, Qt.SortOrder.AscendingOrder)
    assert dock.proxy.index(0, CallColumn.AGENT).data() == "—"  # nobody answered sorts first
    dock.table.sortByColumn(CallColumn.TIME, Qt.SortOrder.DescendingOrder)
    assert shown_ids(dock) == [4, 3, 2, 1]


def test_menu_flags_the_call_and_takes_extenders(qtbot, dock: CallsDock) -> None:
    seen: list[str] = []

    def extend(row: CallRow, menu: QMenu) -> None:
        seen.append(row.callid)
        menu.addAction("Open escalation…").setObjectName("actionFromExtender")

    dock.add_menu_extender(extend)
    row = call(3, 300, queue="complaints")
    menu = dock.call_menu(row)
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert names == ["actionFlagListedCall", "actionOpenCallAgent", "actionFromExtender"]
    assert seen == ["c3"]
    opened: list[str] = []
    dock.open_agent.connect(opened.append)
    next(a for a in menu.actions() if a.objectName() == "actionOpenCallAgent").trigger()
    assert opened == ["alice"]
    next(a for a in menu.actions() if a.objectName() == "actionFlagListedCall").trigger()
    dialog = dock.last_dialog
    assert dialog is not None
    intro = [lb.text() for lb in dialog.findChildren(QLabel) if "Alice Wang" in lb.text()]
    assert intro and "Alice Wang (complaints, " in intro[0]  # which call, not just who
    dialog.category.setCurrentIndex(dialog.category.findData("threat"))
    dialog.note.insertPlainText("called her names")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dock.care.flagged == [("alice", 3, "threat", "called her names", "c3",  # type: ignore[attr-defined]
                                  "complaints")]
    # a call nobody answered has no agent to flag or open
    lonely = dock.call_menu(call(9, 900, agent=None, name=None, outcome="abandoned"))
    assert [a.isEnabled() for a in lonely.actions()[:2]] == [False, False]


def test_flagging_a_listed_call_links_the_flag_and_marks_the_row(
        qtbot, styled_app, board_db: Path, queue_log: QueueLogWriter, settings) -> None:
    save_teams(board_db, {"Alice": "Team Aurora"})
    queue_log.write(
        (0, "NONE|NONE|NONE|QUEUESTART|"),
        (1, "NONE|support|Alice|ADDMEMBER|"),
        (10, "1001.1|support|NONE|ENTERQUEUE||+15550001|1"),
        (15, "1001.1|support|Alice|CONNECT|5|1001.2|2"),
        (50, "1001.1|support|Alice|COMPLETECALLER|5|35|1"),
        (60, "1002.1|support|NONE|ENTERQUEUE||+15550002|1"),
    )
    w = MainWindow(BoardSource(board_db, queue_log.path, WallClock()), settings)
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    with qtbot.waitSignal(w.refreshed, timeout=WAIT_MS):
        w.show()
    try:
        dock = w.calls_dock
        assert dock.objectName() == "CallsDock"
        assert w.tabifiedDockWidgets(w.flags_dock).count(dock) == 1
        toggle = next(a for a in w.menu_actions.dock_toggles
                      if a.objectName() == "actionToggleCallsDock")
        assert toggle.isChecked()
        model = dock.model
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WAIT_MS)
        answered = next(model.call(r) for r in range(model.rowCount())
                        if model.call(r).callid == "1001.1")
        assert answered.caller == "•••• 0001" and answered.agent == "Alice"
        row = model.row_for(answered.id)
        assert model.index(row, CallColumn.OUTCOME).data() == "Answered"
        resets: list[int] = []
        model.modelReset.connect(lambda: resets.append(1))

        dock.select_call(answered.id)
        menu = dock.call_menu(answered)
        next(a for a in menu.actions() if a.objectName() == "actionFlagListedCall").trigger()
        dialog = dock.last_dialog
        dialog.note.insertPlainText("shouted abuse")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: model.call(model.row_for(answered.id)).flagged,
                        timeout=WAIT_MS)
        assert model.index(model.row_for(answered.id), CallColumn.FLAG).data() == FLAG_MARKER
        conn = open_database(board_db)
        try:
            flag = conn.execute("SELECT agent, callid, queue, caller, source FROM abuse_flags"
                                ).fetchone()
        finally:
            conn.close()
        assert flag == ("Alice", "1001.1", "support", "+15550001", "console")
        # the flags dock shows the same flag; the calls list never reset
        qtbot.waitUntil(lambda: w.flags_dock.model.rowCount() == 1, timeout=WAIT_MS)
        assert resets == []
        assert dock.selected_call().id == answered.id  # the selection survived the refresh
    finally:
        w.close()
