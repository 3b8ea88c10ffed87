"""The demo floor's praise and reported problems: a small script over the simulated day.

The simulator writes queue_log lines only (that is the real path); recognitions and issues for
management are things people type into the console, so the demo plays them from a script
instead: each item is due at a minute after the shift start and is written by the Positives
thread when the simulated clock passes it (the back-filled morning's items at once). Items link
to real calls and flags of the simulated floor, chosen when they fall due, so "resolved a hard
complaint" names someone who just took a complaints call and an issue points at a real flag.
Two reports of the same fault in "Riverside District" (spelled differently) show the repeat
rule; a lead sends that one to management.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass

from console.domain import mgmt_issues as issues
from console.domain import recognition as rec
from console.store import flags as flags_store
from console.store import mgmt_issues as issues_store
from console.store import recognition as rec_store

DEMO_LEAD = "lead.chen"  # who "typed" the scripted entries
LOOK_BACK = 45 * 60  # a linked call or flag ended at most this long before the item


@dataclass(frozen=True, slots=True)
class Praise:
    minute: int  # after the shift start
    kind: str
    text: str
    queue: str | None = None  # link to a recent answered call in a queue like this


@dataclass(frozen=True, slots=True)
class Problem:
    minute: int
    cause: str
    location: str
    text: str
    link_flag: bool = False  # reported from a recent flag (else from a recent call)
    by_lead: bool = False


@dataclass(frozen=True, slots=True)
class StatusChange:
    minute: int
    cause: str
    location: str
    status: str


SCRIPT: tuple[Praise | Problem | StatusChange, ...] = (
    Praise(38, rec.COMPLIMENT, "Customer rang back to thank her for sorting out the router "
           "replacement in one call.", "support"),
    Problem(62, issues.LOCATION_FAULT, "Riverside District",
            "Fibre outage since early morning; callers have no internet and no ETA.",
            link_flag=True),
    Problem(81, issues.LOCATION_FAULT, "riverside district.",
            "Another Riverside caller: third call about the outage, angry there is no ETA."),
    Praise(96, rec.RESOLVED_COMPLAINT, "Calmed a caller who was threatening to cancel; agreed "
           "a refund and the customer stayed.", "complaint"),
    StatusChange(110, issues.LOCATION_FAULT, "Riverside District", issues.SENT),
    Problem(124, issues.BILLING_ERROR, "March invoices",
            "Customers billed twice for the March bundle.", link_flag=True),
    Praise(147, rec.HELPED_COLLEAGUE, "Took over a difficult caller for a new colleague and "
           "talked it through with them afterwards."),
    Problem(171, issues.POLICY_ANGER, "",
            "Reconnection fee still charged after an outage we caused; callers furious.",
            link_flag=True),
    Problem(186, issues.LOCATION_FAULT, "Riverside district",
            "Outage still on; callers asking for compensation."),
    Praise(205, rec.COMPLIMENT, "Caller asked for his name to pass on a thank-you to "
           "the manager.", "support"),
    Problem(232, issues.BROKEN_PROCESS, "Online returns form",
            "The form rejects order numbers with letters, so customers call instead.",
            by_lead=True),
    Praise(268, rec.RESOLVED_COMPLAINT, "Untangled a six-week billing dispute in one call and "
           "booked the callback herself.", "complaint"),
    Problem(301, issues.BILLING_ERROR, "March invoices",
            "Direct debit taken twice as well; customer overdrawn."),
    Praise(346, rec.HELPED_COLLEAGUE, "Covered the complaints queue during the lunch dip so "
           "two colleagues could take their break."),
    Problem(377, issues.PRODUCT_DEFECT, "Router model X2",
            "Routers drop Wi-Fi every evening after the last firmware update."),
    Praise(412, rec.COMPLIMENT, "Customer wrote in: 'patient and kind, explained everything'.",
           "support"),
)


class DemoPositives:
    """Plays :data:`SCRIPT` into the database as the simulated clock passes each item."""

    def __init__(self, start_ts: float, seed: int | None = None) -> None:
        self.start_ts = start_ts
        self._rng = random.Random(seed)
        self._next = 0
        self._used: set[str] = set()  # agents praised already: spread the praise around

    def play(self, conn: sqlite3.Connection, now: float) -> int:
        """Write the items due by ``now`` whose part of the day has been ingested (an item
        links to calls and flags, which arrive through the queue_log follower, possibly
        after this thread first looks); returns how many were written."""
        until = rec_store.floor_data_until(conn)
        now = min(now, until) if until is not None else self.start_ts - 1
        written = 0
        while self._next < len(SCRIPT):
            item = SCRIPT[self._next]
            ts = self.start_ts + item.minute * 60
            if ts > now:
                break
            self._next += 1
            try:
                if self._play(conn, item, ts):
                    written += 1
            except ValueError:  # e.g. a status the lead already set by hand
                continue
        return written

    def _play(self, conn: sqlite3.Connection, item: Praise | Problem | StatusChange,
              ts: float) -> bool:
        if isinstance(item, Praise):
            calls = [c for c in rec_store.recent_answered_calls(conn, ts - LOOK_BACK, ts,
                                                                item.queue)
                     if c[0] not in self._used]
            if not calls:
                return False
            agent, callid, _queue, _end = self._rng.choice(calls[:10])
            self._used.add(agent)
            rec_store.record(conn, agent=agent, kind=item.kind, text=item.text, ts=ts,
                             callid=callid if item.queue else None, actor=DEMO_LEAD)
            return True
        if isinstance(item, Problem):
            agent = callid = None
            flag_id = None
            if item.link_flag:
                flag = next((f for f in flags_store.flags_since(conn, ts - LOOK_BACK, ts)
                             if f.agent), None)
                if flag is not None:
                    agent, callid, flag_id = flag.agent, flag.callid, flag.id
            if agent is None:
                calls = rec_store.recent_answered_calls(conn, ts - LOOK_BACK, ts)
                if calls:
                    agent, callid, _queue, _end = self._rng.choice(calls[:10])
            if agent is None and not item.by_lead:
                return False
            issues_store.report(
                conn, cause=item.cause, location=item.location, description=item.text,
                reported_by=DEMO_LEAD if item.by_lead or agent is None else agent,
                reporter_role=issues.LEAD if item.by_lead or agent is None else issues.AGENT,
                ts=ts, agent=agent, callid=callid, flag_id=flag_id, actor=DEMO_LEAD)
            return True
        key = issues.location_key(item.location)
        target = next((i for i in issues_store.active_or_since(conn, 0)
                       if i.cause == item.cause and issues.location_key(i.location) == key
                       and i.active), None)
        if target is None:
            return False
        return issues_store.set_status(conn, target.id, item.status, ts, actor=DEMO_LEAD)
