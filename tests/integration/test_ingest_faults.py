"""`composure ingest queue-log` against the real faults (issue 12, "Messages that mislead"):
another program holding the database locked, a full file system, a read-only one. Each says
what it is (locked by whom, disk full, read-only and not damaged), `--follow` waits out the
first two and then stores every line once, and nothing says "cannot be read" or `db restore`.

The file systems are small tmpfs mounts, which needs root (CI runs as root); without the
right to mount those two tests are skipped, the SQLITE_FULL ones in tests/store still run.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ingest.rotating_log import SAMPLE, clean_ingest, contents
from tests.integration.test_crash_recovery import composure

LINES = SAMPLE.read_bytes().splitlines(keepends=True)
MISLEADING = ("cannot be read", "db restore", "damaged pages", "no transaction is active",
              "Traceback")


def stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=5)
        try:
            row = conn.execute("SELECT lines_read FROM ingest_sources").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return -1
    return row[0] if row else 0


def follow(log: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([*composure(), "ingest", "queue-log", str(log), "--follow",
                             "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def stop(proc: subprocess.Popen) -> str:
    proc.send_signal(signal.SIGTERM)
    err = proc.communicate(timeout=60)[1]
    assert proc.returncode == 0, err
    return err


def wait_until(condition, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator:
    """Mount tmpfs file systems of a given size under tmp_path; unmounted afterwards."""
    mounted: list[Path] = []

    def mount(size_kib: int) -> Path:
        where = tmp_path / f"fs{len(mounted)}"
        where.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs",
                               str(where)], capture_output=True, text=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.strip()}")
        mounted.append(where)
        return where

    yield mount
    for where in reversed(mounted):
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_locked_database_names_the_holder_and_following_waits(tmp_path: Path) -> None:
    log, db = tmp_path / "queue_log", tmp_path / "floor.sqlite"
    log.write_bytes(b"".join(LINES[:100]))
    subprocess.run([*composure(), "ingest", "queue-log", str(log), "--db", str(db)],
                   check=True, capture_output=True, timeout=120)
    # another program: a write transaction left open until told to finish
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys\n"
         f"c = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
         "c.execute('BEGIN IMMEDIATE')\n"
         "c.execute(\"INSERT INTO teams (name) VALUES ('held')\")\n"
         "print('holding', flush=True)\n"
         "sys.stdin.readline()\n"
         "c.execute('COMMIT')\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    proc = None
    try:
        assert holder.stdout.readline().strip() == "holding"
        with log.open("ab") as fh:
            fh.write(b"".join(LINES[100:]))
        proc = follow(log, db)
        # told at once (the first retry), by pid and command, then kept waiting
        first = proc.stderr.readline()
        assert f"the database {db} is locked by pid {holder.pid} " in first, first
        assert "retrying until it is free" in first
        time.sleep(1.0)
        assert proc.poll() is None  # still there, still waiting
        assert stored(db) == 100
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.wait(30) == 0
        wait_until(lambda: stored(db) == 378, "the follower never stored the rest")
        err = first + stop(proc)
    finally:
        for p in (holder, proc):
            if p is not None and p.poll() is None:
                p.kill()
                p.wait(30)
    assert not any(word in err for word in MISLEADING), err
    got = contents(db)
    assert got == clean_ingest(LINES, tmp_path / "clean")


def test_a_full_disk_is_said_and_following_resumes_when_there_is_room(tmp_path: Path,
                                                                      small_fs) -> None:
    fs = small_fs(2048)  # the rows below need ~0.8 MB plus their WAL
    log, db = tmp_path / "queue_log", fs / "floor.sqlite"
    log.write_bytes(b"".join(LINES[:50]))
    proc = follow(log, db)
    try:
        wait_until(lambda: stored(db) == 50, "the follower stored nothing")
        free = os.statvfs(fs).f_bavail * os.statvfs(fs).f_frsize
        filler = fs / "filler"
        filler.write_bytes(b"x" * max(0, free - 8192))  # another program filled the disk
        more = [line for k in range(8) for line in LINES]  # ~3000 lines, ~200 KiB of rows
        with log.open("ab") as fh:
            fh.write(b"".join(more))
        first = proc.stderr.readline()
        assert f"the disk holding {db} is full" in first, first
        assert "the read position is kept" in first
        assert proc.poll() is None  # --follow did not exit
        before = stored(db)
        assert 50 <= before < 50 + len(more)
        filler.unlink()  # room again
        wait_until(lambda: stored(db) == 50 + len(more), "the follower never read on")
        second = proc.stderr.readline()
        assert "can be written again" in second, second
        err = first + second + stop(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
    assert not any(word in err for word in MISLEADING), err
    assert contents(db) == clean_ingest(LINES[:50] + more, tmp_path / "clean")


def test_a_read_only_database_is_not_called_damaged(tmp_path: Path, small_fs) -> None:
    fs = small_fs(4096)
    log, db = tmp_path / "queue_log", fs / "floor.sqlite"
    log.write_bytes(b"".join(LINES[:50]))
    subprocess.run([*composure(), "ingest", "queue-log", str(log), "--db", str(db)],
                   check=True, capture_output=True, timeout=120)
    with log.open("ab") as fh:
        fh.write(b"".join(LINES[50:]))
    subprocess.run(["mount", "-o", "remount,ro", str(fs)], check=True)
    for extra in ([], ["--follow"]):
        done = subprocess.run([*composure(), "ingest", "queue-log", str(log), "--db", str(db),
                               *extra], capture_output=True, text=True, timeout=120)
        assert done.returncode != 0
        assert f"the database {db} is read-only" in done.stderr, done.stderr
        assert "mounted read-only" in done.stderr
        assert "it is not damaged" in done.stderr
        assert not any(word in done.stderr for word in MISLEADING), done.stderr
    subprocess.run(["mount", "-o", "remount,rw", str(fs)], check=True)
    assert stored(db) == 50  # nothing changed: the rest waits for write access
    done = subprocess.run([*composure(), "ingest", "queue-log", str(log), "--db", str(db)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert contents(db) == clean_ingest(LINES, tmp_path / "clean")
