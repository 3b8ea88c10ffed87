"""The Ingest problems dock shows unreadable lines with caller numbers masked, as the rest of
the board does, unless the floor chose (and audited) to show them in full."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from console.ingest.follower import QueueLogReader
from console.services.data_safety import load_settings, save_settings
from console.services.session import BoardReader, open_database
from console.ui.problems_view import ProblemsDock

DIGITS = "8613812340001"
LINES = [
    "1780000000|1780000000.1|support|NONE|ENTERQUEUE||+8613812340001|1",  # readable
    "notatime|1780000000.2|support|NONE|ENTERQUEUE||+8613812340001|1",
    "1780000010|1780000000.3|support|NONE|ENTER QUEUE||+86 138 1234 0001|1",
    "+8613812340001|1780000000.4",
]


def ingest(db: Path, tmp_path: Path) -> None:
    log = tmp_path / "queue_log"
    log.write_text("\n".join(LINES) + "\n")
    conn = open_database(db)
    try:
        reader = QueueLogReader(conn, log)
        reader.poll(final=True)
        reader.close()
    finally:
        conn.close()


def dock_text(dock: ProblemsDock) -> str:
    roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
             *range(Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 4)]
    model = dock.model
    return "\n".join(repr(model.data(model.index(r, c), role))
                     for r in range(model.rowCount()) for c in range(model.columnCount())
                     for role in roles)


@pytest.mark.parametrize("show", [False, True])
def test_problems_dock_masks_callers_unless_shown(qtbot, board_db: Path, tmp_path: Path,
                                                 show: bool) -> None:
    ingest(board_db, tmp_path)
    if show:
        conn = open_database(board_db)
        save_settings(conn, replace(load_settings(conn), show_full_callers=True), actor="lead")
        conn.close()
    reader = BoardReader(board_db)
    try:
        problems = reader.problems()
    finally:
        reader.close()
    assert len(problems) == 3
    dock = ProblemsDock()
    qtbot.addWidget(dock)
    dock.set_problems(problems)
    text = dock_text(dock)
    if show:
        assert DIGITS in text
    else:
        assert DIGITS not in text and "138 1234" not in text
        assert DIGITS not in repr(problems)  # never handed to the GUI at all
        assert text.count("•••• 0001") >= 3
        assert "1780000000.2" in text  # the call id stays, to find the line
