"""The sections fed by coaching, recognition, issues for management and escalations, with
records made through those features' own store functions on the seeded shift."""

from __future__ import annotations

import pytest

from console.reports.build import build_report
from console.reports.model import ReportRequest
from console.reports.pseudonyms import Pseudonyms, database_secret
from console.services import escalations as escalation_service
from console.services.session import open_database
from console.store import coaching as coaching_store
from console.store import mgmt_issues as issues_store
from console.store import recognition as recognition_store
from tests.reports.conftest import Shift


@pytest.fixture
def recorded(shift_copy: Shift) -> Shift:
    s = shift_copy
    agent, coach = s.noted_agent, s.one_to_one_agent
    conn = open_database(s.db)
    try:
        coaching_store.create_session(
            conn, kind="peer", agent=agent, coach=coach, now=s.start + 3600,
            focus=f"{agent} 处理投诉的开场白", status="done", went_well="耐心",
            do_differently="早点总结", actor="lead")
        coaching_store.create_session(conn, kind="one_to_one", agent=agent, now=s.end + 86400,
                                      actor="lead")  # another day: not in this report
        recognition_store.record(conn, agent=agent, kind="customer_compliment",
                                 text="客户来电表扬", ts=s.start + 7200, actor="lead")
        issues_store.report(conn, cause="billing_error", location="上海", description="账单重复",
                            reported_by="lead", reporter_role="lead", ts=s.start + 600)
        issues_store.report(conn, cause="billing_error", location="上海", description="又一次",
                            reported_by="lead", reporter_role="lead", ts=s.start + 900)
        # kept: replied in 30 of 60 minutes (trust 50); broken: open past its promise
        kept = escalation_service.open_escalation(
            conn, s.start + 1800, channel="phone", actor="lead", agent=agent, owner="lead",
            promise_minutes=60, reference="T-1")
        escalation_service.reply(conn, kept, s.start + 3600, actor="lead")
        escalation_service.resolve(conn, kept, s.start + 4000, actor="lead")
        escalation_service.open_escalation(
            conn, s.start + 3600, channel="email", actor="lead", agent=coach, owner="lead",
            promise_minutes=120, reference="T-2")
        escalation_service.add_note(conn, kept, s.start + 3700, actor="lead",
                                    text=f"{agent} 已回电")
    finally:
        conn.close()
    return s


def _report(shift: Shift, **kw):
    conn = open_database(shift.db)
    try:
        data = build_report(conn, ReportRequest(shift.start, shift.end, **kw), shift.now)
        names = Pseudonyms(database_secret(conn) if kw.get("anonymize") else None,
                           shift.agents)
    finally:
        conn.close()
    return data, names


def test_coaching_recognition_issues_and_escalations_are_reported(recorded: Shift) -> None:
    data, _names = _report(recorded)
    agent = recorded.noted_agent
    assert data.coaching_available and data.sessions.available
    peer = [s for s in data.sessions.rows if s.kind == "peer"]
    assert len(peer) == 1 and peer[0].agent == agent and peer[0].status == "done"
    assert [s.kind for s in data.sessions.rows].count("one_to_one") == 1  # the break's talk
    line = next(a for a in data.agents if a.agent == agent)
    assert line.coaching == 1 and line.praise == 1
    assert [r.text for r in data.recognition.rows] == ["客户来电表扬"]
    issues = {i.cause: i for i in data.issues.rows}
    assert issues["billing_error"].occurrences == 2 and issues["billing_error"].issues == 1
    by_ref = {e.reference: e for e in data.escalations.rows}
    assert by_ref["T-1"].trust == pytest.approx(50.0) and by_ref["T-1"].resolved_in_range
    assert by_ref["T-2"].state == "breached"
    c = data.escalation_counts
    assert (c.opened, c.resolved, c.breached) == (2, 1, 1)
    assert data.summary.escalations_breached == 1
    texts = {n.source: n.text for n in data.notes}
    assert texts["escalation"] == f"{agent} 已回电" and texts["coaching"] in ("耐心", "早点总结")


def test_anonymised_sections_show_pseudonyms(recorded: Shift) -> None:
    data, names = _report(recorded, anonymize=True)
    agent = recorded.noted_agent
    shown = names.name(agent)
    assert shown.startswith("Agent ")
    assert {s.agent for s in data.sessions.rows if s.kind == "peer"} == {shown}
    assert data.recognition.rows[0].agent == shown
    assert all(agent not in n.text for n in data.notes)
    assert any(shown in n.text for n in data.notes if n.source == "escalation")


def test_the_team_filter_applies_to_escalations(recorded: Shift) -> None:
    conn = open_database(recorded.db)
    try:
        from console.store import queries

        team = next(a.team for a in queries.agents(conn) if a.name == recorded.noted_agent)
    finally:
        conn.close()
    data, _ = _report(recorded, teams=(team,))
    refs = {e.reference for e in data.escalations.rows}
    assert "T-1" in refs
    assert data.escalation_counts.opened == len(refs)
