"""Live agent states from the Asterisk Manager Interface, and how they meet queue_log's.

queue_log stays the record: calls and agent-state *intervals* are derived from it alone
(:mod:`console.domain.floor_state`). AMI only makes the *current* state instant. Its picture is
an overlay, one entry per agent (state, reason, since), kept by :class:`AmiFloor` and stored
with the AMI source's cursor; the board merges it over queue_log's open intervals with
:func:`merge_states`:

* the overlay counts only while the AMI link is up and its heartbeat is recent; otherwise the
  board falls back to queue_log alone;
* where both agree on state and reason, queue_log's start time is shown (the record);
* where they disagree, the newer change wins: AMI's while queue_log lags behind it, queue_log's
  once it has recorded something AMI did not see (at an equal second, queue_log).

After every (re)connect a ``QueueStatus`` list rebuilds the overlay from scratch, so events
missed while the link was down cannot leave a wrong state behind.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from console.domain.agent_state import AgentState, is_wrap_up_reason

# The overlay is trusted this long after the client's last sign of life (it pings every 20 s).
HEARTBEAT_STALE_SECONDS = 75

# Events that carry a member's whole status (the QueueStatus list item is ``QueueMember``).
MEMBER_SNAPSHOT_EVENTS = frozenset(
    {"QueueMemberStatus", "QueueMemberPause", "QueueMemberAdded", "QueueMember"}
)
AGENT_EVENTS = frozenset(
    {"AgentCalled", "AgentConnect", "AgentComplete", "AgentRingNoAnswer", "AgentDump"}
)
CALLER_EVENTS = frozenset(
    {"QueueCallerJoin", "QueueCallerLeave", "QueueCallerAbandon", "QueueEntry"}
)
HANDLED_EVENTS = MEMBER_SNAPSHOT_EVENTS | AGENT_EVENTS | CALLER_EVENTS | {"QueueMemberRemoved"}


class Fields(Protocol):
    def get(self, key: str, default: str | None = None) -> str | None: ...


@dataclass(slots=True)
class LiveAgent:
    name: str
    queues: dict[str, bool] = field(default_factory=dict)  # queue -> paused there
    pause_reason: str | None = None
    in_call: bool = False
    ringing: bool = False
    wrap_until: float = 0.0
    state: str = AgentState.LOGGED_OUT.value
    reason: str | None = None
    since: float = 0.0

    @property
    def paused(self) -> bool:
        return bool(self.queues) and any(self.queues.values())

    def derive(self, ts: float) -> tuple[str, str | None]:
        """The same precedence as the queue_log derivation: on a call beats paused."""
        if not self.queues:
            return AgentState.LOGGED_OUT.value, None
        if self.in_call:
            return AgentState.ON_CALL.value, None
        if self.paused:
            if is_wrap_up_reason(self.pause_reason):
                return AgentState.WRAP_UP.value, self.pause_reason
            return AgentState.PAUSED.value, self.pause_reason
        if ts < self.wrap_until:
            return AgentState.WRAP_UP.value, None
        return AgentState.AVAILABLE.value, None


class AmiFloor:
    """Applies AMI events one at a time; :meth:`apply` returns the agents whose state moved."""

    def __init__(self, wrapup_seconds: int = 0) -> None:
        self.wrapup_seconds = wrapup_seconds
        self.agents: dict[str, LiveAgent] = {}
        self.waiting: dict[str, tuple[str, float]] = {}  # uniqueid -> (queue, joined)
        self.last_event_ts: float = 0.0
        self.events = 0
        self._resync: dict[str, dict[str, bool]] | None = None
        self._resync_waiting: dict[str, tuple[str, float]] | None = None

    # ------------------------------------------------------------------ resync
    def begin_resync(self) -> None:
        """A QueueStatus list follows: collect it, then replace the picture at its end."""
        self._resync = {}
        self._resync_waiting = {}

    def end_resync(self, ts: float) -> set[str]:
        """Members not listed are in no queue now; callers not listed have left."""
        listed, waiting = self._resync or {}, self._resync_waiting or {}
        self._resync = self._resync_waiting = None
        changed: set[str] = set()
        for name, agent in self.agents.items():
            agent.queues = dict(listed.get(name, {}))
            if name not in listed:
                agent.in_call = False
                agent.ringing = False
            if self._restate(agent, ts):
                changed.add(name)
        self.waiting = dict(waiting)
        return changed

    @property
    def resyncing(self) -> bool:
        return self._resync is not None

    # ------------------------------------------------------------------ events
    def apply(self, event: str, fields: Fields, ts: float) -> set[str]:
        self.events += 1
        self.last_event_ts = max(self.last_event_ts, ts)
        if event in MEMBER_SNAPSHOT_EVENTS:
            return self._member(event, fields, ts)
        if event == "QueueMemberRemoved":
            agent = self.agents.get(_member_name(fields) or "")
            if agent is None:
                return set()
            agent.queues.pop(fields.get("Queue") or "", None)
            return self._changed(agent, ts)
        if event in AGENT_EVENTS:
            return self._agent_event(event, fields, ts)
        if event in CALLER_EVENTS:
            self._caller(event, fields, ts)
        return set()

    def _member(self, event: str, fields: Fields, ts: float) -> set[str]:
        name = _member_name(fields)
        if not name:
            return set()
        agent = self._agent(name)
        queue = fields.get("Queue") or ""
        paused = fields.get("Paused") == "1"
        if self._resync is not None and event == "QueueMember":
            self._resync.setdefault(name, {})[queue] = paused
        agent.queues[queue] = paused
        if paused:
            agent.pause_reason = fields.get("PausedReason") or None
        elif not agent.paused:
            agent.pause_reason = None
        if fields.get("InCall") is not None:
            in_call = fields.get("InCall") == "1"
            if agent.in_call and not in_call and self.wrapup_seconds:
                agent.wrap_until = ts + self.wrapup_seconds
            agent.in_call = in_call
        agent.ringing = fields.get("Status") in ("6", "7")
        if agent.state != agent.derive(ts)[0] and paused and event == "QueueMember":
            last_pause = _number(fields.get("LastPause"))
            if last_pause and last_pause <= ts:  # the list knows when the pause began
                return self._changed(agent, last_pause)
        return self._changed(agent, ts)

    def _agent_event(self, event: str, fields: Fields, ts: float) -> set[str]:
        name = _member_name(fields)
        if not name:
            return set()
        agent = self._agent(name)
        queue = fields.get("Queue")
        if queue and queue not in agent.queues:
            agent.queues[queue] = False  # being offered calls means being a member
        if event == "AgentCalled":
            agent.ringing = True
        elif event in ("AgentRingNoAnswer", "AgentDump"):
            agent.ringing = False
        elif event == "AgentConnect":
            agent.ringing = False
            agent.in_call = True
        elif event == "AgentComplete":
            agent.in_call = False
            if self.wrapup_seconds:
                agent.wrap_until = ts + self.wrapup_seconds
        return self._changed(agent, ts)

    def _caller(self, event: str, fields: Fields, ts: float) -> None:
        uid = fields.get("Uniqueid") or ""
        if event in ("QueueCallerJoin", "QueueEntry"):
            wait = _number(fields.get("Wait")) if event == "QueueEntry" else 0
            entry = (fields.get("Queue") or "", ts - (wait or 0))
            target = self._resync_waiting if (
                event == "QueueEntry" and self._resync_waiting is not None) else self.waiting
            target[uid] = entry
        else:
            self.waiting.pop(uid, None)

    # ------------------------------------------------------------------ helpers
    def _agent(self, name: str) -> LiveAgent:
        agent = self.agents.get(name)
        if agent is None:
            agent = self.agents[name] = LiveAgent(name)
        return agent

    def _changed(self, agent: LiveAgent, ts: float) -> set[str]:
        return {agent.name} if self._restate(agent, ts) else set()

    def _restate(self, agent: LiveAgent, ts: float) -> bool:
        state, reason = agent.derive(ts)
        if state == agent.state and reason == agent.reason:
            return False
        agent.state, agent.reason, agent.since = state, reason, ts
        return True

    def tick(self, ts: float) -> set[str]:
        """Automatic wrap-up ends by time, not by an event."""
        return {a.name for a in self.agents.values()
                if a.wrap_until and ts >= a.wrap_until and self._restate(a, a.wrap_until)}

    def overlay(self, connected: bool, heartbeat: float) -> dict:
        """What the board needs (stored as JSON with the AMI source)."""
        return {
            "v": 1,
            "connected": connected,
            "heartbeat": heartbeat,
            "last_event_ts": self.last_event_ts,
            "agents": {a.name: [a.state, a.reason, a.since] for a in self.agents.values()},
            "waiting": len(self.waiting),
        }


def merge_states(
    queue_log: dict[str, tuple[str, str | None, int]],
    overlays: Iterable[dict],
    now: float,
) -> dict[str, tuple[str, str | None, int]]:
    """queue_log's open intervals with the live AMI overlays laid over (rules: module doc)."""
    merged = dict(queue_log)
    for overlay in overlays:
        if not usable(overlay, now):
            continue
        for name, (state, reason, since) in overlay.get("agents", {}).items():
            record = merged.get(name)
            if record is None:
                merged[name] = (state, reason, int(since))
                continue
            if (record[0], record[1]) == (state, reason):
                continue
            if since > record[2]:
                merged[name] = (state, reason, int(since))
    return merged


def usable(overlay: dict, now: float) -> bool:
    return bool(overlay.get("connected")) and (
        now - float(overlay.get("heartbeat") or 0) <= HEARTBEAT_STALE_SECONDS)


def event_time(fields: Fields, received: float) -> float:
    """Asterisk's own ``Timestamp`` (manager.conf ``timestampevents = yes``) when present,
    because queue_log's times come from the same clock; else when we received it."""
    stamp = _number(fields.get("Timestamp"))
    return stamp if stamp else received


def _member_name(fields: Fields) -> str | None:
    """``MemberName`` in events, ``Name`` in the QueueStatus list: the name queue_log writes."""
    return fields.get("MemberName") or fields.get("Name") or fields.get("Interface")


def _number(text: str | None) -> float:
    try:
        return float(text) if text else 0.0
    except ValueError:
        return 0.0
