"""Live latency: from a queue_log line appended (and from an AMI event sent by the fake
server) to the row in the store, and on to the board snapshot the Qt models apply.

What is timed is our processing path. In the window the ingest thread also waits up to its
250 ms poll before it reads, and the board asks for a snapshot once a second; those are
cadences, added on top and printed beside the numbers. The AMI path has no poll: the client
reads as bytes arrive. The baseline is one raw SQLite INSERT + COMMIT (WAL) in the same
process. Run with ``pytest -m bench tests/bench/test_live_latency.py -s``.
"""

from __future__ import annotations

import sqlite3
import statistics
import threading
import time
from pathlib import Path

import pytest

from console.domain.ami_state import usable
from console.ingest.ami_client import AmiConfig
from console.services import ami
from console.services.session import BoardReader, LiveIngest, open_database
from console.store import ami_store
from tests.ingest.fake_ami import FakeAmi, Member

pytestmark = pytest.mark.bench

SAMPLES = 60
AGENTS = 40
BASE = 1_795_420_800


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _report(name: str, values: list[float], baseline: float) -> None:
    p50, p95 = _p(values, 0.5), _p(values, 0.95)
    print(f"{name:<40} p50 {p50 * 1000:7.2f} ms  p95 {p95 * 1000:7.2f} ms"
          f"  (p50 {p50 / baseline:.1f}x a raw INSERT+COMMIT: {baseline * 1000:.3f} ms)")


def _baseline(tmp_path: Path) -> float:
    conn = sqlite3.connect(tmp_path / "raw.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")  # as the store opens its databases
    conn.execute("CREATE TABLE t (a INTEGER, b TEXT)")
    times = []
    for i in range(SAMPLES):
        t = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t VALUES (?, ?)", (i, "x"))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - t)
    conn.close()
    return statistics.median(times)


def _floor_log(path: Path) -> None:
    lines = [f"{BASE}|NONE|support|agent{i:03d}|ADDMEMBER|" for i in range(AGENTS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_queue_log_line_to_store_and_board(tmp_path: Path) -> None:
    baseline = _baseline(tmp_path)
    log, db = tmp_path / "queue_log", tmp_path / "q.sqlite"
    _floor_log(log)
    ingest = LiveIngest(db, log)
    ingest.step()
    reader = BoardReader(db)
    reader.snapshot(BASE + 10, force=True)
    to_store, to_board = [], []
    try:
        for i in range(SAMPLES):
            ts = BASE + 100 + i
            agent = f"agent{i % AGENTS:03d}"
            event = "PAUSE|Break" if i % 2 == 0 else "UNPAUSE|"
            t0 = time.perf_counter()
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(f"{ts}|NONE|support|{agent}|{event}\n")
            assert ingest.step().lines == 1
            t1 = time.perf_counter()
            snap = reader.snapshot(ts, force=False)
            t2 = time.perf_counter()
            assert snap is not None
            row = next(r for r in snap.agents if r.name == agent)
            assert row.state == ("paused" if i % 2 == 0 else "available")
            to_store.append(t1 - t0)
            to_board.append(t2 - t0)
    finally:
        reader.close()
        ingest.close()
    print()
    _report("queue_log line -> agent_states row", to_store, baseline)
    _report("queue_log line -> board snapshot", to_board, baseline)
    print("  (+ up to 250 ms ingest poll and 1 s board cadence in the window)")


def test_ami_event_to_store_and_board(tmp_path: Path) -> None:
    baseline = _baseline(tmp_path)
    db = tmp_path / "a.sqlite"
    open_database(db).close()
    server = FakeAmi(members=[Member("support", f"agent{i:03d}") for i in range(AGENTS)])
    stop = threading.Event()
    config = AmiConfig(host="127.0.0.1", port=server.port, user="supervisor",
                       poll_seconds=0.05)
    thread = threading.Thread(target=ami.follow, args=(db, config, stop),
                              kwargs={"secret": lambda: "change-me"}, daemon=True)
    thread.start()
    watch = open_database(db)
    reader = BoardReader(db)
    to_store, to_board = [], []
    try:
        assert server.wait_resyncs(1)

        def overlay() -> dict:
            found = ami_store.overlays(watch)
            return found[0] if found else {}

        while not (usable(overlay(), time.time()) and len(overlay()["agents"]) == AGENTS):
            time.sleep(0.001)
        for i in range(SAMPLES):
            agent = f"agent{i % AGENTS:03d}"
            paused = i % 2 == 0
            want = "paused" if paused else "available"
            ts = time.time()
            t0 = time.perf_counter()
            server.push("QueueMemberPause", Queue="support", MemberName=agent,
                        Paused=int(paused), PausedReason="Break" if paused else "", InCall=0,
                        Status=1, Timestamp=f"{ts:.6f}")
            while overlay()["agents"][agent][0] != want:
                time.sleep(0.0002)
            t1 = time.perf_counter()
            snap = reader.snapshot(time.time(), force=True)
            t2 = time.perf_counter()
            assert snap is not None
            assert next(r for r in snap.agents if r.name == agent).state == want
            to_store.append(t1 - t0)
            to_board.append(t2 - t0)
    finally:
        stop.set()
        thread.join(5)
        reader.close()
        watch.close()
        server.close()
    print()
    _report("AMI event -> overlay committed", to_store, baseline)
    _report("AMI event -> board snapshot", to_board, baseline)
    print("  (+ the 1 s board cadence in the window; no ingest poll on this path)")
