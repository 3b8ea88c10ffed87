"""Peer coaching and 1:1 talks: who should coach whom, and what a team needs in common.

Peer coach suggestion (DESIGN.md section 6). A colleague may coach when they are

* experienced: a coach mark on the roster, or at least ``min_tenure_days`` on the floor;
* not strained: strain under ``max_strain`` (the strain "watch" level);
* not on a recovery break;
* not fully booked: fewer than ``max_sessions_per_week`` peer sessions this week.

The eligible ones are ordered by, in this order: serves the queue of the reviewed call (the
"call category": a flag's category says what the caller did, the queue says what kind of call
it was, and that is what a coach must know), same team, fewest sessions this week, coach mark,
longest tenure, lowest strain, then name (so ties are stable). The first three are suggested
with their reasons; everyone else is listed with why not. Reasons are codes and numbers; the
words are chosen in the ui.

Needs (1:1 talks). A lead ranks what an agent needs most right now from a short list. For a
team, each agent's latest talk within ``needs_window_days`` counts; a need named (in the top
``needs_ranks_counted``) by at least ``common_min_agents`` agents and ``common_share`` of the
agents talked to is common to the team; the rest are personal.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

PEER = "peer"
ONE_TO_ONE = "one_to_one"
KINDS = (PEER, ONE_TO_ONE)
PLANNED = "planned"
DONE = "done"
CANCELLED = "cancelled"
STATUSES = (PLANNED, DONE, CANCELLED)

# why a colleague fits (most telling first)
SAME_QUEUE = "same_queue"  # text: the queue
SAME_TEAM = "same_team"  # text: the team
COACH_MARK = "coach_mark"
TENURE = "tenure"  # days
SESSIONS_WEEK = "sessions_week"  # count (0 = none this week)
# why not
NOT_EXPERIENCED = "not_experienced"  # days, or None when the start date is unknown
STRAINED = "strained"  # count: the strain score, rounded
ON_BREAK = "on_break"
FULLY_BOOKED = "fully_booked"  # count: sessions this week
NO_COLLEAGUES = "no_colleagues"  # nobody else on the roster
BLOCKERS = (NOT_EXPERIENCED, STRAINED, ON_BREAK, FULLY_BOOKED)

BUILTIN_NEEDS = ("calmer_hour", "recognition", "help_hard_cases", "training", "schedule_change")


@dataclass(frozen=True, slots=True)
class CoachingSettings:
    """Every number of the coaching rules; each is a setting, not a constant in code."""

    min_tenure_days: int = 730
    max_strain: float = 30.0
    max_sessions_per_week: int = 5
    suggested: int = 3
    needs_window_days: int = 42
    needs_ranks_counted: int = 3
    common_share: float = 1 / 3
    common_min_agents: int = 2


@dataclass(frozen=True, slots=True)
class Reason:
    code: str
    count: int | None = None
    days: int | None = None
    text: str | None = None  # a queue or team name: data, never a sentence


@dataclass(frozen=True, slots=True)
class CoachProfile:
    """What the ranking knows about a colleague; the service fills it from the store."""

    name: str
    display_name: str
    team: str | None = None
    queues: frozenset[str] = frozenset()
    start_date: date | None = None
    coach_mark: bool = False
    strain: float = 0.0
    on_break: bool = False
    sessions_this_week: int = 0


@dataclass(frozen=True, slots=True)
class CoachCandidate:
    profile: CoachProfile
    tenure_days: int | None
    same_team: bool
    same_queue: bool
    reasons: tuple[Reason, ...]  # why they fit
    blockers: tuple[Reason, ...]  # why not; empty means eligible

    @property
    def name(self) -> str:
        return self.profile.name

    @property
    def eligible(self) -> bool:
        return not self.blockers


@dataclass(frozen=True, slots=True)
class CoachSuggestion:
    agent: str
    team: str | None
    queue: str | None
    top: tuple[CoachCandidate, ...]  # suggested, best first
    also: tuple[CoachCandidate, ...]  # eligible, after the top ones
    unavailable: tuple[CoachCandidate, ...]  # not eligible, with why not
    why_none: tuple[Reason, ...] = ()  # when nobody is suggested: blockers with counts


def tenure_days(start: date | None, today: date) -> int | None:
    return None if start is None else max(0, (today - start).days)


def parse_start_date(value: str | None) -> date | None:
    """A roster start date (ISO ``2021-03-15``; ``/`` or ``.`` also read as separators)."""
    if not value:
        return None
    text = value.strip().replace("/", "-").replace(".", "-")
    if "T" in text or " " in text:
        text = text.replace("T", " ").split(" ", 1)[0]
    try:
        y, m, d = (int(p) for p in text.split("-"))
        return date(y, m, d)
    except (TypeError, ValueError):
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def week_range(now: float) -> tuple[float, float]:
    """This local week, Monday 00:00 to next Monday 00:00, as epoch seconds."""
    today = datetime.fromtimestamp(now).date()
    monday = today - timedelta(days=today.weekday())
    start = datetime.combine(monday, datetime.min.time())
    return start.timestamp(), (start + timedelta(days=7)).timestamp()


def _candidate(p: CoachProfile, team: str | None, queue: str | None, today: date,
               s: CoachingSettings) -> CoachCandidate:
    days = tenure_days(p.start_date, today)
    same_team = bool(team) and p.team == team
    same_queue = bool(queue) and queue in p.queues
    blockers: list[Reason] = []
    if not p.coach_mark and (days is None or days < s.min_tenure_days):
        blockers.append(Reason(NOT_EXPERIENCED, days=days))
    if p.strain >= s.max_strain:
        blockers.append(Reason(STRAINED, count=round(p.strain)))
    if p.on_break:
        blockers.append(Reason(ON_BREAK))
    if p.sessions_this_week >= s.max_sessions_per_week:
        blockers.append(Reason(FULLY_BOOKED, count=p.sessions_this_week))
    reasons: list[Reason] = []
    if same_queue:
        reasons.append(Reason(SAME_QUEUE, text=queue))
    if same_team:
        reasons.append(Reason(SAME_TEAM, text=team))
    if p.coach_mark:
        reasons.append(Reason(COACH_MARK))
    if days is not None:
        reasons.append(Reason(TENURE, days=days))
    reasons.append(Reason(SESSIONS_WEEK, count=p.sessions_this_week))
    return CoachCandidate(p, days, same_team, same_queue, tuple(reasons), tuple(blockers))


def _order(c: CoachCandidate) -> tuple:
    p = c.profile
    return (not c.same_queue, not c.same_team, p.sessions_this_week, not p.coach_mark,
            -(c.tenure_days or 0), p.strain, p.display_name.casefold(), p.name)


def rank_coaches(agent: str, team: str | None, queue: str | None,
                 colleagues: Iterable[CoachProfile], today: date,
                 settings: CoachingSettings | None = None) -> CoachSuggestion:
    """Suggest peer coaches for ``agent`` (of ``team``) reviewing a call from ``queue``."""
    s = settings or CoachingSettings()
    pool = [_candidate(p, team, queue, today, s) for p in colleagues if p.name != agent]
    eligible = sorted((c for c in pool if c.eligible), key=_order)
    unavailable = sorted((c for c in pool if not c.eligible),
                         key=lambda c: (len(c.blockers), _order(c)))
    top, also = eligible[:s.suggested], eligible[s.suggested:]
    why_none: tuple[Reason, ...] = ()
    if not top:
        why_none = why_nobody(pool)
    return CoachSuggestion(agent, team, queue, tuple(top), tuple(also), tuple(unavailable),
                           why_none)


def why_nobody(pool: Sequence[CoachCandidate]) -> tuple[Reason, ...]:
    """How many colleagues each blocker rules out (a colleague may count under several)."""
    if not pool:
        return (Reason(NO_COLLEAGUES),)
    counts = {code: 0 for code in BLOCKERS}
    for c in pool:
        for b in c.blockers:
            counts[b.code] += 1
    return tuple(Reason(code, count=n) for code, n in
                 sorted(counts.items(), key=lambda kv: (-kv[1], BLOCKERS.index(kv[0]))) if n)


# ---------------------------------------------------------------------------------- sessions
@dataclass(frozen=True, slots=True)
class CallRef:
    """A call that a session can review: its queue is the "call category"."""

    callid: str
    queue: str
    enter_ts: int
    talk_s: int | None
    flag_id: int | None = None
    flag_category: str | None = None
    flag_severity: int | None = None


@dataclass(frozen=True, slots=True)
class CoachingSession:
    id: int
    kind: str
    agent: str
    coach: str | None
    callid: str | None
    queue: str | None
    flag_id: int | None
    break_id: int | None
    focus: str | None
    due_ts: int | None
    status: str
    went_well: str | None
    do_differently: str | None
    notes: str | None
    created_by: str
    created_at: int
    completed_at: int | None
    needs: tuple[int, ...] = ()  # need ids, most needed first (1:1 talks)

    @property
    def open(self) -> bool:
        return self.status == PLANNED

    def overdue(self, now: float) -> bool:
        return self.open and self.due_ts is not None and now > self.due_ts


def open_first_due(sessions: Iterable[CoachingSession]) -> list[CoachingSession]:
    """Planned sessions, the one due soonest (so every overdue one) first; undated last."""
    return sorted((s for s in sessions if s.open),
                  key=lambda s: (s.due_ts is None, s.due_ts or 0, s.id))


# ------------------------------------------------------------------------------------ needs
@dataclass(frozen=True, slots=True)
class Need:
    id: int
    code: str | None  # a built-in need: the ui translates it unless a label renames it
    label: str | None
    position: int
    active: bool = True


@dataclass(frozen=True, slots=True)
class TalkNeeds:
    """The needs ranked in one 1:1 talk."""

    agent: str
    team: str | None
    ts: float
    ranked: tuple[int, ...]  # need ids, most needed first


@dataclass(frozen=True, slots=True)
class NeedCount:
    need_id: int
    agents: tuple[str, ...]  # who named it, sorted
    first_choice: int  # how many ranked it first

    @property
    def count(self) -> int:
        return len(self.agents)


@dataclass(frozen=True, slots=True)
class NeedsSummary:
    team: str | None
    agents_talked: int
    common: tuple[NeedCount, ...] = ()
    personal: tuple[NeedCount, ...] = ()
    threshold: int = 0  # agents a need takes to be common


def summarize_needs(talks: Iterable[TalkNeeds], now: float, team: str | None = None,
                    settings: CoachingSettings | None = None) -> NeedsSummary:
    """What ``team`` (None: the whole floor) has in common, and what is personal."""
    s = settings or CoachingSettings()
    since = now - s.needs_window_days * 86400
    latest: dict[str, TalkNeeds] = {}
    for t in talks:
        if not t.ranked or t.ts < since or t.ts > now or (team is not None and t.team != team):
            continue
        if t.agent not in latest or t.ts > latest[t.agent].ts:
            latest[t.agent] = t
    named: dict[int, set[str]] = {}
    first: dict[int, int] = {}
    for t in latest.values():
        for rank, need in enumerate(t.ranked[:s.needs_ranks_counted]):
            named.setdefault(need, set()).add(t.agent)
            if rank == 0:
                first[need] = first.get(need, 0) + 1
    talked = len(latest)
    threshold = max(s.common_min_agents, math.ceil(s.common_share * talked - 1e-9))
    counts = sorted((NeedCount(n, tuple(sorted(a)), first.get(n, 0)) for n, a in named.items()),
                    key=lambda c: (-c.count, -c.first_choice, c.need_id))
    return NeedsSummary(team, talked,
                        tuple(c for c in counts if c.count >= threshold),
                        tuple(c for c in counts if c.count < threshold), threshold)
