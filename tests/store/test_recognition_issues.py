"""Recognitions and issues for management in a temporary database: recording, listing,
counting, the repeat rule, the causes list, the report functions and the audit rows."""

from __future__ import annotations

import json
import sqlite3

import pytest

from console.domain import mgmt_issues as mi
from console.domain import recognition as rec
from console.services import agent_history
from console.services.demo_positives import SCRIPT, DemoPositives
from console.services.positives import (
    ISSUE_REPORT,
    RECOGNITION,
    PositivesService,
    management_issue_counts,
    shift_issues,
    shift_positives,
)
from console.store import audit
from console.store import flags as flags_store
from console.store import mgmt_issues as issues_store
from console.store import recognition as rec_store

T0 = 1_772_438_400  # some morning


def _audit(conn: sqlite3.Connection, action: str) -> list[audit.AuditEntry]:
    return [e for e in audit.entries(conn) if e.action == action]


def _report(conn: sqlite3.Connection, ts: int, cause: str = mi.LOCATION_FAULT,
            location: str = "Riverside", who: str = "agent101", **kw) -> mi.ReportResult:
    return issues_store.report(conn, cause=cause, location=location,
                               description=kw.pop("text", "no internet"), reported_by=who,
                               reporter_role=kw.pop("role", mi.AGENT), ts=ts, actor="lead",
                               **kw)


# ---------------------------------------------------------------------------- recognition
def test_record_and_list_recognitions_with_audit(conn: sqlite3.Connection) -> None:
    flag_id = flags_store.create_flag(conn, ts=T0, agent="agent101", severity=2,
                                      category="insult_profanity", source="console",
                                      callid="1700.1", actor="lead")
    first = rec_store.record(conn, agent="agent101", kind=rec.RESOLVED_COMPLAINT,
                             text="Calmed him down", ts=T0 + 60, flag_id=flag_id, actor="lead")
    second = rec_store.record(conn, agent="agent102", kind=rec.COMPLIMENT, text=None,
                              ts=T0 + 120, actor="lead")
    rows = rec_store.between(conn, T0, T0 + 3600)
    assert [r.id for r in rows] == [second, first]  # newest first
    linked = rows[1]
    assert linked.flag_id == flag_id and linked.callid == "1700.1"  # the flag's call
    assert linked.recorded_by == "lead" and linked.ts == T0 + 60
    entries = _audit(conn, "recognition.record")
    assert [e.subject for e in entries] == [f"recognition:{second}", f"recognition:{first}"]
    assert json.loads(entries[1].detail)["kind"] == rec.RESOLVED_COMPLAINT
    assert entries[1].actor == "lead" and entries[1].ts == T0 + 60


def test_invalid_recognition_writes_nothing(conn: sqlite3.Connection) -> None:
    with pytest.raises(ValueError):
        rec_store.record(conn, agent="agent101", kind=rec.OTHER, text=" ", ts=T0)
    assert rec_store.between(conn, 0, 2**40) == []
    assert _audit(conn, "recognition.record") == []


def test_withdraw_hides_from_lists_and_counts_once(conn: sqlite3.Connection) -> None:
    rid = rec_store.record(conn, agent="agent101", kind=rec.COMPLIMENT, text="x", ts=T0)
    assert rec_store.withdraw(conn, rid, T0 + 5, actor="lead")
    assert not rec_store.withdraw(conn, rid, T0 + 6, actor="lead")
    assert rec_store.between(conn, T0, T0 + 10) == []
    assert rec_store.between(conn, T0, T0 + 10, include_withdrawn=True)[0].withdrawn
    assert shift_positives(conn, T0, T0 + 10).total == 0
    assert len(_audit(conn, "recognition.withdraw")) == 1


def test_shift_positives_for_the_report(conn: sqlite3.Connection) -> None:
    for i, (agent, kind) in enumerate([("a", rec.COMPLIMENT), ("b", rec.COMPLIMENT),
                                       ("a", rec.HELPED_COLLEAGUE)]):
        rec_store.record(conn, agent=agent, kind=kind, text=f"t{i}", ts=T0 + i)
    rec_store.record(conn, agent="c", kind=rec.COMPLIMENT, text="yesterday", ts=T0 - 86400)
    sp = shift_positives(conn, T0, T0 + 86400)
    assert sp.total == 3 and sp.agents == 2
    assert dict(sp.by_kind)[rec.COMPLIMENT] == 2
    assert [r.text for r in sp.recognitions] == ["t2", "t1", "t0"]


# ---------------------------------------------------------------------------- issues
def test_repeat_cause_and_place_adds_an_occurrence(conn: sqlite3.Connection) -> None:
    first = _report(conn, T0, location="Riverside District")
    again = _report(conn, T0 + 600, location="  riverside district. ", who="agent102",
                    text="third call about it")
    other_place = _report(conn, T0 + 700, location="Hillside")
    other_cause = _report(conn, T0 + 800, cause=mi.BILLING_ERROR, location="Riverside District")
    assert not first.repeat and first.occurrences == 1
    assert again.repeat and again.issue_id == first.issue_id and again.occurrences == 2
    assert other_place.issue_id != first.issue_id and not other_place.repeat
    assert other_cause.issue_id != first.issue_id
    issue = issues_store.issue(conn, first.issue_id)
    assert issue.occurrences == 2 and issue.last_seen_at == T0 + 600
    assert issue.location == "Riverside District"  # as first typed
    assert issue.description == "no internet"  # the first words stay the issue's
    assert issue.last_note == "third call about it"
    assert issue.reporters == ("agent101", "agent102")
    assert len(issues_store.reports(conn, first.issue_id)) == 2
    entries = _audit(conn, "issue.report")
    assert len(entries) == 4
    repeat = next(e for e in entries if json.loads(e.detail)["occurrences"] == 2)
    assert json.loads(repeat.detail)["repeat"] is True
    assert repeat.subject == f"issue:{first.issue_id}"


def test_sent_issue_still_collects_occurrences(conn: sqlite3.Connection) -> None:
    first = _report(conn, T0)
    assert issues_store.set_status(conn, first.issue_id, mi.SENT, T0 + 10, actor="lead")
    again = _report(conn, T0 + 20)
    assert again.repeat and again.issue_id == first.issue_id
    assert issues_store.issue(conn, first.issue_id).status == mi.SENT


def test_after_a_fix_the_same_problem_opens_a_new_issue(conn: sqlite3.Connection) -> None:
    first = _report(conn, T0)
    assert issues_store.set_status(conn, first.issue_id, mi.FIXED, T0 + 10, actor="lead")
    back = _report(conn, T0 + 20, location="RIVERSIDE")
    assert not back.repeat and back.issue_id != first.issue_id
    assert back.recurrence_of == first.issue_id
    assert issues_store.issue(conn, back.issue_id).recurrence_of == first.issue_id
    # the fixed one cannot be reopened beside the new one: it would be counted twice
    with pytest.raises(ValueError, match=f"#{back.issue_id}"):
        issues_store.set_status(conn, first.issue_id, mi.OPEN, T0 + 30)
    assert issues_store.issue(conn, first.issue_id).status == mi.FIXED


def test_status_changes_are_audited(conn: sqlite3.Connection) -> None:
    first = _report(conn, T0)
    assert issues_store.set_status(conn, first.issue_id, mi.SENT, T0 + 10, actor="lead")
    assert not issues_store.set_status(conn, first.issue_id, mi.SENT, T0 + 11, actor="lead")
    assert issues_store.set_status(conn, first.issue_id, mi.FIXED, T0 + 12, actor="boss")
    issue = issues_store.issue(conn, first.issue_id)
    assert (issue.status, issue.status_at, issue.status_by) == (mi.FIXED, T0 + 12, "boss")
    details = [json.loads(e.detail) for e in _audit(conn, "issue.status")]
    assert details == [{"from": mi.SENT, "to": mi.FIXED}, {"from": mi.OPEN, "to": mi.SENT}]
    with pytest.raises(ValueError):
        issues_store.set_status(conn, 999, mi.SENT, T0)


def test_report_from_a_flag_takes_its_call_and_agent(conn: sqlite3.Connection) -> None:
    flag_id = flags_store.create_flag(conn, ts=T0, agent="agent105", severity=1,
                                      category="insult_profanity", source="console",
                                      callid="1700.9", actor="lead")
    result = _report(conn, T0 + 5, cause=mi.POLICY_ANGER, location="", who="lead",
                     role=mi.LEAD, flag_id=flag_id)
    report = issues_store.reports(conn, result.issue_id)[0]
    assert (report.agent, report.callid, report.flag_id) == ("agent105", "1700.9", flag_id)
    assert (report.reported_by, report.reporter_role, report.recorded_by) == (
        "lead", mi.LEAD, "lead")


def test_bad_report_writes_nothing(conn: sqlite3.Connection) -> None:
    with pytest.raises(ValueError, match="no cause"):
        _report(conn, T0, cause="weather")
    with pytest.raises(ValueError):
        _report(conn, T0, text="  ")
    assert issues_store.active_or_since(conn, 0) == []
    assert _audit(conn, "issue.report") == []


def test_counts_by_cause_and_shift_lists(conn: sqlite3.Connection) -> None:
    a = _report(conn, T0 - 3600)  # before the window: not counted, issue still lists
    _report(conn, T0 + 10)
    _report(conn, T0 + 20)
    b = _report(conn, T0 + 30, cause=mi.BILLING_ERROR, location="March invoices")
    issues_store.set_status(conn, b.issue_id, mi.SENT, T0 + 40)
    _report(conn, T0 + 50, cause=mi.PRODUCT_DEFECT, location="")
    counts = management_issue_counts(conn, T0, T0 + 3600)
    assert [(c.cause, c.occurrences, c.issues) for c in counts] == [
        (mi.LOCATION_FAULT, 2, 1), (mi.BILLING_ERROR, 1, 1), (mi.PRODUCT_DEFECT, 1, 1)]
    assert counts[1].sent == 1 and counts[0].open == 1
    assert {i.id for i in shift_issues(conn, T0, T0 + 3600)} == {a.issue_id, b.issue_id,
                                                                 b.issue_id + 1}
    assert shift_issues(conn, T0 + 7200, T0 + 9000) == []
    # the dock lists every unfixed issue plus what was fixed today
    issues_store.set_status(conn, a.issue_id, mi.FIXED, T0 + 60)
    listed = {i.id for i in issues_store.active_or_since(conn, T0 + 3600)}
    assert a.issue_id not in listed and b.issue_id in listed
    assert a.issue_id in {i.id for i in issues_store.active_or_since(conn, T0)}


def test_causes_list_is_editable_and_audited(conn: sqlite3.Connection) -> None:
    codes = [c.code for c in issues_store.causes(conn)]
    assert codes == [code for code, _ in mi.DEFAULT_CAUSES]
    code = issues_store.add_cause(conn, "  Courier   delays ", T0, actor="lead")
    assert code == "custom_1"
    assert issues_store.causes(conn)[-1] == mi.Cause("custom_1", "Courier delays", 7)
    with pytest.raises(ValueError, match="already"):
        issues_store.add_cause(conn, "courier delays", T0)
    with pytest.raises(ValueError, match="already"):
        issues_store.add_cause(conn, "Billing error", T0)  # a built-in's own name
    issues_store.rename_cause(conn, mi.BILLING_ERROR, "Invoice wrong", T0, actor="lead")
    issues_store.rename_cause(conn, mi.BILLING_ERROR, None, T0, actor="lead")
    assert issues_store.causes(conn)[1].label is None
    with pytest.raises(ValueError):
        issues_store.rename_cause(conn, code, None, T0)
    _report(conn, T0, cause=code, location="")
    issues_store.set_cause_archived(conn, code, True, T0, actor="lead")
    assert code not in [c.code for c in issues_store.causes(conn)]
    assert code in [c.code for c in issues_store.causes(conn, include_archived=True)]
    assert management_issue_counts(conn, T0, T0 + 1)[0].cause == code  # history kept
    assert issues_store.add_cause(conn, "Courier lost parcel", T0) == "custom_2"
    actions = [e.action for e in audit.entries(conn) if e.action.startswith("issue_cause.")]
    assert actions == ["issue_cause.add", "issue_cause.archive", "issue_cause.rename",
                       "issue_cause.rename", "issue_cause.add"]  # newest first


def test_cannot_archive_the_last_cause(conn: sqlite3.Connection) -> None:
    codes = [c.code for c in issues_store.causes(conn)]
    for code in codes[:-1]:
        issues_store.set_cause_archived(conn, code, True, T0)
    with pytest.raises(ValueError, match="at least one"):
        issues_store.set_cause_archived(conn, codes[-1], True, T0)


# ---------------------------------------------------------------------------- service
class _Clock:
    def __init__(self, now: float) -> None:
        self.t = now

    def now(self) -> float:
        return self.t


def test_service_view_and_agent_history(db_path, conn: sqlite3.Connection) -> None:
    clock = _Clock(T0 + 3600)
    service = PositivesService(db_path, clock)
    try:
        rid = service.recognise("agent101", rec.HELPED_COLLEAGUE, "covered lunch")
        result = service.report_issue(mi.BILLING_ERROR, "March", "billed twice", "agent101",
                                      mi.AGENT, agent="agent101")
        view = service.view()
        assert [r.id for r in view.positives.recognitions] == [rid]
        assert [i.id for i in view.issues] == [result.issue_id]
        assert [(c.cause, c.occurrences) for c in view.counts] == [(mi.BILLING_ERROR, 1)]
        assert view.locations == ("March",)
        assert service.set_issue_status(result.issue_id, mi.SENT)
        code = service.add_cause("Courier")
        assert code in [c.code for c in service.view().causes]
    finally:
        service.close()
    entries = agent_history.gather(conn, "agent101", T0)
    kinds = {e.kind: e for e in entries}
    assert kinds[RECOGNITION].field("recognition_kind") == rec.HELPED_COLLEAGUE
    assert kinds[RECOGNITION].text == "covered lunch"
    assert kinds[ISSUE_REPORT].field("cause") == mi.BILLING_ERROR
    assert kinds[ISSUE_REPORT].ref == f"issue:{result.issue_id}"


def test_demo_script_plays_once_and_links_real_calls(conn: sqlite3.Connection) -> None:
    start = T0
    for i in range(40):  # answered calls through the day, in both queues
        queue = "complaints" if i % 3 == 0 else "support"
        end = start + i * 12 * 60
        conn.execute("INSERT INTO calls (callid, queue, enter_ts, outcome, agent, connect_ts,"
                     " end_ts) VALUES (?,?,?,?,?,?,?)",
                     (f"c{i}", queue, end - 300, "completed", f"agent{100 + i % 9}",
                      end - 280, end))
    demo = DemoPositives(start, seed=3)
    assert demo.play(conn, start + 60 * 100) > 0
    written = len(rec_store.between(conn, 0, 2**40))
    assert demo.play(conn, start + 60 * 100) == 0  # nothing twice
    assert len(rec_store.between(conn, 0, 2**40)) == written
    demo.play(conn, start + 86400)
    recs = rec_store.between(conn, 0, 2**40)
    assert len(recs) == sum(1 for s in SCRIPT if type(s).__name__ == "Praise")
    resolved = [r for r in recs if r.kind == rec.RESOLVED_COMPLAINT]
    calls = dict(conn.execute("SELECT callid, queue FROM calls"))
    assert resolved and all(calls[r.callid] == "complaints" for r in resolved)
    riverside = next(i for i in issues_store.active_or_since(conn, 0)
                     if i.location == "Riverside District")
    assert riverside.occurrences == 3 and riverside.status == mi.SENT
    assert {e.actor for e in audit.entries(conn)} == {"lead.chen"}


def test_demo_script_waits_for_the_floor_data(conn: sqlite3.Connection) -> None:
    demo = DemoPositives(T0, seed=3)
    assert demo.play(conn, T0 + 86400) == 0  # nothing ingested yet: nothing to link to
    conn.execute("INSERT INTO calls (callid, queue, enter_ts, outcome, agent, connect_ts,"
                 " end_ts) VALUES ('c1', 'support', ?, 'completed', 'agent101', ?, ?)",
                 (T0 + 30 * 60, T0 + 31 * 60, T0 + 36 * 60))
    conn.execute("INSERT INTO calls (callid, queue, enter_ts, outcome) VALUES"
                 " ('c2', 'support', ?, 'waiting')", (T0 + 40 * 60,))
    assert demo.play(conn, T0 + 86400) == 1  # the 08:38 compliment, linked to c1 only
    only = rec_store.between(conn, 0, 2**40)
    assert [(r.agent, r.callid) for r in only] == [("agent101", "c1")]
