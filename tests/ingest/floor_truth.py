"""The floor as the queue_log lines alone say it is, per agent and per queue.

An independent replay for the simulator tests, deliberately not the console's derivation
(console.domain.floor_state): it knows only what Asterisk 22 writes. Membership of a queue is
known for dynamic members (an interface that ever appears in ADDMEMBER); a static member
(``member =>`` in queues.conf, never added) is taken to be a member of the queues it serves.
The name of an interface is learnt from AGENTLOGIN lines (``name|AGENTLOGIN|interface``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

ANSWERED_ENDS = frozenset({"COMPLETECALLER", "COMPLETEAGENT", "BLINDTRANSFER"})
UNANSWERED_ENDS = frozenset({"ABANDON", "EXITWITHTIMEOUT", "EXITWITHKEY"})


def fields(line: str) -> list[str]:
    return line.split("|")


def restart_block(lines: list[str], queuestart: int) -> list[int]:
    """Line numbers of the calls a restart dropped: the run of call ends (and ring cancels)
    in one second just before the QUEUESTART at ``queuestart``."""
    block: list[int] = []
    j = queuestart - 1
    while j >= 0:
        ts, _c, _q, _a, event, *_ = fields(lines[j])
        if event not in ANSWERED_ENDS | UNANSWERED_ENDS | {"RINGCANCELED", "RINGNOANSWER"}:
            break
        if block and ts != fields(lines[block[-1]])[0]:
            break
        block.append(j)
        j -= 1
    return block[::-1]


@dataclass
class FloorTruth:
    """Feed lines in order with :meth:`feed`; ``violations`` lists what Asterisk could not do."""

    dynamic: set[str]  # interfaces that are dynamic members (ever added)
    name_of: dict[str, str] = field(default_factory=dict)  # interface -> member name
    iface_of: dict[str, str] = field(default_factory=dict)
    members: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # iface
    paused: dict[tuple[str, str], str] = field(default_factory=dict)  # (name, queue) -> reason
    open_calls: dict[str, str] = field(default_factory=dict)  # callid -> queue
    connected: dict[str, str] = field(default_factory=dict)  # callid -> name
    on_call: dict[str, str] = field(default_factory=dict)  # name -> callid
    violations: list[str] = field(default_factory=list)
    # what the tests look for
    restarts: list[int] = field(default_factory=list)  # line numbers of a QUEUESTART (not the 1st)
    # (agent, queue, other queue, line number of the CONNECT, of the PAUSE in the other queue)
    connect_while_paused_elsewhere: list[tuple[str, str, str, int, int]] = field(
        default_factory=list
    )
    _pause_line: dict[tuple[str, str], int] = field(default_factory=dict)
    removed_during_call: list[tuple[str, str, str]] = field(default_factory=list)  # n, q, call
    connect_after_readd: list[tuple[str, str]] = field(default_factory=list)  # name, queue
    back_unpaused: list[tuple[str, str]] = field(default_factory=list)  # static, after restart
    _paused_at_restart: set[tuple[str, str]] = field(default_factory=set)
    _readded: set[tuple[str, str]] = field(default_factory=set)  # (iface, q) since a restart
    _lines: int = 0

    @classmethod
    def of(cls, lines: list[str]) -> FloorTruth:
        truth = cls({fields(x)[3] for x in lines if fields(x)[4] == "ADDMEMBER"})
        for line in lines:
            truth.feed(line)
        return truth

    def is_member(self, name: str, queue: str) -> bool:
        iface = self.iface_of.get(name)
        if iface is None or iface not in self.dynamic:
            return True  # a static member: always configured (the roster check says where)
        return queue in self.members[iface]

    def _fail(self, why: str, line: str) -> None:
        self.violations.append(f"line {self._lines}: {why}: {line}")

    def feed(self, line: str) -> None:
        self._lines += 1
        _ts, callid, queue, agent, event, *data = fields(line)
        if event == "QUEUESTART":
            if self._lines > 1:
                self.restarts.append(self._lines - 1)
            if self.open_calls or self.on_call:
                self._fail(f"calls survive the restart: {sorted(self.open_calls)}", line)
            self._paused_at_restart = set(self.paused)
            self.members.clear()  # dynamic members are gone (persistentmembers = no)
            self.paused.clear()  # static members come back unpaused
            self._readded.clear()
        elif event == "AGENTLOGIN":
            self.name_of[data[0]], self.iface_of[agent] = agent, data[0]
        elif event == "ENTERQUEUE":
            self.open_calls[callid] = queue
        elif event == "CONNECT":
            self._connect(callid, queue, agent, line)
        elif event in ANSWERED_ENDS or event in UNANSWERED_ENDS:
            if self.open_calls.pop(callid, None) != queue:
                self._fail("end of a call that is not in this queue", line)
            name = self.connected.pop(callid, None)
            if event in ANSWERED_ENDS:
                if name != agent or self.on_call.pop(agent, None) != callid:
                    self._fail("completed by someone not on the call", line)
            elif name is not None:
                self._fail("left the queue after a connect", line)
        elif event == "ADDMEMBER":
            if queue in self.members[agent]:
                self._fail("added twice", line)
            self.members[agent].add(queue)
            self._readded.add((agent, queue))
            self._paused_at_restart.discard((self.name_of.get(agent, agent), queue))
        elif event == "REMOVEMEMBER":
            if queue not in self.members[agent]:
                self._fail("removed while not a member", line)
            self.members[agent].discard(queue)
            name = self.name_of.get(agent, agent)
            self.paused.pop((name, queue), None)
            if name in self.on_call:
                self.removed_during_call.append((name, queue, self.on_call[name]))
        elif event == "PAUSE":
            if (agent, queue) in self.paused:
                self._fail("paused twice", line)
            if not self.is_member(agent, queue):
                self._fail("paused in a queue it is not a member of", line)
            self.paused[(agent, queue)] = data[0]
            self._pause_line[(agent, queue)] = self._lines - 1
            self._paused_at_restart.discard((agent, queue))
        elif event == "UNPAUSE":
            if self.paused.pop((agent, queue), None) is None:
                self._fail("unpaused while not paused", line)
            self._paused_at_restart.discard((agent, queue))
        elif event == "PENALTY":
            name = self.name_of.get(agent, agent)
            if not agent.startswith("Local/") or not self.is_member(name, queue):
                self._fail("penalty for a non-member or not by interface", line)

    def _connect(self, callid: str, queue: str, agent: str, line: str) -> None:
        if self.open_calls.get(callid) != queue:
            self._fail("connect of a call not waiting in this queue", line)
        if agent in self.on_call:
            self._fail(f"agent already on {self.on_call[agent]}", line)
        if (agent, queue) in self.paused:
            self._fail(f"agent paused in {queue} ({self.paused[(agent, queue)]})", line)
        if not self.is_member(agent, queue):
            self._fail(f"agent not a member of {queue}", line)
        elsewhere = [q for (a, q) in self.paused if a == agent and q != queue]
        if elsewhere:
            other = elsewhere[0]
            self.connect_while_paused_elsewhere.append(
                (agent, queue, other, self._lines - 1, self._pause_line[(agent, other)])
            )
        iface = self.iface_of.get(agent, "")
        if self.restarts and (iface, queue) in self._readded:
            self.connect_after_readd.append((agent, queue))
        if self.restarts and (agent, queue) in self._paused_at_restart:
            self.back_unpaused.append((agent, queue))
            self._paused_at_restart.discard((agent, queue))
        self.connected[callid], self.on_call[agent] = agent, callid
