"""Working the escalation backlog: open, reply, pause, resume, hand off, resolve, note.

The rules (clock, states, trust) are :mod:`console.domain.escalations`; its docstring says what
the one promise per item means. Here the rules meet the store: every action reads the item,
checks it may happen, computes the raw elapsed minutes on the item's clock and writes row,
timeline event and audit row together (console.store.escalations).

:class:`EscalationActions` owns one SQLite connection and must be used on one thread (the UI
runs it on its own worker through an ActionClient). Its :meth:`~EscalationActions.board` also
does the notification bookkeeping: thresholds an item has just crossed are written to its
timeline once, and only those writes come back as notices, so a notification is raised once
per item and state even across restarts or two consoles on one database.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from console.domain import escalations as rules
from console.domain.escalation_settings import rules_from
from console.domain.escalations import (
    Escalation,
    EscalationEvent,
    EscalationSettings,
    EscalationStatus,
    HandoffStep,
    TrustSummary,
)
from console.domain.floor_settings import FloorSettings
from console.services.clock import Clock, WallClock
from console.services.floor_settings import SettingsCache
from console.services.floor_settings import load as load_floor_settings
from console.services.session import open_database
from console.store import audit, queries
from console.store import escalations as store

__all__ = ["EscalationActions", "EscalationBoard", "EscalationDetail", "Notice"]


@dataclass(frozen=True, slots=True)
class Notice:
    """An item has just become at risk or breached (shown once)."""

    escalation_id: int
    reference: str
    kind: str  # at_risk | breached
    percent: int  # share of the promise used when noticed
    owner: str | None
    left_minutes: float


@dataclass(frozen=True)
class EscalationBoard:
    """The backlog at one moment, for the dock and the CLI."""

    now: float
    items: tuple[Escalation, ...]  # open ones by time left (overdue first), then resolved
    statuses: dict[int, EscalationStatus]
    trust: TrustSummary
    aging: tuple[int, ...]  # open items per time-left bucket (domain.aging_buckets)
    notices: tuple[Notice, ...] = ()
    names: dict[str, str] = field(default_factory=dict)  # agent -> display name
    settings: EscalationSettings = rules.DEFAULT_SETTINGS

    @property
    def open_count(self) -> int:
        return sum(1 for s in self.statuses.values() if s.is_open)

    def count(self, state: str) -> int:
        return sum(1 for s in self.statuses.values() if s.state == state)


@dataclass(frozen=True)
class EscalationDetail:
    item: Escalation
    events: tuple[EscalationEvent, ...]
    chain: tuple[HandoffStep, ...]


def floor_settings_for(settings: FloorSettings) -> EscalationSettings:
    return rules_from(settings.escalations)


def load_settings(conn: sqlite3.Connection) -> EscalationSettings:
    """The floor's escalation rules (Edit > Preferences > Escalations); reports use these."""
    return floor_settings_for(load_floor_settings(conn))


def _need(conn: sqlite3.Connection, escalation_id: int) -> Escalation:
    item = store.get(conn, escalation_id)
    if item is None:
        raise ValueError(f"there is no escalation {escalation_id}")
    return item


def _need_open(conn: sqlite3.Connection, escalation_id: int) -> Escalation:
    item = _need(conn, escalation_id)
    if item.resolved:
        raise ValueError(f"{item.reference} is already resolved")
    return item


def _clean(text: str | None) -> str | None:
    text = (text or "").strip()
    return text or None


# ---------------------------------------------------------------------------------- actions
def open_escalation(conn: sqlite3.Connection, now: float, *, channel: str,
                    settings: EscalationSettings = rules.DEFAULT_SETTINGS, actor: str,
                    customer: str | None = None, category: str | None = None,
                    description: str | None = None, owner: str | None = None,
                    role: str | None = None, department: str | None = None,
                    agent: str | None = None, callid: str | None = None,
                    queue: str | None = None, flag_id: int | None = None,
                    promise_minutes: int | None = None, clock: str | None = None,
                    note: str | None = None, source: str = "console",
                    opened_at: float | None = None, reference: str | None = None) -> int:
    """Opened from a call, a flag or the "New escalation" button; the agent whose call it was
    holds it first unless someone else is named. A ``reference`` (the ticket number, when the
    ticketing system has one) also becomes the external reference, so importing that ticket
    later updates this item instead of adding a second one."""
    if channel not in rules.CHANNELS:
        raise ValueError(f"channel {channel!r} is not one of {', '.join(rules.CHANNELS)}")
    if callid and (agent is None or queue is None or customer is None):
        context = store.call_context(conn, callid) or {}
        agent = agent or context.get("agent")
        queue = queue or context.get("queue")
        customer = customer or context.get("caller")
    owner = _clean(owner) or _clean(agent)
    department = _clean(department)
    if role is None:
        role = (rules.AGENT if owner and owner == agent
                else rules.DEPARTMENT if not owner and department else rules.SUPERVISOR)
    if role not in rules.ROLES:
        raise ValueError(f"role {role!r} is not one of {', '.join(rules.ROLES)}")
    if owner is None and role == rules.DEPARTMENT:
        owner = department
    if owner is None:
        owner = actor
    promise = promise_minutes or settings.promise_minutes(channel)
    if promise <= 0:
        raise ValueError("the promise must be longer than 0 minutes")
    clock = clock or settings.clock_for(channel)
    if clock not in rules.CLOCKS:
        raise ValueError(f"clock {clock!r} is not calendar or business")
    reference = _clean(reference)
    if reference and store.by_external_ref(conn, reference) is not None:
        raise ValueError(f"an escalation with the reference {reference} exists already")
    return store.create(conn, {
        "reference": reference, "external_ref": reference, "source": source,
        "customer": rules.mask_customer(customer, channel), "channel": channel,
        "category": _clean(category), "description": _clean(description),
        "owner": owner, "holder_role": role, "department": department, "agent": agent,
        "callid": callid, "queue": queue, "flag_id": flag_id,
        "opened_at": int(opened_at if opened_at is not None else now),
        "promise_minutes": int(promise), "clock": clock,
    }, now=now, actor=actor, note=_clean(note))


def reply(conn: sqlite3.Connection, escalation_id: int, now: float, *, actor: str,
          text: str | None = None,
          settings: EscalationSettings = rules.DEFAULT_SETTINGS) -> float | None:
    """Record a reply to the customer; returns the trust score if it was the first."""
    item = _need_open(conn, escalation_id)
    elapsed = rules.elapsed_minutes(item, now, settings)
    first = item.first_reply_at is None
    store.reply(conn, escalation_id, ts=now, elapsed=elapsed, first=first, text=_clean(text),
                actor=actor)
    return rules.trust_score(elapsed, item.promise_minutes) if first else None


def pause(conn: sqlite3.Connection, escalation_id: int, now: float, *, actor: str,
          reason: str | None = None,
          settings: EscalationSettings = rules.DEFAULT_SETTINGS) -> None:
    item = _need_open(conn, escalation_id)
    if item.paused:
        raise ValueError(f"the clock of {item.reference} is already paused")
    store.pause(conn, escalation_id, ts=now, elapsed=rules.elapsed_minutes(item, now, settings),
                reason=_clean(reason), actor=actor)


def resume(conn: sqlite3.Connection, escalation_id: int, now: float, *, actor: str,
           settings: EscalationSettings = rules.DEFAULT_SETTINGS) -> None:
    item = _need_open(conn, escalation_id)
    if not item.paused:
        raise ValueError(f"the clock of {item.reference} is not paused")
    store.resume(conn, escalation_id, ts=now,
                 elapsed=rules.elapsed_minutes(item, now, settings), actor=actor)


def handoff(conn: sqlite3.Connection, escalation_id: int, now: float, *, actor: str,
            holder: str, role: str, department: str | None = None,
            note: str | None = None) -> None:
    item = _need_open(conn, escalation_id)
    holder = (holder or "").strip()
    if not holder:
        raise ValueError("say who takes the escalation over")
    if role not in rules.ROLES:
        raise ValueError(f"role {role!r} is not one of {', '.join(rules.ROLES)}")
    if holder == item.owner and role == item.holder_role:
        raise ValueError(f"{holder} already holds {item.reference}")
    if role == rules.DEPARTMENT and not _clean(department):
        department = holder
    store.handoff(conn, escalation_id, ts=now, holder=holder, role=role,
                  department=_clean(department), text=_clean(note), actor=actor)


def resolve(conn: sqlite3.Connection, escalation_id: int, now: float, *, actor: str,
            note: str | None = None,
            settings: EscalationSettings = rules.DEFAULT_SETTINGS) -> str:
    """Resolve; returns the final state (met or met late)."""
    item = _need_open(conn, escalation_id)
    elapsed_s = rules.elapsed_seconds(item, now, settings)
    state = rules.state_for(elapsed_s, item.promise_minutes, True, settings)
    store.resolve(conn, escalation_id, ts=now, elapsed=elapsed_s / 60.0, state=state,
                  text=_clean(note), actor=actor, end_pause=item.paused)
    return state


def add_note(conn: sqlite3.Connection, escalation_id: int, now: float, *, actor: str,
             text: str) -> None:
    _need(conn, escalation_id)
    text = (text or "").strip()
    if not text:
        raise ValueError("an empty note says nothing")
    store.add_note(conn, escalation_id, ts=now, text=text, actor=actor)


def set_promise(conn: sqlite3.Connection, escalation_id: int, now: float, *, actor: str,
                minutes: int, reason: str | None = None) -> None:
    item = _need_open(conn, escalation_id)
    if minutes <= 0:
        raise ValueError("the promise must be longer than 0 minutes")
    if minutes != item.promise_minutes:
        store.set_promise(conn, escalation_id, ts=now, minutes=int(minutes),
                          previous=item.promise_minutes, text=_clean(reason), actor=actor)


# ---------------------------------------------------------------------------------- reading
def build_board(conn: sqlite3.Connection, now: float,
                settings: EscalationSettings = rules.DEFAULT_SETTINGS, *,
                open_only: bool = False, record: bool = True) -> EscalationBoard:
    """The backlog with live statuses; with ``record``, thresholds just crossed are written
    to the timelines (once) and returned as notices."""
    since = None if open_only else now - settings.closed_days_shown * 86400
    items = store.items(conn, open_only=open_only, closed_since=since)
    statuses = {i.id: rules.status(i, now, settings) for i in items}
    notices: list[Notice] = []
    if record:
        crossings = [c for i in items for c in rules.crossings(i, statuses[i.id])]
        changed = {i.id: (statuses[i.id].state, statuses[i.id].elapsed_minutes) for i in items
                   if not i.resolved and statuses[i.id].state != i.state}
        if crossings or changed:
            recorded = store.record_notices(
                conn, [(c.escalation_id, c.kind, c.percent) for c in crossings], changed, now)
            by_id = {i.id: i for i in items}
            for escalation_id, kind, percent in recorded:
                i = by_id[escalation_id]
                if kind == "warning":
                    by_id[escalation_id] = replace(i, warned_percent=percent)
                else:
                    by_id[escalation_id] = replace(i, notified=kind)
                    notices.append(Notice(escalation_id, i.reference, kind, percent, i.owner,
                                          statuses[escalation_id].left_minutes))
            items = [replace(by_id[i.id], state=changed[i.id][0]) if i.id in changed
                     else by_id[i.id] for i in items]
    items.sort(key=lambda i: rules.sort_key(i, statuses[i.id]))
    names = {a.name: a.display_name for a in queries.agents(conn) if a.display_name}
    return EscalationBoard(
        now=now, items=tuple(items), statuses=statuses, trust=rules.trust_summary(items),
        aging=tuple(rules.aging_buckets(statuses.values(), settings)), notices=tuple(notices),
        names=names, settings=settings)


def detail(conn: sqlite3.Connection, escalation_id: int) -> EscalationDetail:
    item = _need(conn, escalation_id)
    events = store.events(conn, escalation_id)
    return EscalationDetail(item, tuple(events), tuple(rules.handoff_chain(events)))


class EscalationActions:
    """The escalation use cases on one connection, for one thread."""

    def __init__(self, db_path: Path | str, clock: Clock | None = None,
                 settings: EscalationSettings | None = None, demo: Any = None,
                 actor: str | None = None) -> None:
        self.conn: sqlite3.Connection = open_database(db_path)
        self.clock = clock or WallClock()
        self._fixed = settings  # given by a caller (tests); otherwise the floor's, kept fresh
        self._floor = SettingsCache(self.conn)
        self.demo = demo  # console.services.escalation_demo.DemoEscalations on the demo floor
        self.actor = actor or audit.current_actor()

    @property
    def settings(self) -> EscalationSettings:
        """The floor's escalation rules as saved in Preferences, re-read after each save."""
        if self._fixed is not None:
            return self._fixed
        return floor_settings_for(self._floor.current())

    def _now(self) -> float:
        return self.clock.now()

    def board(self, open_only: bool = False) -> EscalationBoard:
        now = self._now()
        if self.demo is not None:
            self.demo.step(self.conn, now, self.settings)
        return build_board(self.conn, now, self.settings, open_only=open_only)

    def detail(self, escalation_id: int) -> EscalationDetail:
        return detail(self.conn, escalation_id)

    def call_context(self, callid: str) -> dict[str, Any] | None:
        return store.call_context(self.conn, callid)

    def last_call(self, agent: str) -> dict[str, Any] | None:
        """The agent's latest answered call, or just the agent when there is none."""
        return store.last_call_of(self.conn, agent) or {"agent": agent}

    def open_escalation(self, **fields: Any) -> int:
        return open_escalation(self.conn, self._now(), settings=self.settings, actor=self.actor,
                               **fields)

    def reply(self, escalation_id: int, text: str | None = None) -> float | None:
        return reply(self.conn, escalation_id, self._now(), actor=self.actor, text=text,
                     settings=self.settings)

    def pause(self, escalation_id: int, reason: str | None = None) -> None:
        pause(self.conn, escalation_id, self._now(), actor=self.actor, reason=reason,
              settings=self.settings)

    def resume(self, escalation_id: int) -> None:
        resume(self.conn, escalation_id, self._now(), actor=self.actor, settings=self.settings)

    def handoff(self, escalation_id: int, holder: str, role: str,
                department: str | None = None, note: str | None = None) -> None:
        handoff(self.conn, escalation_id, self._now(), actor=self.actor, holder=holder,
                role=role, department=department, note=note)

    def resolve(self, escalation_id: int, note: str | None = None) -> str:
        return resolve(self.conn, escalation_id, self._now(), actor=self.actor, note=note,
                       settings=self.settings)

    def add_note(self, escalation_id: int, text: str) -> None:
        add_note(self.conn, escalation_id, self._now(), actor=self.actor, text=text)

    def set_promise(self, escalation_id: int, minutes: int, reason: str | None = None) -> None:
        set_promise(self.conn, escalation_id, self._now(), actor=self.actor, minutes=minutes,
                    reason=reason)

    def close(self) -> None:
        self.conn.close()
