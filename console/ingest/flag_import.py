"""QA flag lists (CSV or JSONL) into abuse flags.

Columns / keys (case-insensitive; Chinese headers accepted): ``time`` (ISO local date-time or
epoch seconds), ``agent``, ``severity`` (1-3), ``category``, and optionally ``note``,
``caller``, ``callid``, ``queue``, ``id``. A row with an ``id`` is updated, not duplicated, on
re-import; without one, a hash of the row stands in. A bad row is reported with its line and
reason and the good rows are kept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from console.domain.flags import clamp_severity, normalise_category
from console.domain.time_range import SPAN_TEXT, TimeOutOfRange, checked_epoch, year_problem
from console.ingest.records import RowProblem, read_records

_HEADERS = {
    "time": ("time", "ts", "timestamp", "datetime", "时间"),
    "agent": ("agent", "member", "坐席", "客服", "agent_name"),
    "severity": ("severity", "level", "严重程度", "等级"),
    "category": ("category", "type", "类别", "类型"),
    "note": ("note", "notes", "comment", "备注", "说明"),
    "caller": ("caller", "callerid", "number", "来电号码", "号码"),
    "callid": ("callid", "uniqueid", "call_id"),
    "queue": ("queue", "队列"),
    "id": ("id", "external_id", "ref", "编号"),
}
_LOOKUP = {alias: key for key, aliases in _HEADERS.items() for alias in aliases}


@dataclass(frozen=True, slots=True)
class FlagRow:
    line_no: int
    ts: int
    agent: str
    severity: int
    category: str
    raw_category: str | None
    note: str | None
    caller: str | None
    callid: str | None
    queue: str | None
    external_id: str


def _parse_time(value: str) -> int:
    value = value.strip()
    if value.replace(".", "", 1).isdigit():
        return checked_epoch(float(value), value)
    parsed = datetime.fromisoformat(value.replace(" ", "T", 1))
    if year_problem(parsed.year) is not None:  # before astimezone(), which fails on year 1
        raise TimeOutOfRange(f"{value[:40]!r} is out of range (times must be {SPAN_TEXT})")
    return checked_epoch(parsed.astimezone().timestamp(), value)


def _row(line_no: int, record: dict) -> FlagRow | RowProblem:
    data = {_LOOKUP.get(str(k).strip().lower(), str(k)): v for k, v in record.items()}
    text = {k: (str(v).strip() if v is not None else "") for k, v in data.items()}
    missing = [k for k in ("time", "agent", "severity") if not text.get(k)]
    if missing:
        return RowProblem(line_no, f"missing {', '.join(missing)}")
    try:
        ts = _parse_time(text["time"])
    except TimeOutOfRange as exc:
        return RowProblem(line_no, f"time {exc}")
    except (ValueError, OverflowError):
        return RowProblem(line_no, f"time {text['time'][:40]!r} is not a date-time")
    if not text["severity"].isdigit() or not 1 <= int(text["severity"]) <= 3:
        return RowProblem(line_no, f"severity {text['severity'][:10]!r} is not 1, 2 or 3")
    severity = clamp_severity(text["severity"])
    raw_cat = text.get("category") or None
    ext = text.get("id") or hashlib.sha1(
        f"{ts}|{text['agent']}|{severity}|{raw_cat}|{text.get('note', '')}".encode()
    ).hexdigest()[:16]
    return FlagRow(line_no, ts, text["agent"], severity, normalise_category(raw_cat, severity),
                   raw_cat, text.get("note") or None, text.get("caller") or None,
                   text.get("callid") or None, text.get("queue") or None, ext)


def read_flag_file(path: Path) -> Iterator[FlagRow | RowProblem]:
    for item in read_records(path):
        yield item if isinstance(item, RowProblem) else _row(*item)
