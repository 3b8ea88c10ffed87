"""Roster import (CSV / JSONL): good rows kept, broken rows named by line, re-import updates."""

from __future__ import annotations

import json
from pathlib import Path

from console.ingest.roster_import import RosterRow, RowProblem, read_roster_file
from console.services.roster_import import import_roster
from console.store import audit
from console.store import roster as roster_store

GOOD_CSV = """\
id,name,team,queues,start_date,coach,employee_id,interface
Alice,Alice Chen 陈爱丽,Team Aurora,support;complaints,2019-03-01,yes,E100,Local/agent101@agents/n
Bob,Bob Li,Team Aurora,support,2025-01-10,no,E101,
Carol,,Team Bamboo,support|complaints,2020/05/06,,,PJSIP/103;Local/agent103@agents/n
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def details(conn) -> dict[str, roster_store.RosterDetail]:
    return {d.name: d for d in roster_store.roster_details(conn)}


def test_good_rows_become_agents_with_teams_queues_and_tenure(conn, tmp_path: Path) -> None:
    result = import_roster(conn, write(tmp_path, "roster.csv", GOOD_CSV))
    assert (result.added, result.updated, result.problems) == (3, 0, ())
    d = details(conn)
    assert d["Alice"] == roster_store.RosterDetail(
        "Alice", "Alice Chen 陈爱丽", "Team Aurora", "2019-03-01", True, "E100",
        ("complaints", "support"))
    assert d["Bob"].coach is False and d["Bob"].queues == ("support",)
    assert d["Carol"].display_name is None and d["Carol"].start_date == "2020-05-06"
    aliases = dict(conn.execute("SELECT alias, agent FROM agent_aliases"))
    assert aliases == {"Local/agent101@agents/n": "Alice", "PJSIP/103": "Carol",
                       "Local/agent103@agents/n": "Carol"}
    (entry,) = [e for e in audit.entries(conn) if e.action == "roster.import"]
    assert '"added": 3' in entry.detail


def test_broken_rows_are_reported_by_line_and_the_good_ones_kept(conn, tmp_path: Path) -> None:
    text = GOOD_CSV + (
        "Dave,Dave,Team Bamboo,support,13/13/2020,no,,\n"
        ",Nobody,Team X,support,2020-01-01,no,,\n"
        "Alice,Alice again,Team X,,,,,\n"
        "Erin,Erin Wu,Team Bamboo,support,2021-02-02,maybe,,\n"
        "Frank,Frank,Team Bamboo,support,2021-02-02,1,E101,\n"
        "Gus|x,Gus,Team Bamboo,support,2021-02-02,1,,\n"
        "Hank,Hank,Team Bamboo,support,2021-02-02,1,,,extra\n"
    )
    path = write(tmp_path, "roster.csv", text)
    result = import_roster(conn, path)
    assert result.added == 3
    assert [(p.line_no, p.reason) for p in result.problems] == [
        (5, "start_date '13/13/2020' is not a date (YYYY-MM-DD)"),
        (6, "missing id (the agent's name in queue_log)"),
        (7, "agent 'Alice' is already on line 2"),
        (8, "coach 'maybe' is not yes or no"),
        (9, "employee id 'E101' is already on line 3"),
        (10, "id 'Gus|x' cannot contain '|' or a line break"),
        (11, "more fields than the header has"),
    ]
    assert set(details(conn)) == {"Alice", "Bob", "Carol"}
    assert details(conn)["Alice"].team == "Team Aurora"  # the duplicate row changed nothing


def test_reimport_updates_and_blank_fields_keep_what_is_stored(conn, tmp_path: Path) -> None:
    import_roster(conn, write(tmp_path, "roster.csv", GOOD_CSV))
    update = ("id,name,team,queues,start_date,coach\n"
              "Alice,,Team Bamboo,,,\n"
              "Bob,Bob Li,,complaints,,yes\n"
              "Zoe,Zoe Wang,Team Bamboo,support,2026-10-01,no\n")
    result = import_roster(conn, write(tmp_path, "update.csv", update))
    assert (result.added, result.updated, result.problems) == (1, 2, ())
    d = details(conn)
    assert d["Alice"].team == "Team Bamboo"
    assert d["Alice"].display_name == "Alice Chen 陈爱丽" and d["Alice"].coach is True
    assert d["Alice"].queues == ("complaints", "support") and d["Alice"].employee_id == "E100"
    assert d["Bob"].coach is True and d["Bob"].queues == ("complaints",)
    assert d["Bob"].team == "Team Aurora"
    assert conn.execute("SELECT count(*) FROM agents").fetchone()[0] == 4


def test_an_employee_id_taken_by_another_agent_is_refused(conn, tmp_path: Path) -> None:
    import_roster(conn, write(tmp_path, "roster.csv", GOOD_CSV))
    text = "id,name,employee_id\nAlicia,Alicia,E100\nDan,Dan,E200\n"
    result = import_roster(conn, write(tmp_path, "more.csv", text))
    assert result.added == 1
    assert [(p.line_no, p.reason) for p in result.problems] == [
        (2, "employee id E100 already belongs to Alice")]


def test_jsonl_with_lists_numbers_and_chinese_keys(conn, tmp_path: Path) -> None:
    lines = [
        {"工号": 101, "姓名": "王伟", "团队": "一组", "队列": ["support", "complaints"],
         "入职日期": "2018-04-01", "教练": "是"},
        {"id": "agent102", "name": "Li Na", "team": "一组", "queues": "support",
         "start_date": "2026-09-01", "coach": False},
        "not an object",
    ]
    text = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n{broken\n\n"
    path = write(tmp_path, "roster.jsonl", text)
    items = list(read_roster_file(path))
    assert [type(i) for i in items] == [RosterRow, RosterRow, RowProblem, RowProblem]
    assert items[2] == RowProblem(3, "expected a JSON object")
    assert items[3].line_no == 4 and items[3].reason.startswith("not valid JSON")
    result = import_roster(conn, path)
    assert result.imported == 2
    d = details(conn)
    assert d["101"].display_name == "王伟" and d["101"].coach is True
    assert d["101"].queues == ("complaints", "support")
    assert d["agent102"].coach is False


def test_not_utf8_is_a_problem_of_its_line_only(conn, tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(b"id,name\n" + "A,王\n".encode("gb18030") + "B,李\n".encode())
    result = import_roster(conn, path)
    assert result.imported == 1  # B's row is kept
    assert [(p.line_no, "not UTF-8" in p.reason) for p in result.problems] == [(2, True)]
