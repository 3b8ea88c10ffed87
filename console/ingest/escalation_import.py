"""Escalations exported from a ticketing system or CRM (CSV or JSONL) into rows to store.

Columns / keys (case-insensitive; the Chinese headers in ``_HEADERS`` are accepted too):

==================  ==========================================================================
``reference``       required; the ticket's id. A row whose reference was imported before
                    updates that escalation instead of adding one
``opened_at``       required; ISO local date-time (``2026-11-23 08:15``) or epoch seconds
``channel``         phone, email, chat (online chat), wechat, weibo or other (default other)
``customer``        phone number, e-mail or handle; masked before it is stored
``category``        free text (billing, delivery, ...)
``description``     what the customer complains about
``owner``           who holds it now; ``role`` (agent, peer, supervisor, department) says as
                    what (default supervisor, or department when only a department is given)
``department``      the department handling it
``promise_hours``   the callback promise in hours (default by channel: 24 h, e-mail/other 48 h)
``clock``           calendar (24x7, default) or business (business hours only)
``first_reply_at``  when the customer first heard back
``resolved_at``     when it was resolved
``agent``, ``callid``, ``queue``  the call it came from, if any
``note``            added to the item's timeline
==================  ==========================================================================

An empty cell never erases what the console recorded (a reply logged in the console stays);
a filled one wins. A bad row is reported with its line and reason; good rows are kept.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from console.domain.escalations import CLOCKS, ROLES, mask_customer, normalise_channel
from console.domain.time_range import SPAN_TEXT, TimeOutOfRange, checked_epoch, year_problem
from console.ingest.records import RowProblem, read_records

_HEADERS = {
    "reference": ("reference", "ref", "id", "ticket", "ticket_id", "case", "case_id",
                  "external_id", "编号", "工单号", "工单编号", "单号"),
    "opened_at": ("opened_at", "opened", "created", "created_at", "time", "创建时间",
                  "开单时间", "受理时间"),
    "channel": ("channel", "source", "渠道", "来源", "来源渠道"),
    "customer": ("customer", "contact", "customer_id", "caller", "客户", "联系方式", "客户号码"),
    "category": ("category", "type", "类别", "类型", "分类"),
    "description": ("description", "summary", "subject", "描述", "问题描述", "内容"),
    "owner": ("owner", "assignee", "handler", "负责人", "处理人"),
    "role": ("role", "holder_role", "角色"),
    "department": ("department", "dept", "group", "部门", "处理部门"),
    "promise_hours": ("promise_hours", "promise", "sla_hours", "承诺时限", "承诺小时", "时限"),
    "clock": ("clock", "计时"),
    "first_reply_at": ("first_reply_at", "first_reply", "replied_at", "首次回复时间", "首次回复"),
    "resolved_at": ("resolved_at", "resolved", "closed_at", "solved_at", "解决时间", "结案时间"),
    "agent": ("agent", "坐席", "客服"),
    "callid": ("callid", "uniqueid", "call_id"),
    "queue": ("queue", "队列"),
    "note": ("note", "notes", "comment", "备注"),
}
_LOOKUP = {alias: key for key, aliases in _HEADERS.items() for alias in aliases}
_MAX_PROMISE_HOURS = 24 * 90


@dataclass(frozen=True, slots=True)
class EscalationRow:
    line_no: int
    reference: str
    opened_at: int
    channel: str | None  # None: not given (other, for a new item)
    customer: str | None  # already masked
    category: str | None
    description: str | None
    owner: str | None
    role: str | None  # None: the importer's default
    department: str | None
    promise_minutes: int | None  # None: the channel's default
    clock: str | None
    first_reply_at: int | None
    resolved_at: int | None
    agent: str | None
    callid: str | None
    queue: str | None
    note: str | None


def parse_time(value: str) -> int:
    """ISO local date-time (``T`` or a space) or epoch seconds."""
    value = value.strip()
    if value.replace(".", "", 1).isdigit():
        return checked_epoch(float(value), value)
    parsed = datetime.fromisoformat(value.replace(" ", "T", 1))
    if year_problem(parsed.year) is not None:  # before astimezone(), which fails on year 1
        raise TimeOutOfRange(f"{value[:40]!r} is out of range (times must be {SPAN_TEXT})")
    return checked_epoch(parsed.astimezone().timestamp(), value)


def _row(line_no: int, record: dict) -> EscalationRow | RowProblem:
    data = {_LOOKUP.get(str(k).strip().lower(), str(k).strip().lower()): v
            for k, v in record.items() if k is not None}
    text = {k: (str(v).strip() if v is not None else "") for k, v in data.items()}
    missing = [k for k in ("reference", "opened_at") if not text.get(k)]
    if missing:
        return RowProblem(line_no, f"missing {', '.join(missing)}")
    times: dict[str, int | None] = {}
    for key in ("opened_at", "first_reply_at", "resolved_at"):
        raw = text.get(key, "")
        if not raw:
            times[key] = None
            continue
        try:
            times[key] = parse_time(raw)
        except TimeOutOfRange as exc:
            return RowProblem(line_no, f"{key} {exc}")
        except (ValueError, OverflowError):
            return RowProblem(line_no, f"{key} {raw[:40]!r} is not a date-time")
    opened = times["opened_at"]
    assert opened is not None
    for key in ("first_reply_at", "resolved_at"):
        value = times[key]
        if value is not None and value < opened:
            return RowProblem(line_no, f"{key} is before opened_at")
    channel = normalise_channel(text.get("channel")) if text.get("channel") else None
    if text.get("channel") and channel is None:
        return RowProblem(line_no, f"channel {text['channel'][:30]!r} is not phone, email, chat,"
                                   " wechat, weibo or other")
    promise = None
    if text.get("promise_hours"):
        try:
            hours = float(text["promise_hours"].lower().removesuffix("h").strip())
        except ValueError:
            hours = float("nan")
        if not (math.isfinite(hours) and 0 < hours <= _MAX_PROMISE_HOURS):
            return RowProblem(line_no, f"promise_hours {text['promise_hours'][:20]!r} is not a"
                                       f" number of hours between 0 and {_MAX_PROMISE_HOURS}")
        promise = max(1, round(hours * 60))
    clock = text.get("clock", "").lower() or None
    if clock is not None and clock not in CLOCKS:
        return RowProblem(line_no, f"clock {clock[:20]!r} is not calendar or business")
    role = text.get("role", "").lower() or None
    if role is not None and role not in ROLES:
        return RowProblem(line_no, f"role {role[:20]!r} is not agent, peer, supervisor or"
                                   " department")

    def opt(key: str) -> str | None:
        return text.get(key) or None

    return EscalationRow(
        line_no, text["reference"], opened, channel, mask_customer(opt("customer"), channel),
        opt("category"), opt("description"), opt("owner"), role, opt("department"), promise,
        clock, times["first_reply_at"], times["resolved_at"], opt("agent"), opt("callid"),
        opt("queue"), opt("note"))


def read_escalation_file(path: Path) -> Iterator[EscalationRow | RowProblem]:
    """Rows of a ``.csv`` or ``.jsonl`` (``.ndjson``, ``.json``: one object a line) file."""
    for item in read_records(path):
        yield item if isinstance(item, RowProblem) else _row(*item)
