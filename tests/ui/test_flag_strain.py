"""A flag arriving from the agent's phone (an ABUSEFLAG line in the followed queue_log) shows
in the flags dock and raises that agent's strain on the board, with the reason in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from console.services.clock import WallClock
from console.ui.board.agent_table_model import Column, SortRole
from console.ui.care.flag_table_model import FlagColumn
from console.ui.controller import BoardSource
from console.ui.main_window import MainWindow

from .conftest import QueueLogWriter
from .test_main_window import save_teams

WAIT_MS = 8000


def strain(w: MainWindow, name: str) -> tuple[float, str, str]:
    model = w.board.model
    index = model.index(model.row_for(name), Column.STRAIN)
    return (index.data(SortRole), index.data(),
            index.data(Qt.ItemDataRole.ToolTipRole) or "")


def test_abuse_flag_line_reaches_the_flags_dock_and_the_strain(
        qtbot, styled_app, board_db: Path, queue_log: QueueLogWriter, settings) -> None:
    save_teams(board_db, {"Alice": "Team Aurora", "Bob": "Team Aurora"})
    queue_log.write(
        (0, "NONE|NONE|NONE|QUEUESTART|"),
        (1, "NONE|support|Alice|ADDMEMBER|"),
        (1, "NONE|support|Bob|ADDMEMBER|"),
        (10, "1001.1|support|NONE|ENTERQUEUE||+15550001|1"),
        (15, "1001.1|support|Alice|CONNECT|5|1001.2|2"),
    )
    w = MainWindow(BoardSource(board_db, queue_log.path, WallClock()), settings)
    qtbot.addWidget(w)
    w.resize(1600, 1000)
    with qtbot.waitSignal(w.refreshed, timeout=WAIT_MS):
        w.show()
    try:
        qtbot.waitUntil(lambda: w.board.model.row_for("Alice") is not None, timeout=WAIT_MS)
        before, _, tip_before = strain(w, "Alice")
        bob_before = strain(w, "Bob")[0]
        assert "abusive" not in tip_before
        assert w.flags_dock.model.rowCount() == 0

        # the agent presses the feature code: QueueLog(support,1001.1,Alice,ABUSEFLAG,2|...)
        queue_log.write((30, "1001.1|support|Alice|ABUSEFLAG|2|verbal_abuse|swore at me"))

        flags = w.flags_dock.model
        qtbot.waitUntil(lambda: flags.rowCount() == 1, timeout=WAIT_MS)
        assert flags.index(0, FlagColumn.AGENT).data() == "Alice"
        assert flags.index(0, FlagColumn.CALLER).data() == "•••• 0001"
        assert flags.index(0, FlagColumn.SOURCE).data() == "Phone system"
        assert flags.index(0, FlagColumn.NOTE).data() == "swore at me"

        qtbot.waitUntil(lambda: strain(w, "Alice")[0] > before, timeout=WAIT_MS)
        after, text, tip = strain(w, "Alice")
        assert str(round(after)) in text  # the cell shows the new score
        assert "1 abusive call" in tip  # "1 abusive call just now" / "... 1 min ago"
        assert strain(w, "Bob")[0] == bob_before  # only the flagged agent's strain moves
        # the call it names carries the marker in the calls dock
        calls = w.calls_dock.model
        qtbot.waitUntil(lambda: any(calls.call(r).flagged for r in range(calls.rowCount())),
                        timeout=WAIT_MS)
        assert [calls.call(r).callid for r in range(calls.rowCount())
                if calls.call(r).flagged] == ["1001.1"]
    finally:
        w.close()
