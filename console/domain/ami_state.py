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
from console.domain.membership import ListedMember

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
# Device states (QueueMember ``Status``) in which app_queue.c ``is_member_available`` offers the
# member no call in ANY queue (ringinuse = no): in use, busy, ringing while in use, on hold.
BUSY_DEVICE_STATES = frozenset({"2", "3", "7", "8"})


class Fields(Protocol):
    def get(self, key: str, default: str | None = None) -> str | None: ...


@dataclass(slots=True)
class LiveAgent:
    """One agent as AMI shows them, per queue (Asterisk keeps a member record per queue)."""

    name: str
    queues: dict[str, bool] = field(default_factory=dict)  # queue -> paused there
    reasons: dict[str, str | None] = field(default_factory=dict)  # queue -> pause reason
    paused_at: dict[str, float] = field(default_factory=dict)
    calls: set[str] = field(default_factory=set)  # queues whose call the agent is on
    device_busy: bool = False  # the device state says in use (a call from any queue, or none)
    ringing: bool = False
    wrap_until: float = 0.0
    state: str = AgentState.LOGGED_OUT.value
    reason: str | None = None
    since: float = 0.0

    @property
    def paused(self) -> bool:
        """Paused only when paused in every queue the agent is a member of."""
        return bool(self.queues) and all(self.queues.values())

    @property
    def in_call(self) -> bool:
        """On a call in any queue, or the device in use: Asterisk then offers the agent no
        call in any queue, so every queue of theirs must count them busy (issue 11)."""
        return bool(self.calls) or self.device_busy

    @property
    def pause_reason(self) -> str | None:
        paused = [q for q, p in self.queues.items() if p]
        if not paused:
            return None
        return self.reasons.get(max(paused, key=lambda q: self.paused_at.get(q, 0.0)))

    def derive(self, ts: float) -> tuple[str, str | None]:
        """The same rules as the queue_log derivation (domain/membership.py)."""
        if self.in_call:
            return AgentState.ON_CALL.value, None
        if not self.queues:
            return AgentState.LOGGED_OUT.value, None
        if self.paused:
            reason = self.pause_reason
            if is_wrap_up_reason(reason):
                return AgentState.WRAP_UP.value, reason
            return AgentState.PAUSED.value, reason
        if ts < self.wrap_until:
            return AgentState.WRAP_UP.value, None
        return AgentState.AVAILABLE.value, None

    def members(self) -> dict[str, list]:
        """queue -> [paused, reason, in_call], as the overlay stores it; in_call is the
        agent's (a call from one queue makes them unavailable in all), not the queue's."""
        busy = self.in_call
        return {q: [p, self.reasons.get(q) if p else None, busy]
                for q, p in self.queues.items()}

    def leave(self, queue: str) -> None:
        self.queues.pop(queue, None)
        self.reasons.pop(queue, None)
        self.paused_at.pop(queue, None)
        self.calls.discard(queue)


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
        self.interfaces: dict[str, str] = {}  # interface / state interface -> member name
        self.resynced_at: float = 0.0  # when the last complete QueueStatus list ended
        self.listing: list[ListedMember] = []  # the last complete QueueStatus answer
        self._listing: list[ListedMember] = []

    # ------------------------------------------------------------------ resync
    def begin_resync(self) -> None:
        """A QueueStatus list follows: collect it, then replace the picture at its end."""
        self._resync = {}
        self._resync_waiting = {}
        self._listing = []

    def end_resync(self, ts: float) -> set[str]:
        """Members not listed are in no queue now; callers not listed have left."""
        listed, waiting = self._resync or {}, self._resync_waiting or {}
        self._resync = self._resync_waiting = None
        changed: set[str] = set()
        for name, agent in self.agents.items():
            mine = listed.get(name, {})
            for queue in [q for q in agent.queues if q not in mine]:
                agent.leave(queue)  # not listed: not a member of that queue now
            agent.calls &= set(mine)
            if not mine:
                agent.ringing = False
                agent.device_busy = False
            if self._restate(agent, ts):
                changed.add(name)
        self.waiting = dict(waiting)
        self.listing, self._listing = self._listing, []
        self.resynced_at = ts
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
            agent.leave(fields.get("Queue") or "")
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
        reason = (fields.get("PausedReason") or None) if paused else None
        iface = fields.get("Interface") or fields.get("Location") or ""
        state_iface = fields.get("StateInterface") or ""
        for i in (iface, state_iface):
            if i and i != name:
                self.interfaces[i] = name
        if self._resync is not None and event == "QueueMember":
            self._resync.setdefault(name, {})[queue] = paused
            self._listing.append(ListedMember(
                queue, name, iface, state_iface, fields.get("Membership") == "dynamic",
                paused, reason, fields.get("InCall") == "1"))
        if paused and (not agent.queues.get(queue) or agent.reasons.get(queue) != reason):
            last_pause = _number(fields.get("LastPause"))
            agent.paused_at[queue] = last_pause if 0 < last_pause <= ts else ts
        agent.queues[queue] = paused
        agent.reasons[queue] = reason
        was = agent.in_call
        if fields.get("InCall") is not None:
            # InCall is per queue: the member record of the queue whose call it is
            if fields.get("InCall") == "1":
                agent.calls.add(queue)
            else:
                agent.calls.discard(queue)
        status = fields.get("Status")
        if status is not None:
            # the device state is the same in every queue: busy there is busy everywhere
            agent.device_busy = status in BUSY_DEVICE_STATES
        if was and not agent.in_call and self.wrapup_seconds:
            agent.wrap_until = ts + self.wrapup_seconds
        agent.ringing = status in ("6", "7")
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
        if event == "AgentCalled" and queue and queue not in agent.queues:
            # being offered a call means being a member; the later events of that call do
            # not: Asterisk sends them also after a QueueMemberRemoved during the call
            agent.queues[queue] = False
        if event == "AgentCalled":
            agent.ringing = True
        elif event in ("AgentRingNoAnswer", "AgentDump"):
            agent.ringing = False
        elif event == "AgentConnect":
            agent.ringing = False
            agent.calls.add(queue or "")
        elif event == "AgentComplete":
            agent.calls.discard(queue or "")
            if self.wrapup_seconds and not agent.in_call:
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
            "v": 2,
            "connected": connected,
            "heartbeat": heartbeat,
            "last_event_ts": self.last_event_ts,
            "agents": {a.name: [a.state, a.reason, a.since] for a in self.agents.values()},
            # per queue: {name: {queue: [paused, reason, in_call]}} (version 2)
            "members": {a.name: a.members() for a in self.agents.values() if a.queues},
            # the PBX listed every member then: anyone it did not list was in no queue
            "resync_ts": self.resynced_at,
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
        listed = overlay.get("agents", {})
        resync = float(overlay.get("resync_ts") or 0)
        for name, record in queue_log.items():
            # a fresh link's QueueStatus did not list them: logged out since that list
            if name not in listed and record[2] < resync:
                merged[name] = (AgentState.LOGGED_OUT.value, None, int(resync))
        for name, (state, reason, since) in listed.items():
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


MemberPicture = dict[str, dict[str, tuple[bool, str | None, bool]]]  # agent -> queue -> state


def merge_members(
    queue_log: MemberPicture, queue_log_since: dict[str, float],
    overlays: Iterable[dict], now: float,
) -> MemberPicture:
    """Per-queue states (paused, reason, in_call) with the live overlays laid over.

    The same rule as :func:`merge_states`, per agent: where the overlay's picture of an
    agent is newer than queue_log's last per-queue change for them, AMI's queues replace
    queue_log's (a queue AMI does not list them in is one they are not a member of)."""
    merged = {agent: dict(queues) for agent, queues in queue_log.items()}
    for overlay in overlays:
        if not usable(overlay, now):
            continue
        members = overlay.get("members", {})
        listed = overlay.get("agents", {})
        resync = float(overlay.get("resync_ts") or 0)
        for name in queue_log:
            if name not in listed and queue_log_since.get(name, 0) < resync:
                merged[name] = {}  # not in the PBX's list: in no queue
        for name, (_, _, since) in listed.items():
            if name in merged and since <= queue_log_since.get(name, 0):
                continue
            merged[name] = {q: (bool(v[0]), v[1] if v[0] else None, bool(v[2]))
                            for q, v in members.get(name, {}).items()}
    return busy_everywhere(merged)


def busy_everywhere(picture: MemberPicture) -> MemberPicture:
    """An agent on a call in one queue is in a call in each of their queues: Asterisk offers
    a busy device no call anywhere (ringinuse = no), so no queue may count them available."""
    out: MemberPicture = {}
    for agent, queues in picture.items():
        busy = any(v[2] for v in queues.values())
        out[agent] = {q: (v[0], v[1], busy) for q, v in queues.items()}
    return out
