"""Import a QA flag list into the store; bad rows are reported, good rows kept."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from console.ingest.flag_import import FlagRow, RowProblem, read_flag_file
from console.store import flags as flags_store


@dataclass(frozen=True, slots=True)
class ImportResult:
    imported: int
    problems: tuple[RowProblem, ...]


def import_flags(conn: sqlite3.Connection, path: Path) -> ImportResult:
    imported = 0
    problems: list[RowProblem] = []
    for item in read_flag_file(path):
        if isinstance(item, RowProblem):
            problems.append(item)
            continue
        row: FlagRow = item
        flags_store.create_flag(
            conn, ts=row.ts, agent=row.agent, severity=row.severity, category=row.category,
            raw_category=row.raw_category, source="qa_import", queue=row.queue,
            callid=row.callid, caller=row.caller, note=row.note, external_id=row.external_id,
        )
        imported += 1
    return ImportResult(imported, tuple(problems))
