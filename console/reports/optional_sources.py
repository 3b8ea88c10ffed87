"""Sections fed by features that a database may not have: coaching sessions, recognition,
escalations and issues for management.

Each source is looked up by name when the report is built (the services that own the data
arrived after the report, and an older database has no tables for them). A missing module,
function or table gives :class:`Unavailable`, which every renderer states plainly ("Coaching
sessions are not recorded in this database"), never an empty table that would read as "none
happened".
"""

from __future__ import annotations

import importlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from console.reports.model import (
    EscalationCounts,
    EscalationLine,
    IssueCountLine,
    NoteLine,
    Part,
    RecognitionLine,
    SessionLine,
    Unavailable,
)
from console.reports.pseudonyms import Pseudonyms

COACHING = "coaching"
RECOGNITION = "recognition"
ESCALATIONS = "escalations"
MANAGEMENT_ISSUES = "management_issues"


def _lookup(module: str, name: str) -> Callable[..., Any] | None:
    try:
        mod = importlib.import_module(module)
    except ImportError:
        return None
    fn = getattr(mod, name, None)
    return fn if callable(fn) else None


def _call(what: str, fn: Callable[..., Any] | None, *args: Any) -> Any:
    """The function's answer, or Unavailable when it or its table is missing."""
    if fn is None:
        return Unavailable(what)
    try:
        return fn(*args)
    except sqlite3.OperationalError as exc:  # "no such table": the migration is not there
        if "no such" in str(exc):
            return Unavailable(what)
        raise


# ------------------------------------------------------------------------------ coaching
@dataclass(frozen=True)
class Coaching:
    sessions: Part[SessionLine]
    per_agent: dict[str, int] | None  # real name -> sessions (peer or 1:1), None: unavailable
    notes: tuple[NoteLine, ...] = ()
    break_ids: frozenset[int] = frozenset()  # breaks whose 1:1 talk is a session here


def coaching(conn: sqlite3.Connection, start: float, end: float, agents: set[str],
             names: Pseudonyms) -> Coaching:
    """Peer coaching and 1:1 talks held or planned in the range, for ``agents``."""
    fn = _lookup("console.services.coaching", "shift_sessions")
    if fn is not None:
        found = _call(COACHING, fn, conn, start, end)
    else:  # until the coaching service offers a range: every session of the report's agents
        per = _lookup("console.store.coaching", "sessions_for_agent")
        found = _call(COACHING, per and (lambda: [
            s for a in sorted(agents) for s in per(conn, a) if s.agent == a]))
    if isinstance(found, Unavailable):
        return Coaching(Part(unavailable=found), None)
    lines: list[SessionLine] = []
    per_agent: dict[str, int] = {}
    notes: list[NoteLine] = []
    break_ids = frozenset(s.break_id for s in found if getattr(s, "break_id", None))
    for s in found:
        ts = s.completed_at or s.due_ts or s.created_at
        if not (start <= ts < end) or s.agent not in agents or s.status == "cancelled":
            continue
        per_agent[s.agent] = per_agent.get(s.agent, 0) + 1
        minutes = None
        lines.append(SessionLine(
            ts=ts, agent=names.name(s.agent), kind=s.kind,
            with_whom=names.name(s.coach) if s.kind == "peer" else (s.coach or s.created_by),
            status=s.status, minutes=minutes, note=names.scrub(s.focus)))
        for text in (s.went_well, s.do_differently, s.notes):
            if text:
                notes.append(NoteLine(ts=ts, author=s.created_by, about=names.name(s.agent),
                                      text=names.scrub(text), source="coaching"))
    lines.sort(key=lambda line: line.ts)
    return Coaching(Part(tuple(lines)), per_agent, tuple(notes), break_ids)


# ------------------------------------------------------------------------------ recognition
def recognition(conn: sqlite3.Connection, start: float, end: float, agents: set[str] | None,
                names: Pseudonyms) -> tuple[Part[RecognitionLine], dict[str, int] | None]:
    found = _call(RECOGNITION, _lookup("console.services.positives", "shift_positives"),
                  conn, start, end)
    if isinstance(found, Unavailable):
        return Part(unavailable=found), None
    lines = []
    per_agent: dict[str, int] = {}
    for r in sorted(found.recognitions, key=lambda r: r.ts):
        if agents is not None and r.agent not in agents:
            continue
        per_agent[r.agent] = per_agent.get(r.agent, 0) + 1
        lines.append(RecognitionLine(r.ts, names.name(r.agent), r.kind, names.scrub(r.text)))
    return Part(tuple(lines)), per_agent


def management_issues(conn: sqlite3.Connection, start: float,
                      end: float) -> Part[IssueCountLine]:
    found = _call(MANAGEMENT_ISSUES,
                  _lookup("console.services.positives", "management_issue_counts"),
                  conn, start, end)
    if isinstance(found, Unavailable):
        return Part(unavailable=found)
    return Part(tuple(IssueCountLine(c.cause, c.label or "", c.occurrences, c.issues, c.open,
                                     c.sent, c.fixed) for c in found))


# ------------------------------------------------------------------------------ escalations
@dataclass(frozen=True)
class Escalations:
    lines: Part[EscalationLine]
    counts: EscalationCounts | None
    notes: tuple[NoteLine, ...] = ()


def escalations(conn: sqlite3.Connection, start: float, end: float, now: float,
                agents: set[str] | None, names: Pseudonyms) -> Escalations:
    """Items opened, resolved or open during the range, each read at the range's end (or
    now, for a shift still running): what the backlog looked like when the shift handed over.
    """
    items_fn = _lookup("console.store.escalations", "items")
    rules = _try_module("console.domain.escalations")
    found = _call(ESCALATIONS, items_fn and (lambda: items_fn(conn, closed_since=start)))
    if isinstance(found, Unavailable) or rules is None:
        return Escalations(Part(unavailable=Unavailable(ESCALATIONS)), None)
    settings = _escalation_settings(conn, rules)
    at = min(end, now)
    lines: list[EscalationLine] = []
    relevant = []
    for item in found:
        if item.opened_at >= end or (agents is not None and item.agent not in agents):
            continue
        seen = item
        if item.resolved_at is not None and item.resolved_at > at:  # still open back then
            seen = replace(item, resolved_at=None, elapsed_minutes=None)
        status = rules.status(seen, at, settings)
        relevant.append(item)
        lines.append(EscalationLine(
            reference=item.reference, opened_ts=item.opened_at,
            owner=names.name(item.owner) if item.holder_role in ("agent", "peer")
            else (item.owner or ""),
            state=status.state, promised_minutes=float(item.promise_minutes),
            elapsed_minutes=status.elapsed_minutes, trust=item.trust,
            resolved_ts=item.resolved_at,
            opened_in_range=start <= item.opened_at < end,
            resolved_in_range=item.resolved_at is not None and start <= item.resolved_at < end))
    trust = [line.trust for line in lines if line.trust is not None]
    counts = EscalationCounts(
        opened=sum(1 for line in lines if line.opened_in_range),
        resolved=sum(1 for line in lines if line.resolved_in_range),
        at_risk=sum(1 for line in lines if line.state == "at_risk"),
        breached=sum(1 for line in lines if line.state in ("breached", "met_late")
                     and (line.resolved_ts is None or line.resolved_in_range)),
        mean_trust=sum(trust) / len(trust) if trust else None)
    return Escalations(Part(tuple(lines)), counts,
                       tuple(_escalation_notes(conn, relevant, start, end, names)))


def _try_module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _escalation_settings(conn: sqlite3.Connection, rules: Any) -> Any:
    load = _lookup("console.services.escalations", "load_settings")
    if load is not None:
        try:
            return load(conn)
        except Exception:  # the floor's stored settings failing must not stop a report
            pass
    return rules.DEFAULT_SETTINGS


def _escalation_notes(conn: sqlite3.Connection, items: list, start: float, end: float,
                      names: Pseudonyms) -> list[NoteLine]:
    events = _lookup("console.store.escalations", "events")
    if events is None:
        return []
    out = []
    for item in items:
        for e in events(conn, item.id):
            if e.kind == "note" and e.text and start <= e.ts < end:
                out.append(NoteLine(ts=e.ts, author=e.actor, about=item.reference,
                                    text=names.scrub(e.text), source="escalation"))
    return out
