"""Recognition: the praise a lead records for an agent, so the board and the shift report show
what went well beside what went wrong.

A floor that only counts abuse and strain tells its people they are a risk to be managed;
recording a resolved hard complaint or a customer's thanks is how the same tool says "well
done", and how the report carries it upward. Kinds are codes; the ui chooses the words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

COMPLIMENT = "customer_compliment"
RESOLVED_COMPLAINT = "resolved_complaint"
HELPED_COLLEAGUE = "helped_colleague"
OTHER = "other"
KINDS = (COMPLIMENT, RESOLVED_COMPLAINT, HELPED_COLLEAGUE, OTHER)

MAX_TEXT = 2000


@dataclass(frozen=True, slots=True)
class Recognition:
    id: int
    ts: int
    agent: str
    kind: str
    text: str
    callid: str | None
    flag_id: int | None
    recorded_by: str
    withdrawn_at: int | None = None
    withdrawn_by: str | None = None

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    def to_json(self) -> dict:
        return {"id": self.id, "ts": self.ts, "agent": self.agent, "kind": self.kind,
                "text": self.text, "callid": self.callid, "flag_id": self.flag_id,
                "recorded_by": self.recorded_by}


def clean(agent: str, kind: str, text: str | None) -> tuple[str, str, str]:
    """Checked, trimmed values. "Other" needs words (it says nothing by itself); the named
    kinds may stand alone, because a lead between calls will not always type a sentence."""
    agent = (agent or "").strip()
    text = (text or "").strip()
    if not agent:
        raise ValueError("a recognition needs an agent")
    if kind not in KINDS:
        raise ValueError(f"unknown recognition kind {kind!r}")
    if kind == OTHER and not text:
        raise ValueError("say what the agent did")
    if len(text) > MAX_TEXT:
        raise ValueError(f"the text is longer than {MAX_TEXT} characters")
    return agent, kind, text


def needs_text(kind: str) -> bool:
    return kind == OTHER


@dataclass(frozen=True, slots=True)
class ShiftPositives:
    """What a shift report lists under "what went well"."""

    start: float
    end: float
    recognitions: tuple[Recognition, ...]  # newest first, withdrawn ones left out
    by_kind: tuple[tuple[str, int], ...]  # every kind, in KINDS order
    agents: int  # how many people were recognised

    @property
    def total(self) -> int:
        return len(self.recognitions)

    def to_json(self) -> dict:
        return {"start": int(self.start), "end": int(self.end), "total": self.total,
                "agents": self.agents, "by_kind": dict(self.by_kind),
                "recognitions": [r.to_json() for r in self.recognitions]}


def shift_positives(recognitions: Iterable[Recognition], start: float,
                    end: float) -> ShiftPositives:
    kept = sorted((r for r in recognitions if not r.withdrawn and start <= r.ts < end),
                  key=lambda r: (-r.ts, -r.id))
    counts = Counter(r.kind for r in kept)
    return ShiftPositives(start, end, tuple(kept), tuple((k, counts.get(k, 0)) for k in KINDS),
                          len({r.agent for r in kept}))
