"""Escalated complaints with a promised callback: their clock, their state and the trust score.

**One promise per item.** When a complaint cannot be solved on the call, the floor promises to
come back with an answer within a deadline (24 h or 48 h by default, per channel, editable):
the *callback promise*. It is measured two ways, both against the same promise:

* the **first reply** (the callback itself) gives the customer-trust score,
  ``trust = (1 - reply / promise) x 100`` (DESIGN.md section 6). It goes negative once the
  reply was late; screens show "overdue" then rather than clamping it to 0;
* **resolution** keeps or breaks the promise: an open item is *on track*, *at risk* (25 % or
  less of the promise left; warnings are also noted at 70, 80 and 90 % of the time used) or
  *breached* (past the promise); a resolved item is *met* (resolved within the promise) or
  *met late*. A callback that only says "we are still working on it" does not keep the promise;
  it does stop the trust score from falling further.

Boundaries are inclusive on the kept side: exactly 75 % used is at risk, exactly 70/80/90 %
used raises that warning, and exactly at the promise is still not late (0 left, at risk; met
when resolved then; trust 0). One second more is breached / met late / negative trust.

**The clock** runs on calendar time (24x7) by default, or on business hours
(:mod:`console.domain.business_hours`, default Monday-Friday 09:00-18:00 local time) for the
channels listed in :class:`EscalationSettings` or for an item opened that way. It pauses while
the item waits on the customer; each pause and resume is an event on the item's timeline (and
audited). Elapsed and promised times are kept as raw minutes, so a figure can always be
recomputed and explained.

Pure: no Qt, no SQL; every "now" is passed in.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from console.domain.business_hours import WeeklyHours, add_business_seconds, business_seconds
from console.domain.flags import mask_caller

PHONE, EMAIL, CHAT, WECHAT, WEIBO, OTHER = "phone", "email", "chat", "wechat", "weibo", "other"
CHANNELS = (PHONE, EMAIL, CHAT, WECHAT, WEIBO, OTHER)

ON_TRACK, AT_RISK, BREACHED, MET, MET_LATE = "on_track", "at_risk", "breached", "met", "met_late"
STATES = (ON_TRACK, AT_RISK, BREACHED, MET, MET_LATE)
OPEN_STATES = frozenset({ON_TRACK, AT_RISK, BREACHED})

AGENT, PEER, SUPERVISOR, DEPARTMENT = "agent", "peer", "supervisor", "department"
ROLES = (AGENT, PEER, SUPERVISOR, DEPARTMENT)

CALENDAR, BUSINESS = "calendar", "business"
CLOCKS = (CALENDAR, BUSINESS)

SYSTEM_ACTOR = "composure"  # threshold notices are the console's own, not a person's action

# Timeline event kinds (escalation_events.kind)
EVENT_KINDS = ("opened", "imported", "updated", "note", "reply", "pause", "resume", "handoff",
               "promise", "warning", "at_risk", "breached", "resolved")

_EPS = 1e-6  # seconds: float noise must never move an item off "exactly at the promise"

_CHANNEL_ALIASES = {
    PHONE: ("phone", "call", "telephone", "voice", "tel", "hotline", "电话", "热线", "来电"),
    EMAIL: ("email", "e-mail", "mail", "邮件", "邮箱", "电子邮件"),
    CHAT: ("chat", "online chat", "online_chat", "webchat", "web chat", "live chat",
           "livechat", "在线客服", "在线聊天", "在线", "网聊"),
    WECHAT: ("wechat", "weixin", "we chat", "微信"),
    WEIBO: ("weibo", "微博"),
    OTHER: ("other", "others", "其他", "其它"),
}
_CHANNEL_LOOKUP = {a: ch for ch, aliases in _CHANNEL_ALIASES.items() for a in aliases}


def _default_promise_hours() -> dict[str, float]:
    # Written channels wait longer for an answer than someone who was on the phone; public
    # social channels (Weibo) are answered as fast as a call.
    return {PHONE: 24.0, CHAT: 24.0, WECHAT: 24.0, WEIBO: 24.0, EMAIL: 48.0, OTHER: 48.0}


@dataclass(frozen=True)
class EscalationSettings:
    """Every number of the escalation rules; defaults from DESIGN.md section 6."""

    promise_hours: dict[str, float] = field(default_factory=_default_promise_hours)
    at_risk_left: float = 0.25  # at risk with this share of the promise (or less) left
    warnings: tuple[float, ...] = (0.70, 0.80, 0.90)  # shares of the promise used
    business_hours: WeeklyHours = field(default_factory=WeeklyHours.office)
    business_clock_channels: frozenset[str] = frozenset()  # calendar clock for all by default
    aging_edges_hours: tuple[float, ...] = (4.0, 12.0, 24.0, 48.0)
    closed_days_shown: int = 7  # resolved items stay on the board this long

    def __post_init__(self) -> None:
        if not 0 < self.at_risk_left < 1:
            raise ValueError("at_risk_left must be a share between 0 and 1")
        if any(not 0 < w < 1 for w in self.warnings) or list(self.warnings) != sorted(
                self.warnings):
            raise ValueError("warnings must be increasing shares between 0 and 1")
        if any(not (math.isfinite(h) and h > 0) for h in self.promise_hours.values()):
            raise ValueError("promise hours must be positive")
        if list(self.aging_edges_hours) != sorted(self.aging_edges_hours):
            raise ValueError("aging bucket edges must increase")

    def promise_minutes(self, channel: str) -> int:
        hours = self.promise_hours.get(channel, self.promise_hours.get(OTHER, 48.0))
        return round(hours * 60)

    def clock_for(self, channel: str) -> str:
        return BUSINESS if channel in self.business_clock_channels else CALENDAR


DEFAULT_SETTINGS = EscalationSettings()


@dataclass(frozen=True, slots=True)
class PauseSpan:
    """The clock stood still (waiting on the customer); ``end_ts`` None while it still does."""

    start_ts: float
    end_ts: float | None = None


@dataclass(frozen=True, slots=True)
class Escalation:
    id: int
    reference: str
    channel: str
    opened_at: int
    promise_minutes: int
    clock: str = CALENDAR
    customer: str | None = None  # stored masked
    category: str | None = None
    description: str | None = None
    owner: str | None = None  # who holds it now
    holder_role: str = AGENT
    department: str | None = None
    agent: str | None = None  # whose call raised it (counts towards their strain)
    callid: str | None = None
    queue: str | None = None
    flag_id: int | None = None
    source: str = "console"  # console | import | demo
    external_ref: str | None = None
    first_reply_at: int | None = None
    reply_elapsed_minutes: float | None = None  # raw, on the item's clock
    resolved_at: int | None = None
    elapsed_minutes: float | None = None  # raw, at resolution (or the last checkpoint)
    state: str = ON_TRACK  # as last recorded (the live state comes from status())
    warned_percent: int = 0  # the highest warning already on the timeline
    notified: str | None = None  # at_risk | breached: what a notification was raised for
    pauses: tuple[PauseSpan, ...] = ()
    created_by: str | None = None
    updated_at: int | None = None

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None

    @property
    def paused(self) -> bool:
        return bool(self.pauses) and self.pauses[-1].end_ts is None

    @property
    def trust(self) -> float | None:
        if self.reply_elapsed_minutes is None:
            return None
        return trust_score(self.reply_elapsed_minutes, self.promise_minutes)


@dataclass(frozen=True, slots=True)
class EscalationStatus:
    """An item's clock read at one moment."""

    state: str
    elapsed_minutes: float
    promise_minutes: float
    left_minutes: float  # negative once past the promise
    used: float  # share of the promise used (1.0 = exactly at the promise)
    warning: int  # 0, or the highest warning percentage reached (70, 80, 90)
    due_at: float | None  # when the promise runs out if the clock runs on (None: paused, closed)
    paused: bool
    trust: float | None

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES


# ---------------------------------------------------------------------------------- vocab
def normalise_channel(raw: str | None) -> str | None:
    """Our channel for a source's word; None when the word is not known."""
    key = " ".join((raw or "").strip().lower().replace("_", " ").split())
    if not key:
        return OTHER
    return _CHANNEL_LOOKUP.get(key) or _CHANNEL_LOOKUP.get(key.replace(" ", "_"))


def mask_customer(value: str | None, channel: str | None = None) -> str | None:
    """Show enough to recognise a customer, never enough to contact them.

    Phone numbers keep their last four digits (the flags' rule), e-mail addresses the first
    letter and the domain, other handles (WeChat, Weibo) the first and last two characters.
    Already masked text is left alone, so importing a masked export twice changes nothing.
    """
    text = (value or "").strip()
    if not text:
        return None
    if "•" in text:
        return text
    if "@" in text and not text.startswith("@"):
        local, _, domain = text.rpartition("@")
        return f"{local[:1]}•••@{domain}"
    digits = sum(c.isdigit() for c in text)
    if channel == PHONE or (digits >= 7 and all(c.isdigit() or c in "+-() " for c in text)):
        return mask_caller(text)
    handle = text.lstrip("@")
    if len(handle) <= 4:
        return "•••"
    return f"{handle[:1]}•••{handle[-2:]}"


# ---------------------------------------------------------------------------------- clock
def clock_seconds(start: float, end: float, clock: str, settings: EscalationSettings) -> float:
    """Seconds the item's clock runs between two moments (0 if end <= start)."""
    if end <= start:
        return 0.0
    if clock == BUSINESS:
        return business_seconds(start, end, settings.business_hours)
    return end - start


def elapsed_seconds(item: Escalation, at: float,
                    settings: EscalationSettings = DEFAULT_SETTINGS) -> float:
    """Clock seconds from opening to ``at`` (or to resolution), pauses left out."""
    end = min(at, item.resolved_at) if item.resolved_at is not None else at
    total = clock_seconds(item.opened_at, end, item.clock, settings)
    for pause in item.pauses:
        start = max(pause.start_ts, item.opened_at)
        stop = min(pause.end_ts if pause.end_ts is not None else end, end)
        total -= clock_seconds(start, stop, item.clock, settings)
    return max(0.0, total)


def elapsed_minutes(item: Escalation, at: float,
                    settings: EscalationSettings = DEFAULT_SETTINGS) -> float:
    return elapsed_seconds(item, at, settings) / 60.0


def state_for(elapsed_s: float, promise_minutes: float, resolved: bool,
              settings: EscalationSettings = DEFAULT_SETTINGS) -> str:
    promise_s = promise_minutes * 60.0
    if resolved:
        return MET if elapsed_s <= promise_s + _EPS else MET_LATE
    if elapsed_s > promise_s + _EPS:
        return BREACHED
    if promise_s - elapsed_s <= settings.at_risk_left * promise_s + _EPS:
        return AT_RISK
    return ON_TRACK


def warning_level(elapsed_s: float, promise_minutes: float,
                  settings: EscalationSettings = DEFAULT_SETTINGS) -> int:
    """The highest warning percentage reached (70, 80, 90), or 0."""
    promise_s = promise_minutes * 60.0
    reached = [w for w in settings.warnings if elapsed_s + _EPS >= w * promise_s]
    return round(max(reached) * 100) if reached else 0


def trust_score(reply_minutes: float, promise_minutes: float) -> float:
    """``(1 - reply / promise) x 100``: 100 for an instant reply, 0 exactly at the promise,
    negative once late (never clamped; screens say "overdue")."""
    if promise_minutes <= 0:
        raise ValueError("a promise must be longer than 0 minutes")
    return (1.0 - reply_minutes / promise_minutes) * 100.0


def status(item: Escalation, now: float,
           settings: EscalationSettings = DEFAULT_SETTINGS) -> EscalationStatus:
    if item.resolved and item.elapsed_minutes is not None:
        elapsed_s = item.elapsed_minutes * 60.0  # the figure of record at resolution
    else:
        elapsed_s = elapsed_seconds(item, now, settings)
    promise_s = item.promise_minutes * 60.0
    state = state_for(elapsed_s, item.promise_minutes, item.resolved, settings)
    due_at = None
    if not item.resolved and not item.paused:
        due_at = due_time(item.clock, now, promise_s - elapsed_s, settings)
    return EscalationStatus(
        state=state, elapsed_minutes=elapsed_s / 60.0, promise_minutes=float(item.promise_minutes),
        left_minutes=(promise_s - elapsed_s) / 60.0, used=elapsed_s / promise_s,
        warning=warning_level(elapsed_s, item.promise_minutes, settings), due_at=due_at,
        paused=item.paused, trust=item.trust)


def due_time(clock: str, now: float, left_s: float, settings: EscalationSettings) -> float:
    """The wall-clock moment the promise runs out (in the past once breached)."""
    if clock == BUSINESS and left_s > 0:
        return add_business_seconds(now, left_s, settings.business_hours)
    return now + left_s


# ---------------------------------------------------------------------------------- board
@dataclass(frozen=True, slots=True)
class Crossing:
    """A threshold an open item has just passed; recorded on its timeline once."""

    escalation_id: int
    kind: str  # warning | at_risk | breached
    percent: int  # share of the promise used when noticed (the warning's own for "warning")
    notify: bool  # at_risk and breached raise a notification; warnings are noted only


def crossings(item: Escalation, st: EscalationStatus) -> list[Crossing]:
    """What to record for ``item`` now, given what its timeline already holds."""
    if item.resolved:
        return []
    out: list[Crossing] = []
    if st.warning > item.warned_percent:
        out.append(Crossing(item.id, "warning", st.warning, False))
    used = min(999, math.floor(st.used * 100 + 1e-9))
    if st.state == BREACHED and item.notified != BREACHED:
        out.append(Crossing(item.id, BREACHED, used, True))
    elif st.state == AT_RISK and item.notified not in (AT_RISK, BREACHED):
        out.append(Crossing(item.id, AT_RISK, used, True))
    return out


def sort_key(item: Escalation, st: EscalationStatus) -> tuple:
    """Open items by time left (overdue first), then closed ones, latest resolved first."""
    if st.is_open:
        return (0, st.left_minutes, item.id)
    return (1, -(item.resolved_at or 0), item.id)


def aging_buckets(statuses: Iterable[EscalationStatus],
                  settings: EscalationSettings = DEFAULT_SETTINGS) -> list[int]:
    """Open items counted by time left: [overdue, < edge1, edge1-edge2, ..., >= last edge]."""
    edges = settings.aging_edges_hours
    counts = [0] * (len(edges) + 2)
    for st in statuses:
        if not st.is_open:
            continue
        left_h = st.left_minutes / 60.0
        if st.state == BREACHED:
            counts[0] += 1
            continue
        i = next((n for n, edge in enumerate(edges) if left_h < edge), len(edges))
        counts[i + 1] += 1
    return counts


@dataclass(frozen=True, slots=True)
class TrustSummary:
    mean: float | None  # None until an item has had a first reply
    replies: int
    overdue: int  # replies that came after the promise (negative trust)


def trust_summary(items: Sequence[Escalation]) -> TrustSummary:
    scores = [t for t in (i.trust for i in items) if t is not None]
    if not scores:
        return TrustSummary(None, 0, 0)
    return TrustSummary(sum(scores) / len(scores), len(scores),
                        sum(1 for s in scores if s < 0))


# ---------------------------------------------------------------------------------- handoffs
@dataclass(frozen=True, slots=True)
class EscalationEvent:
    id: int
    escalation_id: int
    ts: int
    kind: str
    actor: str
    text: str | None = None
    holder: str | None = None  # handoff / opened: who holds the item from now
    role: str | None = None  # handoff / opened: their role
    detail: dict | None = None  # figures: elapsed_minutes, percent, from / to, first


@dataclass(frozen=True, slots=True)
class HandoffStep:
    role: str
    holder: str
    since: int
    current: bool


def handoff_chain(events: Sequence[EscalationEvent]) -> list[HandoffStep]:
    """Who held the item, in order (agent -> peer -> supervisor -> department ...)."""
    held = [(e.role or AGENT, e.holder, e.ts) for e in events
            if e.kind in ("opened", "imported", "handoff") and e.holder]
    steps = []
    for role, holder, ts in held:
        if steps and steps[-1].holder == holder and steps[-1].role == role:
            continue
        steps.append(HandoffStep(role, holder, ts, False))
    if steps:
        last = steps[-1]
        steps[-1] = HandoffStep(last.role, last.holder, last.since, True)
    return steps
