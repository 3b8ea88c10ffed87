"""Today's recent calls as the calls dock shows them: one plain row per queue visit.

The row carries what a supervisor needs to find "that call" again (time, queue, agent, the
caller's last digits) and to act on it (flag it, escalate it, coach on it). The caller is
already masked here: the full number never reaches the GUI, so no view can show it by mistake.
"""

from __future__ import annotations

from dataclasses import dataclass

from console.domain import kpi
from console.domain.flags import Flag

RECENT_CALLS_LIMIT = 300  # a busy floor's last hour or two; enough to find a call just taken

# Outcome groups for the dock's filter: the many Asterisk endings read as four kinds.
ANSWERED = "answered"
ABANDONED = "abandoned"
IN_PROGRESS = "in_progress"
OTHER = "other"
OUTCOME_GROUPS = (ANSWERED, ABANDONED, IN_PROGRESS, OTHER)


def uniqueid_time(callid: str | None) -> float | None:
    """When an Asterisk call began, read from its uniqueid ("1796116253.260", or
    "pbx1-1796116253.260" with a system name): the part before the dot is the Unix time the
    channel was made. People are shown that time ("call at 10:27"), never the raw id."""
    if not callid:
        return None
    head = callid.rsplit("-", 1)[-1].split(".", 1)[0]
    if not head.isdigit() or len(head) < 9:
        return None
    seconds = int(head)
    return float(seconds) if 946_684_800 <= seconds < 4_102_444_800 else None  # 2000-2100


def outcome_group(outcome: str) -> str:
    """Connected calls are "in progress", not "answered": the filter is about what is over."""
    if outcome in (kpi.WAITING, kpi.CONNECTED):
        return IN_PROGRESS
    if outcome in kpi.COMPLETED_OUTCOMES:
        return ANSWERED
    if outcome == kpi.ABANDONED:
        return ABANDONED
    return OTHER


@dataclass(frozen=True, slots=True)
class CallRow:
    id: int  # calls.id: one queue visit (a callid can visit twice)
    callid: str
    queue: str
    agent: str | None  # the queue_log member name (the key other features use)
    agent_name: str | None  # display name, or the member name when the roster has none
    caller: str  # masked (mask_caller): "•••• 0001"; in full only if the floor shows numbers
    caller_tail: str  # the last four digits, what the dock's search matches
    enter_ts: int
    outcome: str
    wait_s: float | None  # hold time, or waited so far while still in the queue
    talk_s: float | None  # talk time, or talked so far while connected
    flag_severity: int = 0  # the highest severity of the flags on this call, 0 = none

    @property
    def flagged(self) -> bool:
        return self.flag_severity > 0

    @property
    def group(self) -> str:
        return outcome_group(self.outcome)


def flag_severities(flags: tuple[Flag, ...] | list[Flag]) -> dict[tuple[str, str | None], int]:
    """Highest severity per (callid, queue) of the flags that name a call."""
    out: dict[tuple[str, str | None], int] = {}
    for f in flags:
        if f.callid:
            key = (f.callid, f.queue)
            out[key] = max(out.get(key, 0), f.severity)
    return out


def severity_for(severities: dict[tuple[str, str | None], int], callid: str,
                 queue: str) -> int:
    """A flag names its queue when the source knew it (the phone, the console); a QA import
    may not, and then it marks every visit of that call."""
    return max(severities.get((callid, queue), 0), severities.get((callid, None), 0))


def live_seconds(start: int | None, stored: int | None, open_now: bool,
                 now: float) -> float | None:
    """A finished call's stored figure; an open one's time so far (never negative)."""
    if stored is not None and not open_now:
        return float(stored)
    if open_now and start is not None:
        return max(0.0, now - start)
    return None if stored is None else float(stored)
