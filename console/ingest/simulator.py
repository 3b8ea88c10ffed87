"""Demo floor simulator: a discrete-event model of a contact-center floor that writes real
Asterisk queue_log lines.

Why lines and not domain objects: the demo then exercises the very ingest path a real PBX
feeds (parser, derivation, store), so what a supervisor sees in the demo is what they would see
live. The lines follow the Asterisk 22 capture in ``shared/samples/asterisk-22``: the member
name in the agent field of call and pause events, the interface for ADDMEMBER/REMOVEMEMBER,
milliseconds for RINGNOANSWER/RINGCANCELED, the custom ABUSEFLAG of the QueueLog() dialplan
application.

The model: callers arrive as a non-homogeneous Poisson process (thinning) on an intraday curve,
wait in FIFO queues with a random patience, and ring the longest-idle available member who
serves the queue (Asterisk's ``leastrecent``). Agents work staggered shifts with planned breaks,
lunch and ad-hoc pauses, and do after-call work (a Wrap-up pause) after every call. What the
PBX knows per queue (one-queue pauses, dynamic members, penalties, a daily restart) is modelled
in :mod:`console.ingest.simulator_floor`; only members that queue may ring are ever rung.

Everything is driven by one ``random.Random(seed)`` and a heap of timed events processed in
(time, sequence) order, so the same seed and start give byte-identical output however
:meth:`FloorSimulator.advance_to` is chunked. No wall clock is read.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import random
from collections.abc import Callable
from typing import Any

from console.ingest.simulator_floor import (
    _CONNECTED,
    _DONE,
    _IDLE,
    _OFF,
    _PAUSED,
    _RINGING,
    _RUNG,
    _TALK,
    _WAITING,
    _WRAP,
    MemberEpisodes,
    _Agent,
    _Call,
)
from console.ingest.simulator_profiles import (
    AgentProfile,
    abuse_details,
    arrival_curve,
    break_plan,
    build_roster,
    caller_number,
    local_time_on,
)

__all__ = ["DEFAULT_START_TS", "AgentProfile", "FloorSimulator"]

# Monday 2 March 2026, 08:00 local time: the early shift is on, the morning peak is coming.
DEFAULT_START_TS = local_time_on(dt.date(2026, 3, 2), 8, 0)

RING_TIMEOUT = 15.0  # queues.conf timeout: an unanswered ring gives up after this long
NO_ANSWER_P = 0.08  # share of rings the agent misses (RINGNOANSWER)
QUEUE_TIMEOUT = 180.0  # queue-level maximum wait, then EXITWITHTIMEOUT
MEAN_PATIENCE = 90.0
PERSISTENT_P = 0.10  # callers who would wait forever (they hit the queue timeout)
KEY_EXIT_P = 0.06  # impatient callers who press a key (callback) rather than hang up
TRANSFER_P = 0.03
CALLER_HANGS_UP_P = 0.42
WRAP_RANGE = (10.0, 60.0)
HANDLE_SIGMA = 0.55
# Offered load at the peak, in Erlangs per rostered agent. About 60 % of the roster is on the
# phones at 10:30 (shifts, lunch, breaks), so occupancy there is ~75-85 %: busy, mostly coping.
PEAK_LOAD = 0.48

# The PBX restarts once a day ("core restart now"), at this local time plus up to half an hour.
RESTART_TIME = (12, 20)


class FloorSimulator(MemberEpisodes):
    """A simulated floor; call :meth:`advance_to` to get the queue_log lines it writes.

    ``restart_time`` is the local (hour, minute) of the daily PBX restart (None for none), at
    which it happens up to ``restart_jitter`` seconds later, drawn afresh each day.
    """

    def __init__(
        self,
        agents: int = 24,
        teams: int = 3,
        seed: int | None = None,
        start_ts: float = DEFAULT_START_TS,
        queues: tuple[str, ...] = ("support", "complaints"),
        restart_time: tuple[int, int] | None = RESTART_TIME,
        restart_jitter: float = 1800.0,
    ) -> None:
        if agents < 1 or teams < 1 or not queues:
            raise ValueError("need at least one agent, one team and one queue")
        self._rng = random.Random(seed)
        self._queues = tuple(queues)
        self._now = float(start_ts)
        self._t = float(start_ts)
        self._heap: list[tuple[float, int, Callable[..., None], tuple[Any, ...]]] = []
        self._seq = 0
        self._uid = 0
        self._out: list[str] = []
        today = dt.date.fromtimestamp(start_ts)
        profiles, shifts = build_roster(self._rng, agents, teams, self._queues, today)
        self._agents = [_Agent(p, s) for p, s in zip(profiles, shifts, strict=True)]
        self._by_name = {a.profile.name: a for a in self._agents}
        self._waiting: dict[str, list[_Call]] = {q: [] for q in self._queues}
        # Idle members per queue; dict order = idle since, so the first key is the longest idle.
        self._idle: dict[str, dict[_Agent, None]] = {q: {} for q in self._queues}
        self._penalty: dict[str, dict[_Agent, int]] = {q: {} for q in self._queues}
        self._down_until: float | None = None  # the PBX is restarting until then
        self._restart_time = restart_time
        self._restart_jitter = float(restart_jitter)
        others = len(self._queues) - 1
        self._share = [0.78 if others else 1.0] + [0.22 / max(others, 1)] * others
        self._aht = [300.0] + [450.0] * others  # complaints take longer
        self._abuse_p = [0.035] + [0.08] * others  # ... and are more often abusive
        self._abusers = [caller_number(self._rng) for _ in range(max(6, agents // 8))]
        self._flagged: set[str] = set()
        work = sum(
            s * (a + sum(WRAP_RANGE) / 2) for s, a in zip(self._share, self._aht, strict=True)
        )
        self._peak_rate = PEAK_LOAD * agents / work  # calls per second at curve 1.0
        self._at(start_ts, self._queuestart)
        for agent in self._agents:
            if agent.profile.static:
                agent.member = set(agent.profile.queues)
            self._schedule_first_shift(agent, start_ts, today)
        self._at(start_ts + self._rng.expovariate(self._peak_rate), self._arrival)
        first_restart = self._next_restart(start_ts)
        if first_restart is not None:
            self._at(first_restart, self._restart)

    # -- public API ---------------------------------------------------------------------------

    @property
    def now(self) -> float:
        """The simulated time reached so far (epoch seconds)."""
        return self._now

    def roster(self) -> list[AgentProfile]:
        """The simulated agents, in interface order (agent101, agent102, ...)."""
        return [a.profile for a in self._agents]

    def advance_to(self, ts: float) -> list[str]:
        """Run the simulation up to ``ts`` and return the new lines, oldest first."""
        heap, self._out = self._heap, []
        while heap and heap[0][0] <= ts:
            t, _, handler, args = heapq.heappop(heap)
            self._t = t
            down = self._down_until
            if down is not None and handler not in (self._pbx_up, self._arrival):
                self._at(down, handler, *args)  # nothing reaches a PBX that is restarting
                continue
            handler(*args)
        self._now = max(self._now, ts)
        return self._out

    def grant_break(
        self, name: str, seconds: float, reason: str = "recovery", at: float | None = None
    ) -> bool:
        """A supervisor grants ``name`` a break: paused with ``reason`` at ``at`` (default: the
        time reached), or as soon as the current call and wrap-up are done. Takes effect at the
        next :meth:`advance_to`; ``at`` keeps it from being back-dated to the last step."""
        agent = self._by_name.get(name)
        if agent is None:
            return False
        self._at(max(self._now, at or 0.0), self._grant, agent, float(seconds), reason)
        return True

    def end_break(self, name: str, at: float | None = None) -> bool:
        """End a pause by hand (the agent unpauses at the next :meth:`advance_to`)."""
        agent = self._by_name.get(name)
        if agent is None:
            return False
        self._at(max(self._now, at or 0.0), self._end_pause, agent)
        return True

    def stage_episodes(self, at: float, again_at: float | None = None) -> list[str]:
        """For a demo: soon after ``at``, one agent paused in one queue only, another taken out
        of a queue during a call, and at ``again_at`` (default 12 minutes on) a second one-queue
        pause, so that the states per queue show within minutes rather than whenever the dice
        put them. Returns the three names."""
        on = [a for a in self._agents if a.state != _OFF and len(a.profile.queues) >= 2]
        dynamic = [a for a in on if not a.profile.static]
        if len(on) < 2 or not dynamic:
            return []
        remove = dynamic[0]
        others = [a for a in on if a is not remove]
        first, second = others[0], others[-1]  # (the same agent if only one: then no 2nd)
        first_q = first.profile.queues[0]  # paused in support, still taking complaints
        self._at(at + 30, self._hold_due, first, first.shift_no, first_q, "Training", 1500.0)
        self._at(at + 90, self._removal_due, remove, remove.shift_no, 1200.0, 40)
        second_q = second.profile.queues[-1]
        again = at + 720 if again_at is None else again_at
        self._at(again, self._hold_due, second, second.shift_no, second_q, "Meeting", 1800.0)
        return [first.profile.name, remove.profile.name, second.profile.name]

    # -- plumbing -----------------------------------------------------------------------------

    def _at(self, t: float, handler: Callable[..., None], *args: Any) -> None:
        self._seq += 1
        heapq.heappush(self._heap, (t, self._seq, handler, args))

    def _emit(self, callid: str, queue: str, agent: str, event: str, *data: object) -> None:
        fields = "|".join(map(str, data))
        self._out.append(f"{int(self._t)}|{callid}|{queue}|{agent}|{event}|{fields}")

    def _queuestart(self) -> None:
        self._emit("NONE", "NONE", "NONE", "QUEUESTART")

    def _next_restart(self, after: float) -> float | None:
        """The first daily restart at or after ``after`` (the jitter is drawn per day)."""
        if self._restart_time is None:
            return None
        hour, minute = self._restart_time
        day = dt.date.fromtimestamp(after) - dt.timedelta(days=1)
        while True:
            at = local_time_on(day, hour, minute) + self._rng.uniform(0, self._restart_jitter)
            if at >= after:
                return at
            day += dt.timedelta(days=1)

    # -- callers ------------------------------------------------------------------------------

    def _arrival(self) -> None:
        """Thinning: candidates come at the peak rate, each kept with the curve's probability."""
        rng, t = self._rng, self._t
        self._at(t + rng.expovariate(self._peak_rate), self._arrival)
        if rng.random() >= arrival_curve(t) or self._down_until is not None:
            return  # (a caller of a restarting PBX gets nowhere and leaves no line)
        qi = rng.choices(range(len(self._queues)), self._share)[0]
        queue = self._queues[qi]
        abusive = rng.random() < self._abuse_p[qi]
        # half the abusive calls come from a small pool of repeat callers
        repeat = abusive and rng.random() < 0.5
        number = rng.choice(self._abusers) if repeat else caller_number(rng)
        self._uid += 1
        waiting = self._waiting[queue]
        call = _Call(f"{int(t)}.{self._uid}", queue, number, t, len(waiting) + 1, abusive)
        waiting.append(call)
        self._emit(call.callid, queue, "NONE", "ENTERQUEUE", "", number, call.origposition)
        patience = math.inf if rng.random() < PERSISTENT_P else rng.expovariate(1 / MEAN_PATIENCE)
        by_key = rng.random() < KEY_EXIT_P
        self._at(t + min(patience, QUEUE_TIMEOUT), self._give_up, call, patience, by_key)
        self._dispatch(queue)

    def _give_up(self, call: _Call, patience: float, by_key: bool) -> None:
        """The caller's patience (or the queue timeout) ran out before a connect."""
        if call.state not in (_WAITING, _RUNG):
            return
        waiting = self._waiting[call.queue]
        position = waiting.index(call) + 1
        del waiting[position - 1]
        wait = int(self._t - call.entered)
        agent = call.agent
        if agent is not None:  # Asterisk cancels the ring first, as in the sample capture
            ms = int((self._t - call.ring_start) * 1000)
            self._emit(call.callid, call.queue, agent.profile.name, "RINGCANCELED", ms)
        call.state, call.agent = _DONE, None
        data: tuple[object, ...] = (position, call.origposition, wait)
        if patience >= QUEUE_TIMEOUT:
            event = "EXITWITHTIMEOUT"
        elif by_key:  # key|position|origposition|waittime
            event, data = "EXITWITHKEY", (self._rng.choice("019"), *data)
        else:
            event = "ABANDON"
        self._emit(call.callid, call.queue, "NONE", event, *data)
        if agent is not None:
            self._release(agent)

    # -- routing ------------------------------------------------------------------------------

    def _dispatch(self, queue: str) -> None:
        """Offer the queue's waiting callers, in order, to its longest-idle members."""
        idle = self._idle[queue]
        for call in self._waiting[queue]:
            if not idle:
                return
            if call.state == _WAITING:
                self._ring(call, self._pick(queue, idle))

    def _make_available(self, agent: _Agent) -> None:
        """The agent takes the longest-waiting caller of their queues, or goes idle."""
        best: _Call | None = None
        queues = self._eligible(agent)
        for q in queues:
            for call in self._waiting[q]:
                if call.state == _WAITING:
                    if best is None or call.entered < best.entered:
                        best = call
                    break
        if best is not None:
            self._ring(best, agent)
            return
        agent.state = _IDLE
        for q in queues:
            self._idle[q][agent] = None

    def _unidle(self, agent: _Agent) -> None:
        for q in agent.profile.queues:
            self._idle[q].pop(agent, None)

    def _ring(self, call: _Call, agent: _Agent) -> None:
        rng, t = self._rng, self._t
        self._unidle(agent)
        agent.state = _RINGING
        call.state, call.agent, call.ring_start = _RUNG, agent, t
        call.token += 1
        self._uid += 2  # the Local channel pair (;1 and ;2) the queue dials
        call.bridged = f"{int(t)}.{self._uid}"
        if rng.random() < NO_ANSWER_P:
            self._at(t + RING_TIMEOUT, self._ring_no_answer, call, call.token)
        else:
            self._at(t + rng.uniform(1.0, 7.0), self._connect, call, call.token)

    def _ring_no_answer(self, call: _Call, token: int) -> None:
        if call.token != token or call.state != _RUNG or call.agent is None:
            return
        agent = call.agent
        ms = int(RING_TIMEOUT * 1000)
        self._emit(call.callid, call.queue, agent.profile.name, "RINGNOANSWER", ms)
        call.state, call.agent = _WAITING, None
        self._dispatch(call.queue)  # other idle members first, then this one again
        self._release(agent)

    def _connect(self, call: _Call, token: int) -> None:
        if call.token != token or call.state != _RUNG or call.agent is None:
            return
        rng, t, agent = self._rng, self._t, call.agent
        self._waiting[call.queue].remove(call)
        call.state, call.connected = _CONNECTED, t
        agent.state, agent.call = _TALK, call
        hold, ring = int(t - call.entered), int(t - call.ring_start)
        self._emit(call.callid, call.queue, agent.profile.name, "CONNECT", hold, call.bridged, ring)
        mean = self._aht[self._queues.index(call.queue)] * (1.25 if call.abusive else 1.0)
        handle = rng.lognormvariate(math.log(mean) - HANDLE_SIGMA**2 / 2, HANDLE_SIGMA)
        handle = max(handle, 15.0)
        if call.abusive:
            self._at(t + handle * rng.uniform(0.15, 0.8), self._abuse_flag, call)
        self._at(t + handle, self._hang_up, call)

    def _abuse_flag(self, call: _Call) -> None:
        """The agent presses the abuse feature code mid-call (QueueLog(...,ABUSEFLAG,...))."""
        if call.state != _CONNECTED:
            return  # dropped by a PBX restart first
        known = call.callerid in self._flagged
        severity, category, note = abuse_details(self._rng, known)
        self._flagged.add(call.callerid)
        call.severity = severity
        name = call.agent.profile.name if call.agent else "NONE"
        self._emit(call.callid, call.queue, name, "ABUSEFLAG", severity, category, note)

    def _hang_up(self, call: _Call) -> None:
        rng, t, agent = self._rng, self._t, call.agent
        if call.state != _CONNECTED or agent is None:
            return  # dropped by a PBX restart first
        name = agent.profile.name
        hold, talk = int(call.connected - call.entered), int(t - call.connected)
        roll = rng.random()
        data: tuple[object, ...] = (hold, talk, call.origposition)
        if roll < TRANSFER_P:  # extension|context|holdtime|calltime|origposition
            event, data = "BLINDTRANSFER", (rng.choice(("2000", "3000", "4100")), "transfer", *data)
        elif roll < TRANSFER_P + CALLER_HANGS_UP_P:
            event = "COMPLETECALLER"
        else:
            event = "COMPLETEAGENT"
        self._emit(call.callid, call.queue, name, event, *data)
        call.state, call.agent, agent.call = _DONE, None, None
        if call.severity >= 2 and rng.random() < 0.3 + 0.25 * call.severity:
            # a recovery break after a hard call (DESIGN.md section 6), taken after wrap-up
            minutes = rng.uniform(5, 10) if call.severity == 2 else rng.uniform(10, 15)
            if agent.pending_break is None or agent.pending_break[1] < minutes * 60:
                agent.pending_break = ("Break", minutes * 60)
        agent.state = _WRAP
        agent.pause_token += 1
        self._pause_global(agent, "Wrap-up", False)
        self._at(t + rng.uniform(*WRAP_RANGE), self._wrap_done, agent, agent.pause_token)

    def _wrap_done(self, agent: _Agent, token: int) -> None:
        if agent.state != _WRAP or agent.pause_token != token:
            return
        self._unpause_global(agent, "")
        self._release(agent)

    def _release(self, agent: _Agent) -> None:
        """The agent is free of a call: log off, take a due break, or take the next caller."""
        if agent.pending_logoff:
            self._logoff(agent)
            return
        self._apply_pending(agent)
        if agent.pending_break is not None:
            reason, seconds = agent.pending_break
            agent.pending_break = None
            self._pause(agent, reason, seconds)
        else:
            self._make_available(agent)

    # -- pauses -------------------------------------------------------------------------------

    def _grant(self, agent: _Agent, seconds: float, reason: str) -> None:
        if agent.state == _OFF:
            return
        if agent.state == _PAUSED:
            agent.pause_token += 1  # the running pause's planned end no longer applies
            self._unpause_global(agent, agent.pause_reason)
            self._pause(agent, reason, seconds)
        elif agent.state == _IDLE:
            self._unidle(agent)
            self._pause(agent, reason, seconds)
        else:
            agent.pending_break = (reason, seconds)

    def _end_pause(self, agent: _Agent) -> None:
        if agent.state == _PAUSED:
            self._pause_over(agent, agent.pause_token)
        elif agent.pending_break is not None:
            agent.pending_break = None

    def _break_due(self, agent: _Agent, shift_no: int, reason: str, seconds: float) -> None:
        if agent.shift_no != shift_no or agent.state in (_OFF, _PAUSED):
            return  # an old shift's plan, or already off the phones
        if agent.state == _IDLE:
            self._unidle(agent)
            self._pause(agent, reason, seconds)
        elif agent.pending_break is None or agent.pending_break[1] < seconds:
            agent.pending_break = (reason, seconds)  # taken when the current call is done

    def _pause(self, agent: _Agent, reason: str, seconds: float) -> None:
        agent.state, agent.pause_reason = _PAUSED, reason
        agent.pause_token += 1
        agent.pause_all = self._rng.random() < 0.25
        self._pause_global(agent, reason, agent.pause_all)
        self._at(self._t + seconds, self._pause_over, agent, agent.pause_token)

    def _pause_over(self, agent: _Agent, token: int) -> None:
        if agent.state != _PAUSED or agent.pause_token != token:
            return
        self._unpause_global(agent, agent.pause_reason)
        self._release(agent)

    # -- shifts -------------------------------------------------------------------------------

    def _shift_start(self, agent: _Agent, day: dt.date) -> float:
        return local_time_on(day, agent.shift.hour, agent.shift.minute)

    def _schedule_first_shift(self, agent: _Agent, start_ts: float, today: dt.date) -> None:
        """Agents whose shift is under way at the start log in at once; others at shift start."""
        for offset in (-1, 0, 1):
            day = today + dt.timedelta(days=offset)
            begin = self._shift_start(agent, day)
            if begin <= start_ts < begin + agent.shift.minutes * 60:
                self._at(start_ts, self._login, agent, day, begin)
                return
            if begin > start_ts:
                self._at(begin, self._login, agent, day, begin)
                return

    def _login(self, agent: _Agent, day: dt.date, planned: float) -> None:
        rng, t = self._rng, self._t
        nxt = day + dt.timedelta(days=1)
        nxt_start = self._shift_start(agent, nxt)
        # tomorrow's login, a few minutes early or late
        self._at(nxt_start + rng.uniform(-300, 180), self._login, agent, nxt, nxt_start)
        if agent.state != _OFF:
            return
        agent.shift_no += 1
        agent.login_ts = t
        agent.pending_logoff, agent.pending_break = False, None
        p = agent.profile
        if not p.static:
            for q in p.queues:
                self._add_member(agent, q)
        self._emit("NONE", "NONE", p.name, "AGENTLOGIN", p.interface)
        length = agent.shift.minutes * 60
        self._at(planned + length + rng.uniform(-120, 240), self._shift_over, agent, agent.shift_no)
        for reason, offset, seconds in break_plan(self._rng, length):
            if planned + offset > t:
                self._at(planned + offset, self._break_due, agent, agent.shift_no, reason, seconds)
        self._plan_episodes(agent, planned, length)
        self._make_available(agent)

    def _shift_over(self, agent: _Agent, shift_no: int) -> None:
        if agent.shift_no != shift_no or agent.state == _OFF:
            return
        if agent.state == _IDLE:
            self._unidle(agent)
            self._logoff(agent)
        elif agent.state == _PAUSED:
            self._unpause_global(agent, agent.pause_reason)
            self._logoff(agent)
        else:
            agent.pending_logoff = True  # finish the call (and its wrap-up) first

    def _logoff(self, agent: _Agent) -> None:
        p = agent.profile
        for q in p.queues:  # a pause in one queue ends with the shift
            if q in agent.held:
                self._unpause_queues(agent, [q], agent.held[q], False)
        self._reset_episodes(agent)
        if not p.static:
            for q in p.queues:
                if q in agent.member:
                    self._remove_member(agent, q)
        seconds = int(self._t - agent.login_ts)
        self._emit("NONE", "NONE", p.name, "AGENTLOGOFF", p.interface, seconds)
        agent.state = _OFF
        agent.pending_logoff, agent.pending_break = False, None
        agent.pause_token += 1
