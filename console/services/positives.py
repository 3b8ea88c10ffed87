"""Recognition and issues for management, for the console and for the shift report.

:class:`PositivesService` owns one SQLite connection (the ui runs it on its own
:class:`~console.ui.action_thread.ActionClient` thread). The module functions
:func:`shift_positives`, :func:`management_issue_counts` and :func:`shift_issues` are what the
shift report calls with its own connection and window.

Importing this module also adds recognitions and reported issues to every agent's history
(``console.services.agent_history``): the window imports it, so the coaching thread's
"Agent history…" sees them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from console.domain import mgmt_issues as issue_rules
from console.domain import recognition as rec_rules
from console.domain.history import TimelineEntry
from console.domain.mgmt_issues import (
    Cause,
    CauseCount,
    IssueReport,
    ManagementIssue,
    ReportResult,
)
from console.domain.recognition import Recognition, ShiftPositives
from console.services import agent_history
from console.services.clock import Clock, WallClock
from console.services.session import open_database
from console.services.stats import day_range
from console.store import audit
from console.store import mgmt_issues as issues_store
from console.store import recognition as rec_store

RECOGNITION = "recognition"  # history entry kinds
ISSUE_REPORT = "issue_report"


# ---------------------------------------------------------------------------- report API
def shift_positives(conn: sqlite3.Connection, start: float, end: float) -> ShiftPositives:
    """The recognitions recorded in [start, end), newest first, with counts by kind."""
    return rec_rules.shift_positives(rec_store.between(conn, start, end), start, end)


def management_issue_counts(conn: sqlite3.Connection, start: float,
                            end: float) -> list[CauseCount]:
    """Occurrences of issues for management in [start, end) by cause, most first, with how
    many distinct issues they were and where those stand (open / sent / fixed)."""
    return issues_store.cause_counts(conn, start, end)


def shift_issues(conn: sqlite3.Connection, start: float, end: float) -> list[ManagementIssue]:
    """The issues reported (first or again) in [start, end), latest seen first."""
    return issues_store.reported_between(conn, start, end)


# ---------------------------------------------------------------------------- the console
@dataclass(frozen=True, slots=True)
class PositivesView:
    """Everything the Positives and Issues docks show, read in one go."""

    now: float
    day_start: float
    positives: ShiftPositives  # today's
    issues: tuple[ManagementIssue, ...]  # unfixed, or seen / changed today
    counts: tuple[CauseCount, ...]  # today's occurrences by cause
    causes: tuple[Cause, ...]  # archived ones too (old issues still name them)
    locations: tuple[str, ...]  # places typed before, for the dialog


class PositivesService:
    def __init__(self, db_path: Path | str, clock: Clock | None = None, demo=None) -> None:
        self.conn: sqlite3.Connection = open_database(db_path)
        self.clock = clock or WallClock()
        # the demo floor's script of praise and reported problems (console.services.demo)
        self.demo_script = getattr(demo, "positives", None)

    def view(self) -> PositivesView:
        now = self.clock.now()
        if self.demo_script is not None:
            self.demo_script.play(self.conn, now)
        start, end = day_range(datetime.fromtimestamp(now).date())
        return PositivesView(
            now=now, day_start=start,
            positives=shift_positives(self.conn, start, end),
            issues=tuple(issues_store.active_or_since(self.conn, start)),
            counts=tuple(management_issue_counts(self.conn, start, end)),
            causes=tuple(issues_store.causes(self.conn, include_archived=True)),
            locations=tuple(issues_store.locations(self.conn)),
        )

    # -------------------------------------------------------------- recognition
    def recognise(self, agent: str, kind: str, text: str | None = None,
                  callid: str | None = None, flag_id: int | None = None) -> int:
        return rec_store.record(self.conn, agent=agent, kind=kind, text=text,
                                ts=self.clock.now(), callid=callid, flag_id=flag_id)

    def withdraw_recognition(self, recognition_id: int) -> bool:
        return rec_store.withdraw(self.conn, recognition_id, self.clock.now())

    # -------------------------------------------------------------- issues
    def report_issue(self, cause: str, location: str | None, description: str,
                     reported_by: str, reporter_role: str, agent: str | None = None,
                     callid: str | None = None, flag_id: int | None = None) -> ReportResult:
        """An empty ``reported_by`` for the lead means the person at this console."""
        if reporter_role == issue_rules.LEAD and not (reported_by or "").strip():
            reported_by = audit.current_actor()
        return issues_store.report(
            self.conn, cause=cause, location=location, description=description,
            reported_by=reported_by, reporter_role=reporter_role, ts=self.clock.now(),
            agent=agent, callid=callid, flag_id=flag_id)

    def set_issue_status(self, issue_id: int, status: str) -> bool:
        return issues_store.set_status(self.conn, issue_id, status, self.clock.now())

    def issue_reports(self, issue_id: int) -> list[IssueReport]:
        return issues_store.reports(self.conn, issue_id)

    def add_cause(self, label: str) -> str:
        return issues_store.add_cause(self.conn, label, self.clock.now())

    def rename_cause(self, code: str, label: str | None) -> None:
        issues_store.rename_cause(self.conn, code, label, self.clock.now())

    def set_cause_archived(self, code: str, archived: bool) -> None:
        issues_store.set_cause_archived(self.conn, code, archived, self.clock.now())

    def close(self) -> None:
        self.conn.close()


# ---------------------------------------------------------------------------- agent history
def recognition_entries(conn: sqlite3.Connection, agent: str,
                        since: float) -> Iterable[TimelineEntry]:
    for r in rec_store.between(conn, since, 2**62, agent=agent):
        fields = tuple((k, v) for k, v in (("recognition_kind", r.kind),
                                           ("callid", r.callid)) if v)
        yield TimelineEntry(r.ts, RECOGNITION, None, r.text or None, r.recorded_by, fields,
                            f"recognition:{r.id}")


def issue_report_entries(conn: sqlite3.Connection, agent: str,
                         since: float) -> Iterable[TimelineEntry]:
    for report, cause, location in issues_store.reports_by_agent(conn, agent, since):
        fields = tuple((k, v) for k, v in (("cause", cause), ("location", location),
                                           ("callid", report.callid),
                                           ("role", report.reporter_role)) if v)
        other = None if report.reported_by == agent else report.reported_by
        yield TimelineEntry(report.ts, ISSUE_REPORT, None, report.note or None, other, fields,
                            f"issue:{report.issue_id}")


agent_history.register_history_provider(recognition_entries)
agent_history.register_history_provider(issue_report_entries)

__all__ = ["ISSUE_REPORT", "RECOGNITION", "PositivesService", "PositivesView",
           "Recognition", "management_issue_counts", "shift_issues", "shift_positives"]
