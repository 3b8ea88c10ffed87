"""A week of coaching on the demo floor, so the coaching dock and agent histories have
something to show: a few 1:1 talks with ranked needs (some shared by the team, some personal),
a peer session already held, one due soon, and a 1:1 talk that is overdue.

Everything is derived from the simulator's roster (deterministic for a seed) and timed
relative to the moment the demo goes live.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from console.domain.coaching import DONE, ONE_TO_ONE, PEER
from console.ingest.simulator_profiles import AgentProfile
from console.store import coaching as store

LEADS = ("Grace Lin", "Omar Haddad", "Li Wen", "Sofia Marin")
HOUR = 3600
DAY = 86400


def seed_demo_coaching(conn: sqlite3.Connection, profiles: Sequence[AgentProfile],
                       live: float) -> int:
    """Write the demo's sessions; returns how many."""
    teams = sorted({p.team for p in profiles})
    if not teams:
        return 0
    need = {n.code: n.id for n in store.needs(conn)}
    made = 0
    for t, team in enumerate(teams[:2]):
        members = [p for p in profiles if p.team == team]
        coaches = [p for p in members if p.coach] or sorted(members, key=lambda p: p.start_date)
        others = [p for p in members if p not in coaches[:1]]
        lead = LEADS[t % len(LEADS)]
        rankings = ((("calmer_hour", "recognition"), 3), (("calmer_hour", "help_hard_cases"), 2),
                    (("recognition", "calmer_hour", "training"), 1), (("schedule_change",), 5))
        for p, (codes, days) in zip(others, rankings[: 4 - t], strict=False):
            store.create_session(
                conn, kind=ONE_TO_ONE, agent=p.name, coach=lead, now=live - days * DAY,
                status=DONE, went_well="Handled a long complaint without losing the thread",
                do_differently="Take the 5-minute break straight after an abusive call",
                needs=[need[c] for c in codes if c in need], actor="demo")
            made += 1
        if not others or not coaches:
            continue
        coach = coaches[0]
        coached = others[1 % len(others)]
        store.create_session(
            conn, kind=PEER, agent=coached.name, coach=coach.name, now=live - 2 * DAY - HOUR,
            queue="complaints", focus="Caller demanding a refund, shouting",
            due_ts=live - 2 * DAY, status=DONE,
            went_well="Stayed polite and named the next step",
            do_differently="I would have offered a callback within 24 h instead of holding",
            actor="demo")
        upcoming = others[0]
        store.create_session(
            conn, kind=PEER, agent=upcoming.name, coach=coaches[-1].name, now=live - HOUR,
            queue="complaints", focus="Review a complaints call: offering a callback",
            due_ts=live + 45 * 60, actor="demo")
        made += 2
        if t == 0 and len(others) > 2:
            store.create_session(
                conn, kind=ONE_TO_ONE, agent=others[2].name, coach=lead, now=live - 3 * HOUR,
                focus="After this morning's threatening caller", due_ts=live - 20 * 60,
                actor="demo")
            made += 1
    return made
