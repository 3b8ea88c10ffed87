"""`composure ingest roster FILE`, run as a user would: a subprocess of the installed script."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.integration.test_cli import run

ROSTER = """\
id,name,team,queues,start_date,coach,employee_id,interface
Alice,Alice Chen,Team Aurora,support;complaints,2019-03-01,yes,E100,Local/agent101@agents/n
Bob,Bob Li 李波,Team Aurora,support,2025-01-10,no,E101,
Carol,Carol Wu,Team Bamboo,support|complaints,2020-05-06,,,
Dave,Dave,Team Bamboo,support,yesterday,no,,
"""


def test_roster_import_reports_bad_rows_and_updates_on_reimport(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    path = tmp_path / "roster.csv"
    path.write_text(ROSTER, encoding="utf-8")
    done = run("ingest", "roster", str(path), "--db", str(db))
    assert done.returncode == 1, done.stderr  # a refused row: non-zero, the good ones kept
    assert f"{path}: 3 agents imported (3 new, 0 updated), 1 rows skipped" in done.stdout
    assert f"{path}:5: start_date 'yesterday' is not a date (YYYY-MM-DD)" in done.stderr

    path.write_text(ROSTER.replace("Team Bamboo,support|complaints", "Team Aurora,complaints")
                    .replace("yesterday", "2021-02-03"), encoding="utf-8")
    again = run("ingest", "roster", str(path), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert "4 agents imported (1 new, 3 updated), 0 rows skipped" in again.stdout
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT a.name, a.display_name, t.name, a.start_date, a.coach, a.employee_id"
            " FROM agents a JOIN teams t ON t.id = a.team_id ORDER BY a.name").fetchall()
        queues = conn.execute("SELECT queue FROM agent_queues WHERE agent = 'Carol'").fetchall()
        audits = conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'roster.import'").fetchone()[0]
    finally:
        conn.close()
    assert rows == [
        ("Alice", "Alice Chen", "Team Aurora", "2019-03-01", 1, "E100"),
        ("Bob", "Bob Li 李波", "Team Aurora", "2025-01-10", 0, "E101"),
        ("Carol", "Carol Wu", "Team Aurora", "2020-05-06", 0, None),
        ("Dave", "Dave", "Team Bamboo", "2021-02-03", 0, None),
    ]
    assert queues == [("complaints",)]
    assert audits == 2


def test_roster_import_of_nothing_good_fails(tmp_path: Path) -> None:
    path = tmp_path / "roster.jsonl"
    path.write_text('{"name": "no id"}\nnot json\n', encoding="utf-8")
    done = run("ingest", "roster", str(path), "--db", str(tmp_path / "r.sqlite"))
    assert done.returncode == 1
    assert "0 agents imported" in done.stdout
    assert f"{path}:1: missing id" in done.stderr and f"{path}:2: not valid JSON" in done.stderr
    missing = run("ingest", "roster", str(tmp_path / "nope.csv"), "--db",
                  str(tmp_path / "r.sqlite"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
