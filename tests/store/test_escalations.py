"""Escalation actions against a real database: timeline, audit rows, notices once, strain."""

from __future__ import annotations

import json

import pytest

from console.domain import escalations as rules
from console.services import escalations as svc
from console.services.care import strain_by_agent
from console.services.escalation_demo import DemoEscalations
from console.store import audit
from console.store import escalations as store

T0 = 1_800_000_000
HOUR = 3600


def audit_actions(conn) -> list[str]:
    return [e.action for e in reversed(audit.entries(conn))]


def open_one(conn, **kw) -> int:
    fields = dict(channel="phone", actor="lead", customer="13812345678", category="billing",
                  description="charged twice", agent="agent101", callid="c-1", queue="complaints")
    fields.update(kw)
    return svc.open_escalation(conn, T0, **fields)


def test_work_an_escalation_to_met(conn) -> None:
    eid = open_one(conn)
    item = store.get(conn, eid)
    assert item.reference == f"ESC-{eid}"
    assert item.customer == "•••• 5678"  # never stored in full
    assert (item.owner, item.holder_role) == ("agent101", "agent")
    assert item.promise_minutes == 24 * 60 and item.clock == "calendar"

    trust = svc.reply(conn, eid, T0 + 6 * HOUR, actor="lead", text="called back")
    assert trust == pytest.approx(75)
    assert svc.reply(conn, eid, T0 + 7 * HOUR, actor="lead") is None  # only the first counts
    svc.pause(conn, eid, T0 + 8 * HOUR, actor="lead", reason="waiting for receipt")
    with pytest.raises(ValueError, match="already paused"):
        svc.pause(conn, eid, T0 + 9 * HOUR, actor="lead")
    svc.resume(conn, eid, T0 + 30 * HOUR, actor="lead")
    with pytest.raises(ValueError, match="not paused"):
        svc.resume(conn, eid, T0 + 30 * HOUR, actor="lead")
    svc.handoff(conn, eid, T0 + 31 * HOUR, actor="lead", holder="agent105", role="peer")
    svc.handoff(conn, eid, T0 + 32 * HOUR, actor="lead", holder="Billing", role="department")
    svc.add_note(conn, eid, T0 + 33 * HOUR, actor="lead", text="refund approved")
    # 38 h on the wall clock, 22 h paused: 16 h of a 24 h promise
    state = svc.resolve(conn, eid, T0 + 38 * HOUR, actor="lead", note="refunded")
    assert state == rules.MET
    item = store.get(conn, eid)
    assert item.elapsed_minutes == pytest.approx(16 * 60)
    assert item.reply_elapsed_minutes == pytest.approx(6 * 60)
    assert (item.owner, item.holder_role, item.department) == ("Billing", "department", "Billing")
    assert item.state == "met"
    with pytest.raises(ValueError, match="already resolved"):
        svc.resolve(conn, eid, T0 + 39 * HOUR, actor="lead")

    d = svc.detail(conn, eid)
    assert [e.kind for e in d.events] == ["opened", "reply", "reply", "pause", "resume",
                                          "handoff", "handoff", "note", "resolved"]
    assert [(s.role, s.holder) for s in d.chain] == [
        ("agent", "agent101"), ("peer", "agent105"), ("department", "Billing")]
    assert audit_actions(conn) == [
        "escalation.open", "escalation.reply", "escalation.reply", "escalation.pause",
        "escalation.resume", "escalation.handoff", "escalation.handoff", "escalation.note",
        "escalation.resolve"]
    row = conn.execute("SELECT subject, actor, detail FROM audit_log WHERE action ="
                       " 'escalation.resolve'").fetchone()
    assert row[0] == f"escalation:{eid}" and row[1] == "lead"
    assert json.loads(row[2])["state"] == "met"


def test_resolving_late_and_while_paused(conn) -> None:
    eid = open_one(conn, promise_minutes=60)
    svc.pause(conn, eid, T0 + 30 * 60, actor="lead")
    state = svc.resolve(conn, eid, T0 + 5 * HOUR, actor="lead")
    assert state == rules.MET  # the pause ran to the end: 30 min on the clock
    assert [e.kind for e in store.events(conn, eid)][-2:] == ["resume", "resolved"]
    late = open_one(conn, promise_minutes=60, callid="c-2")
    assert svc.resolve(conn, late, T0 + HOUR + 1, actor="lead") == rules.MET_LATE


def test_open_without_a_call_and_invalid_input(conn) -> None:
    eid = svc.open_escalation(conn, T0, channel="email", actor="lead",
                              customer="li.na@example.com", department="Billing")
    item = store.get(conn, eid)
    assert (item.owner, item.holder_role) == ("Billing", "department")
    assert item.promise_minutes == 48 * 60
    assert item.customer == "l•••@example.com"
    with pytest.raises(ValueError):
        svc.open_escalation(conn, T0, channel="fax", actor="lead")
    with pytest.raises(ValueError):
        svc.handoff(conn, eid, T0, actor="lead", holder="  ", role="peer")
    with pytest.raises(ValueError):
        svc.handoff(conn, eid, T0, actor="lead", holder="x", role="boss")
    with pytest.raises(ValueError):
        svc.add_note(conn, eid, T0, actor="lead", text=" ")
    with pytest.raises(ValueError):
        svc.reply(conn, 999, T0, actor="lead")
    ticket = svc.open_escalation(conn, T0, channel="chat", actor="lead", reference="TCK-9")
    assert store.by_external_ref(conn, "TCK-9").id == ticket
    with pytest.raises(ValueError, match="exists already"):
        svc.open_escalation(conn, T0, channel="chat", actor="lead", reference="TCK-9")


def test_opening_from_a_call_fills_agent_queue_and_caller(conn) -> None:
    conn.execute("INSERT INTO calls (callid, queue, caller, enter_ts, outcome, agent,"
                 " connect_ts, end_ts) VALUES ('u-77', 'complaints', '13900001234', ?,"
                 " 'completed_agent', 'agent104', ?, ?)", (T0 - 600, T0 - 590, T0 - 60))
    eid = svc.open_escalation(conn, T0, channel="phone", actor="lead", callid="u-77")
    item = store.get(conn, eid)
    assert (item.agent, item.queue, item.customer, item.owner) == (
        "agent104", "complaints", "•••• 1234", "agent104")


def test_promise_change_is_audited_and_moves_the_state(conn) -> None:
    eid = open_one(conn)
    board = svc.build_board(conn, T0 + 20 * HOUR)
    assert board.statuses[eid].state == rules.AT_RISK
    svc.set_promise(conn, eid, T0 + 20 * HOUR, actor="lead", minutes=48 * 60,
                    reason="customer agreed")
    board = svc.build_board(conn, T0 + 20 * HOUR)
    assert board.statuses[eid].state == rules.ON_TRACK
    assert "escalation.promise" in audit_actions(conn)
    assert store.get(conn, eid).state == rules.ON_TRACK


def test_notices_are_raised_once_and_recorded_on_the_timeline(conn) -> None:
    eid = open_one(conn)
    assert svc.build_board(conn, T0 + 10 * HOUR).notices == ()
    first = svc.build_board(conn, T0 + 18 * HOUR)  # exactly 75 % used
    assert [(n.kind, n.percent) for n in first.notices] == [("at_risk", 75)]
    assert svc.build_board(conn, T0 + 19 * HOUR).notices == ()  # once
    assert svc.build_board(conn, T0 + 19.2 * HOUR).notices == ()  # 80 %: noted, not notified
    breached = svc.build_board(conn, T0 + 24 * HOUR + 1)
    assert [n.kind for n in breached.notices] == ["breached"]
    assert svc.build_board(conn, T0 + 30 * HOUR).notices == ()
    kinds = [(e.kind, e.actor) for e in store.events(conn, eid)]
    assert kinds == [("opened", "lead"), ("warning", "composure"), ("at_risk", "composure"),
                     ("warning", "composure"), ("warning", "composure"),
                     ("breached", "composure")]
    item = store.get(conn, eid)
    # 90 % was never looked at before the breach: the highest warning reached is noted
    assert (item.state, item.warned_percent, item.notified) == ("breached", 90, "breached")
    # read-only boards (the CLI) never record
    other = open_one(conn, callid="c-9")
    assert svc.build_board(conn, T0 + 30 * HOUR, record=False).notices == ()
    assert store.get(conn, other).notified is None


def test_board_sorts_overdue_first_and_averages_trust(conn) -> None:
    a = open_one(conn, callid="a")
    b = svc.open_escalation(conn, T0 - 30 * HOUR, channel="phone", actor="lead")
    c = open_one(conn, callid="c", promise_minutes=120)
    svc.reply(conn, a, T0 + 6 * HOUR, actor="lead")  # trust 75
    svc.reply(conn, b, T0 + 6 * HOUR, actor="lead")  # 36 h of 24: trust -50
    board = svc.build_board(conn, T0 + 7 * HOUR)
    assert [i.id for i in board.items] == [b, c, a]
    assert board.trust.mean == pytest.approx(12.5)
    assert board.trust.overdue == 1
    assert board.aging[0] == 2  # two overdue
    assert board.open_count == 3
    only_open = svc.build_board(conn, T0 + 7 * HOUR, open_only=True)
    assert len(only_open.items) == 3


def test_escalated_calls_count_towards_the_agents_strain(conn) -> None:
    open_one(conn, agent="agent101", callid="s-1")
    open_one(conn, agent="agent101", callid="s-2")
    strain = strain_by_agent(conn, T0 + 60)
    reasons = [r.code for r in strain["agent101"].reasons]
    assert "escalated_calls" in reasons
    assert next(r for r in strain["agent101"].reasons if r.code == "escalated_calls").count == 2


def test_demo_seeds_a_backlog_and_plays_it(conn) -> None:
    now = T0
    demo = DemoEscalations(seed=3)
    assert demo.step(conn, now, rules.DEFAULT_SETTINGS) == 8
    board = svc.build_board(conn, now)
    states = {i.reference: board.statuses[i.id].state for i in board.items}
    assert states["TCK-48105"] == "breached" and states["TCK-48190"] == "at_risk"
    assert states["TCK-48011"] == "met_late" and states["TCK-48150"] == "met"
    assert board.notices == ()  # what happened before the demo began is not news
    assert any(i.paused for i in board.items)
    channels = {i.channel for i in board.items}
    assert {"email", "wechat", "weibo", "phone"} <= channels
    later = svc.build_board(conn, now + 4 * 60)
    assert sorted(n.kind for n in later.notices) == ["at_risk", "breached"]
    # a complaint call that ended becomes an escalation for some seeds; all are phone ones
    for i in range(40):
        conn.execute("INSERT INTO calls (callid, queue, caller, enter_ts, outcome, agent,"
                     " connect_ts, end_ts) VALUES (?, 'complaints', '13900001234', ?,"
                     " 'completed_agent', 'agent104', ?, ?)",
                     (f"d-{i}", now - 900, now - 890, now - 600))
    assert demo.step(conn, now, rules.DEFAULT_SETTINGS) > 0
    from_calls = [i for i in store.items(conn) if i.callid]
    assert from_calls and all(i.channel == "phone" and i.agent == "agent104"
                              for i in from_calls)
    before = len(store.items(conn))
    demo.step(conn, now + 10, rules.DEFAULT_SETTINGS)
    assert len(store.items(conn)) == before  # each call is considered once
    demo.step(conn, now + 12 * HOUR, rules.DEFAULT_SETTINGS)
    kinds = {e.kind for i in from_calls for e in store.events(conn, i.id)}
    assert {"reply", "resolved"} <= kinds
