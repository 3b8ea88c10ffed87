"""Issues for management: problems customers report that the organisation must fix (a fault
at a location, a broken process, a policy that makes people angry), with the call or flag that
showed them.

The repeat rule. Agents hear the same fault from many callers; ten rows saying "network down
in Riverside" bury the one that says "billing error on the March invoice". So logging a cause
at a place where an issue with the same cause and the same place is still open (or sent to
management) adds an *occurrence* to that issue (its own reporter, call, flag and words)
instead of a second issue. Places compare after :func:`location_key` (case, full-/half-width
and spacing do not matter; "Riverside District" = "riverside  district"); an empty place is a
place too, so "billing error" with no place gathers all unplaced billing errors. Once an issue
is fixed, the same cause and place opens a *new* issue that points at the fixed one
(``recurrence_of``): the report then shows that the fix did not hold, rather than silently
reopening it.

Counting: the shift report counts occurrences by cause (how often customers hit it this
shift), next to how many distinct issues those were and their status.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

LOCATION_FAULT = "location_fault"  # network or service fault at a location
BILLING_ERROR = "billing_error"
BROKEN_PROCESS = "broken_process"
POLICY_ANGER = "policy_anger"  # a policy that makes customers angry
PRODUCT_DEFECT = "product_defect"
OTHER = "other"
DEFAULT_CAUSES: tuple[tuple[str, str], ...] = (
    (LOCATION_FAULT, "Network or service fault at a location"),
    (BILLING_ERROR, "Billing error"),
    (BROKEN_PROCESS, "Broken process"),
    (POLICY_ANGER, "Policy causes anger"),
    (PRODUCT_DEFECT, "Product defect"),
    (OTHER, "Other"),
)
BUILTIN_CAUSES = frozenset(code for code, _ in DEFAULT_CAUSES)
CUSTOM_PREFIX = "custom_"

OPEN = "open"
SENT = "sent"  # sent to management
FIXED = "fixed"
STATUSES = (OPEN, SENT, FIXED)

AGENT = "agent"
LEAD = "lead"
REPORTER_ROLES = (AGENT, LEAD)

MAX_TEXT = 2000
MAX_LABEL = 80
_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = " .,;:!?-—–·、，。；：！？\"'()[]（）【】"


@dataclass(frozen=True, slots=True)
class Cause:
    code: str
    label: str | None  # None: a built-in cause, named by the ui in the user's language
    position: int
    archived: bool = False

    @property
    def builtin(self) -> bool:
        return self.code in BUILTIN_CAUSES

    def english(self) -> str:
        """The name for files and logs (the ui translates built-ins itself)."""
        return self.label or dict(DEFAULT_CAUSES).get(self.code, self.code)


@dataclass(frozen=True, slots=True)
class ManagementIssue:
    id: int
    cause: str
    location: str
    description: str
    status: str
    opened_at: int
    opened_by: str
    status_at: int | None
    status_by: str | None
    last_seen_at: int
    occurrences: int
    recurrence_of: int | None = None
    reporters: tuple[str, ...] = ()  # who reported it, first report first
    last_note: str = ""  # the words of the latest occurrence
    last_callid: str | None = None
    last_flag_id: int | None = None

    @property
    def active(self) -> bool:
        return self.status != FIXED

    def to_json(self) -> dict:
        return {"id": self.id, "cause": self.cause, "location": self.location,
                "description": self.description, "status": self.status,
                "opened_at": self.opened_at, "opened_by": self.opened_by,
                "last_seen_at": self.last_seen_at, "occurrences": self.occurrences,
                "recurrence_of": self.recurrence_of, "reporters": list(self.reporters)}


@dataclass(frozen=True, slots=True)
class IssueReport:
    id: int
    issue_id: int
    ts: int
    reported_by: str
    reporter_role: str
    recorded_by: str
    agent: str | None
    callid: str | None
    flag_id: int | None
    note: str


@dataclass(frozen=True, slots=True)
class ReportResult:
    issue_id: int
    repeat: bool  # an occurrence added to an issue that was already open
    occurrences: int
    recurrence_of: int | None = None  # a new issue because this one had been fixed


@dataclass(frozen=True, slots=True)
class CauseCount:
    cause: str
    label: str | None
    occurrences: int  # reports in the window
    issues: int  # distinct issues those reports belong to
    open: int  # of those issues, by their status now
    sent: int
    fixed: int

    def to_json(self) -> dict:
        return {"cause": self.cause, "label": self.label, "occurrences": self.occurrences,
                "issues": self.issues, "open": self.open, "sent": self.sent,
                "fixed": self.fixed}


def location_key(location: str | None) -> str:
    """The place as the repeat rule compares it: NFKC (full-width -> half-width), case-folded,
    runs of spaces made one, punctuation at the ends dropped."""
    text = unicodedata.normalize("NFKC", location or "").casefold()
    return _SPACES.sub(" ", text).strip(_EDGE_PUNCT)


def find_repeat(issues: Iterable[ManagementIssue], cause: str,
                location: str | None) -> ManagementIssue | None:
    """The unfixed issue a new report of ``cause`` at ``location`` would join, if any."""
    key = location_key(location)
    return next((i for i in issues
                 if i.active and i.cause == cause and location_key(i.location) == key), None)


def clean_report(cause: str, location: str | None, description: str | None,
                 reported_by: str, reporter_role: str) -> tuple[str, str, str, str, str]:
    cause = (cause or "").strip()
    location = _SPACES.sub(" ", (location or "").strip())
    description = (description or "").strip()
    reported_by = (reported_by or "").strip()
    if not cause:
        raise ValueError("choose a cause")
    if not description:
        raise ValueError("describe the problem")
    if len(description) > MAX_TEXT or len(location) > MAX_LABEL * 2:
        raise ValueError("the text is too long")
    if reporter_role not in REPORTER_ROLES:
        raise ValueError(f"unknown reporter role {reporter_role!r}")
    if not reported_by:
        raise ValueError("say who reported it")
    return cause, location, description, reported_by, reporter_role


def clean_label(label: str | None) -> str:
    label = _SPACES.sub(" ", (label or "").strip())
    if not label:
        raise ValueError("a cause needs a name")
    if len(label) > MAX_LABEL:
        raise ValueError(f"a cause name is at most {MAX_LABEL} characters")
    return label


def check_status(status: str) -> str:
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    return status


def count_by_cause(rows: Iterable[tuple[str, int, str]],
                   causes: Iterable[Cause] = ()) -> list[CauseCount]:
    """``rows`` are (cause, issue id, issue status) per occurrence in the window; most
    occurrences first, then the list's own order."""
    order = {c.code: (c.position, c.label) for c in causes}
    occurrences: dict[str, int] = {}
    issues: dict[str, dict[int, str]] = {}
    for cause, issue_id, status in rows:
        occurrences[cause] = occurrences.get(cause, 0) + 1
        issues.setdefault(cause, {})[issue_id] = status
    out = []
    for cause, n in occurrences.items():
        statuses = list(issues[cause].values())
        out.append(CauseCount(cause, order.get(cause, (0, None))[1], n, len(statuses),
                              statuses.count(OPEN), statuses.count(SENT),
                              statuses.count(FIXED)))
    out.sort(key=lambda c: (-c.occurrences, order.get(c.cause, (999, None))[0], c.cause))
    return out
