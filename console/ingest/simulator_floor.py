"""What Asterisk knows about each simulated member, queue by queue, and what changes it.

The engine in :mod:`console.ingest.simulator` models people (on a call, in wrap-up, on a break);
this mixin models the PBX's side of them, per queue, because that is where real floors get
subtle and where a console's derivation goes wrong (issue 11):

- a pause in one queue only (``PAUSE`` with that queue) while the agent keeps taking calls in
  the other, and ``PAUSEALL`` / ``UNPAUSEALL`` as ``set_member_paused()`` writes them (one
  ``NONE|NONE|member name`` line, then one ``PAUSE`` per queue the interface is a member of);
- dynamic members: ``ADDMEMBER`` / ``REMOVEMEMBER`` with the interface in the agent field, a
  supervisor taking an agent out of a queue during a call (the call goes on and completes under
  the member name; no call of that queue until the ``ADDMEMBER``), and ``PENALTY`` lines, which
  also carry the interface and make the queue ring lower penalties first;
- a daily PBX restart (``core restart now``), written as the real Asterisk 22.10.1 wrote it
  (tests/fixtures/asterisk22_restart_queue_log): every caller still queued leaves with
  ``ABANDON`` (a ringing one first gets ``RINGCANCELED`` with the milliseconds rung, or
  ``RINGNOANSWER|0`` when the member's leg hung up first), every connected call ends with
  ``COMPLETECALLER`` or ``COMPLETEAGENT``, all in the same second; nothing else is written for
  members; a couple of seconds later ``QUEUESTART``. After it static members (``queues.conf``)
  are back, unpaused, penalties as configured; dynamic members are gone until their agent
  application adds them again (``ADDMEMBER``), with ``persistentmembers = no`` as in the sample.

Static members of this model write ``AGENTLOGIN`` / ``AGENTLOGOFF`` only; dynamic ones add and
remove themselves around those lines, as before.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from console.ingest.simulator_profiles import AgentProfile, ShiftPattern

_OFF, _IDLE, _RINGING, _TALK, _WRAP, _PAUSED = range(6)  # agent states
_WAITING, _RUNG, _CONNECTED, _DONE = range(4)  # call states

MINUTE = 60.0
HOLD_P = 0.5  # share of shifts of a multi-queue agent with a pause in one queue only
HOLD_REASONS = ("Training", "Meeting")
REMOVE_P = 0.45  # share of shifts of a dynamic multi-queue agent taken out of a queue a while
PENALTY_P = 0.3  # share of shifts of a multi-queue agent given a penalty in a queue a while
RESTART_DOWN = (2.0, 12.0)  # seconds between the drop of the calls and QUEUESTART
READD_DELAY = (20.0, 240.0)  # a dynamic member's agent application adds them again after this


@dataclass(eq=False, slots=True)
class _Agent:
    profile: AgentProfile
    shift: ShiftPattern
    state: int = _OFF
    shift_no: int = 0  # bumps at each login, so events of an old shift are ignored
    login_ts: float = 0.0
    pause_token: int = 0  # bumps at each break or wrap-up, so a stale end is ignored
    pause_reason: str = ""
    pause_all: bool = False
    pending_break: tuple[str, float] | None = None
    pending_logoff: bool = False
    call: _Call | None = None
    # Asterisk's view, per queue
    member: set[str] = field(default_factory=set)
    paused: dict[str, str] = field(default_factory=dict)  # queue -> reason
    # what the person is doing about it
    global_q: tuple[str, ...] = ()  # queues the current break or wrap-up paused
    global_all: bool = False  # ... with PAUSEALL
    held: dict[str, str] = field(default_factory=dict)  # paused in this queue only: reason
    hold_token: int = 0
    pending_hold: tuple[str, str, float] | None = None  # queue, reason, seconds
    pending_unhold: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)  # taken out of these queues a while
    pending_add: set[str] = field(default_factory=set)  # to add back once free


@dataclass(eq=False, slots=True)
class _Call:
    callid: str
    queue: str
    callerid: str
    entered: float
    origposition: int
    abusive: bool
    state: int = _WAITING
    agent: _Agent | None = None
    token: int = 0  # bumps at each ring, so a stale ring outcome is ignored
    ring_start: float = 0.0
    bridged: str = ""
    connected: float = 0.0
    severity: int = 0


class MemberEpisodes:
    """Per-queue pauses, dynamic members, penalties and PBX restarts of the simulated floor."""

    _rng: random.Random
    _t: float
    _queues: tuple[str, ...]
    _agents: list[_Agent]
    _waiting: dict[str, list[_Call]]
    _idle: dict[str, dict[_Agent, None]]
    _penalty: dict[str, dict[_Agent, int]]  # only members with a penalty above 0
    _down_until: float | None
    _at: Callable[..., None]
    _emit: Callable[..., None]
    _make_available: Callable[[_Agent], None]
    _unidle: Callable[[_Agent], None]
    _release: Callable[[_Agent], None]
    _next_restart: Callable[[float], float | None]

    # -- Asterisk's per-queue state, and the lines that change it --------------------------------

    @staticmethod
    def _eligible(agent: _Agent) -> list[str]:
        """The queues that may ring the agent: a member there, not paused there."""
        return [q for q in agent.profile.queues if q in agent.member and q not in agent.paused]

    def _pause_queues(self, agent: _Agent, queues: list[str], reason: str, all_: bool) -> None:
        name = agent.profile.name
        if all_:  # set_member_paused(): logged before the first queue's PAUSE
            self._emit("NONE", "NONE", name, "PAUSEALL", reason)
        for q in queues:
            self._emit("NONE", q, name, "PAUSE", reason)
            agent.paused[q] = reason

    def _unpause_queues(self, agent: _Agent, queues: list[str], reason: str, all_: bool) -> None:
        name = agent.profile.name
        if all_:
            self._emit("NONE", "NONE", name, "UNPAUSEALL", reason)
        for q in queues:
            self._emit("NONE", q, name, "UNPAUSE", reason)
            agent.paused.pop(q, None)

    def _pause_global(self, agent: _Agent, reason: str, pause_all: bool) -> None:
        """A break or wrap-up pauses the queues the agent is still available in. PAUSEALL only
        when that is every queue of theirs: PAUSEALL would also re-pause a one-queue pause."""
        queues = self._eligible(agent)
        use_all = pause_all and bool(queues) and len(queues) == len(agent.profile.queues)
        self._pause_queues(agent, queues, reason, use_all)
        agent.global_q, agent.global_all = tuple(queues), use_all

    def _unpause_global(self, agent: _Agent, reason: str) -> None:
        queues = [q for q in agent.global_q if q in agent.paused]
        use_all = agent.global_all and not agent.held and len(queues) == len(agent.profile.queues)
        self._unpause_queues(agent, queues, reason, use_all)
        agent.global_q, agent.global_all = (), False

    def _add_member(self, agent: _Agent, queue: str) -> None:
        if queue not in agent.member:
            self._emit("MANAGER", queue, agent.profile.interface, "ADDMEMBER", "")
            agent.member.add(queue)

    def _remove_member(self, agent: _Agent, queue: str) -> None:
        self._emit("MANAGER", queue, agent.profile.interface, "REMOVEMEMBER", "")
        agent.member.discard(queue)
        agent.paused.pop(queue, None)
        self._idle[queue].pop(agent, None)
        self._penalty[queue].pop(agent, None)  # an ADDMEMBER starts again at penalty 0

    def _reoffer(self, agent: _Agent) -> None:
        """The agent can be rung from one more queue: if idle, they take its next caller."""
        if agent.state == _IDLE:
            self._unidle(agent)
            self._make_available(agent)

    def _pick(self, queue: str, idle: dict[_Agent, None]) -> _Agent:
        """Asterisk rings the lowest penalty first; among equals, the longest idle."""
        penalty = self._penalty[queue]
        if not penalty:
            return next(iter(idle))
        return min(idle, key=lambda a: penalty.get(a, 0))

    def _plan_episodes(self, agent: _Agent, planned: float, length: float) -> None:
        """Roll this shift's one-queue pause, removal from a queue, and penalty."""
        rng, p, shift_no = self._rng, agent.profile, agent.shift_no
        if len(p.queues) < 2:
            return
        if rng.random() < HOLD_P:
            queue, reason = rng.choice(p.queues), rng.choice(HOLD_REASONS)
            at = planned + rng.uniform(45 * MINUTE, length - 60 * MINUTE)
            seconds = rng.uniform(20, 45) * MINUTE
            self._at(max(at, self._t), self._hold_due, agent, shift_no, queue, reason, seconds)
        if not p.static and rng.random() < REMOVE_P:
            at = planned + rng.uniform(40 * MINUTE, length - 90 * MINUTE)
            seconds = rng.uniform(15, 40) * MINUTE
            self._at(max(at, self._t), self._removal_due, agent, shift_no, seconds, 40)
        if rng.random() < PENALTY_P:
            at = planned + rng.uniform(30 * MINUTE, length - 90 * MINUTE)
            seconds = rng.uniform(30, 90) * MINUTE
            self._at(max(at, self._t), self._penalty_due, agent, shift_no, p.queues[-1], 1, seconds)

    def _apply_pending(self, agent: _Agent) -> None:
        """What waited for the agent to be free of a call, wrap-up or break."""
        for q in agent.profile.queues:
            if q in agent.pending_unhold and q in agent.held:
                self._unpause_queues(agent, [q], agent.held.pop(q), False)
        agent.pending_unhold.clear()
        if agent.pending_hold is not None:
            queue, reason, seconds = agent.pending_hold
            agent.pending_hold = None
            self._start_hold(agent, queue, reason, seconds)
        for q in agent.profile.queues:
            if q in agent.pending_add:
                self._add_member(agent, q)
        agent.pending_add.clear()

    def _reset_episodes(self, agent: _Agent) -> None:
        agent.held.clear()
        agent.hold_token += 1
        agent.pending_hold = None
        agent.pending_unhold.clear()
        agent.removed.clear()
        agent.pending_add.clear()
        for q in self._queues:
            self._penalty[q].pop(agent, None)

    # -- a pause in one queue only ---------------------------------------------------------------

    def _hold_due(self, agent: _Agent, shift_no: int, queue: str, reason: str, secs: float) -> None:
        if agent.shift_no != shift_no or agent.state == _OFF:
            return
        if agent.state in (_IDLE, _TALK):
            self._start_hold(agent, queue, reason, secs)
        else:  # ringing, in wrap-up or on a break: when free
            agent.pending_hold = (queue, reason, secs)

    def _start_hold(self, agent: _Agent, queue: str, reason: str, seconds: float) -> None:
        if queue not in agent.member or queue in agent.paused or agent.held:
            return  # out of that queue meanwhile (a removal, a restart)
        agent.held[queue] = reason
        self._pause_queues(agent, [queue], reason, False)
        self._idle[queue].pop(agent, None)
        agent.hold_token += 1
        self._at(self._t + seconds, self._hold_over, agent, queue, agent.hold_token)

    def _hold_over(self, agent: _Agent, queue: str, token: int) -> None:
        if token != agent.hold_token or queue not in agent.held:
            return
        if agent.state in (_WRAP, _PAUSED):  # unpausing now would make them ringable mid-pause
            agent.pending_unhold.add(queue)
            return
        self._unpause_queues(agent, [queue], agent.held.pop(queue), False)
        self._reoffer(agent)

    # -- a dynamic member taken out of a queue, during a call --------------------------------------

    def _removal_due(self, agent: _Agent, shift_no: int, seconds: float, tries: int) -> None:
        if agent.shift_no != shift_no or agent.state == _OFF:
            return
        candidates = [q for q in agent.profile.queues if q in agent.member and q not in agent.held]
        if agent.state != _TALK or len(agent.member) < 2 or not candidates:
            if tries > 0:  # a supervisor does it while the agent is on a call: wait for one
                self._at(self._t + 45.0, self._removal_due, agent, shift_no, seconds, tries - 1)
            return
        call = agent.call
        queue = call.queue if call is not None and call.queue in candidates else candidates[-1]
        self._remove_member(agent, queue)
        agent.removed.add(queue)
        self._at(self._t + seconds, self._readd_due, agent, shift_no, queue)

    def _readd_due(self, agent: _Agent, shift_no: int, queue: str) -> None:
        if agent.shift_no != shift_no or agent.state == _OFF or queue not in agent.removed:
            return
        agent.removed.discard(queue)
        if agent.state in (_WRAP, _PAUSED):
            agent.pending_add.add(queue)
            return
        self._add_member(agent, queue)
        self._reoffer(agent)

    def _penalty_due(
        self, agent: _Agent, shift_no: int, queue: str, value: int, then: float
    ) -> None:
        """``PENALTY`` (interface in the agent field); ``then`` seconds later back to 0."""
        if agent.shift_no != shift_no or agent.state == _OFF or queue not in agent.member:
            return
        if value == self._penalty[queue].get(agent, 0):
            return
        self._emit("NONE", queue, agent.profile.interface, "PENALTY", value)
        if value:
            self._penalty[queue][agent] = value
            self._at(self._t + then, self._penalty_due, agent, shift_no, queue, 0, 0.0)
        else:
            self._penalty[queue].pop(agent, None)

    # -- core restart now ------------------------------------------------------------------------

    def _restart(self) -> None:
        """Asterisk hangs up every channel, then starts again (see the module docstring)."""
        rng, t = self._rng, self._t
        nxt = self._next_restart(t + 3600.0)
        if nxt is not None:
            self._at(nxt, self._restart)
        calls = [c for q in self._queues for c in self._waiting[q]]
        calls += [a.call for a in self._agents if a.call is not None]
        rng.shuffle(calls)
        for call in calls:
            self._drop(call)
        for agent in self._agents:
            agent.member = set(agent.profile.queues) if agent.profile.static else set()
            agent.paused.clear()
            agent.global_q, agent.global_all = (), False
            removed = set(agent.removed)
            self._reset_episodes(agent)
            agent.removed = removed  # the supervisor's decision outlives the restart
            if agent.state in (_RINGING, _TALK, _WRAP):
                agent.state = _IDLE  # the call is gone, and the wrap-up with it
                agent.pause_token += 1
        self._idle = {q: {} for q in self._queues}
        self._penalty = {q: {} for q in self._queues}
        self._down_until = t + rng.uniform(*RESTART_DOWN)
        self._at(self._down_until, self._pbx_up)

    def _drop(self, call: _Call) -> None:
        t, agent = self._t, call.agent
        if call.state == _CONNECTED and agent is not None:
            event = self._rng.choice(("COMPLETECALLER", "COMPLETEAGENT"))
            hold, talk = int(call.connected - call.entered), int(t - call.connected)
            self._emit(call.callid, call.queue, agent.profile.name, event, hold, talk,
                       call.origposition)
            agent.call = None
        else:
            waiting = self._waiting[call.queue]
            position = waiting.index(call) + 1
            del waiting[position - 1]
            if call.state == _RUNG and agent is not None:  # whichever leg went first
                if self._rng.random() < 0.5:
                    ms = int((t - call.ring_start) * 1000)
                    self._emit(call.callid, call.queue, agent.profile.name, "RINGCANCELED", ms)
                else:
                    self._emit(call.callid, call.queue, agent.profile.name, "RINGNOANSWER", 0)
            self._emit(call.callid, call.queue, "NONE", "ABANDON", position, call.origposition,
                       int(t - call.entered))
        call.state, call.agent = _DONE, None
        call.token += 1

    def _pbx_up(self) -> None:
        self._down_until = None
        self._emit("NONE", "NONE", "NONE", "QUEUESTART")
        for agent in self._agents:
            if agent.state == _OFF:
                continue
            if agent.state == _PAUSED:
                if agent.profile.static:  # the agent application puts the break back
                    self._pause_global(agent, agent.pause_reason, False)
            else:  # static members: unpaused, as configured, so they take calls at once
                self._release(agent)  # (or log off, or take the break that was due)
            if not agent.profile.static and agent.state != _OFF:
                delay = self._rng.uniform(*READD_DELAY)
                self._at(self._t + delay, self._readd_all, agent, agent.shift_no)

    def _readd_all(self, agent: _Agent, shift_no: int) -> None:
        """A dynamic member's agent application adds them again after the restart."""
        if agent.shift_no != shift_no or agent.state == _OFF:
            return
        queues = [q for q in agent.profile.queues if q not in agent.removed]
        if agent.state in (_WRAP, _PAUSED):
            agent.pending_add.update(queues)
            return
        for q in queues:
            self._add_member(agent, q)
        self._reoffer(agent)
