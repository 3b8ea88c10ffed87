"""Import an agent roster into the store, and the body of ``composure ingest roster FILE``.

Bad rows are reported with file, line and reason; the good rows are kept (one transaction,
audited). Re-importing the same file updates the agents instead of duplicating them.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from console.ingest.roster_import import RosterRow, RowProblem, read_roster_file
from console.services.session import StoreError, open_database
from console.store import roster as roster_store


@dataclass(frozen=True, slots=True)
class RosterImportResult:
    added: int
    updated: int
    problems: tuple[RowProblem, ...]

    @property
    def imported(self) -> int:
        return self.added + self.updated


def import_roster(conn: sqlite3.Connection, path: Path) -> RosterImportResult:
    rows: list[RosterRow] = []
    problems: list[RowProblem] = []
    for item in read_roster_file(path):
        if isinstance(item, RowProblem):
            problems.append(item)
        else:
            rows.append(item)
    saved = roster_store.import_roster(conn, [r.entry for r in rows], source=str(path))
    problems += [RowProblem(rows[i].line_no, reason) for i, reason in saved.refused]
    problems.sort(key=lambda p: p.line_no)
    return RosterImportResult(saved.added, saved.updated, tuple(problems))


def run_roster_import(db_path: Path, file: Path) -> int:
    """Print what happened; exit code 0, 1 (rows refused; the good ones are imported) or 2
    (the file or the database cannot be used)."""
    if not file.exists():
        print(f"composure: {file}: no such file", file=sys.stderr)
        return 2
    try:
        conn = open_database(db_path)
    except StoreError as exc:
        print(f"composure: {exc}", file=sys.stderr)
        return 2
    try:
        result = import_roster(conn, file)
    finally:
        conn.close()
    print(f"{file}: {result.imported} agents imported ({result.added} new, {result.updated}"
          f" updated), {len(result.problems)} rows skipped")
    for p in result.problems:
        print(f"  {file}:{p.line_no}: {p.reason}", file=sys.stderr)
    return 1 if result.problems else 0  # bad input: non-zero, the good rows are kept
