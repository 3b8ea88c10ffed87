"""Ticketing-system exports (CSV / JSONL) into escalations: good rows, bad rows, re-imports."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from console.ingest.escalation_import import EscalationRow, RowProblem, read_escalation_file
from console.services.escalation_import import import_escalations
from console.store import escalations as store

NOW = datetime(2026, 11, 25, 12, 0).timestamp()

HEADER = ("reference,opened_at,channel,customer,category,description,owner,department,"
          "promise_hours,first_reply_at,resolved_at,note")
GOOD_AND_BAD = "\n".join([
    HEADER,
    "TCK-1,2026-11-24 09:00,phone,13812345678,billing,Charged twice,Wang Fang,Billing,,"
    "2026-11-24 15:00,,called from CRM",
    "TCK-2,2026-11-23 10:00,email,li.na@example.com,delivery,Parcel lost,,Logistics,48,,"
    "2026-11-25 11:00,",
    "TCK-3,yesterday,wechat,wxid_abc12345,refund,Refund late,Zhou Min,,,,,",
    ",2026-11-24 09:00,phone,,,,,,,,,",
    "TCK-5,2026-11-24 09:00,fax,,,,,,,,,",
    "TCK-6,2026-11-24 09:00,weibo,,,,,,-4,,,",
    "TCK-7,2026-11-24 09:00,weibo,,,,,,,2026-11-23 09:00,,",
    "TCK-8,2026-11-24 09:00,微信,wxid_zz9911,product fault,登录失败,,Technical support,,,,",
]) + "\n"


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_parser_reports_bad_rows_with_line_and_reason(tmp_path: Path) -> None:
    rows = list(read_escalation_file(write(tmp_path, "esc.csv", GOOD_AND_BAD)))
    good = [r for r in rows if isinstance(r, EscalationRow)]
    bad = [r for r in rows if isinstance(r, RowProblem)]
    assert [r.reference for r in good] == ["TCK-1", "TCK-2", "TCK-8"]
    assert [(p.line_no, p.reason) for p in bad] == [
        (4, "opened_at 'yesterday' is not a date-time"),
        (5, "missing reference"),
        (6, "channel 'fax' is not phone, email, chat, wechat, weibo or other"),
        (7, "promise_hours '-4' is not a number of hours between 0 and 2160"),
        (8, "first_reply_at is before opened_at"),
    ]
    first = good[0]
    assert first.customer == "•••• 5678"
    assert first.opened_at == int(datetime(2026, 11, 24, 9, 0).timestamp())
    assert first.promise_minutes is None  # the channel's default
    assert good[1].promise_minutes == 48 * 60
    assert good[2].channel == "wechat" and good[2].description == "登录失败"


def test_import_keeps_good_rows_and_computes_states(conn, tmp_path: Path) -> None:
    result = import_escalations(conn, write(tmp_path, "esc.csv", GOOD_AND_BAD), NOW,
                                actor="qa")
    assert (result.created, result.updated, result.unchanged) == (3, 0, 0)
    assert [p.line_no for p in result.problems] == [4, 5, 6, 7, 8]
    one = store.by_external_ref(conn, "TCK-1")
    assert one.reply_elapsed_minutes == pytest.approx(6 * 60)
    assert one.trust == pytest.approx(75)
    assert (one.owner, one.holder_role, one.department) == ("Wang Fang", "supervisor", "Billing")
    two = store.by_external_ref(conn, "TCK-2")
    assert two.resolved and two.state == "met_late"  # 49 h of a 48 h promise
    assert (two.owner, two.holder_role) == ("Logistics", "department")
    kinds = [e.kind for e in store.events(conn, one.id)]
    assert kinds == ["imported", "reply"]
    assert store.events(conn, one.id)[0].text == "called from CRM"
    actions = [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY id")]
    assert actions.count("escalation.import") == 3


def test_reimport_updates_and_never_duplicates(conn, tmp_path: Path) -> None:
    path = write(tmp_path, "esc.csv", GOOD_AND_BAD)
    import_escalations(conn, path, NOW, actor="qa")
    again = import_escalations(conn, path, NOW + 60, actor="qa")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert conn.execute("SELECT count(*) FROM escalations").fetchone()[0] == 3
    one = store.by_external_ref(conn, "TCK-1")
    assert [e.kind for e in store.events(conn, one.id)] == ["imported", "reply"]  # note once

    changed = write(tmp_path, "esc2.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"reference": "TCK-1", "opened_at": "2026-11-24T09:00", "owner": "Billing",
         "role": "department", "resolved_at": "2026-11-25T08:00", "note": "refund issued"},
        {"reference": "TCK-8", "opened_at": "2026-11-24T09:00", "promise_hours": "72"},
        ["not", "an", "object"],
        "{broken",
    ]) + "\n{broken json\n")
    result = import_escalations(conn, changed, NOW + 120, actor="qa")
    assert (result.created, result.updated) == (0, 2)
    assert [(p.line_no, p.reason[:20]) for p in result.problems] == [
        (3, "expected a JSON obje"), (4, "expected a JSON obje"), (5, "not valid JSON (Expe")]
    assert conn.execute("SELECT count(*) FROM escalations").fetchone()[0] == 3
    one = store.by_external_ref(conn, "TCK-1")
    assert (one.owner, one.holder_role) == ("Billing", "department")
    assert one.department == "Billing"  # an empty cell erased nothing
    assert one.category == "billing" and one.customer == "•••• 5678"
    assert one.state == "met"  # 23 h of 24
    assert one.reply_elapsed_minutes == pytest.approx(6 * 60)  # the reply stays
    kinds = [e.kind for e in store.events(conn, one.id)]
    # by time: the resolution happened at 08:00, the import noticed it at noon
    assert kinds == ["imported", "reply", "resolved", "updated", "handoff"]
    eight = store.by_external_ref(conn, "TCK-8")
    assert eight.promise_minutes == 72 * 60
    assert "escalation.update" in [r[0] for r in conn.execute("SELECT action FROM audit_log")]


def test_not_utf8_and_chinese_headers(conn, tmp_path: Path) -> None:
    bad = tmp_path / "gbk.csv"
    bad.write_bytes("工单号,创建时间\nT-1,2026-11-24 09:00\n".encode("gbk"))
    problems = list(read_escalation_file(bad))
    assert isinstance(problems[0], RowProblem) and "not UTF-8" in problems[0].reason
    zh = write(tmp_path, "zh.csv", "工单号,创建时间,渠道,客户,负责人,承诺时限\n"
                                   "T-9,2026-11-24 09:00,微博,@小王同学,周敏,12\n")
    result = import_escalations(conn, zh, NOW, actor="qa")
    assert result.created == 1 and not result.problems
    item = store.by_external_ref(conn, "T-9")
    assert (item.channel, item.customer, item.owner, item.promise_minutes) == (
        "weibo", "•••", "周敏", 720)
