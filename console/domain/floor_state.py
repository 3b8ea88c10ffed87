"""Derive calls and agent-state intervals from queue_log events, one event at a time.

This is the only place that knows what each queue_log field means. It is pure and incremental:
the ingest feeds it events in file order, collects what changed since the last batch
(:meth:`FloorState.take_changes`), and the store writes those rows together with the read
offset. The whole state round-trips through :meth:`to_dict`/:meth:`from_dict`, stored in the
same transaction, so a restarted reader continues exactly where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from console.domain import kpi
from console.domain.agent_state import AgentState
from console.domain.events import QueueEvent
from console.domain.flags import normalise_category
from console.domain.floor_members import MemberEvents
from console.domain.membership import (
    ListedMember,
    MemberInterval,
    QueueMember,
    load_member,
    overall_state,
)

# An agent may flag a caller just after hanging up; remember that many recent callers.
RECENT_CALLERS = 500

_AVAILABLE = AgentState.AVAILABLE.value
_ON_CALL = AgentState.ON_CALL.value
_WRAP_UP = AgentState.WRAP_UP.value

# to_dict() version: 3 keeps a record per agent per queue (2 kept one pause per agent)
STATE_VERSION = 3

# A call with no end line after this long is closed as "lost" so it stops counting as waiting.
STALE_CALL_SECONDS = 4 * 3600


@dataclass(slots=True)
class CallRecord:
    id: int
    callid: str
    queue: str
    enter_ts: int
    caller: str | None = None
    position: int | None = None
    outcome: str = kpi.WAITING
    agent: str | None = None
    connect_ts: int | None = None
    end_ts: int | None = None
    hold_s: int | None = None
    ring_s: int | None = None
    talk_s: int | None = None
    line_no: int = 0

    def row(self) -> tuple:
        return CALL_ROW(self)


@dataclass(slots=True)
class StateInterval:
    id: int
    agent: str
    state: str
    reason: str | None
    start_ts: int
    end_ts: int | None = None

    def row(self) -> tuple:
        return STATE_ROW(self)


# The column order of the calls and agent_states rows (store/ingest_writer.py); attrgetter
# builds each row's tuple in C, without a Python call per row (a backfill writes a million).
CALL_ROW = attrgetter("id", "callid", "queue", "caller", "enter_ts", "position", "outcome",
                      "agent", "connect_ts", "end_ts", "hold_s", "ring_s", "talk_s", "line_no")
STATE_ROW = attrgetter("id", "agent", "state", "reason", "start_ts", "end_ts")


@dataclass(slots=True)
class AgentStatus:
    name: str
    # a queue-less login (AGENTLOGIN, or seen before any queue was named); counts while the
    # agent is a member of no known queue
    logged_in: bool = True
    queues: dict[str, QueueMember] = field(default_factory=dict)
    paused: bool = False  # a queue-less pause (PAUSEALL before any queue is known)
    pause_reason: str | None = None
    on_call: str | None = None  # callid
    wrap_until: int = 0
    interval_id: int | None = None
    state: str = AgentState.LOGGED_OUT.value
    call_queue: str | None = None  # the queue of the call in progress

    def values(self) -> list:
        out = _values(self)
        out[2] = {q: m.values() for q, m in self.queues.items()}
        return out


@dataclass(slots=True)
class Changes:
    """Rows to write for one batch."""

    calls: dict[int, CallRecord] = field(default_factory=dict)
    intervals: dict[int, StateInterval] = field(default_factory=dict)
    members: dict[int, MemberInterval] = field(default_factory=dict)  # per-queue intervals
    rings: list[tuple] = field(default_factory=list)
    flags: list[tuple] = field(default_factory=list)
    agents: set[str] = field(default_factory=set)
    unknown_events: int = 0
    # the first call, interval and member ids handed out in this batch: a row with a lower
    # id was written by an earlier batch, one from these on is written for the first time
    first_call_id: int = 1
    first_interval_id: int = 1
    first_member_id: int = 1


class FloorState(MemberEvents):
    """The live picture: open calls and each agent's status; emits changed rows.

    ``persistent_members`` mirrors queues.conf's ``persistentmembers``: whether dynamic
    members come back after Asterisk restarts (the member events live in
    :mod:`console.domain.floor_members`).
    """

    def __init__(self, wrapup_seconds: int = 0, aliases: dict[str, str] | None = None,
                 persistent_members: bool = False) -> None:
        self.wrapup_seconds = wrapup_seconds
        self.persistent_members = persistent_members
        self.aliases = dict(aliases or {})
        # members known only by an interface no roster, AMI or line has mapped to a name yet
        self.unresolved: dict[str, dict[str, QueueMember]] = {}
        self.open_members: dict[int, MemberInterval] = {}
        self.next_member_id = 1
        self.snapshot_id = 0  # the last AMI QueueStatus answer applied
        self.pending_snapshots: list[tuple[int, float, list[ListedMember]]] = []
        self._dirty: set[str] = set()  # agents whose per-queue rows need a look at _restate
        self.open_calls: dict[tuple[str, str], CallRecord] = {}
        self.agents: dict[str, AgentStatus] = {}
        self.open_intervals: dict[int, StateInterval] = {}
        self.next_call_id = 1
        self.next_interval_id = 1
        self.last_ts = 0
        self._changes = Changes()
        self._recent_callers: dict[str, str] = {}
        self._since_sweep = 0
        self._handlers = {
            "ENTERQUEUE": self._enterqueue,
            "CONNECT": self._connect,
            "COMPLETECALLER": self._complete,
            "COMPLETEAGENT": self._complete,
            "TRANSFER": self._transfer,
            "BLINDTRANSFER": self._transfer,
            "ATTENDEDTRANSFER": self._transfer,
            "ABANDON": self._left_queue,
            "EXITWITHTIMEOUT": self._left_queue,
            "EXITEMPTY": self._left_queue,
            "EXITWITHKEY": self._left_queue,
            "WITHDRAW": self._left_queue,
            "RINGNOANSWER": self._ring,
            "RINGCANCELED": self._ring,
            "ABUSEFLAG": self._abuseflag,
            "ADDMEMBER": self._addmember,
            "REMOVEMEMBER": self._removemember,
            "AGENTLOGIN": self._login,
            "AGENTCALLBACKLOGIN": self._login,
            "AGENTLOGOFF": self._logoff,
            "AGENTCALLBACKLOGOFF": self._logoff,
            "PAUSE": self._pause,
            "PAUSEALL": self._pause,
            "UNPAUSE": self._unpause,
            "UNPAUSEALL": self._unpause,
            "QUEUESTART": self._queuestart,
            # a reload keeps dynamic members and the static ones still configured; which
            # those are only AMI can say (its QueueMemberRemoved / the next QueueStatus)
            "CONFIGRELOAD": _ignore,
            "PENALTY": _ignore,
        }

    # ------------------------------------------------------------------ feeding
    def apply(self, ev: QueueEvent) -> None:
        if self.pending_snapshots and self.pending_snapshots[0][1] < ev.ts:
            self.settle(ev.ts)
        if ev.ts > self.last_ts:
            self.last_ts = ev.ts
        handler = self._handlers.get(ev.event)
        if handler is None:
            self._changes.unknown_events += 1
        else:
            handler(ev)
        self._since_sweep += 1
        if self._since_sweep >= 5000:
            self.sweep_stale(self.last_ts)

    def take_changes(self) -> Changes:
        """Hand over the rows changed since the last call and start a new batch."""
        changes, self._changes = self._changes, self._new_changes()
        return changes

    def _new_changes(self) -> Changes:
        return Changes(first_call_id=self.next_call_id,
                       first_interval_id=self.next_interval_id,
                       first_member_id=self.next_member_id)

    def sweep_stale(self, now: int) -> None:
        self._since_sweep = 0
        limit = now - STALE_CALL_SECONDS
        stale = [k for k, c in self.open_calls.items() if c.enter_ts < limit]
        for key in stale:
            call = self.open_calls.pop(key)
            self._close_lost(call, call.enter_ts + STALE_CALL_SECONDS)

    # ------------------------------------------------------------------ helpers
    def _agent_name(self, raw: str | None) -> str | None:
        if raw is None:
            return None
        return self.aliases.get(raw, raw)

    def _agent(self, name: str, ts: int) -> AgentStatus:
        status = self.agents.get(name)
        if status is None:
            status = AgentStatus(name=name)
            self.agents[name] = status
            self._changes.agents.add(name)
        return status

    def _derive(self, a: AgentStatus, ts: int) -> tuple[str, str | None]:
        if a.on_call:
            return _ON_CALL, None
        for m in a.queues.values():  # the common case inline: free in some queue
            if not m.paused:
                return (_WRAP_UP, None) if ts < a.wrap_until else (_AVAILABLE, None)
        return overall_state(a.queues, on_call=bool(a.on_call), wrapping=ts < a.wrap_until,
                             logged_in=a.logged_in, paused=a.paused,
                             pause_reason=a.pause_reason)

    def _restate(self, a: AgentStatus, ts: int) -> None:
        """Close the agent's interval and open a new one if the derived state changed."""
        current = self.open_intervals.get(a.interval_id) if a.interval_id else None
        if (a.wrap_until and ts >= a.wrap_until and current is not None
                and current.state == _WRAP_UP and current.reason is None):
            # the automatic wrap-up ran out before this event: end it where it ended. (A wrap-up
            # *pause* carries its reason and lasts until the agent unpauses.)
            end = a.wrap_until
            a.wrap_until = 0
            self._switch(a, _AVAILABLE, None, end)
            current = self.open_intervals.get(a.interval_id)
        if a.name in self._dirty:  # a membership or a pause changed: its per-queue rows
            self._dirty.discard(a.name)
            self._sync_members(a.name, a.queues, ts)
        state, reason = self._derive(a, ts)
        if current is not None and current.state == state and current.reason == reason:
            return
        self._switch(a, state, reason, ts)

    def _switch(self, a: AgentStatus, state: str, reason: str | None, ts: int) -> None:
        current = self.open_intervals.pop(a.interval_id, None) if a.interval_id else None
        if current is not None:
            if current.state == state and current.reason == reason:
                self.open_intervals[current.id] = current
                return
            current.end_ts = max(ts, current.start_ts)
            self._changes.intervals[current.id] = current
        interval = StateInterval(self.next_interval_id, a.name, state, reason, ts)
        self.next_interval_id += 1
        self.open_intervals[interval.id] = interval
        self._changes.intervals[interval.id] = interval
        a.interval_id = interval.id
        a.state = state

    def _touch(self, call: CallRecord) -> None:
        self._changes.calls[call.id] = call
        if call.end_ts is not None and call.caller:
            recent = self._recent_callers
            recent[call.callid] = call.caller
            if len(recent) > RECENT_CALLERS:
                del recent[next(iter(recent))]

    def _new_call(self, ev: QueueEvent, enter_ts: int) -> CallRecord:
        call = CallRecord(
            id=self.next_call_id, callid=ev.callid or "", queue=ev.queue or "",
            enter_ts=enter_ts, line_no=ev.line_no,
        )
        self.next_call_id += 1
        return call

    def _open_call(self, ev: QueueEvent) -> CallRecord:
        """The open call this event belongs to; one is made up if its ENTERQUEUE was never seen."""
        key = (ev.callid or "", ev.queue or "")
        call = self.open_calls.get(key)
        if call is None:
            call = self._new_call(ev, ev.ts)
            self.open_calls[key] = call
        return call

    def _close_lost(self, call: CallRecord, ts: int) -> None:
        call.outcome = kpi.LOST
        call.end_ts = ts
        self._touch(call)
        if call.agent:
            a = self.agents.get(call.agent)
            if a is not None and a.on_call == call.callid:
                a.on_call = a.call_queue = None
                self._restate(a, ts)

    def _close_open_calls(self, ts: int) -> None:
        """Asterisk (re)started: calls it was holding are gone."""
        for call in list(self.open_calls.values()):
            self._close_lost(call, ts)
        self.open_calls.clear()

    # ------------------------------------------------------------------ call events
    def _enterqueue(self, ev: QueueEvent) -> None:
        key = (ev.callid or "", ev.queue or "")
        previous = self.open_calls.pop(key, None)
        if previous is not None:  # re-entered with the same uniqueid: the first visit ended unseen
            self._close_lost(previous, ev.ts)
        call = self._new_call(ev, ev.ts)
        call.caller = ev.field(2)
        call.position = ev.int_field(3, 0) or None
        self.open_calls[key] = call
        self._touch(call)

    def _connect(self, ev: QueueEvent) -> None:
        call = self._open_call(ev)
        hold = ev.int_field(1)
        if call.enter_ts == ev.ts and hold:
            call.enter_ts = ev.ts - hold
        agent = self._agent_name(ev.agent)
        call.agent = agent
        call.connect_ts = ev.ts
        call.hold_s = hold
        call.ring_s = ev.int_field(3)
        call.outcome = kpi.CONNECTED
        self._touch(call)
        if agent:
            a = self._person(agent, ev.ts)
            a.logged_in = True
            self._member_of(a, ev.queue, ev.ts)  # being connected from a queue: a member there
            a.on_call = call.callid
            a.call_queue = call.queue
            self._restate(a, ev.ts)

    def _finish(self, ev: QueueEvent, outcome: str, hold: int, talk: int) -> None:
        key = (ev.callid or "", ev.queue or "")
        call = self.open_calls.pop(key, None)
        if call is None:
            call = self._new_call(ev, ev.ts - hold - talk)
            call.connect_ts = ev.ts - talk
        agent = self._agent_name(ev.agent) or call.agent
        call.agent = agent
        call.outcome = outcome
        call.hold_s = hold if call.hold_s is None else call.hold_s
        call.talk_s = talk
        call.end_ts = ev.ts
        self._touch(call)
        if agent:
            known = agent in self.agents
            a = self._person(agent, ev.ts)
            if not known:  # the log starts mid-call: the agent was a member there
                self._member_of(a, ev.queue, ev.ts)
            if a.on_call == call.callid or a.on_call is None:
                # a member removed during the call stays out of that queue (no comeback)
                a.on_call = a.call_queue = None
                if self.wrapup_seconds:
                    a.wrap_until = ev.ts + self.wrapup_seconds
                self._restate(a, ev.ts)

    def _complete(self, ev: QueueEvent) -> None:
        outcome = kpi.COMPLETED_CALLER if ev.event == "COMPLETECALLER" else kpi.COMPLETED_AGENT
        self._finish(ev, outcome, ev.int_field(1), ev.int_field(2))

    def _transfer(self, ev: QueueEvent) -> None:
        if ev.event == "ATTENDEDTRANSFER":
            # BRIDGE|bridge|..., APP|app|... or LINK|chan1|chan2|... then
            # holdtime|calltime|origposition (app_queue.c log_attended_transfer): count from the end
            n = len(ev.data)
            hold, talk = ev.int_field(n - 2), ev.int_field(n - 1)
        else:  # extension|context|holdtime|calltime|origposition
            hold, talk = ev.int_field(3), ev.int_field(4)
        self._finish(ev, kpi.TRANSFERRED, hold, talk)

    _LEFT = {
        "ABANDON": (kpi.ABANDONED, 3),
        "EXITWITHTIMEOUT": (kpi.EXIT_TIMEOUT, 3),
        "EXITEMPTY": (kpi.EXIT_EMPTY, 3),
        "EXITWITHKEY": (kpi.EXIT_KEY, 4),
        "WITHDRAW": (kpi.WITHDRAWN, 3),
    }

    def _left_queue(self, ev: QueueEvent) -> None:
        outcome, wait_field = self._LEFT[ev.event]
        wait = ev.int_field(wait_field)
        key = (ev.callid or "", ev.queue or "")
        call = self.open_calls.pop(key, None)
        if call is None:
            call = self._new_call(ev, ev.ts - wait)
        call.outcome = outcome
        call.hold_s = wait
        call.end_ts = ev.ts
        self._touch(call)

    def _ring(self, ev: QueueEvent) -> None:
        agent = self._agent_name(ev.agent)
        if agent is None:
            return
        a = self._person(agent, ev.ts)
        # being rung means a member of that queue; a static member is often first seen here,
        # so this also opens their first interval (a no-op when the state is unchanged)
        a.logged_in = True
        self._member_of(a, ev.queue, ev.ts)
        self._restate(a, ev.ts)
        kind = "noanswer" if ev.event == "RINGNOANSWER" else "canceled"
        self._changes.rings.append(
            (ev.ts, ev.callid, ev.queue, agent, ev.int_field(1), kind)
        )

    def _abuseflag(self, ev: QueueEvent) -> None:
        agent = self._agent_name(ev.agent)
        if agent:
            self._person(agent, ev.ts)
        call = self.open_calls.get((ev.callid or "", ev.queue or ""))
        caller = call.caller if call else self._recent_callers.get(ev.callid or "")
        severity = min(3, max(1, ev.int_field(1, 1)))
        # severity|category|note: a '|' typed in the note splits it, so join the rest back
        note = "|".join(p or "" for p in ev.data[2:]) if len(ev.data) > 3 else ev.field(3)
        raw_category = ev.field(2)
        self._changes.flags.append(
            (ev.ts, ev.callid, ev.queue, agent, caller, severity,
             normalise_category(raw_category, severity), raw_category, note, "queue_log",
             ev.line_no)
        )

    # ------------------------------------------------------------------ persistence
    def to_dict(self) -> dict:
        return {
            "v": STATE_VERSION,
            "wrapup_seconds": self.wrapup_seconds,
            "persistent_members": self.persistent_members,
            "next_call_id": self.next_call_id,
            "next_interval_id": self.next_interval_id,
            "next_member_id": self.next_member_id,
            "snapshot_id": self.snapshot_id,
            "last_ts": self.last_ts,
            "aliases": self.aliases,
            "open_calls": [_values(c) for c in self.open_calls.values()],
            "agents": [a.values() for a in self.agents.values()],
            "open_intervals": [_values(i) for i in self.open_intervals.values()],
            "unresolved": {iface: {q: m.values() for q, m in qs.items()}
                           for iface, qs in self.unresolved.items()},
            "open_members": [_values(i) for i in self.open_members.values()],
        }

    @classmethod
    def from_dict(cls, data: dict) -> FloorState:
        """Any saved version: 1 stored records as dicts, 1 and 2 one pause per agent."""
        state = cls(wrapup_seconds=data.get("wrapup_seconds", 0), aliases=data.get("aliases"),
                    persistent_members=data.get("persistent_members", False))
        state.next_call_id = data["next_call_id"]
        state.next_interval_id = data["next_interval_id"]
        state.next_member_id = data.get("next_member_id", 1)
        state.snapshot_id = data.get("snapshot_id", 0)
        state.last_ts = data.get("last_ts", 0)
        for c in data["open_calls"]:
            call = _load(CallRecord, c)
            state.open_calls[(call.callid, call.queue)] = call
        old = data.get("v", 1) < STATE_VERSION
        for a in data["agents"]:
            status = _load(AgentStatus, a)
            if old:
                _upgrade_agent(status, state.open_calls)
                state._dirty.add(status.name)  # its per-queue rows start at its next event
            else:
                status.queues = {q: load_member(m) for q, m in status.queues.items()}
            state.agents[status.name] = status
        for i in data["open_intervals"]:
            interval = _load(StateInterval, i)
            state.open_intervals[interval.id] = interval
        for iface, queues in data.get("unresolved", {}).items():
            state.unresolved[iface] = {q: load_member(m) for q, m in queues.items()}
        for i in data.get("open_members", []):
            member = _load(MemberInterval, i)
            state.open_members[member.id] = member
        state._changes = state._new_changes()
        return state


def _upgrade_agent(a: AgentStatus, calls: dict[tuple[str, str], CallRecord]) -> None:
    """A version 1/2 agent: a list of queues and one pause for all of them. The per-queue
    intervals start at the agent's next event (nothing was stored per queue then)."""
    names = list(a.queues or [])
    a.queues = {q: QueueMember(paused=a.paused, reason=a.pause_reason) for q in names}
    if names:
        a.paused, a.pause_reason = False, None
    if a.on_call:
        a.call_queue = next((c.queue for c in calls.values() if c.callid == a.on_call), None)


_FIELD_GETTERS: dict[type, Callable[[Any], tuple]] = {}


def _values(obj) -> list:
    """Field values in declaration order: much cheaper than dataclasses.asdict per batch
    (an attrgetter per class: the whole state is saved with every batch)."""
    getter = _FIELD_GETTERS.get(type(obj))
    if getter is None:
        names = list(obj.__dataclass_fields__)
        # attrgetter of one name returns the value itself, not a 1-tuple
        getter = attrgetter(*names) if len(names) > 1 else (lambda o: (getattr(o, names[0]),))
        _FIELD_GETTERS[type(obj)] = getter
    return list(getter(obj))


def _load(cls, values):
    """A record saved by :func:`_values` (a list), or as a dict of fields by state version 1."""
    return cls(**values) if isinstance(values, dict) else cls(*values)


def _ignore(ev: QueueEvent) -> None:
    return None
