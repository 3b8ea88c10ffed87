"""Issues for management: the causes list, reporting (with the repeat rule of
:mod:`console.domain.mgmt_issues`), status changes, and the counts a shift report needs."""

from __future__ import annotations

import sqlite3

from console.domain import mgmt_issues as rules
from console.domain.mgmt_issues import (
    Cause,
    CauseCount,
    IssueReport,
    ManagementIssue,
    ReportResult,
)
from console.store import audit
from console.store.flags import transaction

_ISSUE = (
    "SELECT i.id, i.cause, i.location, i.description, i.status, i.opened_at, i.opened_by,"
    " i.status_at, i.status_by, i.last_seen_at,"
    " (SELECT count(*) FROM issue_reports r WHERE r.issue_id = i.id), i.recurrence_of"
    " FROM management_issues i"
)
_REPORT = ("SELECT id, issue_id, ts, reported_by, reporter_role, recorded_by, agent, callid,"
           " flag_id, note FROM issue_reports")


# ---------------------------------------------------------------------------- causes
def causes(conn: sqlite3.Connection, include_archived: bool = False) -> list[Cause]:
    sql = "SELECT code, label, position, archived FROM issue_causes"
    if not include_archived:
        sql += " WHERE archived = 0"
    return [Cause(code, label, pos, bool(arch))
            for code, label, pos, arch in conn.execute(sql + " ORDER BY position, code")]


def _cause_names(conn: sqlite3.Connection, skip: str | None = None) -> set[str]:
    names = set()
    for c in causes(conn, include_archived=True):
        if c.code != skip:
            names.add(c.english().casefold())
    return names


def add_cause(conn: sqlite3.Connection, label: str, ts: float, actor: str | None = None) -> str:
    label = rules.clean_label(label)
    actor = actor or audit.current_actor()
    with transaction(conn):
        if label.casefold() in _cause_names(conn):
            raise ValueError(f"there is already a cause called {label!r}")
        numbers = [int(code[len(rules.CUSTOM_PREFIX):]) for (code,) in conn.execute(
            "SELECT code FROM issue_causes WHERE code LIKE ?", (rules.CUSTOM_PREFIX + "%",))
            if code[len(rules.CUSTOM_PREFIX):].isdigit()]
        code = f"{rules.CUSTOM_PREFIX}{max(numbers, default=0) + 1}"
        position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM issue_causes"
                                ).fetchone()[0]
        conn.execute("INSERT INTO issue_causes (code, label, position) VALUES (?,?,?)",
                     (code, label, position))
        audit.record(conn, "issue_cause.add", f"issue_cause:{code}", {"label": label},
                     actor=actor, ts=ts)
    return code


def rename_cause(conn: sqlite3.Connection, code: str, label: str | None, ts: float,
                 actor: str | None = None) -> None:
    """A new name; ``None`` gives a built-in cause back its own (translated) name."""
    actor = actor or audit.current_actor()
    if label is None and code not in rules.BUILTIN_CAUSES:
        raise ValueError("a cause the floor added needs a name")
    new = None if label is None else rules.clean_label(label)
    with transaction(conn):
        if new is not None and new.casefold() in _cause_names(conn, skip=code):
            raise ValueError(f"there is already a cause called {new!r}")
        cur = conn.execute("UPDATE issue_causes SET label = ? WHERE code = ?", (new, code))
        if not cur.rowcount:
            raise ValueError(f"no cause {code!r}")
        audit.record(conn, "issue_cause.rename", f"issue_cause:{code}", {"label": new},
                     actor=actor, ts=ts)


def set_cause_archived(conn: sqlite3.Connection, code: str, archived: bool, ts: float,
                       actor: str | None = None) -> None:
    """An archived cause is no longer offered; its issues and counts stay."""
    actor = actor or audit.current_actor()
    with transaction(conn):
        if archived:
            left = conn.execute("SELECT count(*) FROM issue_causes WHERE archived = 0"
                                " AND code != ?", (code,)).fetchone()[0]
            if not left:
                raise ValueError("keep at least one cause to choose from")
        cur = conn.execute("UPDATE issue_causes SET archived = ? WHERE code = ?",
                           (int(archived), code))
        if not cur.rowcount:
            raise ValueError(f"no cause {code!r}")
        audit.record(conn, "issue_cause.archive" if archived else "issue_cause.restore",
                     f"issue_cause:{code}", actor=actor, ts=ts)


# ---------------------------------------------------------------------------- reporting
def report(conn: sqlite3.Connection, *, cause: str, location: str | None, description: str,
           reported_by: str, reporter_role: str, ts: float, agent: str | None = None,
           callid: str | None = None, flag_id: int | None = None,
           actor: str | None = None) -> ReportResult:
    """Log a problem; joins the unfixed issue with the same cause and place (the repeat
    rule), otherwise opens a new one (pointing at a fixed one it came back after)."""
    cause, location, description, reported_by, role = rules.clean_report(
        cause, location, description, reported_by, reporter_role)
    key = rules.location_key(location)
    actor = actor or audit.current_actor()
    now = int(ts)
    with transaction(conn):
        if conn.execute("SELECT 1 FROM issue_causes WHERE code = ?", (cause,)).fetchone() is None:
            raise ValueError(f"no cause {cause!r}")
        if flag_id is not None:
            row = conn.execute("SELECT callid, agent FROM abuse_flags WHERE id = ?",
                               (flag_id,)).fetchone()
            if row:
                callid = callid or row[0]
                agent = agent or row[1]
        active = conn.execute(
            "SELECT id FROM management_issues WHERE cause = ? AND location_key = ?"
            " AND status != ?", (cause, key, rules.FIXED)).fetchone()
        recurrence_of = None
        if active:
            issue_id = active[0]
            conn.execute("UPDATE management_issues SET last_seen_at = max(last_seen_at, ?)"
                         " WHERE id = ?", (now, issue_id))
        else:
            fixed = conn.execute(
                "SELECT id FROM management_issues WHERE cause = ? AND location_key = ?"
                " ORDER BY id DESC", (cause, key)).fetchone()
            recurrence_of = fixed[0] if fixed else None
            cur = conn.execute(
                "INSERT INTO management_issues (cause, location, location_key, description,"
                " opened_at, opened_by, last_seen_at, recurrence_of) VALUES (?,?,?,?,?,?,?,?)",
                (cause, location, key, description, now, actor, now, recurrence_of))
            issue_id = int(cur.lastrowid or 0)
        conn.execute(
            "INSERT INTO issue_reports (issue_id, ts, reported_by, reporter_role, recorded_by,"
            " agent, callid, flag_id, note) VALUES (?,?,?,?,?,?,?,?,?)",
            (issue_id, now, reported_by, role, actor, agent, callid, flag_id, description))
        occurrences = conn.execute("SELECT count(*) FROM issue_reports WHERE issue_id = ?",
                                   (issue_id,)).fetchone()[0]
        audit.record(conn, "issue.report", f"issue:{issue_id}",
                     {"cause": cause, "location": location, "repeat": bool(active),
                      "occurrences": occurrences, "reported_by": reported_by,
                      "reporter_role": role, "callid": callid, "flag_id": flag_id,
                      "recurrence_of": recurrence_of}, actor=actor, ts=now)
    return ReportResult(issue_id, bool(active), occurrences, recurrence_of)


def set_status(conn: sqlite3.Connection, issue_id: int, status: str, ts: float,
               actor: str | None = None) -> bool:
    status = rules.check_status(status)
    actor = actor or audit.current_actor()
    with transaction(conn):
        row = conn.execute("SELECT status, cause, location_key FROM management_issues"
                           " WHERE id = ?", (issue_id,)).fetchone()
        if row is None:
            raise ValueError(f"no issue {issue_id}")
        old, cause, key = row
        if old == status:
            return False
        if old == rules.FIXED:
            again = conn.execute(
                "SELECT id FROM management_issues WHERE cause = ? AND location_key = ?"
                " AND status != ? AND id != ?", (cause, key, rules.FIXED, issue_id)).fetchone()
            if again:
                raise ValueError(f"this problem is open again as issue #{again[0]}")
        conn.execute("UPDATE management_issues SET status = ?, status_at = ?, status_by = ?"
                     " WHERE id = ?", (status, int(ts), actor, issue_id))
        audit.record(conn, "issue.status", f"issue:{issue_id}", {"from": old, "to": status},
                     actor=actor, ts=ts)
    return True


# ---------------------------------------------------------------------------- reading
def _with_reports(conn: sqlite3.Connection, rows: list[tuple]) -> list[ManagementIssue]:
    if not rows:
        return []
    ids = [r[0] for r in rows]
    reporters: dict[int, list[str]] = {}
    last: dict[int, tuple[str, str | None, int | None]] = {}
    marks = ",".join("?" * len(ids))
    for issue_id, who, note, callid, flag_id in conn.execute(
            f"SELECT issue_id, reported_by, note, callid, flag_id FROM issue_reports"
            f" WHERE issue_id IN ({marks}) ORDER BY ts, id", ids):
        names = reporters.setdefault(issue_id, [])
        if who not in names:
            names.append(who)
        last[issue_id] = (note, callid, flag_id)
    out = []
    for r in rows:
        note, callid, flag_id = last.get(r[0], ("", None, None))
        out.append(ManagementIssue(*r, reporters=tuple(reporters.get(r[0], ())),
                                   last_note=note, last_callid=callid, last_flag_id=flag_id))
    return out


def issue(conn: sqlite3.Connection, issue_id: int) -> ManagementIssue | None:
    rows = list(conn.execute(_ISSUE + " WHERE i.id = ?", (issue_id,)))
    found = _with_reports(conn, rows)
    return found[0] if found else None


def active_or_since(conn: sqlite3.Connection, since: float) -> list[ManagementIssue]:
    """What the Issues dock lists: every unfixed issue, and those seen or changed since
    ``since`` (the start of the shift); latest seen first."""
    rows = list(conn.execute(
        _ISSUE + " WHERE i.status != ? OR i.last_seen_at >= ? OR i.status_at >= ?"
        " ORDER BY i.last_seen_at DESC, i.id DESC", (rules.FIXED, int(since), int(since))))
    return _with_reports(conn, rows)


def reported_between(conn: sqlite3.Connection, start: float,
                     end: float) -> list[ManagementIssue]:
    """Issues with at least one occurrence in the window: what a shift report lists."""
    rows = list(conn.execute(
        _ISSUE + " WHERE EXISTS (SELECT 1 FROM issue_reports r WHERE r.issue_id = i.id"
        " AND r.ts >= ? AND r.ts < ?) ORDER BY i.last_seen_at DESC, i.id DESC",
        (int(start), int(end))))
    return _with_reports(conn, rows)


def reports(conn: sqlite3.Connection, issue_id: int) -> list[IssueReport]:
    return [IssueReport(*r) for r in conn.execute(_REPORT + " WHERE issue_id = ? ORDER BY ts, id",
                                                  (issue_id,))]


def reports_by_agent(conn: sqlite3.Connection, agent: str,
                     since: float) -> list[tuple[IssueReport, str, str]]:
    """(report, cause, location) of problems this agent reported or whose call showed them."""
    sql = ("SELECT r.id, r.issue_id, r.ts, r.reported_by, r.reporter_role, r.recorded_by,"
           " r.agent, r.callid, r.flag_id, r.note, i.cause, i.location FROM issue_reports r"
           " JOIN management_issues i ON i.id = r.issue_id WHERE r.ts >= ?"
           " AND (r.agent = ? OR (r.reporter_role = ? AND r.reported_by = ?))"
           " ORDER BY r.ts DESC, r.id DESC")
    return [(IssueReport(*r[:10]), r[10], r[11])
            for r in conn.execute(sql, (int(since), agent, rules.AGENT, agent))]


def cause_counts(conn: sqlite3.Connection, start: float, end: float) -> list[CauseCount]:
    rows = conn.execute(
        "SELECT i.cause, i.id, i.status FROM issue_reports r JOIN management_issues i"
        " ON i.id = r.issue_id WHERE r.ts >= ? AND r.ts < ?", (int(start), int(end)))
    return rules.count_by_cause(rows, causes(conn, include_archived=True))


def locations(conn: sqlite3.Connection, limit: int = 200) -> list[str]:
    """Places typed before, most recent first: the dialog offers them so the repeat rule
    meets the same spelling."""
    return [r[0] for r in conn.execute(
        "SELECT location FROM management_issues WHERE location != ''"
        " GROUP BY location_key ORDER BY max(last_seen_at) DESC LIMIT ?", (limit,))]
