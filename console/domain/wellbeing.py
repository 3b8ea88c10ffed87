"""How the floor looked after its people this shift: flags taken, how fast a lead
acknowledged them, and whether severe ones were followed by a recovery break."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass

from console.domain.breaks import Break
from console.domain.flags import Flag


@dataclass(frozen=True, slots=True)
class Wellbeing:
    flags: int
    severe_flags: int  # severity 2-3
    unacknowledged: int
    median_minutes_to_ack: float | None
    median_minutes_to_break: float | None
    severe_with_break_share: float | None  # severe flags followed by a break within the window
    window_minutes: int = 15

    def to_json(self) -> dict:
        def r(v: float | None, d: int = 1) -> float | None:
            return None if v is None else round(v, d)

        return {
            "flags": self.flags,
            "severe_flags": self.severe_flags,
            "unacknowledged": self.unacknowledged,
            "median_minutes_to_acknowledge": r(self.median_minutes_to_ack),
            "median_minutes_to_break": r(self.median_minutes_to_break),
            "severe_followed_by_break_share": r(self.severe_with_break_share, 4),
            "break_window_minutes": self.window_minutes,
        }


def wellbeing(flags: Iterable[Flag], breaks: Iterable[Break],
              window_minutes: int = 15) -> Wellbeing:
    flags = list(flags)
    by_agent: dict[str, list[int]] = {}
    for b in breaks:
        by_agent.setdefault(b.agent, []).append(b.start_ts)
    for starts in by_agent.values():
        starts.sort()
    to_ack = [(f.acknowledged_at - f.ts) / 60 for f in flags
              if f.acknowledged_at is not None and f.acknowledged_at >= f.ts]
    to_break: list[float] = []
    severe = [f for f in flags if f.severity >= 2]
    severe_in_window = 0
    for f in flags:
        nxt = next((s for s in by_agent.get(f.agent or "", []) if s >= f.ts), None)
        if nxt is None:
            continue
        minutes = (nxt - f.ts) / 60
        to_break.append(minutes)
        if f.severity >= 2 and minutes <= window_minutes:
            severe_in_window += 1
    return Wellbeing(
        flags=len(flags),
        severe_flags=len(severe),
        unacknowledged=sum(1 for f in flags if f.acknowledged_at is None),
        median_minutes_to_ack=statistics.median(to_ack) if to_ack else None,
        median_minutes_to_break=statistics.median(to_break) if to_break else None,
        severe_with_break_share=severe_in_window / len(severe) if severe else None,
        window_minutes=window_minutes,
    )
