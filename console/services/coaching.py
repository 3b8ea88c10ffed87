"""Peer coaching and 1:1 talks as the console uses them: suggest coaches, arrange, record.

A :class:`CoachingActions` owns one SQLite connection and is used on one thread (the ui runs it
behind an ``ActionClient``). "Now" comes from the clock, so the demo's simulated day and the
real floor behave alike. Strain and running breaks are read here, on the worker, from the same
rules the board uses (``console.services.care``).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from console.domain import coaching as rules
from console.domain.coaching import (
    DONE,
    ONE_TO_ONE,
    PEER,
    CallRef,
    CoachingSession,
    CoachingSettings,
    CoachProfile,
    CoachSuggestion,
    Need,
    NeedsSummary,
)
from console.domain.history import TimelineEntry
from console.services import agent_history, care
from console.services.clock import Clock, WallClock
from console.services.session import open_database
from console.store import audit
from console.store import breaks as breaks_store
from console.store import coaching as store
from console.store import roster as roster_store

SKILL_LOOKBACK = 30 * 86400  # queues answered in this window count as served
RECENT_CALLS = 86400  # the calls offered for review
HISTORY_DAYS = 180
TALK_REPAIR_WINDOW = 86400  # breaks this recent get their missing 1:1 talk


@dataclass(frozen=True, slots=True)
class CoachingPlan:
    """What "Arrange peer coaching…" shows: the agent, their calls, the suggestion."""

    agent: str
    display_name: str
    team: str | None
    now: float
    call: CallRef | None  # the call under review (its queue ranks the coaches)
    calls: tuple[CallRef, ...]  # the agent's recent calls, flagged first
    suggestion: CoachSuggestion


@dataclass(frozen=True, slots=True)
class SessionView:
    session: CoachingSession
    agent_name: str  # display names
    coach_name: str | None
    call: CallRef | None
    needs: tuple[Need, ...]  # the whole list, retired ones too (for the labels)


@dataclass(frozen=True, slots=True)
class TalkForm:
    """What "1:1 talk…" opens with."""

    agent: str
    display_name: str
    team: str | None
    now: float
    lead: str  # who is recording: the OS user
    pending: CoachingSession | None  # the talk to complete (planned after a break ...) or
    # correct (done); None records a new one
    needs: tuple[Need, ...]  # the active list, in the lead's order
    last_needs: tuple[int, ...]  # the agent's previous ranking


@dataclass(frozen=True, slots=True)
class AgentHistory:
    agent: str
    display_name: str
    team: str | None
    start_date: str | None
    tenure_days: int | None
    coach_mark: bool
    queues: tuple[str, ...]
    entries: tuple[TimelineEntry, ...]
    needs: tuple[Need, ...]
    names: dict[str, str]  # agent name -> display name, for "coached Bob"


@dataclass(frozen=True, slots=True)
class CoachingOverview:
    """The coaching dock: open sessions, due soonest first, and what each team needs."""

    now: float
    open: tuple[CoachingSession, ...]
    names: dict[str, str]
    teams: dict[str, str | None]  # agent -> team
    needs: tuple[Need, ...]
    floor: NeedsSummary
    by_team: dict[str, NeedsSummary]


class CoachingActions:
    def __init__(self, db_path: Path | str, clock: Clock | None = None,
                 settings: CoachingSettings | None = None) -> None:
        self.conn: sqlite3.Connection = open_database(db_path)
        self.clock = clock or WallClock()
        self.settings = settings or CoachingSettings()

    # ------------------------------------------------------------------ reading helpers
    def _names(self) -> dict[str, str]:
        return {d.name: d.display_name or d.name for d in roster_store.roster_details(self.conn)}

    def _detail(self, agent: str) -> roster_store.RosterDetail | None:
        return next((d for d in roster_store.roster_details(self.conn) if d.name == agent), None)

    def _profiles(self, now: float) -> list[CoachProfile]:
        strain = care.strain_by_agent(self.conn, now)
        on_break = {b.agent for b in breaks_store.running(self.conn)}
        week = store.peer_sessions_per_coach(self.conn, *rules.week_range(now))
        handled = store.handled_queues(self.conn, now - SKILL_LOOKBACK)
        out = []
        for d in roster_store.roster_details(self.conn):
            try:
                start = rules.parse_start_date(d.start_date)
            except ValueError:
                start = None
            s = strain.get(d.name)
            out.append(CoachProfile(
                d.name, d.display_name or d.name, d.team,
                frozenset(d.queues) if d.queues else frozenset(handled.get(d.name, ())),
                start, d.coach, s.score if s else 0.0, d.name in on_break,
                week.get(d.name, 0)))
        return out

    # ------------------------------------------------------------------ peer coaching
    def suggest(self, agent: str, callid: str | None = None,
                queue: str | None = None) -> CoachingPlan:
        """Coaches for ``agent``; the reviewed call's queue (or ``queue``) ranks them."""
        now = self.clock.now()
        detail = self._detail(agent)
        calls = store.recent_calls(self.conn, agent, now - RECENT_CALLS)
        call = None
        if callid:
            call = next((c for c in calls if c.callid == callid), None) or store.call(
                self.conn, callid)
            if call is None and queue:
                call = CallRef(callid, queue, int(now), None)
        if call is not None and all(c.callid != call.callid for c in calls):
            calls = [call, *calls]
        team = detail.team if detail else None
        suggestion = rules.rank_coaches(agent, team, call.queue if call else queue,
                                        self._profiles(now), datetime.fromtimestamp(now).date(),
                                        self.settings)
        return CoachingPlan(agent, (detail.display_name if detail else None) or agent, team,
                            now, call, tuple(calls), suggestion)

    def arrange(self, agent: str, coach: str, *, focus: str | None = None,
                due_ts: float | None = None, callid: str | None = None,
                queue: str | None = None, flag_id: int | None = None) -> int:
        if coach == agent:
            raise ValueError("an agent cannot coach themself")
        if callid and not queue:
            found = store.call(self.conn, callid)
            queue = found.queue if found else None
        return store.create_session(
            self.conn, kind=PEER, agent=agent, coach=coach, now=self.clock.now(),
            callid=callid, queue=queue, flag_id=flag_id, focus=(focus or "").strip() or None,
            due_ts=due_ts)

    def session(self, session_id: int) -> SessionView:
        s = store.session(self.conn, session_id)
        if s is None:
            raise ValueError(f"there is no session {session_id}")
        names = self._names()
        coach = names.get(s.coach, s.coach) if s.coach else None
        call = store.call(self.conn, s.callid) if s.callid else None
        return SessionView(s, names.get(s.agent, s.agent), coach, call,
                           tuple(store.needs(self.conn, include_retired=True)))

    def record_outcome(self, session_id: int, went_well: str | None,
                       do_differently: str | None, notes: str | None = None,
                       needs: list[int] | None = None) -> bool:
        return store.record_outcome(self.conn, session_id, now=self.clock.now(),
                                    went_well=_clean(went_well),
                                    do_differently=_clean(do_differently), notes=_clean(notes),
                                    needs=needs)

    def cancel(self, session_id: int, reason: str | None = None) -> bool:
        return store.cancel_session(self.conn, session_id, now=self.clock.now(),
                                    reason=_clean(reason))

    # ------------------------------------------------------------------ 1:1 talks
    def talk_form(self, agent: str, session_id: int | None = None) -> TalkForm:
        """The talk with ``agent``: ``session_id`` if given, else the one planned soonest."""
        now = self.clock.now()
        store.plan_talks_for_breaks(self.conn, now - TALK_REPAIR_WINDOW)
        detail = self._detail(agent)
        if session_id is not None:
            talk = store.session(self.conn, session_id)
            if talk is None or talk.kind != ONE_TO_ONE or talk.agent != agent:
                raise ValueError(f"session {session_id} is not a 1:1 talk with {agent}")
        else:
            talk = store.pending_talk(self.conn, agent)
        done = [s for s in store.sessions_for_agent(self.conn, agent)
                if s.kind == ONE_TO_ONE and s.status == DONE and s.needs
                and (talk is None or s.id != talk.id)]
        return TalkForm(agent, (detail.display_name if detail else None) or agent,
                        detail.team if detail else None, now, audit.current_actor(),
                        talk, tuple(store.needs(self.conn)), done[-1].needs if done else ())

    def save_talk(self, agent: str, *, session_id: int | None = None, lead: str | None = None,
                  went_well: str | None = None, do_differently: str | None = None,
                  notes: str | None = None, needs: list[int] | None = None,
                  focus: str | None = None, plan_for: float | None = None) -> int:
        """Record a talk (completing ``session_id`` when it was planned), or with
        ``plan_for`` plan one for that time."""
        lead = _clean(lead) or audit.current_actor()
        now = self.clock.now()
        if plan_for is not None:
            return store.create_session(self.conn, kind=ONE_TO_ONE, agent=agent, coach=lead,
                                        now=now, due_ts=plan_for, focus=_clean(focus))
        if session_id is not None:
            store.record_outcome(self.conn, session_id, now=now, went_well=_clean(went_well),
                                 do_differently=_clean(do_differently), notes=_clean(notes),
                                 coach=lead, needs=needs or [])
            return session_id
        return store.create_session(
            self.conn, kind=ONE_TO_ONE, agent=agent, coach=lead, now=now, status=DONE,
            focus=_clean(focus), went_well=_clean(went_well),
            do_differently=_clean(do_differently), notes=_clean(notes), needs=needs or [])

    def needs(self) -> list[Need]:
        return store.needs(self.conn)

    def save_needs(self, items: list[tuple[int | None, str | None]]) -> list[Need]:
        return store.save_needs(self.conn, items)

    # ------------------------------------------------------------------ reading
    def history(self, agent: str) -> AgentHistory:
        now = self.clock.now()
        detail = self._detail(agent)
        try:
            start = rules.parse_start_date(detail.start_date) if detail else None
        except ValueError:
            start = None
        entries = agent_history.gather(self.conn, agent, now - HISTORY_DAYS * 86400)
        return AgentHistory(
            agent, (detail.display_name if detail else None) or agent,
            detail.team if detail else None, detail.start_date if detail else None,
            rules.tenure_days(start, datetime.fromtimestamp(now).date()),
            bool(detail and detail.coach), detail.queues if detail else (), tuple(entries),
            tuple(store.needs(self.conn, include_retired=True)), self._names())

    def overview(self) -> CoachingOverview:
        now = self.clock.now()
        store.plan_talks_for_breaks(self.conn, now - TALK_REPAIR_WINDOW)
        details = roster_store.roster_details(self.conn)
        talks = store.talk_needs(self.conn, now - self.settings.needs_window_days * 86400)
        teams = sorted({d.team for d in details if d.team})
        return CoachingOverview(
            now, tuple(rules.open_first_due(store.open_sessions(self.conn))),
            {d.name: d.display_name or d.name for d in details},
            {d.name: d.team for d in details},
            tuple(store.needs(self.conn, include_retired=True)),
            rules.summarize_needs(talks, now, None, self.settings),
            {t: rules.summarize_needs(talks, now, t, self.settings) for t in teams})

    def close(self) -> None:
        self.conn.close()


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


ACTIONS = frozenset({"suggest", "arrange", "session", "record_outcome", "cancel", "talk_form",
                     "save_talk", "needs", "save_needs", "history", "overview"})
WRITES = frozenset({"arrange", "record_outcome", "cancel", "save_talk", "save_needs"})
__all__ = ["ACTIONS", "WRITES", "AgentHistory", "CoachingActions",
           "CoachingOverview", "CoachingPlan", "SessionView", "TalkForm"]
