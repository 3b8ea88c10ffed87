"""The member half of the queue_log derivation: who is a member of which queue, paused where.

Mixed into :class:`console.domain.floor_state.FloorState` (which owns the calls); kept apart so
each module stays readable. What each line means, from app_queue.c of Asterisk 22:

* ``PAUSE``/``UNPAUSE`` name one queue. A ``QueuePause`` without a queue writes one
  ``PAUSEALL``/``UNPAUSEALL`` (queue ``NONE``) and then a ``PAUSE``/``UNPAUSE`` per queue; an
  older or hand-written log may have the ``PAUSEALL`` alone, so it pauses every queue known.
* ``ADDMEMBER``/``REMOVEMEMBER``/``PENALTY`` carry the member's *interface*, all other lines
  its name. An interface becomes a person through a mapping (roster, AMI, ``AGENTLOGIN``);
  until then it is an *unresolved* member: stored per queue, never an agent, never counted.
* ``REMOVEMEMBER`` during a call: out of that queue at once; the call still ends as a call.
* ``QUEUESTART`` (Asterisk started): calls are gone, static members are back unpaused, and
  dynamic members are gone unless ``persistentmembers`` restores them (Asterisk 22 writes no
  line for a restored member).
* An AMI ``QueueStatus`` answer, when the console has one, replaces the picture at its time:
  members not listed are out of that queue, listed ones take the listed pause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from console.domain.events import QueueEvent
from console.domain.membership import (
    ListedMember,
    MemberInterval,
    QueueMember,
    looks_like_interface,
)

if TYPE_CHECKING:
    from console.domain.floor_state import AgentStatus, Changes


class MemberEvents:
    """Member handlers; expects the attributes :class:`FloorState` sets up."""

    agents: dict[str, AgentStatus]
    aliases: dict[str, str]
    unresolved: dict[str, dict[str, QueueMember]]
    open_members: dict[int, MemberInterval]
    next_member_id: int
    snapshot_id: int
    pending_snapshots: list[tuple[int, float, list[ListedMember]]]
    persistent_members: bool
    last_ts: int
    _changes: Changes
    _dirty: set[str]

    # provided by FloorState
    def _agent(self, name: str, ts: int) -> AgentStatus: ...  # pragma: no cover
    def _restate(self, a: AgentStatus, ts: int) -> None: ...  # pragma: no cover
    def _agent_name(self, raw: str | None) -> str | None: ...  # pragma: no cover
    def _close_open_calls(self, ts: int) -> None: ...  # pragma: no cover

    # ------------------------------------------------------------------ people
    def _person(self, name: str, ts: int) -> AgentStatus:
        """The agent of a line that names the member; an unresolved member of that very
        name (an interface used as the member name) is this person."""
        a = self._agent(name, ts)
        if name in self.unresolved:
            self._merge(name, a, ts, restate=False)  # the line's own handler restates
        return a

    def _member_of(self, a: AgentStatus, queue: str | None, ts: int) -> QueueMember | None:
        """Evidence that ``a`` is a member of ``queue``: make the record if it is new."""
        if not queue:
            return None
        m = a.queues.get(queue)
        if m is None:
            # a queue-less pause (PAUSEALL seen before any queue) holds here too
            m = a.queues[queue] = QueueMember(paused=a.paused, reason=a.pause_reason,
                                              paused_at=ts if a.paused else 0)
            a.paused, a.pause_reason = False, None
            self._dirty.add(a.name)
        return m

    def learn_aliases(self, mapping: dict[str, str], ts: int | None = None) -> None:
        """Interface -> member name pairs (roster, AMI): an unresolved member that now has a
        name is merged into that person."""
        for iface, name in mapping.items():
            if iface and name and iface != name:
                self.aliases.setdefault(iface, name)
        when = self.last_ts if ts is None else ts
        for iface in [i for i in self.unresolved if i in self.aliases]:
            self._merge(iface, self._agent(self.aliases[iface], when), when)

    def _merge(self, iface: str, a: AgentStatus, ts: int, restate: bool = True) -> None:
        queues = self.unresolved.pop(iface, {})
        for queue, m in queues.items():
            self._end_member(m, ts)
            if queue not in a.queues:
                a.queues[queue] = QueueMember(m.paused, m.reason, m.dynamic, m.paused_at)
        if queues:
            a.logged_in = True
            self._dirty.add(a.name)
            if restate:
                self._restate(a, ts)

    def _target(self, raw: str | None, ts: int) -> AgentStatus | str | None:
        """The person an interface-carrying line is about, or the interface itself while it
        is unresolved."""
        if raw is None:
            return None
        name = self.aliases.get(raw)
        if name is not None:
            return self._person(name, ts)
        if looks_like_interface(raw) and raw not in self.agents:
            return raw
        return self._person(raw, ts)

    # ------------------------------------------------------------------ per-queue intervals
    def _sync_members(self, name: str, queues: dict[str, QueueMember], ts: int,
                      resolved: bool = True) -> None:
        open_members = self.open_members
        for queue, m in queues.items():  # the hot path of a backfill: keep it flat
            paused = m.paused
            current = open_members.get(m.interval_id) if m.interval_id else None
            if current is not None:
                if current.paused is paused and (not paused or current.reason == m.reason):
                    continue
                self._close_member(current, ts)
            interval = MemberInterval(self.next_member_id, name, queue, paused,
                                      m.reason if paused else None, ts, resolved=resolved)
            self.next_member_id += 1
            open_members[interval.id] = interval
            self._changes.members[interval.id] = interval
            m.interval_id = interval.id

    def _end_member(self, m: QueueMember, ts: int) -> None:
        current = self.open_members.get(m.interval_id) if m.interval_id else None
        if current is not None:
            self._close_member(current, ts)
        m.interval_id = None

    def _close_member(self, interval: MemberInterval, ts: int) -> None:
        self.open_members.pop(interval.id, None)
        interval.end_ts = max(ts, interval.start_ts)
        self._changes.members[interval.id] = interval

    def _touch_unresolved(self, iface: str, ts: int) -> None:
        queues = self.unresolved.get(iface)
        if queues is not None:
            self._sync_members(iface, queues, ts, resolved=False)
            if not queues:
                del self.unresolved[iface]

    # ------------------------------------------------------------------ member lines
    def _addmember(self, ev: QueueEvent) -> None:
        target = self._target(ev.agent, ev.ts)
        if target is None or not ev.queue:
            return
        paused = (ev.field(1) or "").upper() == "PAUSED"
        queues = self.unresolved.setdefault(target, {}) if isinstance(target, str) \
            else target.queues
        m = queues.get(ev.queue)
        if m is None:
            m = queues[ev.queue] = QueueMember()
        m.dynamic = True
        if paused and not m.paused:
            m.paused, m.reason, m.paused_at = True, None, ev.ts
        if isinstance(target, str):
            self._touch_unresolved(target, ev.ts)
        else:
            target.logged_in = True
            self._dirty.add(target.name)
            self._restate(target, ev.ts)

    def _removemember(self, ev: QueueEvent) -> None:
        target = self._target(ev.agent, ev.ts)
        if target is None:
            return
        queues = self.unresolved.get(target, {}) if isinstance(target, str) else target.queues
        m = queues.pop(ev.queue or "", None)
        if m is not None:
            self._end_member(m, ev.ts)
        if isinstance(target, str):
            self._touch_unresolved(target, ev.ts)
            return
        if not target.queues:
            target.logged_in = False
            target.paused, target.pause_reason = False, None
        self._restate(target, ev.ts)

    def _login(self, ev: QueueEvent) -> None:
        agent = self._agent_name(ev.agent)
        if agent is None:
            return
        iface = ev.field(1)
        a = self._person(agent, ev.ts)
        if iface and iface != agent:
            self.learn_aliases({iface: agent}, ev.ts)
        a.logged_in = True
        self._restate(a, ev.ts)

    def _logoff(self, ev: QueueEvent) -> None:
        agent = self._agent_name(ev.agent)
        a = self.agents.get(agent) if agent else None
        if a is None:
            return
        self._leave_all(a, ev.ts)
        self._restate(a, ev.ts)

    def _leave_all(self, a: AgentStatus, ts: int) -> None:
        for m in a.queues.values():
            self._end_member(m, ts)
        a.queues.clear()
        a.logged_in = False
        a.paused, a.pause_reason = False, None

    def _pause(self, ev: QueueEvent) -> None:
        self._set_pause(ev, True, ev.field(1))

    def _unpause(self, ev: QueueEvent) -> None:
        self._set_pause(ev, False, None)

    def _set_pause(self, ev: QueueEvent, paused: bool, reason: str | None) -> None:
        agent = self._agent_name(ev.agent)
        if agent is None:
            return
        a = self._person(agent, ev.ts)
        a.logged_in = True
        if ev.queue:
            targets = [self._member_of(a, ev.queue, ev.ts)]
        elif a.queues:  # PAUSEALL / UNPAUSEALL: every queue (the per-queue lines agree)
            targets = list(a.queues.values())
        else:
            targets = []
            a.paused, a.pause_reason = paused, reason
        for m in targets:
            if m is None:
                continue
            if paused and (not m.paused or m.reason != reason):
                m.paused_at = ev.ts
            m.paused, m.reason = paused, reason
        self._dirty.add(a.name)
        self._restate(a, ev.ts)

    def _queuestart(self, ev: QueueEvent) -> None:
        """Asterisk (re)started: its calls are gone, and its members are what it loaded."""
        self._close_open_calls(ev.ts)
        for a in self.agents.values():
            for queue, m in list(a.queues.items()):
                if m.dynamic and not self.persistent_members:
                    self._end_member(a.queues.pop(queue), ev.ts)
                elif not m.dynamic:  # static: from queues.conf, unpaused
                    m.paused, m.reason = False, None
            if not a.queues:
                a.logged_in = False  # queue-less (agent channel) logins do not survive it
            a.paused, a.pause_reason = False, None
            a.wrap_until = 0
            self._dirty.add(a.name)
            self._restate(a, ev.ts)
        for iface, queues in list(self.unresolved.items()):
            for queue, m in list(queues.items()):
                if m.dynamic and not self.persistent_members:
                    self._end_member(queues.pop(queue), ev.ts)
            self._touch_unresolved(iface, ev.ts)

    # ------------------------------------------------------------------ AMI QueueStatus
    def add_snapshot(self, snapshot_id: int, ts: float, members: list[ListedMember]) -> None:
        """A stored QueueStatus answer; applied once the log has reached its time."""
        if snapshot_id <= self.snapshot_id or any(
                s[0] == snapshot_id for s in self.pending_snapshots):
            return
        self.pending_snapshots.append((snapshot_id, ts, members))
        self.pending_snapshots.sort(key=lambda s: (s[1], s[0]))

    def settle(self, until: float) -> None:
        """Apply the pending answers taken before ``until`` (the next line's time)."""
        while self.pending_snapshots and self.pending_snapshots[0][1] < until:
            snapshot_id, ts, members = self.pending_snapshots.pop(0)
            self.apply_snapshot(int(ts), members)
            self.snapshot_id = max(self.snapshot_id, snapshot_id)

    def apply_snapshot(self, ts: int, members: list[ListedMember]) -> None:
        """The PBX's own list is the truth at ``ts``: members not listed are out of that
        queue, listed ones are members with the listed pause (calls stay queue_log's)."""
        mapping = {}
        for lm in members:
            for iface in (lm.interface, lm.state_interface):
                if iface and iface != lm.name:
                    mapping[iface] = lm.name
        self.learn_aliases(mapping, ts)
        listed: dict[str, dict[str, ListedMember]] = {}
        for lm in members:
            listed.setdefault(self.aliases.get(lm.name, lm.name), {})[lm.queue] = lm
        for iface, queues in list(self.unresolved.items()):
            for m in queues.values():
                self._end_member(m, ts)
            del self.unresolved[iface]
        for name, a in list(self.agents.items()):
            mine = listed.get(name, {})
            for queue in [q for q in a.queues if q not in mine]:
                self._end_member(a.queues.pop(queue), ts)
            if not mine:
                a.logged_in = False
                a.paused, a.pause_reason = False, None
                self._restate(a, ts)
        for name, queues in listed.items():
            a = self._agent(name, ts)
            a.logged_in = True
            for queue, lm in queues.items():
                m = a.queues.get(queue)
                if m is None:
                    m = a.queues[queue] = QueueMember()
                reason = (lm.reason or None) if lm.paused else None
                if lm.paused and (not m.paused or m.reason != reason):
                    m.paused_at = ts
                m.paused, m.reason, m.dynamic = lm.paused, reason, lm.dynamic
            self._dirty.add(name)
            self._restate(a, ts)
