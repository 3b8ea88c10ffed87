"""`composure agents --json` agrees with Asterisk, per queue.

The queue_log is the real Asterisk 22 capture up to the moment of its last QueueStatus answer;
the fake AMI server serves that answer (the capture's own list); then members leave and a pause
changes while the link is down, and only the QueueStatus after the reconnect says so. The
command is run as a subprocess on the same database each time.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from console.ingest.ami_client import AmiConfig
from console.services.ami import follow
from console.store import db as store_db
from tests.ingest.fake_ami import FakeAmi, Member
from tests.ingest.test_member_replay import SAMPLES, answers, capture
from tests.integration.test_cli import run

FAST = dict(backoff_first=0.05, backoff_max=0.2, login_backoff=0.3, poll_seconds=0.05,
            connect_timeout=2.0, reply_timeout=5.0)

pytestmark = pytest.mark.skipif(not (SAMPLES / "ami_events.txt.gz").exists(),
                                reason="the real Asterisk 22 capture is not on this machine")


def fake_members() -> tuple[float, list[Member]]:
    ts, listed = answers(capture())[-1]
    return ts, [Member(m["Queue"], m["Name"], paused=m["Paused"] == "1",
                       reason=m.get("PausedReason") or "", in_call=m["InCall"] == "1",
                       last_pause=int(m.get("LastPause") or 0), interface=m["Location"],
                       membership=m["Membership"]) for m in listed]


def expected(members: list[Member]) -> dict[tuple[str, str], tuple]:
    """Asterisk's answer per queue; in_call is the agent's in every queue of theirs: InCall
    marks the queue whose call they answered, but app_queue.c offers a member whose device is
    in use no call in any queue, so no queue may count them available."""
    on_call = {m.name for m in members if m.in_call}
    return {(m.name, m.queue): (m.paused, m.reason or None, m.name in on_call)
            for m in members}


def agents(db: Path, *extra: str) -> list[dict]:
    done = run("agents", "--db", str(db), "--json", *extra)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def members_of(rows: list[dict]) -> dict[tuple[str, str], tuple]:
    assert all(r.get("resolved", True) for r in rows), rows
    return {(r["agent"], r["queue"]): (r["paused"], r["reason"], r["in_call"])
            for r in rows if r["member"]}


def snapshots(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM member_snapshots").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def wait_for(pred, timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


def test_agents_json_equals_asterisks_queuestatus_per_queue(tmp_path: Path) -> None:
    ts, members = fake_members()
    log = tmp_path / "queue_log"
    lines = [line for line in (SAMPLES / "queue_log").read_text().splitlines()
             if int(line.split("|", 1)[0]) <= ts]
    log.write_text("\n".join(lines) + "\n")
    db = tmp_path / "c.sqlite"
    fake = FakeAmi(members=list(members))
    stop = threading.Event()
    config = AmiConfig(host="127.0.0.1", port=fake.port, user="supervisor", **FAST)
    thread = threading.Thread(target=follow, args=(db, config, stop),
                              kwargs={"secret": lambda: "change-me"}, daemon=True)
    try:
        store_db.connect(db).close()  # created and migrated
        thread.start()
        wait_for(lambda: snapshots(db) == 1)
        # the AMI link told the interfaces of the dynamic members: the log's ADDMEMBER lines
        # join Ivan and Judy instead of adding two unnamed members
        done = run("ingest", "queue-log", str(log), "--db", str(db))
        assert done.returncode == 0, done.stderr

        # 1. at the moment of the answer, with the link up: equal to Asterisk's answer
        assert members_of(agents(db)) == expected(members)
        # and from queue_log alone, at that moment: the same
        assert members_of(agents(db, "--at", str(int(ts)))) == expected(members)

        # 2. while the link is down Bob leaves support, Ivan leaves support, Heidi pauses:
        # only the QueueStatus after the reconnect says so
        changed = [m for m in members if (m.name, m.queue) not in
                   {("Bob", "support"), ("Ivan", "support")}]
        for m in changed:
            if m.name == "Heidi":
                m.paused, m.reason = True, "Meeting"  # paused during her call
        fake.members[:] = changed
        fake.drop()
        wait_for(lambda: snapshots(db) == 2)
        wait_for(lambda: members_of(agents(db)) == expected(changed))
        rows = {(r["agent"], r["queue"]): r for r in agents(db)}
        assert rows[("Bob", "support")]["member"] is False
        assert rows[("Ivan", "support")]["member"] is False
        assert rows[("Heidi", "complaints")]["reason"] == "Meeting"
    finally:
        stop.set()
        thread.join(10)
        fake.close()

    # 3. the link is gone; the next queue_log line comes after the answer: the stored
    # per-queue intervals follow what Asterisk said (reports and --at read them)
    later = int(time.time()) + 5
    with log.open("a") as fh:
        fh.write(f"{later}|NONE|complaints|Grace|UNPAUSE|\n")
    done = run("ingest", "queue-log", str(log), "--db", str(db))
    assert done.returncode == 0, done.stderr
    stored = members_of(agents(db, "--at", str(later - 1)))
    # (the calls the cut log left open began days before "now": stale, so no longer in call)
    assert {k: v[:2] for k, v in stored.items()} == {
        k: v[:2] for k, v in expected(changed).items()}
    after = members_of(agents(db, "--at", str(later)))
    assert after[("Grace", "complaints")] == (False, None, False)
    conn = sqlite3.connect(db)
    try:
        bob = conn.execute("SELECT state FROM agent_states WHERE agent = 'Bob'"
                           " AND end_ts IS NULL").fetchone()
        bob_queues = conn.execute("SELECT count(*) FROM member_states WHERE agent = 'Bob'"
                                  " AND end_ts IS NULL").fetchone()[0]
    finally:
        conn.close()
    # removed during his call: the call goes on (queue_log has not ended it), no queue left
    assert bob == ("on_call",) and bob_queues == 0


def test_agents_text_and_bad_time(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    done = run("ingest", "queue-log", str(SAMPLES / "queue_log"), "--db", str(db))
    assert done.returncode == 0, done.stderr
    text = run("agents", "--db", str(db), "--at", "1795421400")
    assert text.returncode == 0, text.stderr
    alice = next(line for line in text.stdout.splitlines() if line.startswith("Alice "))
    assert alice.split()[1:] == ["support", "paused", "Break"]
    bad = run("agents", "--db", str(db), "--at", "yesterday-ish")
    assert bad.returncode == 2
    assert "--at" in bad.stderr and "Traceback" not in bad.stderr
