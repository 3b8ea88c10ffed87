"""A killed process loses nothing: `composure ingest --follow` is SIGKILLed at random moments
while the queue_log grows (sometimes mid-line), restarted each time, and the database it ends
with equals a clean one-pass ingest of the same file: no line lost, none counted twice.

Seeded, so a failure repeats; about a dozen kills keep it to a few seconds.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

SAMPLE = Path(__file__).parents[1] / "fixtures" / "asterisk22_queue_log"
KILLS = 12
SEED = 20261123


def composure() -> list[str]:
    script = Path(sys.executable).with_name("composure")
    if script.exists():
        return [str(script)]
    found = shutil.which("composure")
    return [found] if found else [sys.executable, "-m", "console"]


def grown_log(copies: int = 10) -> bytes:
    """The real Asterisk sample, repeated later in the day with fresh call ids, plus a few
    lines the reader must report rather than store."""
    lines = SAMPLE.read_text().splitlines()
    first, last = int(lines[0].split("|")[0]), int(lines[-1].split("|")[0])
    span = last - first + 600
    out: list[str] = []
    for k in range(copies):
        for line in lines:
            ts, callid, rest = line.split("|", 2)
            if callid not in ("NONE", ""):
                callid = f"{callid}-{k}"
            out.append(f"{int(ts) + k * span}|{callid}|{rest}")
        out.append(f"garbage line {k} without fields")
        out.append(f"{first + k * span}|x{k}|support|Agent/1|SOMEFUTUREEVENT|a|b")
    return ("\n".join(out) + "\n").encode()


def snapshot(db: Path) -> dict[str, list]:
    """Everything ingest derives, minus what depends on when it ran (ids of appended rows,
    wall-clock stamps, how the lines were cut into batches)."""
    conn = sqlite3.connect(db)
    try:
        q = {
            "calls": "SELECT * FROM calls ORDER BY id",
            "agent_states": "SELECT * FROM agent_states ORDER BY id",
            "ring_events": "SELECT ts, callid, queue, agent, ring_ms, kind FROM ring_events"
                           " ORDER BY ts, callid, agent, kind",
            "abuse_flags": "SELECT ts, callid, queue, agent, caller, severity, category, note,"
                           " line_no FROM abuse_flags ORDER BY line_no",
            "unknown": "SELECT line_no, ts, event, raw FROM unknown_events ORDER BY line_no",
            "problems": "SELECT line_no, byte_offset, reason, raw FROM ingest_problems"
                        " ORDER BY line_no",
            "agents": "SELECT name FROM agents ORDER BY name",
            "queues": "SELECT name, first_seen FROM queues ORDER BY name",
            "aliases": "SELECT * FROM agent_aliases ORDER BY alias",
            "source": "SELECT path, offset, line_no, lines_read, problems, unknown_events,"
                      " state_json FROM ingest_sources",
        }
        out = {name: conn.execute(sql).fetchall() for name, sql in q.items()}
        raw = "\n".join(r[0] for r in conn.execute(
            "SELECT lines FROM raw_batches ORDER BY first_line"))
        out["raw_lines"] = raw.split("\n") if raw else []
        return out
    finally:
        conn.close()


def committed_offset(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=5)
        try:
            row = conn.execute("SELECT offset FROM ingest_sources").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return -1
    return row[0] if row else -1


def follow(log: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([*composure(), "ingest", "queue-log", str(log), "--follow",
                             "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def started(proc: subprocess.Popen, db: Path, timeout: float = 60) -> None:
    """Until the follower has the database open (its start-up can take seconds on a busy
    machine, longer than the random moments below)."""
    from console.store.db_faults import processes_using

    deadline = time.monotonic() + timeout
    while not db.exists() or proc.pid not in processes_using(db):
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline, "the follower never opened the database"
        time.sleep(0.02)


def test_sigkill_at_random_moments_loses_and_doubles_nothing(tmp_path: Path) -> None:
    rng = random.Random(SEED)
    content = grown_log()
    log = tmp_path / "queue_log"
    log.write_bytes(b"")
    db = tmp_path / "followed.sqlite"
    written = 0
    progress: list[int] = []
    for _ in range(KILLS):
        proc = follow(log, db)
        try:
            started(proc, db)  # a kill before the reader is up would test nothing
            deadline = time.monotonic() + rng.uniform(0.3, 1.4)
            while time.monotonic() < deadline:
                # grow the file in uneven pieces, often stopping in the middle of a line
                step = rng.randint(200, 4000)
                with log.open("ab") as fh:
                    fh.write(content[written:written + step])
                written = min(len(content), written + step)
                time.sleep(rng.uniform(0.02, 0.15))
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        progress.append(committed_offset(db))
    with log.open("ab") as fh:
        fh.write(content[written:])

    # the kills fell while reading, not only before the first commit or after the last
    moved = [b for a, b in zip([0, *progress], progress, strict=False) if b > a]
    assert len(moved) >= KILLS // 2, progress

    # a last restart catches up with the whole file, then stops cleanly
    proc = follow(log, db)
    try:
        deadline = time.monotonic() + 60
        while committed_offset(db) != len(content):
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the restarted reader never caught up"
            time.sleep(0.1)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)

    clean = tmp_path / "clean.sqlite"
    done = subprocess.run([*composure(), "ingest", "queue-log", str(log), "--db", str(clean)],
                          capture_output=True, text=True, timeout=120,
                          env=dict(os.environ))
    assert done.returncode == 1, done.stderr  # the garbage lines are reported: non-zero
    assert "Traceback" not in done.stderr

    followed, expected = snapshot(db), snapshot(clean)
    assert len(expected["raw_lines"]) > 2000  # the comparison is about something
    assert followed["raw_lines"] == expected["raw_lines"]
    assert len(expected["problems"]) == 10
    for table in expected:
        assert followed[table] == expected[table], table
