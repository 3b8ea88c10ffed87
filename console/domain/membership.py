"""Queue membership: an agent's state *per queue*, and the one overall state the board shows.

Asterisk keeps a member record per queue: a pause (``QueuePause`` with a Queue, the ``PAUSE``
line of one queue) holds in that queue only, and a member can be removed from one queue and
stay in another. The derivation therefore keeps a :class:`QueueMember` per agent per queue
and stores per-queue intervals (:class:`MemberInterval`, table ``member_states``) beside the
overall ``agent_states`` intervals that reports read. The overall state follows one rule,
:func:`overall_state`:

* on a call (from any queue) is on a call;
* paused only when paused in *every* queue the agent is a member of (the reason is that of
  the latest pause); paused in some queues and free in another is available (they can take
  a call) and the board says where they are paused;
* a member of no queue is logged out (unless a queue-less login says otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass

from console.domain.agent_state import AgentState, is_wrap_up_reason

# queue_log lines whose agent field is the member's *interface* (app_queue.c writes
# ``mem->interface`` unless ``log_membername_as_agent``); every other line writes the member name.
INTERFACE_EVENTS = frozenset({"ADDMEMBER", "REMOVEMEMBER", "PENALTY", "RINGINUSE"})


def looks_like_interface(text: str) -> bool:
    """Asterisk interfaces are ``Tech/resource`` (``Local/agent109@agents/n``, ``PJSIP/1001``)."""
    return "/" in text


@dataclass(slots=True)
class QueueMember:
    """One agent's membership of one queue, as Asterisk keeps it."""

    paused: bool = False
    reason: str | None = None
    dynamic: bool = False  # added by ADDMEMBER / AddQueueMember: gone after a restart
    paused_at: int = 0
    interval_id: int | None = None

    def values(self) -> list:
        return [self.paused, self.reason, self.dynamic, self.paused_at, self.interval_id]


@dataclass(slots=True)
class MemberInterval:
    """A stretch of time one agent was a member of one queue with one (paused, reason).

    Being on a call is not part of it: the ``calls`` rows already say who talked to which
    queue's caller when, and a row per call would double what a backfill writes."""

    id: int
    agent: str
    queue: str
    paused: bool
    reason: str | None
    start_ts: int
    end_ts: int | None = None
    resolved: bool = True  # False: known only by an interface not yet mapped to a person

    def row(self) -> tuple:
        return (self.id, self.agent, self.queue, int(self.paused), self.reason,
                int(self.resolved), self.start_ts, self.end_ts)


@dataclass(frozen=True, slots=True)
class ListedMember:
    """One ``QueueMember`` of an AMI ``QueueStatus`` answer: the PBX's own picture."""

    queue: str
    name: str
    interface: str = ""
    state_interface: str = ""
    dynamic: bool = False
    paused: bool = False
    reason: str | None = None
    in_call: bool = False

    def values(self) -> list:
        return [self.queue, self.name, self.interface, self.state_interface, self.dynamic,
                self.paused, self.reason, self.in_call]


def overall_state(
    queues: dict[str, QueueMember], *, on_call: bool, wrapping: bool,
    logged_in: bool, paused: bool, pause_reason: str | None,
) -> tuple[str, str | None]:
    """The agent's one state from their per-queue records (rules: module docstring).

    ``logged_in``/``paused``/``pause_reason`` are what queue-less lines said (an
    ``AGENTLOGIN``, a ``PAUSEALL`` before any queue is known); they count only while no
    queue membership is known.
    """
    if on_call:
        return AgentState.ON_CALL.value, None
    if queues:
        for m in queues.values():
            if not m.paused:
                break
        else:
            latest = max(queues.values(), key=lambda m: m.paused_at)
            return _paused(latest.reason)
    elif not logged_in:
        return AgentState.LOGGED_OUT.value, None
    elif paused:
        return _paused(pause_reason)
    if wrapping:
        return AgentState.WRAP_UP.value, None
    return AgentState.AVAILABLE.value, None


def _paused(reason: str | None) -> tuple[str, str | None]:
    if is_wrap_up_reason(reason):
        return AgentState.WRAP_UP.value, reason
    return AgentState.PAUSED.value, reason


def load_member(values: list | dict) -> QueueMember:
    return QueueMember(**values) if isinstance(values, dict) else QueueMember(*values)
