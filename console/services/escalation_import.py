"""Import a ticketing system's escalations (CSV / JSONL); re-importing updates, never duplicates.

The ticket's reference is the key (``escalations.external_ref``). A known reference updates the
fields the file fills in (empty cells leave the console's data alone), records a first reply or
a resolution the file newly carries, and adds the row's note once. Bad rows are reported with
their line and reason; the good rows are kept.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from console.domain import escalations as rules
from console.domain.escalations import Escalation, EscalationSettings
from console.ingest.escalation_import import EscalationRow, RowProblem, read_escalation_file
from console.store import escalations as store

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


@dataclass(frozen=True, slots=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    problems: tuple[RowProblem, ...]

    @property
    def imported(self) -> int:
        return self.created + self.updated + self.unchanged


def import_escalations(conn: sqlite3.Connection, path: Path, now: float, *, actor: str,
                       settings: EscalationSettings = rules.DEFAULT_SETTINGS) -> ImportResult:
    counts = {CREATED: 0, UPDATED: 0, UNCHANGED: 0}
    problems: list[RowProblem] = []
    for row in read_escalation_file(path):
        if isinstance(row, RowProblem):
            problems.append(row)
            continue
        try:
            counts[apply_row(conn, row, now, actor=actor, settings=settings)] += 1
        except (ValueError, sqlite3.IntegrityError) as exc:
            problems.append(RowProblem(row.line_no, str(exc)))
    return ImportResult(counts[CREATED], counts[UPDATED], counts[UNCHANGED], tuple(problems))


def _role(row: EscalationRow, current: str | None = None) -> str:
    if row.role:
        return row.role
    if current:
        return current
    if row.owner and row.owner == row.agent:
        return rules.AGENT
    return rules.DEPARTMENT if not row.owner and row.department else rules.SUPERVISOR


def _values(row: EscalationRow, settings: EscalationSettings) -> dict[str, Any]:
    role = _role(row)
    channel = row.channel or rules.OTHER
    return {
        "reference": row.reference, "external_ref": row.reference, "source": "import",
        "customer": row.customer, "channel": channel, "category": row.category,
        "description": row.description,
        "owner": row.owner or (row.department if role == rules.DEPARTMENT else None),
        "holder_role": role, "department": row.department, "agent": row.agent,
        "callid": row.callid, "queue": row.queue, "opened_at": row.opened_at,
        "promise_minutes": row.promise_minutes or settings.promise_minutes(channel),
        "clock": row.clock or settings.clock_for(channel),
    }


def apply_row(conn: sqlite3.Connection, row: EscalationRow, now: float, *, actor: str,
              settings: EscalationSettings = rules.DEFAULT_SETTINGS) -> str:
    existing = store.by_external_ref(conn, row.reference)
    if existing is None:
        escalation_id = store.create(conn, _values(row, settings), now=now, actor=actor,
                                     note=row.note, kind="imported")
        item = store.get(conn, escalation_id)
        assert item is not None
        _reply_and_resolve(conn, item, row, now, actor, settings)
        return CREATED
    given = {
        "reference": row.reference, "channel": row.channel, "opened_at": row.opened_at,
        "promise_minutes": row.promise_minutes, "clock": row.clock, "customer": row.customer,
        "category": row.category, "description": row.description, "owner": row.owner,
        "holder_role": row.role, "department": row.department, "agent": row.agent,
        "callid": row.callid, "queue": row.queue,
    }
    changes = {column: value for column, value in given.items()
               if value is not None and value != getattr(existing, column)}
    note = row.note if row.note and not _has_note(conn, existing.id, row.note) else None
    if changes or note:
        store.update_imported(conn, existing.id, changes, now=now, actor=actor, note=note)
    item = store.get(conn, existing.id)
    assert item is not None
    wrote = _reply_and_resolve(conn, item, row, now, actor, settings)
    return UPDATED if changes or note or wrote else UNCHANGED


def _has_note(conn: sqlite3.Connection, escalation_id: int, text: str) -> bool:
    return any(e.text == text for e in store.events(conn, escalation_id))


def _reply_and_resolve(conn: sqlite3.Connection, item: Escalation, row: EscalationRow,
                       now: float, actor: str, settings: EscalationSettings) -> bool:
    """The file's first reply and resolution, counted on the item's own clock."""
    wrote = False
    if row.first_reply_at is not None and row.first_reply_at != item.first_reply_at:
        elapsed = rules.elapsed_minutes(replace(item, resolved_at=None), row.first_reply_at,
                                        settings)
        store.reply(conn, item.id, ts=row.first_reply_at, elapsed=elapsed, first=True,
                    text=None, actor=actor, now=now)
        wrote = True
    if row.resolved_at is not None and row.resolved_at != item.resolved_at:
        open_item = replace(item, resolved_at=None, elapsed_minutes=None)
        elapsed_s = rules.elapsed_seconds(open_item, row.resolved_at, settings)
        state = rules.state_for(elapsed_s, item.promise_minutes, True, settings)
        store.resolve(conn, item.id, ts=row.resolved_at, elapsed=elapsed_s / 60.0, state=state,
                      text=None, actor=actor, end_pause=item.paused, now=now)
        wrote = True
    return wrote
