"""The audit log's hash chain: each row's ``hash`` is sha256 over the previous row's hash and
the row's own canonical content, so an edited, replaced or removed row shows as the first row
whose hash no longer follows (``composure db check``).

The triggers of db/0006 and db/0010 stop UPDATE, DELETE and REPLACE; the chain is what still
tells when someone dropped them first, or wrote the file with another program. It cannot tell
that the newest rows were cut off the end (nothing follows them); the backups keep copies.

The hash is computed in Python (``row_hash``) when a row is written, and registered as the SQL
function ``composure_audit_hash`` on every connection the store opens, for the migration that
back-fills the chain of rows written before it existed.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from os import PathLike

SQL_FUNCTION = "composure_audit_hash"
TRIGGERS = ("audit_log_no_update", "audit_log_no_delete", "audit_log_no_replace")
_ROWS = "SELECT id, ts, actor, action, subject, detail, hash FROM audit_log ORDER BY id"


def canonical(row_id: int, ts: int, actor: str, action: str, subject: str | None,
              detail: str | None) -> str:
    """One fixed text per row: the same values always give the same bytes."""
    return json.dumps([row_id, ts, actor, action, subject, detail], ensure_ascii=False,
                      separators=(",", ":"))


def row_hash(previous: str | None, row_id: int, ts: int, actor: str, action: str,
             subject: str | None, detail: str | None) -> str:
    text = (previous or "") + "\n" + canonical(row_id, ts, actor, action, subject, detail)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def register(conn: sqlite3.Connection) -> None:
    conn.create_function(SQL_FUNCTION, 7, row_hash, deterministic=True)


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first row whose hash does not follow from the rows before it."""

    id: int
    ts: int
    reason: str


@dataclass(frozen=True, slots=True)
class ChainReport:
    rows: int
    first_break: ChainBreak | None
    missing_triggers: tuple[str, ...]
    has_chain: bool  # False: a database from before the chain (it is added on open)

    @property
    def ok(self) -> bool:
        return self.has_chain and self.first_break is None and not self.missing_triggers


def verify(conn: sqlite3.Connection) -> ChainReport:
    """Walk the log in id order; read-only, so it can run on a read-only connection."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(audit_log)")}
    present = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'")}
    missing = tuple(t for t in TRIGGERS if t not in present)
    if "hash" not in columns:
        count = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] if columns else 0
        return ChainReport(count, None, missing, has_chain=False)
    previous: str | None = None
    previous_id = 0
    rows = 0
    first: ChainBreak | None = None
    for row_id, ts, actor, action, subject, detail, stored in conn.execute(_ROWS):
        rows += 1
        if first is not None:
            continue
        expected = row_hash(previous, row_id, ts, actor, action, subject, detail)
        if stored != expected:
            first = ChainBreak(row_id, ts, _why(stored, row_id, previous_id))
        previous, previous_id = stored, row_id
    return ChainReport(rows, first, missing, has_chain=True)


def _why(stored: str | None, row_id: int, previous_id: int) -> str:
    if stored is None:
        return "it has no hash: written by another program, not by Composure"
    if row_id != previous_id + 1:
        gap = (f"row {previous_id + 1} was" if row_id == previous_id + 2
               else f"rows {previous_id + 1} to {row_id - 1} were")
        return f"{gap} deleted before it"
    # an edit that also rewrote the row's own hash shows at the row after it
    return "its content does not match its hash: this row or the one before it was changed"


def verify_file(path: str | PathLike[str]) -> ChainReport:
    """``verify`` on a read-only connection of its own: a check changes nothing, and does
    not migrate a database from an older Composure."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10.0)
    try:
        return verify(conn)
    finally:
        conn.close()
