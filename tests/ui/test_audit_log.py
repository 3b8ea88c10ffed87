"""The Audit log window, data safety in the main window, and the locked status (the
damaged-database box: tests/ui/test_recovery_dialog.py)."""

from __future__ import annotations

import json
import time
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt

from console.services import data_safety
from console.services.data_safety import AuditEntry
from console.services.session import IngestStep, open_database
from console.store import audit
from console.ui.action_thread import ActionClient
from console.ui.audit import audit_model
from console.ui.audit.audit_dialog import AuditLogDialog
from console.ui.audit.audit_model import AuditFilterProxy, AuditTableModel, detail_text
from console.ui.controller import BoardSource
from console.ui.main_window import MainWindow
from console.ui.status_bar import BoardStatusBar

WAIT_MS = 15000


def ts(text: str) -> int:
    return int(datetime.fromisoformat(text).timestamp())


ENTRIES = [
    AuditEntry(1, ts("2026-11-20T09:00"), "wang", "flag.acknowledge", "flag:1", None),
    AuditEntry(2, ts("2026-11-21T10:00"), "li", "flag.note", "flag:1", '{"chars": 12}'),
    AuditEntry(3, ts("2026-11-22T11:00"), "wang", "settings.change", "data_safety",
               json.dumps({"show_full_callers": {"old": False, "new": True}})),
    AuditEntry(4, ts("2026-11-23T12:00"), "li", "break.grant", "agent:a1", None),
]


def test_filter_by_text_actor_action_and_date(qtbot) -> None:
    model = AuditTableModel()
    proxy = AuditFilterProxy()
    proxy.setSourceModel(model)
    model.set_entries(ENTRIES)
    assert proxy.rowCount() == 4
    proxy.set_filter(actor="wang")
    assert proxy.rowCount() == 2
    proxy.set_filter(actor="", action="flag.")
    assert proxy.rowCount() == 2
    proxy.set_filter(action="flag.note")
    assert proxy.rowCount() == 1
    proxy.set_filter(action="", text="SHOW_FULL")  # details, case-insensitive
    assert proxy.rowCount() == 1
    proxy.set_filter(text="", first=date(2026, 11, 21), last=date(2026, 11, 22), dates=True)
    assert proxy.rowCount() == 2
    assert detail_text(ENTRIES[2].detail) == "show_full_callers: False → True"


def test_dialog_loads_on_the_worker_and_filters(qtbot, styled_app, board_db: Path) -> None:
    conn = open_database(board_db)
    for i, actor in enumerate(["wang", "li", "wang"]):
        audit.record(conn, f"flag.test{i}", f"flag:{i}", {"n": i}, actor=actor)
    conn.close()
    client = ActionClient("audit-test", lambda: data_safety.DataSafetyService(board_db),
                          ["audit_entries"])
    dialog = AuditLogDialog(client)
    qtbot.addWidget(dialog)
    client.start()
    try:
        dialog.show()
        dialog.load()
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=WAIT_MS)
        dialog.actor.setCurrentIndex(dialog.actor.findData("wang"))
        qtbot.waitUntil(lambda: dialog.proxy.rowCount() == 2, timeout=WAIT_MS)
        assert dialog.count.text() == "2 of 3 entries"
        dialog.search.setText("test1")
        qtbot.waitUntil(lambda: dialog.proxy.rowCount() == 0, timeout=WAIT_MS)  # li's
        dialog.actor.setCurrentIndex(0)
        qtbot.waitUntil(lambda: dialog.proxy.rowCount() == 1, timeout=WAIT_MS)
        dialog.grab().save(str(board_db.parent / "audit.png"))
    finally:
        client.stop()


def test_main_window_has_the_menu_entry_and_purges_at_start(qtbot, styled_app, board_db,
                                                            settings) -> None:
    conn = open_database(board_db)
    old = time.time() - 200 * 86400
    conn.execute("INSERT INTO abuse_flags (ts, agent, severity, source, note)"
                 " VALUES (?, 'a1', 2, 'console', 'old words')", (old,))
    conn.close()
    w = MainWindow(BoardSource(board_db), settings)
    qtbot.addWidget(w)
    w.show()
    try:
        qtbot.waitUntil(lambda: w.data_safety.last_purge is not None, timeout=WAIT_MS)
        assert w.data_safety.last_purge.total == 1
        action = w.menu_actions.audit_log
        assert action.objectName() == "actionAuditLog"
        view_menu = next(m for m in w.menu_actions.menus if action in m.actions())
        assert view_menu.title().replace("&", "") == "View"
        action.trigger()
        dialog = w.data_safety.dialog
        qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1, timeout=WAIT_MS)
        assert "data.purge" in [e.action for e in dialog.model.entries()]
    finally:
        w.close()


def test_status_bar_says_the_database_is_locked(qtbot, styled_app) -> None:
    bar = BoardStatusBar()
    qtbot.addWidget(bar)
    bar.set_step(IngestStep(0, 0, None, "locked"))
    assert "locked" in bar.ingest.text.text()
    assert "retrying" in bar.ingest.text.text()


def test_showing_full_caller_numbers_is_audited_and_applied(qtbot, styled_app, board_db,
                                                            settings) -> None:
    w = MainWindow(BoardSource(board_db), settings)
    qtbot.addWidget(w)
    w.show()
    try:
        safety = w.data_safety
        qtbot.waitUntil(lambda: safety.settings is not None, timeout=WAIT_MS)
        model = w.care.flags_dock.model
        assert safety.settings.show_full_callers is False and not model.show_full_callers
        safety.set_show_full_callers(True)
        qtbot.waitUntil(lambda: model.show_full_callers, timeout=WAIT_MS)
    finally:
        w.close()
    conn = open_database(board_db)
    try:
        (entry,) = [e for e in audit.entries(conn) if e.action == "settings.change"]
    finally:
        conn.close()
    assert "show_full_callers" in entry.detail


def test_actions_read_as_words_and_keep_their_code(qapp) -> None:
    from console.ui.audit.action_texts import action_text

    assert action_text("flag.acknowledge") == "Abuse flag · acknowledged"
    assert action_text("escalation.pause") == "Escalation · clock paused"
    assert action_text("kept.in.backup") == "kept.in.backup"  # unknown: the code as it is
    model = AuditTableModel()
    model.set_entries([AuditEntry(1, 0, "wang", "break.grant", "agent:101", None)])
    index = model.index(0, audit_model.ACTION)
    assert index.data() == "Recovery break · granted"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "break.grant"
