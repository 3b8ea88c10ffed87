"""An agent's history as one timeline: peer coaching, 1:1 talks, flags, breaks and whatever
other features add (recognitions ...).

Each feature contributes :class:`TimelineEntry` rows through a provider (see
``console.services.agent_history``); an entry carries a kind code and plain data, and the ui
chooses the words, so a new kind needs a provider and a formatter, nothing else.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# kinds the coaching feature provides; other features add their own
PEER = "peer"  # a peer coaching session about this agent's call
COACHED = "coached"  # this agent coached a colleague
ONE_TO_ONE = "one_to_one"
FLAG = "flag"
BREAK = "break"


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    ts: float
    kind: str
    status: str | None = None  # planned | done | cancelled, acknowledged ...
    text: str | None = None  # what people wrote (focus, note), shown as written
    other: str | None = None  # the other person: coach, lead, colleague coached
    fields: tuple[tuple[str, str], ...] = ()  # (code, value): went_well, severity, minutes ...
    ref: str | None = None  # "session:12", "flag:3": what a double-click opens

    def field(self, code: str) -> str | None:
        return next((v for k, v in self.fields if k == code), None)


def timeline(entries: Iterable[TimelineEntry]) -> list[TimelineEntry]:
    """Newest first; at the same second, by kind and reference so the order is stable."""
    return sorted(entries, key=lambda e: (-e.ts, e.kind, e.ref or ""))
