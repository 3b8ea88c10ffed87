"""Import a QA flag list from the console, counting new flags and updated ones apart.

:func:`console.services.flag_import.import_flags` (shared with ``composure ingest flags``) does
the work; a row whose ``id`` is already in the store updates that flag instead of adding one.
The supervisor wants to know which happened, so this counts the ``qa_import`` flags from the
list's earliest time on before and after: the difference is what was added, the rest of the
good rows were updates. An update never changes a flag's time, so flags outside that window
neither appear nor disappear, and the count stays right.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from console.ingest.flag_import import FlagRow, RowProblem, read_flag_file
from console.services.flag_import import import_flags
from console.store import flags as flags_store

SOURCE = "qa_import"


@dataclass(frozen=True, slots=True)
class QaImport:
    path: str
    imported: int  # new flags
    updated: int  # rows that updated a flag imported before (same id)
    problems: tuple[RowProblem, ...]

    @property
    def rejected(self) -> int:
        return len(self.problems)


def _count(conn: sqlite3.Connection, since: float | None) -> int:
    if since is None:
        return 0
    return sum(1 for f in flags_store.flags_since(conn, since) if f.source == SOURCE)


def import_qa_flags(conn: sqlite3.Connection, path: str | Path) -> QaImport:
    """Raises OSError when the file cannot be read at all; bad rows are ``problems``."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file")
    since = min((r.ts for r in read_flag_file(path) if isinstance(r, FlagRow)), default=None)
    before = _count(conn, since)
    result = import_flags(conn, path)
    added = _count(conn, since) - before
    return QaImport(str(path), added, result.imported - added, result.problems)
