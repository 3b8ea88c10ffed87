"""A queue_log that keeps growing while it is rotated, for the rotation and two-reader tests.

``FakeAsterisk`` writes whole lines through one open append handle, as Asterisk does, and
reopens the file only when told (Asterisk's ``logger rotate``). ``Logrotate`` does to the
folder what logrotate does: rename (numbered or dated names), ``create`` (an empty new file
before the writer reopens), copytruncate (copy and truncate with no line written between the
two, as a line written there is lost by logrotate itself, not by the reader) and compress.
Every line written is kept in order, so a test compares the database with a clean one-pass
ingest of exactly those lines.
"""

from __future__ import annotations

import gzip
import itertools
import os
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

SAMPLE = Path(__file__).parents[1] / "fixtures" / "asterisk22_queue_log"


def floor_lines() -> Iterator[bytes]:
    """The real Asterisk 22 sample again and again, later each time, with fresh call ids."""
    lines = SAMPLE.read_text().splitlines()
    first, last = int(lines[0].split("|")[0]), int(lines[-1].split("|")[0])
    span = last - first + 600
    for k in itertools.count():
        for line in lines:
            ts, callid, rest = line.split("|", 2)
            if callid not in ("NONE", ""):
                callid = f"{callid}-{k}"
            yield f"{int(ts) + k * span}|{callid}|{rest}\n".encode()


class FakeAsterisk(threading.Thread):
    """Appends lines (a few at a time, then a short pause) until stopped."""

    def __init__(self, log: Path, burst: int = 3, pause: float = 0.002) -> None:
        super().__init__(daemon=True)
        self.log = log
        self.lock = threading.Lock()  # held while a line is written and while reopening
        self.written: list[bytes] = []
        self.burst = burst
        self.pause = pause
        self.stopped = threading.Event()
        self._reopen_after: int | None = None
        self._reopened = threading.Event()
        self._fh = open(log, "ab", buffering=0)  # noqa: SIM115 - held like Asterisk holds it
        self._lines = floor_lines()

    def run(self) -> None:
        while not self.stopped.is_set():
            for _ in range(self.burst):
                with self.lock:
                    line = next(self._lines)
                    self._fh.write(line)
                    self.written.append(line)
                    if self._reopen_after is not None:
                        self._reopen_after -= 1
                        if self._reopen_after <= 0:
                            self._reopen()
            time.sleep(self.pause)

    def _reopen(self) -> None:
        self._fh.close()
        self._fh = open(self.log, "ab", buffering=0)  # noqa: SIM115
        self._reopen_after = None
        self._reopened.set()

    def reopen_after(self, lines: int) -> None:
        """Keep writing to the old file for ``lines`` more lines, then reopen; wait for it."""
        with self.lock:
            self._reopened.clear()
            if lines <= 0:
                self._reopen()
                return
            self._reopen_after = lines
        assert self._reopened.wait(30), "the writer never reopened"

    def wait_for(self, more: int) -> None:
        """Until ``more`` further lines have been written."""
        target = len(self.written) + more
        deadline = time.monotonic() + 60
        while len(self.written) < target:
            assert time.monotonic() < deadline, "the writer stalled"
            time.sleep(0.001)

    def stop(self) -> None:
        self.stopped.set()
        self.join(30)
        self._fh.close()


class Logrotate:
    """Rotates ``log`` in a given naming scheme: ``numbered`` (.1, .2 …) or ``dated``
    (-20261201, -20261202 …, one more day per rotation)."""

    def __init__(self, log: Path, writer: FakeAsterisk, scheme: str = "numbered") -> None:
        self.log = log
        self.writer = writer
        self.scheme = scheme
        self._day = 0

    def _target(self) -> Path:
        """Make room for the newest rotated file and return its name."""
        if self.scheme == "dated":
            self._day += 1
            return self.log.with_name(f"{self.log.name}-202612{self._day:02d}")
        pattern = re.compile(re.escape(self.log.name) + r"\.(\d+)(\.gz)?$")
        numbered = []
        for entry in self.log.parent.iterdir():
            m = pattern.match(entry.name)
            if m:
                numbered.append((int(m.group(1)), m.group(2) or "", entry))
        for n, gz, entry in sorted(numbered, reverse=True):
            entry.rename(self.log.with_name(f"{self.log.name}.{n + 1}{gz}"))
        return self.log.with_name(f"{self.log.name}.1")

    def rename(self, late_lines: int = 5) -> None:
        """logrotate's default: rename; Asterisk writes on the old file, then reopens."""
        self.log.rename(self._target())
        self.writer.reopen_after(late_lines)

    def create(self, late_lines: int = 10) -> None:
        """``create``: rename, an empty new file at once, the writer still on the old one."""
        self.log.rename(self._target())
        fd = os.open(self.log, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o640)
        os.close(fd)
        self.writer.reopen_after(late_lines)

    def copytruncate(self) -> None:
        with self.writer.lock:
            target = self._target()
            shutil.copyfile(self.log, target)
            with open(self.log, "r+b") as fh:
                fh.truncate(0)

    def compress(self, which: int = 1) -> Path | None:
        """gzip a rotated plain file (``which``: 1 is the newest), as ``compress`` does."""
        plain = sorted(self.rotated(), key=self._age)
        plain = [p for p in plain if not p.name.endswith(".gz")]
        if len(plain) < which:
            return None
        victim = plain[which - 1]
        packed = victim.with_name(victim.name + ".gz")
        with open(victim, "rb") as src, gzip.open(packed, "wb") as dst:
            shutil.copyfileobj(src, dst)
        victim.unlink()
        return packed

    def rotated(self) -> list[Path]:
        return [p for p in self.log.parent.iterdir()
                if p.name.startswith(self.log.name) and p != self.log]

    def _age(self, p: Path) -> tuple[int, str]:
        """0 for the newest rotated file, growing with age."""
        name = p.name.removesuffix(".gz")[len(self.log.name) + 1:]
        if self.scheme == "dated":
            return (-int(name), "")
        return (int(name), "")


def contents(db: Path) -> dict[str, list]:
    """Everything ingest derives, minus line numbers (they restart in each rotated file),
    ids of appended rows and how the lines were cut into batches."""
    conn = sqlite3.connect(db)
    try:
        q = {
            "calls": "SELECT id, callid, queue, caller, enter_ts, position, outcome, agent,"
                     " connect_ts, end_ts, hold_s, ring_s, talk_s FROM calls ORDER BY id",
            "intervals": "SELECT * FROM agent_states ORDER BY id",
            "rings": "SELECT ts, callid, queue, agent, ring_ms, kind FROM ring_events"
                     " ORDER BY ts, callid, agent, kind",
            "flags": "SELECT ts, callid, queue, agent, caller, severity, category, note"
                     " FROM abuse_flags ORDER BY ts, callid, category",
            "agents": "SELECT name FROM agents ORDER BY name",
            "queues": "SELECT name, first_seen FROM queues ORDER BY name",
            "problems": "SELECT count(*) FROM ingest_problems",
        }  # fmt: skip
        out = {name: conn.execute(sql).fetchall() for name, sql in q.items()}
        raw = "\n".join(r[0] for r in conn.execute("SELECT lines FROM raw_batches ORDER BY id"))
        out["lines"] = raw.split("\n") if raw else []
        return out
    finally:
        conn.close()


def clean_ingest(lines: list[bytes], folder: Path) -> dict[str, list]:
    """What one pass over all ``lines`` in one file gives."""
    from console.ingest.follower import QueueLogReader
    from console.store import db

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "all_lines"
    path.write_bytes(b"".join(lines))
    conn = db.connect(folder / "clean.sqlite")
    try:
        reader = QueueLogReader(conn, path)
        reader.read_all()
        reader.close()
    finally:
        conn.close()
    return contents(folder / "clean.sqlite")
