"""Every write a GUI feature can ask of its worker thread leaves an audit row.

The write actions are read from the features themselves (the ``WRITES`` of every
``ActionClient`` in console/ui), and each one is performed here against a temporary database
through the same service object the thread builds. A feature that gains a write without an
audit row, or a write this file has no recipe for, fails: add the audit row in the store or
service (same transaction), and a recipe below.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

import keyring
import pytest

from console.domain import mgmt_issues as mi
from console.domain.alerts import Condition
from console.domain.data_safety import DataSafetySettings
from console.domain.floor_settings import FloorSettings
from console.domain.recognition import COMPLIMENT
from console.services import coaching as coaching_service
from console.services.actions import FloorActions
from console.services.coaching import CoachingActions
from console.services.data_safety import DataSafetyService
from console.services.data_sources import DataSourcesService, SourceSettings
from console.services.escalations import EscalationActions
from console.services.floor_settings import FloorSettingsService
from console.services.notes_check import ConfirmedLine, DetectedFlag
from console.services.positives import PositivesService
from console.services.session import open_database
from console.store import flags as flags_store
from console.ui.audit import floor_data_safety
from console.ui.care import care_controller
from console.ui.escalations import client as escalations_client
from console.ui.positives import positives_client
from console.ui.preferences import floor_preferences, privacy_page, sources_page
from tests.store.test_ami_secret import MemoryKeyring

UI = Path(__file__).resolve().parents[2] / "console" / "ui"
NOW = datetime(2026, 3, 2, 10, 0).timestamp()


class FixedClock:
    def now(self) -> float:
        return NOW


Factory = Callable[[Path], Any]
# feature -> (its write actions, the service its thread builds), keyed by the ui module
FEATURES: dict[str, tuple[frozenset[str], Factory]] = {
    "care/care_controller.py": (
        frozenset(care_controller.WRITES), lambda db: FloorActions(db, FixedClock())),
    "escalations/client.py": (
        frozenset(escalations_client.WRITES),
        lambda db: EscalationActions(db, FixedClock(), actor="lead")),
    "coaching/coaching_controller.py": (
        frozenset(coaching_service.WRITES), lambda db: CoachingActions(db, FixedClock())),
    "positives/positives_client.py": (
        frozenset(positives_client.WRITES),
        lambda db: PositivesService(db, FixedClock(), None)),
    "preferences/floor_preferences.py": (
        frozenset(floor_preferences.WRITES), FloorSettingsService),
    "preferences/sources_page.py": (frozenset(sources_page.WRITES), DataSourcesService),
    "audit/floor_data_safety.py": (frozenset(floor_data_safety.WRITES), DataSafetyService),
    "preferences/privacy_page.py": (frozenset(privacy_page.WRITES), DataSafetyService),
}


# ---------------------------------------------------------------------------- recipes
# Each recipe prepares what the write needs (through the service where it can) and returns
# the write itself; only the audit rows the write adds are counted.
def _flag(svc: FloorActions, caller: str | None = "+8613812340001") -> int:
    return flags_store.create_flag(svc.conn, ts=NOW - 60, agent="alice", severity=2,
                                   category="threat", source="console", callid="c1",
                                   queue="support", caller=caller, actor="setup")


def _qa_file(tmp: Path) -> str:
    path = tmp / "qa.csv"
    when = datetime.fromtimestamp(NOW - 600).isoformat(timespec="seconds")
    path.write_text("id,time,agent,severity,category,note\n"
                    f"QA-1,{when},alice,2,threat,shouted\n", encoding="utf-8")
    return str(path)


def _escalation(svc: EscalationActions) -> int:
    return svc.open_escalation(channel="phone", owner="alice", customer="•••• 0001",
                               description="billed twice")


def _paused(svc: EscalationActions) -> int:
    eid = _escalation(svc)
    svc.pause(eid, "waiting on billing")
    return eid


def _issue(svc: PositivesService) -> int:
    return svc.report_issue(mi.BILLING_ERROR, "March", "billed twice", "agent101",
                            mi.AGENT).issue_id


Recipe = Callable[[Any, Path], Callable[[], object]]
RECIPES: dict[str, dict[str, Recipe]] = {
    "care/care_controller.py": {
        "acknowledge": lambda s, t: partial(s.acknowledge, _flag(s)),
        "add_note": lambda s, t: partial(s.add_note, _flag(s), "talked to her"),
        "mark_repeat_caller": lambda s, t: partial(s.mark_repeat_caller, _flag(s)),
        "flag_call": lambda s, t: partial(s.flag_call, "alice", 2, "threat", "note",
                                          callid="c1", queue="support"),
        "grant_break": lambda s, t: partial(s.grant_break, "alice", 10),
        "end_break": lambda s, t: partial(s.end_break, s.grant_break("alice", 10)),
        "flag_detected": lambda s, t: partial(s.flag_detected, "alice", [DetectedFlag(
            "c1", 3, "threat", (ConfirmedLine(2, "I'll kill you", "threat", 3),), "line 2")]),
        "import_qa_flags": lambda s, t: partial(s.import_qa_flags, _qa_file(t)),
        "acknowledge_alert": lambda s, t: partial(s.acknowledge_alert, _alert(s)),
    },
    "escalations/client.py": {
        "open_escalation": lambda s, t: partial(_escalation, s),
        "reply": lambda s, t: partial(s.reply, _escalation(s), "called back"),
        "pause": lambda s, t: partial(s.pause, _escalation(s), "waiting on billing"),
        "resume": lambda s, t: partial(s.resume, _paused(s)),
        "handoff": lambda s, t: partial(s.handoff, _escalation(s), "Billing", "department"),
        "resolve": lambda s, t: partial(s.resolve, _escalation(s), "refunded"),
        "add_note": lambda s, t: partial(s.add_note, _escalation(s), "customer calm"),
        "set_promise": lambda s, t: partial(s.set_promise, _escalation(s), 120, "late"),
    },
    "coaching/coaching_controller.py": {
        "arrange": lambda s, t: partial(s.arrange, "alice", "bob", focus="de-escalation"),
        "record_outcome": lambda s, t: partial(s.record_outcome, s.arrange("alice", "bob"),
                                               "listened", "slower", "fine"),
        "cancel": lambda s, t: partial(s.cancel, s.arrange("alice", "bob"), "sick"),
        "save_talk": lambda s, t: partial(s.save_talk, "alice", lead="lead", went_well="calm"),
        "save_needs": lambda s, t: partial(s.save_needs, [(None, "Listening skills")]),
    },
    "positives/positives_client.py": {
        "recognise": lambda s, t: partial(s.recognise, "alice", COMPLIMENT, "thanked"),
        "withdraw_recognition": lambda s, t: partial(
            s.withdraw_recognition, s.recognise("alice", COMPLIMENT, "x")),
        "report_issue": lambda s, t: partial(_issue, s),
        "set_issue_status": lambda s, t: partial(s.set_issue_status, _issue(s), mi.SENT),
        "add_cause": lambda s, t: partial(s.add_cause, "Router recall"),
        "rename_cause": lambda s, t: partial(s.rename_cause, s.add_cause("Router"), "Recall"),
        "set_cause_archived": lambda s, t: partial(s.set_cause_archived, s.add_cause("Router"),
                                                   True),
    },
    "preferences/floor_preferences.py": {
        "save": lambda s, t: partial(s.save, _changed_floor()),
        "adopt_window_alert_settings": lambda s, t: partial(
            s.adopt_window_alert_settings, "22:00", "06:00", True),
    },
    "preferences/sources_page.py": {
        "save": lambda s, t: partial(s.save, SourceSettings(queue_log="/var/log/q")),
        "set_secret": lambda s, t: partial(s.set_secret, "sup", "pbx", 5038, "pw"),
    },
    "audit/floor_data_safety.py": {
        "purge": lambda s, t: partial(s.purge, _old_note(s)),
        "set_show_full_callers": lambda s, t: partial(s.set_show_full_callers, True),
    },
    "preferences/privacy_page.py": {
        "save_settings": lambda s, t: partial(s.save_settings,
                                              DataSafetySettings(retention_days=30)),
        "backup_now": lambda s, t: partial(s.backup_now, NOW),
    },
}
# the audit row each write records (renaming one breaks the audit log's filters and reports)
AUDIT_ACTIONS: dict[str, dict[str, str]] = {
    "care/care_controller.py": {
        "acknowledge": "flag.acknowledge", "add_note": "flag.note",
        "mark_repeat_caller": "caller.mark_repeat", "flag_call": "flag.create",
        "grant_break": "break.grant", "end_break": "break.end", "flag_detected": "flag.create",
        "import_qa_flags": "flag.create", "acknowledge_alert": "alert.acknowledge"},
    "escalations/client.py": {
        "open_escalation": "escalation.open", "reply": "escalation.reply",
        "pause": "escalation.pause", "resume": "escalation.resume",
        "handoff": "escalation.handoff", "resolve": "escalation.resolve",
        "add_note": "escalation.note", "set_promise": "escalation.promise"},
    "coaching/coaching_controller.py": {
        "arrange": "peer.plan", "record_outcome": "peer.record", "cancel": "coaching.cancel",
        "save_talk": "one_to_one.record", "save_needs": "needs.edit"},
    "positives/positives_client.py": {
        "recognise": "recognition.record", "withdraw_recognition": "recognition.withdraw",
        "report_issue": "issue.report", "set_issue_status": "issue.status",
        "add_cause": "issue_cause.add", "rename_cause": "issue_cause.rename",
        "set_cause_archived": "issue_cause.archive"},
    "preferences/floor_preferences.py": {
        "save": "settings.change", "adopt_window_alert_settings": "settings.change"},
    "preferences/sources_page.py": {"save": "sources.save", "set_secret": "sources.ami_secret"},
    "audit/floor_data_safety.py": {"purge": "data.purge",
                                   "set_show_full_callers": "settings.change"},
    "preferences/privacy_page.py": {"save_settings": "settings.change",
                                    "backup_now": "data.backup"},
}


def _changed_floor() -> FloorSettings:
    base = FloorSettings()
    return replace(base, kpi=replace(base.kpi, sl_seconds=base.kpi.sl_seconds + 5))


def _alert(svc: FloorActions) -> str:
    svc.sync_alerts([Condition("calls_waiting", "danger", 9.0)], NOW, 5)
    return "calls_waiting"


def _old_note(svc: DataSafetyService) -> float:
    """A flag and a note older than the retention limit; returns the time to purge at."""
    fid = flags_store.create_flag(svc.conn, ts=NOW - 400 * 86400, agent="alice", severity=1,
                                  category="threat", source="console", note="old words",
                                  actor="setup")
    flags_store.add_note(svc.conn, fid, "old note", actor="setup")
    svc.conn.execute("UPDATE flag_notes SET ts = ?", (int(NOW - 400 * 86400),))
    svc.conn.commit()
    return NOW


def _max_id(conn) -> int:
    return conn.execute("SELECT COALESCE(MAX(id), 0) FROM audit_log").fetchone()[0]


# ---------------------------------------------------------------------------- tests
def _clients_with_writes() -> set[str]:
    """Every ui module that builds an ActionClient (or a PollingClient) with write actions."""
    found = set()
    for path in UI.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name == "action_thread.py" or not re.search(r"\b(Action|Polling)Client\b", text):
            continue
        if re.search(r"\bWRITES\b|\bwrites=", text):
            found.add(path.relative_to(UI).as_posix())
    return found


def test_every_feature_with_writes_is_covered() -> None:
    assert _clients_with_writes() == set(FEATURES)
    for feature, (writes, _factory) in FEATURES.items():
        assert set(RECIPES[feature]) == set(writes), feature
        assert set(AUDIT_ACTIONS[feature]) == set(writes), feature


CASES = [(f, a) for f, (writes, _) in FEATURES.items() for a in sorted(writes)]


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.mark.parametrize(("feature", "action"), CASES,
                         ids=[f"{f.split('/')[-1][:-3]}.{a}" for f, a in CASES])
def test_each_write_records_an_audit_row(feature: str, action: str, tmp_path: Path,
                                         memory_keyring) -> None:
    db = tmp_path / "audit.sqlite"
    open_database(db).close()
    svc = FEATURES[feature][1](db)
    try:
        conn = svc.conn
        roster_names(conn)
        write = RECIPES[feature][action](svc, tmp_path)
        conn.commit()
        before = _max_id(conn)
        write()
        rows = conn.execute("SELECT action, subject, detail FROM audit_log WHERE id > ?"
                            " ORDER BY id", (before,)).fetchall()
        assert rows, f"{feature}: the write {action!r} left no audit row"
        assert [r[0] for r in rows] == [AUDIT_ACTIONS[feature][action]]
        for row in rows:  # readable detail, never a stray non-JSON blob
            if row[2] and row[2].startswith("{"):
                json.loads(row[2])
    finally:
        svc.close()


def roster_names(conn) -> None:
    conn.execute("INSERT OR IGNORE INTO agents (name, display_name) VALUES ('alice', 'Alice')")
    conn.execute("INSERT OR IGNORE INTO agents (name, display_name) VALUES ('bob', 'Bob')")
    conn.commit()
