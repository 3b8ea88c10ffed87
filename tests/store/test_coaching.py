"""Coaching sessions, 1:1 talks and needs through the service the ui uses (CoachingActions)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from console.domain import coaching as rules
from console.domain import history as h
from console.services import agent_history, care
from console.services.coaching import CoachingActions
from console.store import audit, flags
from console.store import coaching as store
from console.store import roster as roster_store

NOW = datetime.combine(date.today(), datetime.min.time()).timestamp() + 11 * 3600


class FixedClock:
    def __init__(self, now: float) -> None:
        self.t = now

    def now(self) -> float:
        return self.t


def years_ago(n: float) -> str:
    return (date.fromtimestamp(NOW) - timedelta(days=int(n * 365))).isoformat()


@pytest.fixture
def actions(conn, db_path: Path):
    roster_store.save_roster(conn, [
        roster_store.RosterEntry("ann", "A", start_date=years_ago(5), display_name="Ann",
                                 queues=("support", "complaints")),
        roster_store.RosterEntry("bea", "A", start_date=years_ago(4), display_name="Bea",
                                 queues=("support",)),
        roster_store.RosterEntry("cat", "B", start_date=years_ago(0.3), coach=True,
                                 display_name="Cat", queues=("complaints",)),
        roster_store.RosterEntry("dan", "A", start_date=years_ago(0.2), display_name="Dan",
                                 queues=("support",)),
        roster_store.RosterEntry("new", "A", start_date=years_ago(0.1), display_name="Newbie",
                                 queues=("support", "complaints")),
    ])
    conn.execute("INSERT INTO calls (callid, queue, enter_ts, outcome, agent, connect_ts,"
                 " talk_s) VALUES ('c1', 'complaints', ?, 'completed', 'new', ?, 400)",
                 (int(NOW - 600), int(NOW - 590)))
    a = CoachingActions(db_path, FixedClock(NOW))
    yield a
    a.close()


def names(plan) -> list[str]:
    return [c.name for c in plan.suggestion.top]


def test_suggestion_follows_the_reviewed_calls_queue(actions) -> None:
    plan = actions.suggest("new")
    assert names(plan) == ["ann", "bea", "cat"]  # team A first, then the coach of team B
    assert plan.display_name == "Newbie" and plan.team == "A"
    assert [c.callid for c in plan.calls] == ["c1"]
    plan = actions.suggest("new", "c1")
    assert plan.call.queue == "complaints"
    assert names(plan) == ["ann", "cat", "bea"]  # complaints first
    assert [c.name for c in plan.suggestion.unavailable] == ["dan"]


def test_strain_and_a_running_break_rule_coaches_out(actions, conn) -> None:
    for minutes in (5, 10):
        flags.create_flag(conn, ts=NOW - minutes * 60, agent="ann", severity=3,
                          category="threat", source="console")
    assert care.strain_by_agent(conn, NOW)["ann"].score >= 30
    care.grant_break(conn, "bea", 5, NOW - 60)
    plan = actions.suggest("new", "c1")
    assert names(plan) == ["cat"]
    why = {c.name: [b.code for b in c.blockers] for c in plan.suggestion.unavailable}
    assert why["ann"] == [rules.STRAINED] and why["bea"] == [rules.ON_BREAK]


def test_sessions_this_week_spread_the_load(actions, conn) -> None:
    actions.arrange("dan", "ann", focus="angry caller", due_ts=NOW + 3600)
    plan = actions.suggest("new")
    assert names(plan) == ["bea", "ann", "cat"]
    ann = next(c for c in plan.suggestion.top if c.name == "ann")
    assert ann.profile.sessions_this_week == 1
    # a cancelled one does not count
    (s,) = store.open_sessions(conn)
    assert actions.cancel(s.id, "coach off sick")
    assert names(actions.suggest("new")) == ["ann", "bea", "cat"]


def test_arrange_then_record_outcome_with_audit(actions, conn) -> None:
    session_id = actions.arrange("new", "ann", focus="  de-escalation ", due_ts=NOW + 7200,
                                 callid="c1")
    s = store.session(conn, session_id)
    assert (s.kind, s.agent, s.coach, s.callid, s.queue, s.focus, s.status, s.due_ts) == (
        "peer", "new", "ann", "c1", "complaints", "de-escalation", "planned", int(NOW + 7200))
    assert s.created_at == int(NOW) and s.created_by == audit.current_actor()
    view = actions.session(session_id)
    assert (view.agent_name, view.coach_name, view.call.queue) == ("Newbie", "Ann", "complaints")
    actions.record_outcome(session_id, "kept calm", "I would have offered a callback", " ")
    s = store.session(conn, session_id)
    assert (s.status, s.went_well, s.do_differently, s.notes, s.completed_at) == (
        "done", "kept calm", "I would have offered a callback", None, int(NOW))
    actions_logged = [e.action for e in audit.entries(conn)]
    assert actions_logged[:2] == ["peer.record", "peer.plan"]
    with pytest.raises(ValueError):
        actions.arrange("ann", "ann")
    assert not actions.cancel(session_id)  # done: cannot be cancelled


def test_a_break_with_a_talk_leaves_a_pending_talk_the_lead_completes(actions, conn) -> None:
    break_id = care.grant_break(conn, "dan", 10, NOW, one_to_one=True)
    pending = store.pending_talk(conn, "dan")
    assert pending is not None and pending.break_id == break_id
    assert pending.due_ts == int(NOW + 600) and pending.status == "planned"
    assert store.plan_talks_for_breaks(conn, NOW - 3600) == 0  # idempotent
    form = actions.talk_form("dan")
    assert form.pending.id == pending.id and form.lead == audit.current_actor()
    assert [n.code for n in form.needs] == list(rules.BUILTIN_NEEDS)
    calm, praise = form.needs[0].id, form.needs[1].id
    saved = actions.save_talk("dan", session_id=pending.id, lead="Lead Li",
                              went_well="talked it through", needs=[praise, calm])
    assert saved == pending.id
    done = store.session(conn, pending.id)
    assert (done.status, done.coach, done.needs) == ("done", "Lead Li", (praise, calm))
    assert actions.talk_form("dan").last_needs == (praise, calm)
    assert store.pending_talk(conn, "dan") is None
    # a break without a talk leaves none
    care.grant_break(conn, "bea", 5, NOW)
    assert store.pending_talk(conn, "bea") is None


def test_a_missing_talk_is_repaired_for_recent_breaks_only(actions, conn) -> None:
    conn.execute("INSERT INTO breaks (agent, granted_at, granted_by, planned_minutes, start_ts,"
                 " one_to_one) VALUES ('ann', 0, 'lead', 5, ?, 1)", (int(NOW - 600),))
    conn.execute("INSERT INTO breaks (agent, granted_at, granted_by, planned_minutes, start_ts,"
                 " one_to_one) VALUES ('bea', 0, 'lead', 5, ?, 1)", (int(NOW - 3 * 86400),))
    overview = actions.overview()
    assert [(s.agent, s.coach) for s in overview.open] == [("ann", "lead")]


def test_needs_list_edit_retires_renames_and_adds(actions, conn) -> None:
    first = actions.needs()
    calm, praise, hard, train, sched = (n.id for n in first)
    talk = actions.save_talk("ann", needs=[train, calm])
    edited = actions.save_needs([(praise, None), (calm, "A quiet hour"), (None, "Mentoring"),
                                 (None, "  ")])
    assert [(n.code, n.label) for n in edited] == [
        ("recognition", None), ("calmer_hour", "A quiet hour"), (None, "Mentoring")]
    retired = {n.id for n in store.needs(conn, include_retired=True) if not n.active}
    assert retired == {hard, train, sched}
    assert store.session(conn, talk).needs == (train, calm)  # history keeps retired needs
    again = actions.save_needs([(n.id, n.label) for n in edited] + [(None, "Mentoring")])
    assert len(again) == 3  # the same new label is not added twice
    with pytest.raises(ValueError):
        actions.save_needs([(999, "x")])
    assert "needs.edit" in [e.action for e in audit.entries(conn)]


def test_overview_lists_open_sessions_and_team_needs(actions) -> None:
    needs = {n.code: n.id for n in actions.needs()}
    actions.save_talk("ann", needs=[needs["calmer_hour"], needs["recognition"]])
    actions.save_talk("bea", needs=[needs["calmer_hour"]])
    actions.save_talk("dan", needs=[needs["training"]])
    actions.arrange("new", "ann", due_ts=NOW + 7200)
    actions.arrange("dan", "bea", due_ts=NOW - 60)
    actions.save_talk("cat", plan_for=NOW + 600)
    o = actions.overview()
    assert [(s.agent, s.kind) for s in o.open] == [("dan", "peer"), ("cat", "one_to_one"),
                                                   ("new", "peer")]
    assert o.open[0].overdue(o.now)
    team_a = o.by_team["A"]
    assert team_a.agents_talked == 3
    assert [(n.need_id, n.agents) for n in team_a.common] == [
        (needs["calmer_hour"], ("ann", "bea"))]
    assert {n.need_id for n in team_a.personal} == {needs["recognition"], needs["training"]}
    assert o.names["new"] == "Newbie" and o.teams["cat"] == "B"


def test_history_gathers_sessions_flags_breaks_and_other_providers(actions, conn,
                                                                   monkeypatch) -> None:
    flags.create_flag(conn, ts=NOW - 900, agent="new", severity=2, category="insult_profanity",
                      source="console", note="swore", callid="c1", queue="complaints")
    care.grant_break(conn, "new", 5, NOW - 800, one_to_one=True)
    peer = actions.arrange("new", "ann", focus="review c1", callid="c1", due_ts=NOW + 60)
    actions.record_outcome(peer, "calm voice", "offer a callback")
    coached = actions.arrange("dan", "new", due_ts=NOW + 3600)

    def recognitions(conn, agent, since):
        yield h.TimelineEntry(NOW - 100, "recognition", text="thanked by a customer")

    monkeypatch.setattr(agent_history, "PROVIDERS", list(agent_history.PROVIDERS))
    agent_history.register_history_provider(recognitions)
    agent_history.register_history_provider(recognitions)  # once only
    hist = actions.history("new")
    kinds = [e.kind for e in hist.entries]
    assert sorted(kinds) == sorted(["flag", "break", "one_to_one", "peer", "coached",
                                    "recognition"])
    assert [e.ts for e in hist.entries] == sorted((e.ts for e in hist.entries), reverse=True)
    peer_entry = next(e for e in hist.entries if e.kind == "peer")
    assert (peer_entry.other, peer_entry.field("went_well"), peer_entry.ref) == (
        "ann", "calm voice", f"session:{peer}")
    assert next(e for e in hist.entries if e.kind == "coached").ref == f"session:{coached}"
    flag_entry = next(e for e in hist.entries if e.kind == "flag")
    assert flag_entry.field("severity") == "2" and flag_entry.text == "swore"
    assert hist.display_name == "Newbie" and hist.queues == ("complaints", "support")

    def broken(conn, agent, since):
        conn.execute("SELECT * FROM no_such_table")
        return []

    agent_history.register_history_provider(broken)
    assert len(actions.history("new").entries) == len(hist.entries)  # skipped, not fatal
