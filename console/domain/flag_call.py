"""Which call a flag raised from an agent's row is about.

A lead who flags from the agent table means the call the agent is on, or the one that just
ended: the dialog links that one by default and offers the agent's other recent calls (or
none) to change it. A call that ended longer ago than ``JUST_ENDED_SECONDS`` is not assumed:
the lead picks it, so a flag is never quietly pinned on the wrong caller.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from console.domain import kpi
from console.domain.calls import CallRow

JUST_ENDED_SECONDS = 15 * 60
CHOICES = 10  # the agent's newest calls offered in the dialog


@dataclass(frozen=True, slots=True)
class FlagCallChoice:
    calls: tuple[CallRow, ...]  # the agent's answered calls, newest first
    default: CallRow | None  # in progress, else just ended; None: link to no call

    @property
    def in_progress(self) -> bool:
        return self.default is not None and self.default.outcome == kpi.CONNECTED


def call_end(call: CallRow) -> float:
    """When the call ended (or, for one in progress, the moment it was last counted)."""
    return call.enter_ts + (call.wait_s or 0.0) + (call.talk_s or 0.0)


def calls_to_flag(calls: Iterable[CallRow], agent: str, now: float, *,
                  just_ended_s: float = JUST_ENDED_SECONDS,
                  limit: int = CHOICES) -> FlagCallChoice:
    """``calls``: recent calls of the floor (the board's list); ``now``: the board's clock."""
    mine = sorted((c for c in calls if c.agent == agent and c.outcome in kpi.ANSWERED_OUTCOMES),
                  key=lambda c: (c.outcome != kpi.CONNECTED, -call_end(c), -c.id))[:limit]
    default = next((c for c in mine if c.outcome == kpi.CONNECTED), None)
    if default is None:
        default = next((c for c in mine if now - call_end(c) <= just_ended_s), None)
    return FlagCallChoice(tuple(mine), default)
