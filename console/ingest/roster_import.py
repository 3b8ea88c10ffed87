"""Agent rosters (CSV or JSONL) into roster entries: real names, teams, queues and tenure.

Columns / keys (case-insensitive; Chinese headers accepted):

* ``id`` (required): the agent as Asterisk names them in queue_log, the member name in the
  agent field (``Alice``, ``agent101``); a re-import with the same id updates that agent;
* ``name``: the person's name as the console shows it (default: the id);
* ``team``; ``queues``: the queues the agent serves, separated by ``;`` or ``|`` (a JSON list
  in JSONL); ``start_date`` (``YYYY-MM-DD``); ``coach``: yes or no (``1``/``0``, ``true``,
  ``是``/``否``);
* optional ``employee_id`` (HR number) and ``interface`` (``Local/agent101@agents/n``; more than
  one separated by ``;`` or ``|``), the other spellings queue_log uses for the agent.

A blank optional field leaves what is stored unchanged. A bad row is reported with its line and
reason, and the good rows are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from console.domain.coaching import parse_start_date
from console.ingest.records import RowProblem, read_records
from console.store.roster import RosterEntry

__all__ = ["RosterRow", "RowProblem", "read_roster_file"]

_HEADERS = {
    "id": ("id", "agent", "agent_id", "member", "membername", "member_name", "工号", "坐席工号",
           "坐席"),
    "name": ("name", "display_name", "full_name", "姓名", "名字", "显示名"),
    "team": ("team", "group", "团队", "组", "班组", "小组"),
    "queues": ("queues", "queue", "skills", "队列", "技能组", "技能"),
    "start_date": ("start_date", "start", "started", "hire_date", "hired", "入职日期",
                   "入职时间"),
    "coach": ("coach", "coach_mark", "mentor", "is_coach", "教练", "导师", "带教"),
    "employee_id": ("employee_id", "employee", "staff_id", "hr_id", "员工编号", "员工号"),
    "interface": ("interface", "interfaces", "alias", "aliases", "接口"),
}
_LOOKUP = {alias: key for key, aliases in _HEADERS.items() for alias in aliases}
_YES = {"1", "yes", "y", "true", "x", "✓", "✔", "coach", "是", "对"}
_NO = {"0", "no", "n", "false", "-", "否", "不是"}
_SPLIT = re.compile(r"[;|；、]")


@dataclass(frozen=True, slots=True)
class RosterRow:
    line_no: int
    entry: RosterEntry


def _list(value: object) -> tuple[str, ...]:
    items = value if isinstance(value, list) else _SPLIT.split(str(value))
    out: list[str] = []
    for item in items:
        text = str(item).strip()
        if text and text not in out:
            out.append(text)
    return tuple(out)


def _row(line_no: int, record: dict) -> RosterRow | RowProblem:
    data = {_LOOKUP.get(str(k).strip().lower(), str(k)): v for k, v in record.items()}
    text = {k: ("" if v is None or isinstance(v, list) else str(v).strip())
            for k, v in data.items()}
    agent = text.get("id", "")
    if not agent:
        return RowProblem(line_no, "missing id (the agent's name in queue_log)")
    if "|" in agent or "\n" in agent:
        return RowProblem(line_no, f"id {agent[:40]!r} cannot contain '|' or a line break")
    coach_text = text.get("coach", "").lower()
    if coach_text and coach_text not in _YES | _NO:
        return RowProblem(line_no, f"coach {text['coach'][:20]!r} is not yes or no")
    start = text.get("start_date") or None
    if start:
        try:
            parsed = parse_start_date(start)
        except ValueError:
            return RowProblem(line_no, f"start_date {start[:30]!r} is not a date (YYYY-MM-DD)")
        if parsed is None or parsed.year < 1950:
            return RowProblem(line_no, f"start_date {start[:30]!r} is not a plausible date")
        start = parsed.isoformat()
    queues_raw = data.get("queues")
    queues = None
    if isinstance(queues_raw, list) or (queues_raw is not None and str(queues_raw).strip()):
        queues = _list(queues_raw)
    interfaces = _list(data["interface"]) if data.get("interface") not in (None, "") else ()
    entry = RosterEntry(
        name=agent,
        team=text.get("team") or None,
        interface=interfaces[0] if interfaces else None,
        start_date=start,
        coach=None if not coach_text else coach_text in _YES,
        display_name=text.get("name") or None,
        queues=queues,
        employee_id=text.get("employee_id") or None,
        aliases=interfaces[1:],
    )
    return RosterRow(line_no, entry)


def read_roster_file(path: Path) -> Iterator[RosterRow | RowProblem]:
    """Rows in file order; an agent (or employee id) named twice keeps its first row."""
    seen: dict[str, int] = {}
    employees: dict[str, int] = {}
    for item in read_records(path):
        if isinstance(item, RowProblem):
            yield item
            continue
        row = _row(*item)
        if isinstance(row, RosterRow):
            e = row.entry
            if e.name in seen:
                row = RowProblem(row.line_no, f"agent {e.name!r} is already on line "
                                              f"{seen[e.name]}")
            elif e.employee_id and e.employee_id in employees:
                row = RowProblem(row.line_no, f"employee id {e.employee_id!r} is already on "
                                              f"line {employees[e.employee_id]}")
            else:
                seen[e.name] = row.line_no
                if e.employee_id:
                    employees[e.employee_id] = row.line_no
        yield row
