"""Abusive-call flags: one vocabulary whatever the source, and callers shown masked.

Sources write categories their own way (the sample PBX's dialplan says ``threats`` and
``verbal_abuse``; QA lists say "Threat", "辱骂"...). The console keeps the raw word and maps it
to four categories a team lead can act on.
"""

from __future__ import annotations

from dataclasses import dataclass

INSULT = "insult_profanity"
THREAT = "threat"
HARASSMENT = "harassment"
REPEAT = "repeat_abuse"
CATEGORIES = (INSULT, THREAT, HARASSMENT, REPEAT)

SOURCES = ("queue_log", "console", "qa_import", "detector")

_ALIASES = {
    INSULT: ("insult", "insults", "profanity", "verbal_abuse", "verbal", "abuse", "swearing",
             "rude", "辱骂", "脏话", "骂人", "侮辱"),
    THREAT: ("threat", "threats", "threatening", "violence", "威胁", "恐吓"),
    HARASSMENT: ("harassment", "sexual", "sexual_harassment", "discrimination",
                 "discriminatory", "racism", "hate", "性骚扰", "骚扰", "歧视"),
    REPEAT: ("repeat", "repeat_abuse", "persistent", "repeat_abuser", "persistent_abuse",
             "反复", "多次", "惯犯"),
}
_LOOKUP = {alias: cat for cat, aliases in _ALIASES.items() for alias in (cat, *aliases)}


def normalise_category(raw: str | None, severity: int = 1) -> str:
    """Map a source's category word to ours; unknown words fall back by severity."""
    key = (raw or "").strip().lower().replace("-", "_").replace(" ", "_")
    if key in _LOOKUP:
        return _LOOKUP[key]
    return THREAT if severity >= 3 else INSULT


def clamp_severity(value: object, default: int = 1) -> int:
    try:
        n = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    return min(3, max(1, n))


def mask_caller(number: str | None, show_full: bool = False) -> str:
    """Last four digits only, unless the floor has chosen (and audited) to show numbers.
    Already masked text is left alone: the board snapshot masks before the GUI sees it."""
    if not number:
        return ""
    if show_full or "•" in number:
        return number
    digits = [c for c in number if c.isdigit()]
    if len(digits) <= 4:
        return "•" * len(digits)
    return "•••• " + "".join(digits[-4:])


@dataclass(frozen=True, slots=True)
class Flag:
    id: int
    ts: int
    agent: str | None
    queue: str | None
    callid: str | None
    caller: str | None
    severity: int
    category: str
    raw_category: str | None
    note: str | None
    source: str
    acknowledged_at: int | None
    acknowledged_by: str | None
    repeat_caller: bool = False
    notes: int = 0

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None

    @property
    def severe(self) -> bool:
        return self.severity >= 2
