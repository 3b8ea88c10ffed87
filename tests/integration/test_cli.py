"""The `composure` command, run as a user would: a subprocess of the installed script."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

SAMPLE = Path(__file__).parents[1] / "fixtures" / "asterisk22_queue_log"


def composure() -> list[str]:
    script = Path(sys.executable).with_name("composure")
    if script.exists():
        return [str(script)]
    found = shutil.which("composure")
    return [found] if found else [sys.executable, "-m", "console"]


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*composure(), *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


def sample_day() -> str:
    first = int(SAMPLE.read_text().split("|", 1)[0])
    return datetime.fromtimestamp(first).date().isoformat()


def test_ingest_then_stats_json_matches_the_file(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    done = run("ingest", "queue-log", str(SAMPLE), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "378 lines read" in done.stdout

    out = run("stats", "--from", sample_day(), "--json", "--db", str(db))
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    lines = [ln.split("|") for ln in SAMPLE.read_text().splitlines()]

    def count(event: str, queue: str) -> int:
        return sum(1 for p in lines if p[4] == event and p[2] == queue)

    by_queue = {q["queue"]: q for q in report["queues"]}
    assert set(by_queue) == {"support", "complaints"}
    for queue, q in by_queue.items():
        assert q["offered"] == count("ENTERQUEUE", queue)
        assert q["abandoned"] == count("ABANDON", queue)
        assert q["exited"]["timeout"] == count("EXITWITHTIMEOUT", queue)
        assert q["exited"]["key"] == count("EXITWITHKEY", queue)
        assert q["exited"]["withdrawn"] == count("WITHDRAW", queue)
    missed = {a["agent"]: a["missed_rings"] for a in report["agents"]}
    assert missed["Bob"] == sum(1 for p in lines if p[4] == "RINGNOANSWER" and p[3] == "Bob")

    again = run("ingest", "queue-log", str(SAMPLE), "--db", str(db))
    assert "0 lines read" in again.stdout  # resumed at the stored offset: nothing twice


def test_stats_text_and_bad_dates(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    run("ingest", "queue-log", str(SAMPLE), "--db", str(db))
    text = run("stats", "--from", sample_day(), "--queue", "support", "--db", str(db))
    assert text.returncode == 0
    assert "support" in text.stdout and "complaints" not in text.stdout
    bad = run("stats", "--from", "yesterday-ish", "--db", str(db))
    assert bad.returncode == 2
    assert "yesterday-ish" in bad.stderr


def test_newer_database_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "future.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    out = run("stats", "--db", str(db))
    assert out.returncode == 2
    assert "newer Composure" in out.stderr and str(db) in out.stderr


def test_malformed_lines_are_reported_with_file_and_line(tmp_path: Path) -> None:
    log = tmp_path / "queue_log"
    good = SAMPLE.read_text().splitlines()[:20]
    log.write_text("\n".join([*good[:10], "garbage without fields", *good[10:]]) + "\n")
    out = run("ingest", "queue-log", str(log), "--db", str(tmp_path / "c.sqlite"))
    assert out.returncode == 1  # bad input is a non-zero exit; the good lines are stored
    assert "20 lines read, 1 unreadable" in out.stdout
    assert f"{log.resolve()}:11:" in out.stderr


@pytest.mark.slow
def test_demo_window_screenshot_then_stats(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    shot = tmp_path / "out.png"
    done = run("demo", "--quit-after", "5", "--screenshot", str(shot), "--db", str(db))
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.exists() and shot.stat().st_size > 20_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    out = run("stats", "--json", "--db", str(db))
    assert out.returncode == 0, out.stderr
    total = json.loads(out.stdout)["total"]
    assert total["offered"] > 100  # the back-filled morning of the demo floor
    assert 0 < total["answered"] <= total["offered"]


def test_staffing_prints_erlang_c_figures() -> None:
    # 200 calls/h at 180 s = 10 Erlangs; 13 agents give 79.6 % in 20 s, 14 are needed
    out = run("staffing", "--calls-per-hour", "200", "--aht", "180", "--agents", "13", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["traffic_erlangs"] == 10.0
    assert 0.79 < data["service_level"] < 0.80
    assert data["agents_needed"] == 14
    bad = run("staffing", "--calls-per-hour", "200", "--aht", "180", "--agents", "13",
              "--target", "eighty")
    assert bad.returncode == 2 and "eighty" in bad.stderr


def test_detect_prints_one_verdict_a_line(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    lines = ["你们的服务太差了，我要投诉！", "你这个傻 逼", "I will kill you"]
    notes.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = run("detect", str(notes), "--json")
    assert out.returncode == 0, out.stderr
    verdicts = [json.loads(line) for line in out.stdout.splitlines()]
    assert [v["abusive"] for v in verdicts] == [False, True, True]  # angry is not abusive
    assert verdicts[2]["category"] == "threat"
    assert any("傻" in m["original"] for m in verdicts[1]["matches"])
    text = run("detect", str(notes))
    assert text.stdout.splitlines()[0] == "1: ok"


def test_ingest_flags_reports_bad_rows_and_keeps_good(tmp_path: Path) -> None:
    qa = tmp_path / "qa.csv"
    qa.write_text("time,agent,severity,category\n2026-11-23T09:00,Alice,2,insult\n"
                  "2026-11-23T09:05,Bob,high,threat\n", encoding="utf-8")
    out = run("ingest", "flags", str(qa), "--db", str(tmp_path / "c.sqlite"))
    assert out.returncode == 1, out.stderr  # a refused row: non-zero, the good one kept
    assert "1 flags imported, 1 rows skipped" in out.stdout
    assert f"{qa}:3: severity" in out.stderr
