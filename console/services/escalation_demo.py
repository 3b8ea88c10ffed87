"""Escalations on the demo floor, so the backlog is alive in ``composure demo``.

Some of the simulated complaint calls become phone escalations a minute or two after they end;
each gets a plan (a callback, sometimes a pause while waiting on the customer, hand-offs, a
resolution) that plays out in simulated time. A small backlog "imported from the ticketing
system" (e-mail, WeChat, Weibo, chat ...) is seeded at the start, placed so that within the first
minutes one item turns at risk and one breaches: the notifications show up on their own.

Everything is deterministic for a seed and goes through the same service functions a person's
actions use (actor "demo"), so the timelines and audit rows look like the real thing.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from datetime import datetime, time

from console.domain import escalations as rules
from console.domain.escalations import EscalationSettings
from console.services import escalations as actions
from console.services.care import is_complaint_queue
from console.store import escalations as store
from console.store import queries

ACTOR = "demo"
SHARE_ESCALATED = 0.3  # of answered complaint calls
SUPERVISORS = ("Zhou Min", "Sarah Klein", "Li Hua")
DEPARTMENTS = ("Billing", "Logistics", "Technical support", "Customer relations")
CATEGORIES = ("billing", "delivery", "service quality", "product fault", "refund")
DESCRIPTIONS = (
    "Charged twice for the same order; wants the duplicate refunded",
    "Parcel marked delivered but never arrived",
    "Promised installation visit did not happen",
    "Device stopped working after a week; asks for a replacement",
    "账单金额与合同不符，要求解释",
    "多次来电未解决，要求主管回电",
    "Refund approved three weeks ago, still not received",
)
HOUR = 3600.0


@dataclass(frozen=True, slots=True)
class _Step:
    ts: float
    action: str
    args: tuple = ()


class DemoEscalations:
    def __init__(self, seed: int | None = 7) -> None:
        self.seed = seed
        self._seeded = False
        self._seen: set[str] = set()
        self._plans: list[tuple[int, _Step]] = []  # (escalation id, step), by time

    # ------------------------------------------------------------------ the floor moves on
    def step(self, conn: sqlite3.Connection, now: float, settings: EscalationSettings) -> int:
        """Open escalations for complaint calls that ended, play due steps; returns writes."""
        names = [a.name for a in queries.agents(conn)]
        writes = 0
        if not self._seeded:
            self._seeded = True
            writes += self._seed_backlog(conn, now, settings, names)
        day_start = datetime.combine(datetime.fromtimestamp(now).date(), time()).timestamp()
        for callid, agent, queue, caller, end_ts in store.answered_calls_ended(
                conn, day_start, now):
            if callid in self._seen or not is_complaint_queue(queue):
                continue
            rng = random.Random(f"{self.seed}:{callid}")
            opened = end_ts + rng.uniform(60, 300)
            if opened > now:
                continue  # next time
            self._seen.add(callid)
            if rng.random() >= SHARE_ESCALATED:
                continue
            escalation_id = actions.open_escalation(
                conn, opened, channel=rules.PHONE, settings=settings, actor=ACTOR,
                customer=caller, category=rng.choice(CATEGORIES),
                description=rng.choice(DESCRIPTIONS), agent=agent, callid=callid, queue=queue,
                source="demo")
            self._plan(escalation_id, opened, rng, agent, names)
            writes += 1
        self._plans.sort(key=lambda p: p[1].ts)
        while self._plans and self._plans[0][1].ts <= now:
            escalation_id, step = self._plans.pop(0)
            writes += self._play(conn, escalation_id, step, settings)
        return writes

    def _plan(self, escalation_id: int, opened: float, rng: random.Random, agent: str,
              names: list[str]) -> None:
        steps: list[_Step] = []
        t = opened
        if rng.random() < 0.45:
            peers = [n for n in names if n != agent] or [agent]
            t += rng.uniform(5, 25) * 60
            steps.append(_Step(t, "handoff", (rng.choice(peers), rules.PEER)))
        if rng.random() < 0.3:
            t += rng.uniform(10, 40) * 60
            steps.append(_Step(t, "handoff", (rng.choice(SUPERVISORS), rules.SUPERVISOR)))
        if rng.random() < 0.8:
            t += rng.uniform(15, 150) * 60
            steps.append(_Step(t, "reply", ("Called the customer back with an update",)))
            if rng.random() < 0.25:
                t += rng.uniform(2, 10) * 60
                steps.append(_Step(t, "pause", ("Waiting for the customer's documents",)))
                t += rng.uniform(30, 120) * 60
                steps.append(_Step(t, "resume"))
            if rng.random() < 0.25:
                t += rng.uniform(10, 30) * 60
                steps.append(_Step(t, "handoff", (rng.choice(DEPARTMENTS), rules.DEPARTMENT)))
            if rng.random() < 0.6:
                t += rng.uniform(30, 240) * 60
                steps.append(_Step(t, "resolve", ("Solved; the customer agreed",)))
        self._plans += [(escalation_id, s) for s in steps]

    def _play(self, conn: sqlite3.Connection, escalation_id: int, step: _Step,
              settings: EscalationSettings) -> int:
        item = store.get(conn, escalation_id)
        if item is None or item.resolved:
            return 0  # someone resolved it in the console first
        try:
            if step.action == "handoff":
                actions.handoff(conn, escalation_id, step.ts, actor=ACTOR, holder=step.args[0],
                                role=step.args[1])
            elif step.action == "reply":
                actions.reply(conn, escalation_id, step.ts, actor=ACTOR, text=step.args[0],
                              settings=settings)
            elif step.action == "pause":
                actions.pause(conn, escalation_id, step.ts, actor=ACTOR, reason=step.args[0],
                              settings=settings)
            elif step.action == "resume":
                actions.resume(conn, escalation_id, step.ts, actor=ACTOR, settings=settings)
            elif step.action == "resolve":
                actions.resolve(conn, escalation_id, step.ts, actor=ACTOR, note=step.args[0],
                                settings=settings)
        except ValueError:
            return 0  # the console got there first (paused, handed off ...): leave it
        return 1

    # ------------------------------------------------------------------ yesterday's backlog
    def _seed_backlog(self, conn: sqlite3.Connection, now: float,
                      settings: EscalationSettings, names: list[str]) -> int:
        rng = random.Random(f"{self.seed}:backlog")
        agent = names[0] if names else None
        # (ref, channel, customer, opened h ago, reply h after, resolved h after, holder, role,
        #  department, category, description, paused h ago)
        seeds = [
            ("TCK-48213", rules.WEIBO, "@小王同学", 23.95, None, None, SUPERVISORS[0],
             rules.SUPERVISOR, "Logistics", "delivery", "微博投诉：包裹一周未送达", None),
            ("TCK-48190", rules.EMAIL, "zhang.wei@example.com", 41.0, 3.0, None, "Billing",
             rules.DEPARTMENT, "Billing", "billing", "Invoice shows a fee that was waived",
             None),
            ("TCK-48222", rules.WECHAT, "wxid_k9f2m7q4", 17.97, None, None, SUPERVISORS[1],
             rules.SUPERVISOR, None, "refund", "Refund promised on the phone not received",
             None),
            ("TCK-48105", rules.PHONE, "13912345678", 30.0, 26.0, None, agent, rules.AGENT,
             None, "service quality", "Technician was rude and left without fixing the line",
             None),
            ("TCK-48011", rules.EMAIL, "j.miller@example.org", 72.0, 30.0, 50.0, "Billing",
             rules.DEPARTMENT, "Billing", "billing", "Overcharged on roaming", None),
            ("TCK-48150", rules.CHAT, "guest-20931", 28.0, 2.0, 6.0, SUPERVISORS[2],
             rules.SUPERVISOR, None, "product fault", "Router keeps rebooting", None),
            ("TCK-48230", rules.OTHER, "Store 12 walk-in", 9.0, 1.0, None,
             "Customer relations", rules.DEPARTMENT, "Customer relations", "refund",
             "Wants compensation for a missed appointment", 2.0),
            ("TCK-48241", rules.WECHAT, "wxid_p3n8r1", 5.0, 1.0, None, "Technical support",
             rules.DEPARTMENT, "Technical support", "product fault",
             "App login fails since the update", None),
        ]
        for (ref, channel, customer, ago, reply_h, resolved_h, holder, role, department,
             category, description, paused_ago) in seeds:
            opened = now - ago * HOUR
            escalation_id = actions.open_escalation(
                conn, opened, channel=channel, settings=settings, actor=ACTOR, customer=customer,
                category=category, description=description, owner=holder, role=role,
                department=department, source="demo", reference=ref)
            end = now if resolved_h is None else opened + resolved_h * HOUR
            self._catch_up(conn, escalation_id, end)
            if reply_h is not None:
                actions.reply(conn, escalation_id, opened + reply_h * HOUR, actor=ACTOR,
                              text=rng.choice(("Called back; explained the next steps",
                                               "Replied by message with a case update")),
                              settings=settings)
            if paused_ago is not None:
                actions.pause(conn, escalation_id, now - paused_ago * HOUR, actor=ACTOR,
                              reason="Waiting for the customer's receipt", settings=settings)
            if resolved_h is not None:
                actions.resolve(conn, escalation_id, opened + resolved_h * HOUR, actor=ACTOR,
                                note="Refund issued", settings=settings)
        return len(seeds)

    @staticmethod
    def _catch_up(conn: sqlite3.Connection, escalation_id: int, until: float) -> None:
        """Thresholds a seeded item crossed before the demo began, at the moments it did, so
        the live notifications are only the ones that happen while watching."""
        item = store.get(conn, escalation_id)
        assert item is not None
        promise_s = item.promise_minutes * 60.0
        marks = [(0.70, "warning", 70), (0.75, rules.AT_RISK, 75), (0.80, "warning", 80),
                 (0.90, "warning", 90), (1.0, rules.BREACHED, 100)]
        for share, kind, percent in marks:
            ts = item.opened_at + share * promise_s + (1 if kind == rules.BREACHED else 0)
            if ts <= until:
                store.record_notices(conn, [(escalation_id, kind, percent)], {}, ts)
