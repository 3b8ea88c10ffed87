"""`composure ingest escalations` and `composure escalations`, run as a user would."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from tests.integration.test_cli import run


def _at(hours_ago: float) -> str:
    return (datetime.now() - timedelta(hours=hours_ago)).strftime("%Y-%m-%d %H:%M")


def test_ingest_then_list_escalations(tmp_path: Path) -> None:
    db = tmp_path / "e.sqlite"
    export = tmp_path / "tickets.csv"
    export.write_text("\n".join([
        "reference,opened_at,channel,customer,owner,department,first_reply_at,resolved_at",
        f"TCK-1,{_at(30)},phone,13812345678,Wang Fang,Billing,{_at(24)},",
        f"TCK-2,{_at(2)},email,li.na@example.com,,Logistics,,",
        f"TCK-3,{_at(10)},wechat,wxid_abc12345,Zhou Min,,{_at(9)},{_at(4)}",
        "TCK-4,not a time,phone,,,,,",
        f"TCK-5,{_at(1)},carrier pigeon,,,,,",
    ]) + "\n", encoding="utf-8")

    done = run("ingest", "escalations", str(export), "--db", str(db))
    assert done.returncode == 1, done.stderr  # refused rows: non-zero, the good ones kept
    assert "3 escalations added, 0 updated, 0 unchanged, 2 rows skipped" in done.stdout
    assert f"{export}:5: opened_at 'not a time' is not a date-time" in done.stderr
    assert f"{export}:6: channel 'carrier pigeon' is not phone" in done.stderr

    listed = run("escalations", "--json", "--db", str(db))
    assert listed.returncode == 0, listed.stderr
    board = json.loads(listed.stdout)
    items = {e["reference"]: e for e in board["escalations"]}
    assert list(items) == ["TCK-1", "TCK-2", "TCK-3"]  # overdue first, then by time left
    assert items["TCK-1"]["state"] == "breached"
    assert items["TCK-1"]["customer"] == "•••• 5678"
    assert items["TCK-1"]["trust"] == 75.0  # 6 h of a 24 h promise
    assert items["TCK-2"]["state"] == "on_track" and items["TCK-2"]["promise_minutes"] == 2880
    assert items["TCK-3"]["state"] == "met"
    assert board["summary"]["open"] == 2 and board["summary"]["breached"] == 1
    assert board["summary"]["aging"]["overdue"] == 1

    only_open = json.loads(run("escalations", "--open", "--json", "--db", str(db)).stdout)
    assert [e["reference"] for e in only_open["escalations"]] == ["TCK-1", "TCK-2"]

    text = run("escalations", "--db", str(db))
    assert text.returncode == 0, text.stderr
    assert "TCK-1" in text.stdout and "overdue" in text.stdout and "breached" in text.stdout
    assert "2 open (0 at risk, 1 breached)" in text.stdout

    # the ticketing system resolved TCK-1: re-importing updates it, adds nothing
    export.write_text("reference,opened_at,resolved_at\n"
                      f"TCK-1,{_at(30)},{_at(0.5)}\n", encoding="utf-8")
    again = run("ingest", "escalations", str(export), "--db", str(db))
    assert again.returncode == 0, again.stderr
    assert "0 escalations added, 1 updated" in again.stdout
    board = json.loads(run("escalations", "--json", "--db", str(db)).stdout)
    assert len(board["escalations"]) == 3
    assert {e["reference"]: e["state"] for e in board["escalations"]}["TCK-1"] == "met_late"


def test_missing_file_and_database(tmp_path: Path) -> None:
    missing = run("ingest", "escalations", str(tmp_path / "none.csv"), "--db",
                  str(tmp_path / "x.sqlite"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
    nodb = run("escalations", "--db", str(tmp_path / "nothing.sqlite"))
    assert nodb.returncode == 2 and "no database" in nodb.stderr
