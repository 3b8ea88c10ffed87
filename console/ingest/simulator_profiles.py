"""Static material for the demo floor simulator: names, teams, shifts, the intraday curve.

Kept apart from the event engine in :mod:`console.ingest.simulator` so that the engine reads as
a queueing model and this file reads as a description of a (made-up) floor. Everything here is
deterministic given a ``random.Random``; nothing reads the wall clock.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AgentProfile:
    """One simulated agent as the console's roster would know them."""

    name: str  # the queue member name: the agent field of CONNECT, PAUSE, ABUSEFLAG ...
    team: str
    interface: str  # the member interface: the agent field of ADDMEMBER / REMOVEMEMBER
    queues: tuple[str, ...]
    start_date: str  # ISO date the agent joined; tenure feeds the peer-coach suggestion
    coach: bool
    # a static member (``member =>`` in queues.conf): no ADDMEMBER / REMOVEMEMBER at login and
    # logoff, and still a member after a PBX restart; the others are dynamic members
    static: bool = False


@dataclass(frozen=True, slots=True)
class ShiftPattern:
    """A daily shift: starts at local ``hour:minute`` and lasts ``minutes``."""

    label: str
    hour: int
    minute: int
    minutes: int


# Staggered shifts, full- and part-time. Shares were fitted to the arrival curve below (least
# squares over 07-21 h, then adjusted by simulation) so that staffing follows demand: early and
# day cover the morning ramp, part-timers the two peaks, the late shift the evening tail; a thin
# night crew keeps the queues open overnight.
DAY_SHIFTS: tuple[tuple[ShiftPattern, float], ...] = (
    (ShiftPattern("early", 7, 0, 510), 0.27),
    (ShiftPattern("day", 8, 0, 510), 0.20),
    (ShiftPattern("mid", 9, 30, 510), 0.10),
    (ShiftPattern("am part-time", 9, 0, 270), 0.12),
    (ShiftPattern("pm part-time", 15, 0, 300), 0.14),
    (ShiftPattern("late", 13, 30, 510), 0.17),
)
NIGHT_SHIFT = ShiftPattern("night", 21, 30, 570)


def night_crew(agents: int) -> int:
    """A small night crew: two agents for a floor of 24, twenty-one for 500."""
    return 0 if agents < 8 else round(agents * 0.04) + 1


# Relative arrival rate at each local hour (linearly interpolated between hours): quiet at
# night, a morning peak 10:00-11:00, a lunchtime dip and an afternoon peak 14:00-15:00.
HOURLY_CURVE: tuple[float, ...] = (
    0.05, 0.03, 0.02, 0.02, 0.02, 0.03, 0.08, 0.25, 0.55, 0.82, 1.00, 0.97,
    0.72, 0.80, 0.95, 0.92, 0.75, 0.58, 0.42, 0.30, 0.22, 0.15, 0.10, 0.07,
)  # fmt: skip


def arrival_curve(ts: float) -> float:
    """Relative arrival rate (0..1) at epoch ``ts``, by the local hour of that moment."""
    tm = time.localtime(ts)
    hour = tm.tm_hour + tm.tm_min / 60.0 + tm.tm_sec / 3600.0
    low = int(hour) % 24
    frac = hour - int(hour)
    return HOURLY_CURVE[low] * (1.0 - frac) + HOURLY_CURVE[(low + 1) % 24] * frac


def local_time_on(day: dt.date, hour: int, minute: int) -> float:
    """Epoch of local ``hour:minute`` on ``day``; ``mktime`` takes care of DST."""
    return time.mktime((day.year, day.month, day.day, hour, minute, 0, 0, 0, -1))


def break_plan(rng: random.Random, length: float) -> list[tuple[str, float, float]]:
    """Planned pauses of one shift as (reason, seconds after shift start, duration in seconds).

    Two short breaks and a lunch mid-shift (one break for part-timers), a few toilet breaks,
    now and then a training or a meeting: what a supervisor sees on a real floor.
    """
    minute = 60.0
    if length >= 7 * 60 * minute:
        plan = [
            ("Break", (120 + rng.uniform(-20, 20)) * minute, rng.uniform(12, 17) * minute),
            ("Lunch", length / 2 + rng.uniform(-15, 30) * minute, rng.uniform(30, 45) * minute),
            ("Break", length - (110 + rng.uniform(-20, 20)) * minute, rng.uniform(12, 17) * minute),
        ]
    else:
        plan = [("Break", length / 2 + rng.uniform(-20, 20) * minute, rng.uniform(12, 17) * minute)]
    for _ in range(2):
        if rng.random() < 0.6:
            at = rng.uniform(30 * minute, length - 30 * minute)
            plan.append(("Toilet", at, rng.uniform(3, 7) * minute))
    if rng.random() < 0.2:
        reason = rng.choice(("Training", "Meeting"))
        at = rng.uniform(60 * minute, length - 90 * minute)
        plan.append((reason, at, rng.uniform(20, 45) * minute))
    return plan


_EN_FIRST = (
    "Alice", "Maria", "James", "Emily", "Daniel", "Sophie", "Michael", "Olivia", "David",
    "Grace", "Kevin", "Laura", "Ryan", "Hannah", "Jason", "Chloe", "Peter", "Rachel", "Tom",
    "Natalie", "Eric", "Jessica", "Sam", "Amy", "Brian", "Helen", "Carlos", "Nina", "Oscar",
    "Priya", "Lucas", "Fatima", "Ethan", "Isabel", "Victor", "Zoe", "Andrew", "Karen",
)  # fmt: skip
_EN_LAST = (
    "Smith", "Johnson", "Brown", "Taylor", "Miller", "Wilson", "Moore", "Clark", "Lopez",
    "Garcia", "Martinez", "Walker", "Hughes", "Evans", "Murphy", "Kelly", "Patel", "Nguyen",
    "Kim", "Schmidt", "Rossi", "Cohen", "Okafor", "Silva", "Novak",
)  # fmt: skip
_PINYIN_LAST = (
    "Chen", "Wang", "Li", "Zhang", "Liu", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
    "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Tan", "Lee", "Wong", "Ho",
)  # fmt: skip
_ZH_LAST = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁郑谢宋唐许韩冯邓曹"
_ZH_GIVEN = (
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
    "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "晓东", "婷", "宇", "浩然", "欣怡",
    "子涵", "梓轩", "佳琪", "思远", "雨桐", "俊杰",
)  # fmt: skip
_TEAM_NAMES = ("Aurora", "Bamboo", "Cedar", "Delta", "Ember", "Falcon", "Granite", "Harbor")


def _agent_name(rng: random.Random) -> str:
    """A Chinese, mixed (English given name + Chinese surname) or Western name."""
    roll = rng.random()
    if roll < 0.35:
        return rng.choice(_ZH_LAST) + rng.choice(_ZH_GIVEN)
    if roll < 0.70:
        return f"{rng.choice(_EN_FIRST)} {rng.choice(_PINYIN_LAST)}"
    return f"{rng.choice(_EN_FIRST)} {rng.choice(_EN_LAST)}"


def team_names(teams: int) -> list[str]:
    """ "Team Aurora", "Team Bamboo", ...; past eight teams the names repeat with a number."""
    base = [f"Team {name}" for name in _TEAM_NAMES]
    return [
        base[i % len(base)] + (f" {i // len(base) + 1}" if i >= len(base) else "")
        for i in range(teams)
    ]


def _unique_names(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    taken: set[str] = set()
    for _ in range(count):
        name = _agent_name(rng)
        for _attempt in range(40):
            if name not in taken:
                break
            name = _agent_name(rng)
        base, n = name, 2
        while name in taken:  # only on huge rosters: the name space is ~2,800
            name, n = f"{base} {n}", n + 1
        taken.add(name)
        names.append(name)
    return names


def _tenure_days(rng: random.Random) -> int:
    """30 % joined this year, 40 % have 1-3 years, 30 % are veterans of 3-9 years."""
    roll = rng.random()
    low, high = (0.1, 1.0) if roll < 0.3 else (1.0, 3.0) if roll < 0.7 else (3.0, 9.0)
    return int(rng.uniform(low, high) * 365)


def _shift_list(rng: random.Random, agents: int) -> list[ShiftPattern]:
    night = night_crew(agents)
    shifts = [NIGHT_SHIFT] * night
    for pattern, share in DAY_SHIFTS[:-1]:
        shifts += [pattern] * round((agents - night) * share)
    shifts += [DAY_SHIFTS[-1][0]] * (agents - len(shifts))
    shifts = shifts[:agents]
    rng.shuffle(shifts)
    return shifts


def build_roster(
    rng: random.Random, agents: int, teams: int, queues: tuple[str, ...], today: dt.date
) -> tuple[list[AgentProfile], list[ShiftPattern]]:
    """Profiles and daily shifts for ``agents`` agents, teams assigned round-robin.

    Everyone serves the first queue; the other queues (complaints ...) are served by a
    subset that leans towards experienced agents, as a real floor would skill them, and by
    the whole night crew (two people must be able to take every queue).
    """
    names = _unique_names(rng, agents)
    tenure = [_tenure_days(rng) for _ in range(agents)]
    coach = [days >= 3 * 365 and rng.random() < 0.5 for days in tenure]
    for t in range(teams):  # every team gets at least one coach, its most senior member
        members = range(t, agents, teams)
        if members and not any(coach[i] for i in members):
            coach[max(members, key=lambda i: tenure[i])] = True
    shifts = _shift_list(rng, agents)
    skills: list[list[str]] = [[queues[0]] for _ in range(agents)]
    for q in queues[1:]:
        for i in range(agents):
            senior = coach[i] or tenure[i] >= 2 * 365
            if shifts[i] is NIGHT_SHIFT or rng.random() < (0.75 if senior else 0.3):
                skills[i].append(q)
        serving = sum(q in sk for sk in skills)
        for i in sorted(range(agents), key=lambda i: -tenure[i]):  # at least two per queue
            if serving >= min(agents, 2):
                break
            if q not in skills[i]:
                skills[i].append(q)
                serving += 1
    team_list = team_names(teams)
    profiles = [
        AgentProfile(
            name=names[i],
            team=team_list[i % teams],
            interface=f"Local/agent{101 + i}@agents/n",
            queues=tuple(skills[i]),
            start_date=(today - dt.timedelta(days=tenure[i])).isoformat(),
            coach=coach[i],
            static=i % 3 == 2,  # every third agent is configured in queues.conf
        )
        for i in range(agents)
    ]
    return profiles, shifts


def caller_number(rng: random.Random) -> str:
    """A realistic caller id: mostly Chinese mobiles (+86 13x/15x/17x/18x), some North American."""
    if rng.random() < 0.75:
        return f"+861{rng.choice('3578')}{rng.randrange(10)}{rng.randrange(10**8):08d}"
    return f"+1{rng.randrange(200, 990)}555{rng.randrange(10**4):04d}"


ABUSE_NOTES: dict[str, tuple[str, ...]] = {
    "insult": (
        "called agent stupid",
        "personal insults",
        "mocked agent's accent",
        "called agent useless",
    ),
    "profanity": ("swore repeatedly", "profanity after warning", "constant swearing"),
    "threat": (
        "threatened to come to the office",
        "threatened agent",
        "said he knows where we are",
    ),
    "harassment": ("sexual remarks", "kept calling agent by name", "demanded agent's phone number"),
    "repeat_abuse": (
        "abusive again, known caller",
        "third abusive call this week",
        "same caller as yesterday",
    ),
}


_SEVERITIES = {"insult": (1, 1, 2), "profanity": (1, 2), "threat": (3,), "harassment": (2, 3)}


def abuse_details(rng: random.Random, known_abuser: bool) -> tuple[int, str, str]:
    """Severity (1-3), category and a short note for an ABUSEFLAG line."""
    if known_abuser and rng.random() < 0.5:
        category, severity = "repeat_abuse", 2
    else:
        category = rng.choices(("insult", "profanity", "threat", "harassment"), (40, 35, 10, 15))[0]
        severity = rng.choice(_SEVERITIES[category])
    return severity, category, rng.choice(ABUSE_NOTES[category])
