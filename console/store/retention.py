"""Retention: free text about people (notes, transcripts, outcomes) older than the floor's
limit is removed; the facts around it (a flag's time, severity, who acknowledged it) stay,
because counts and history need them and they say nothing in anyone's own words.

Each rule names a table, its free-text columns, the column that dates a row, and whether
the whole row goes (a note row is nothing but its text) or only the text is emptied. Rules
for tables this database does not have (an older schema, a feature not installed) are
skipped, so the list can name tables that later migrations add. The purge runs with
``secure_delete`` on, so the text does not linger in free pages, and it is audited with
counts per table, never the text itself.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from console.store import audit
from console.store.flags import transaction

AUDIT_ACTION = "data.purge"
_EMPTY = "''"  # SQL for the empty string, for NOT NULL text columns


@dataclass(frozen=True, slots=True)
class Rule:
    table: str
    columns: tuple[str, ...]  # the free-text columns
    dated_by: str  # SQL expression giving the row's epoch seconds
    delete_row: bool = False  # the row is only its text: remove it
    only_when: str = ""  # extra SQL condition (for example: only resolved items)

    @property
    def key(self) -> str:
        return f"{self.table}.{'+'.join(self.columns)}"


RULES: tuple[Rule, ...] = (
    Rule("flag_notes", ("text",), "ts", delete_row=True),
    Rule("abuse_flags", ("note",), "ts"),
    Rule("repeat_callers", ("note",), "marked_at"),
    Rule("escalation_events", ("text",), "ts"),
    Rule("escalations", ("description",), "resolved_at", only_when="resolved_at IS NOT NULL"),
    Rule("coaching_sessions", ("notes", "went_well", "do_differently"),
         "coalesce(completed_at, created_at)", only_when="status != 'planned'"),
    # 0005: praise in the lead's words, and what agents and leads said about a problem
    Rule("recognitions", ("text",), "ts"),
    Rule("issue_reports", ("note",), "ts"),
    Rule("management_issues", ("description",), "status_at", only_when="status = 'fixed'"),
)


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return set(_not_null(conn, table))


def _not_null(conn: sqlite3.Connection, table: str) -> dict[str, bool]:
    """Column name -> declared NOT NULL (such text is emptied to '' rather than NULL)."""
    return {r[1]: bool(r[3]) for r in conn.execute(f"PRAGMA table_info({table})")}


def applicable_rules(conn: sqlite3.Connection) -> list[Rule]:
    """The rules whose table and columns exist in this database."""
    out = []
    for rule in RULES:
        cols = _columns(conn, rule.table)
        if not cols or not set(rule.columns) <= cols:
            continue
        # the dating expression names columns too; coalesce(a, b) -> {a, b}
        names = {w for w in rule.dated_by.replace("(", " ").replace(")", " ").replace(",", " ")
                 .split() if w != "coalesce"}
        if names <= cols:
            out.append(rule)
    return out


def _where(rule: Rule) -> str:
    has_text = " OR ".join(f"({c} IS NOT NULL AND {c} != '')" for c in rule.columns)
    where = f"({rule.dated_by}) < ? AND ({has_text})"
    if rule.only_when:
        where += f" AND ({rule.only_when})"
    return where


def count_purgeable(conn: sqlite3.Connection, cutoff: float) -> dict[str, int]:
    """Rows per rule whose text would go (the dry run)."""
    counts: dict[str, int] = {}
    for rule in applicable_rules(conn):
        n = conn.execute(f"SELECT count(*) FROM {rule.table} WHERE {_where(rule)}",
                         (int(cutoff),)).fetchone()[0]
        counts[rule.key] = n
    return counts


def purge(conn: sqlite3.Connection, cutoff: float, *, days: int, now: float,
          actor: str | None = None) -> dict[str, int]:
    """Remove the text of every row dated before ``cutoff``; one transaction with its audit
    row (counts per table, the limit in days). Nothing purged writes nothing."""
    counts: dict[str, int] = {}
    conn.execute("PRAGMA secure_delete = ON")
    with transaction(conn):
        for rule in applicable_rules(conn):
            where = _where(rule)
            if rule.delete_row:
                cur = conn.execute(f"DELETE FROM {rule.table} WHERE {where}", (int(cutoff),))
            else:
                required = _not_null(conn, rule.table)
                sets = ", ".join(f"{c} = {_EMPTY if required[c] else 'NULL'}"
                                 for c in rule.columns)
                cur = conn.execute(f"UPDATE {rule.table} SET {sets} WHERE {where}",
                                   (int(cutoff),))
            counts[rule.key] = cur.rowcount
        if any(counts.values()):
            audit.record(conn, AUDIT_ACTION, "retention",
                         {"days": days, "cutoff": int(cutoff),
                          "rows": {k: v for k, v in counts.items() if v}},
                         actor=actor, ts=now)
    return counts
