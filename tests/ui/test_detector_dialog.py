""""Check call notes for abuse…": the detector suggests, a person confirms, only then a flag.

The first tests run the real window on a small demo floor (as ``composure demo`` does), so the
flag goes through the care thread into the database and back into the flags dock. The others
use a stand-in for the care thread to look at the dialog's own behaviour quickly.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from console.services.demo import DemoOptions
from console.ui.app import AppOptions, prepare_source
from console.ui.care.detector_dialog import DetectorDialog
from console.ui.care.flag_table_model import FlagColumn
from console.ui.care.suggestion_delegates import highlighted_html
from console.ui.care.suggestion_table_model import SuggestionColumn
from console.ui.main_window import MainWindow

WAIT_MS = 15000
ABUSIVE = "You stupid bitch, listen to me"
HEATED = "This is the third time I'm calling, I'm furious, I want a refund now!"


@pytest.fixture
def demo_window(qtbot, styled_app, tmp_path: Path, settings):
    source = prepare_source(AppOptions(db_path=tmp_path / "demo.sqlite",
                                       demo=DemoOptions(agents=8, seed=3, speed=1)))
    w = MainWindow(source, settings)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.refreshed, timeout=WAIT_MS):
        w.show()
    yield w
    w.close()


def _db_rows(w: MainWindow, sql: str, *args: object) -> list[tuple]:
    conn = sqlite3.connect(w.source.db_path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def _paste_and_check(qtbot, dialog: DetectorDialog, text: str) -> None:
    dialog.input.setPlainText(text)
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.last_check is not None
                    and len(dialog.last_check.lines) == len(text.splitlines()), timeout=WAIT_MS)


def _tick(dialog: DetectorDialog, proxy_row: int) -> None:
    index = dialog.proxy.index(proxy_row, SuggestionColumn.CONFIRM)
    assert dialog.proxy.setData(index, Qt.CheckState.Checked.value,
                                Qt.ItemDataRole.CheckStateRole)


def _open_from_agent_menu(w: MainWindow) -> tuple[str, DetectorDialog]:
    name = w.controller.last_snapshot.agents[0].name
    menu = w.care.agent_menu(name)
    next(a for a in menu.actions() if a.objectName() == "actionCheckNotesForAgent").trigger()
    dialog = w.care.last_dialog
    assert isinstance(dialog, DetectorDialog)
    assert dialog.agent_name() == name  # preselected from the agent's row
    return name, dialog


def test_only_the_confirmed_suggestion_becomes_a_detector_flag(qtbot, demo_window) -> None:
    w = demo_window
    name, dialog = _open_from_agent_menu(w)
    assert not dialog.create_button.isEnabled()
    _paste_and_check(qtbot, dialog, f"{ABUSIVE}\n{HEATED}")
    # the heated complaint is checked but hidden; showing everything brings it back
    assert dialog.model.rowCount() == 2 and dialog.proxy.rowCount() == 1
    shown = dialog.proxy.index(0, SuggestionColumn.TEXT).data()
    assert shown == ABUSIVE
    assert dialog.proxy.index(0, SuggestionColumn.CATEGORY).data() == "Insult / profanity"
    assert "bitch" in dialog.proxy.index(0, SuggestionColumn.FOUND).data()
    dialog.show_all.setChecked(True)
    assert dialog.proxy.rowCount() == 2
    dialog.show_all.setChecked(False)
    assert dialog.proxy.rowCount() == 1
    assert not dialog.create_button.isEnabled()  # nothing confirmed yet

    _tick(dialog, 0)
    assert dialog.create_button.isEnabled()
    assert dialog.summary.text() == "Confirmed lines: 1 → flags to create: 1"
    before = _db_rows(w, "SELECT count(*) FROM abuse_flags WHERE source = 'detector'")[0][0]
    assert before == 0
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.created_ids is not None, timeout=WAIT_MS)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(dialog.created_ids) == 1
    flag_id = dialog.created_ids[0]

    rows = _db_rows(w, "SELECT agent, severity, category, note FROM abuse_flags"
                       " WHERE source = 'detector'")
    assert len(rows) == 1
    agent, severity, category, note = rows[0]
    assert (agent, category) == (name, "insult_profanity")
    assert severity == 2  # "you stupid bitch" is aimed at the agent
    assert ABUSIVE in note and HEATED not in note
    audit = _db_rows(w, "SELECT action, detail FROM audit_log WHERE subject = ?",
                     f"flag:{flag_id}")
    assert [a for a, _ in audit] == ["flag.create"]
    assert json.loads(audit[0][1])["source"] == "detector"

    model = w.flags_dock.model
    qtbot.waitUntil(lambda: any(model.flag(r).source == "detector"
                                for r in range(model.rowCount())), timeout=WAIT_MS)
    row = next(r for r in range(model.rowCount()) if model.flag(r).source == "detector")
    assert model.index(row, FlagColumn.SOURCE).data() == "Detector"


def test_cancel_writes_nothing(qtbot, demo_window) -> None:
    w = demo_window
    _, dialog = _open_from_agent_menu(w)
    _paste_and_check(qtbot, dialog, f"{ABUSIVE}\nI'll kill you")
    _tick(dialog, 0)
    _tick(dialog, 1)
    assert dialog.create_button.isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.created_ids is None
    # a write would have reached the care thread before this read, which queues behind it
    with qtbot.waitSignal(w.care.controller.replied, timeout=WAIT_MS):
        w.care.controller.request("flag", -1)
    assert _db_rows(w, "SELECT count(*) FROM abuse_flags WHERE source = 'detector'")[0][0] == 0


def test_file_menu_has_both_entries(demo_window) -> None:
    names = [a.objectName() for a in demo_window.menu_actions.menus[0].actions()]
    assert "actionImportQaFlags" in names and "actionCheckNotes" in names
    assert names.index("actionCheckNotes") < names.index("actionQuit")


# ----------------------------------------------------------------------- without the window
class FakeCare(QObject):
    """Stands in for the care thread: records requests, answers when told to."""

    replied = Signal(int, str, object)
    failed = Signal(int, str, str)

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[tuple[str, tuple]] = []

    def request(self, action: str, *args: object) -> int:
        self.requests.append((action, args))
        return len(self.requests)


@pytest.fixture
def dialog(qtbot, styled_app):
    care = FakeCare()
    d = DetectorDialog(care, [("agent1", "Ana"), ("agent2", "Bo")], None, None)  # type: ignore[arg-type]
    qtbot.addWidget(d)
    d.care_stub = care  # type: ignore[attr-defined]
    return d


def test_lines_of_one_call_become_one_flag(qtbot, dialog, tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text(
        "id,callid,text\n"
        "1,c-1,you are an idiot\n"
        "2,c-1,\"I'll kill you\"\n"
        "3,c-2,thanks for your help\n"
        "4,c-2,shut up you moron\n"
        "5,,我要杀了你\n", encoding="utf-8")
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=WAIT_MS)
    assert not dialog.table.isColumnHidden(SuggestionColumn.CALL)
    assert dialog.proxy.rowCount() == 4  # "thanks for your help" is hidden
    for row in range(dialog.proxy.rowCount()):
        _tick(dialog, row)
    assert not dialog.create_button.isEnabled()  # no agent chosen yet
    assert "agent" in dialog.summary.text()
    dialog.agent.setCurrentIndex(dialog.agent.findData("agent2"))
    dialog.call.setText("c-9")  # for lines that do not name their call
    flags = dialog.pending_flags()
    assert [(f.callid, f.category, f.severity, len(f.lines)) for f in flags] == [
        ("c-1", "threat", 3, 2), ("c-2", "insult_profanity", 2, 1), ("c-9", "threat", 3, 1)]
    # the file's own line numbers (the header is line 1)
    assert "line 3: “I'll kill you” — Threat, severity 3" in flags[0].note
    assert "line 2: “you are an idiot”" in flags[0].note
    dialog.create_button.click()
    care = dialog.care_stub
    assert [a for a, _ in care.requests] == ["flag_detected"]
    assert care.requests[0][1][0] == "agent2"
    assert not dialog.buttons.isEnabled()  # while the care thread writes
    care.failed.emit(1, "flag_detected", "database is locked")
    assert dialog.buttons.isEnabled() and "database is locked" in dialog.summary.text()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_changing_category_and_severity_confirms_the_line(qtbot, dialog) -> None:
    _paste_and_check(qtbot, dialog, "等着瞧")
    cat = dialog.proxy.index(0, SuggestionColumn.CATEGORY)
    assert cat.data(Qt.ItemDataRole.EditRole) == "threat"
    sev = dialog.proxy.index(0, SuggestionColumn.SEVERITY)
    assert sev.data(Qt.ItemDataRole.EditRole) == 2  # a veiled threat
    assert dialog.proxy.setData(sev, 3, Qt.ItemDataRole.EditRole)
    assert not dialog.proxy.setData(sev, 7, Qt.ItemDataRole.EditRole)
    assert dialog.model.confirmed_count() == 1
    assert dialog.model.confirmed()[0].severity == 3


def test_unreadable_lines_are_reported_and_the_rest_checked(qtbot, dialog,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps({"id": "a", "callid": "c-7", "text": "you moron"}) + "\n"
                    + '{"text": "broken\n' + json.dumps({"id": "b"}) + "\n", encoding="utf-8")
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=WAIT_MS)
    assert [line.callid for line in dialog.last_check.lines] == ["c-7"]
    status = dialog.status.text()
    assert "t.jsonl" in status and "unreadable lines: 2" in status
    assert f"{path}:2: broken JSON" in dialog.status.toolTip()
    assert f'{path}:3: missing "text" field' in dialog.status.toolTip()


def test_a_missing_file_is_an_error_not_a_crash(qtbot, dialog, tmp_path: Path) -> None:
    dialog.load_file(tmp_path / "nope.txt")
    qtbot.waitUntil(lambda: "Could not check" in dialog.status.text(), timeout=WAIT_MS)
    assert dialog.last_check is None


def test_typing_checks_after_a_pause(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.checker.checked, timeout=WAIT_MS):
        dialog.input.setPlainText("傻 逼")
    assert dialog.proxy.rowCount() == 1


def test_highlight_marks_the_original_spelling() -> None:
    html = highlighted_html("你这个 傻 逼 & <b>", [(4, 7)])
    assert ">傻 逼</span>" in html and "&amp; &lt;b&gt;" in html
    assert highlighted_html("abc", [(0, 2), (1, 3)]).count("<span") == 1
