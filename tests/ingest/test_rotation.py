"""Nothing lost or doubled on log rotation (issue 12): each kind of rotation on its own, step
by step, then all of them while a writer keeps appending and a follower keeps polling,
compared with a clean one-pass ingest of every line written.

The kinds: rename (Asterisk keeps writing to the old file until it reopens), ``create``
(an empty new file appears before the writer reopens), copytruncate with lines still unread
(they are only in the copy), copytruncate then rename within one poll, several rotations
while the follower is stopped, compressed copies, numbered and dated names.
"""

from __future__ import annotations

import gzip
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from console.ingest.follower import QueueLogReader
from console.store import db
from tests.ingest.rotating_log import (
    SAMPLE,
    FakeAsterisk,
    Logrotate,
    clean_ingest,
    contents,
)

LINES = [line + "\n" for line in SAMPLE.read_text().splitlines()]  # 378 real lines


def write(path: Path, lines: list[str], mode: str = "a") -> None:
    with open(path, mode, encoding="utf-8") as fh:
        fh.write("".join(lines))


def copytruncate(log: Path, copy: Path) -> None:
    shutil.copyfile(log, copy)
    with open(log, "r+b") as fh:
        fh.truncate(0)


@pytest.fixture
def log(tmp_path: Path) -> Path:
    folder = tmp_path / "asterisk"
    folder.mkdir()
    return folder / "queue_log"


@pytest.fixture
def expected(tmp_path: Path):
    """What a clean one-pass ingest of the first ``n`` sample lines stores."""
    return lambda n: clean_ingest([line.encode() for line in LINES[:n]], tmp_path / "clean")


def follow(db_path: Path, log: Path, **kw) -> tuple:
    conn = db.connect(db_path)
    return conn, QueueLogReader(conn, log, **kw)


# ------------------------------------------------------------------ each kind on its own


def test_copytruncate_reads_the_unread_tail_from_the_copy(db_path, log, expected):
    write(log, LINES[:100])
    conn, reader = follow(db_path, log)
    assert reader.poll() == 100
    write(log, LINES[100:130])  # written within the last poll before the rotation
    copytruncate(log, log.with_name("queue_log.1"))
    write(log, LINES[130:200])
    assert reader.poll() == 100  # 30 from the copy's tail, then 70 from the emptied file
    reader.close()
    conn.close()
    assert contents(db_path) == expected(200)


def test_copytruncate_while_stopped_reads_the_unread_tail_from_the_copy(db_path, log,
                                                                        expected):
    write(log, LINES[:100])
    conn, reader = follow(db_path, log)
    assert reader.poll() == 100
    reader.close()
    conn.close()
    write(log, LINES[100:130])
    copytruncate(log, log.with_name("queue_log.1"))
    write(log, LINES[130:140])  # shorter than before: the file only shrank
    conn, reader = follow(db_path, log)
    assert reader.read_all() == 40
    reader.close()
    conn.close()
    assert contents(db_path) == expected(140)


def test_copytruncate_then_rename_within_one_poll(db_path, log, expected):
    write(log, LINES[:100])
    conn, reader = follow(db_path, log)
    assert reader.poll() == 100
    write(log, LINES[100:110])
    copytruncate(log, log.with_name("queue_log.1"))
    write(log, LINES[110:115])  # the 5 lines written to the truncated file
    log.with_name("queue_log.1").rename(log.with_name("queue_log.2"))
    log.rename(log.with_name("queue_log.1"))
    write(log, LINES[115:150], mode="w")  # the new file
    assert reader.poll() == 50
    reader.close()
    conn.close()
    assert contents(db_path) == expected(150)


def test_several_renames_while_stopped_with_compressed_copies(db_path, log, expected):
    write(log, LINES[:50])
    conn, reader = follow(db_path, log)
    assert reader.poll() == 50
    reader.close()
    conn.close()
    # while stopped: queue_log -> .1 -> .2 -> .3, each with lines after ours, then
    # the older two compressed (delaycompress keeps the newest rotated file plain)
    write(log, LINES[50:60])
    for start in (60, 80, 100):
        for n in (2, 1):
            older = log.with_name(f"queue_log.{n}")
            if older.exists():
                older.rename(log.with_name(f"queue_log.{n + 1}"))
        log.rename(log.with_name("queue_log.1"))
        write(log, LINES[start:start + 20], mode="w")
    for n in (3, 2):
        plain = log.with_name(f"queue_log.{n}")
        with open(plain, "rb") as src, gzip.open(f"{plain}.gz", "wb") as dst:
            shutil.copyfileobj(src, dst)
        plain.unlink()
    conn, reader = follow(db_path, log)
    assert reader.read_all() == 70  # 10 in .3.gz, 20 in .2.gz, 20 in .1, 20 in queue_log
    reader.close()
    conn.close()
    assert contents(db_path) == expected(120)


def test_dated_names_are_read_oldest_first(db_path, log, expected):
    write(log, LINES[:50])
    conn, reader = follow(db_path, log)
    assert reader.poll() == 50
    reader.close()
    conn.close()
    write(log, LINES[50:70])
    log.rename(log.with_name("queue_log-20261130"))
    write(log, LINES[70:90], mode="w")
    log.rename(log.with_name("queue_log-20261201"))
    write(log, LINES[90:100], mode="w")
    conn, reader = follow(db_path, log)
    assert reader.read_all() == 50
    reader.close()
    conn.close()
    assert contents(db_path) == expected(100)


def test_create_order_drains_the_old_file_until_the_writer_moves(db_path, log, expected):
    write(log, LINES[:100])
    conn, reader = follow(db_path, log)
    assert reader.poll() == 100
    log.rename(log.with_name("queue_log.1"))
    log.touch()  # logrotate `create`: the new, empty file
    write(log.with_name("queue_log.1"), LINES[100:110])  # Asterisk still on the old file
    assert reader.poll() == 10
    write(log.with_name("queue_log.1"), LINES[110:120])
    assert reader.poll() == 10  # still there: the new file is empty
    write(log, LINES[120:130])  # Asterisk reopened
    assert reader.poll() == 10
    reader.close()
    conn.close()
    assert contents(db_path) == expected(130)


def test_a_copy_made_but_not_yet_truncated_is_not_read_twice(db_path, log, expected):
    write(log, LINES[:100])
    conn, reader = follow(db_path, log)
    assert reader.poll() == 100
    log.rename(log.with_name("queue_log.1"))
    log.touch()
    write(log.with_name("queue_log.1"), LINES[100:110])  # the writer still on the old file
    assert reader.poll() == 10
    write(log, LINES[110:130])  # the writer reopened
    # copytruncate caught half-way: the copy is made, the live file not truncated yet
    log.with_name("queue_log.1").rename(log.with_name("queue_log.2"))
    shutil.copyfile(log, log.with_name("queue_log.1"))
    assert reader.poll() == 20  # the live file, not the copy and then the live file again
    with open(log, "r+b") as fh:
        fh.truncate(0)
    write(log, LINES[130:145])
    assert reader.poll() == 15
    reader.close()
    conn.close()
    assert contents(db_path) == expected(145)


def test_a_file_being_compressed_is_read_once(db_path, log, expected):
    write(log, LINES[:50])
    conn, reader = follow(db_path, log)
    assert reader.poll() == 50
    reader.close()
    conn.close()
    write(log, LINES[50:60])
    log.rename(log.with_name("queue_log.1"))
    write(log, LINES[60:80], mode="w")
    # gzip has written queue_log.1.gz but not yet removed queue_log.1
    with open(log.with_name("queue_log.1"), "rb") as src, \
            gzip.open(log.with_name("queue_log.1.gz"), "wb") as dst:
        shutil.copyfileobj(src, dst)
    conn, reader = follow(db_path, log)
    assert reader.read_all() == 30
    reader.close()
    conn.close()
    assert contents(db_path) == expected(80)


# ------------------------------------------------------------------ all of them, live


def first_difference(got: list[str], want: list[str]) -> str:
    """Where the stored lines part from the written ones: lines doubled or lost."""
    import difflib

    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, got, want,
                                                       autojunk=False).get_opcodes():
        if tag != "equal":
            return (f"{tag} at stored line {i1} / written line {j1}: stored {got[i1:i2][:6]}"
                    f" written {want[j1:j2][:6]}; {len(got)} stored, {len(want)} written")
    return "equal"


class Follower:
    """``ingest --follow`` in a thread: polls until stopped. Each poll holds ``gate``, so
    a test can do several things within one poll."""

    def __init__(self, db_path: Path, log: Path) -> None:
        self.db_path, self.log = db_path, log
        self.gate = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.error: BaseException | None = None

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        conn = db.connect(self.db_path)
        reader = QueueLogReader(conn, self.log, batch_lines=40)
        try:
            while not self._stop.is_set():
                with self.gate:
                    reader.poll()
                self._stop.wait(0.003)
        except BaseException as exc:  # reported by stop()
            self.error = exc
        finally:
            reader.close()
            conn.close()

    def stop(self) -> None:
        self._stop.set()
        assert self._thread is not None
        self._thread.join(60)
        assert not self._thread.is_alive()
        if self.error is not None:
            raise self.error

    def wait_reading(self) -> None:
        """Until the first batch is stored: a first start reads the live file only, so the
        first rotation must come after it."""
        deadline = time.monotonic() + 60
        while not self._stored_any():
            assert time.monotonic() < deadline, "the follower never stored a line"
            assert self.error is None, self.error
            time.sleep(0.01)

    def _stored_any(self) -> bool:
        try:
            conn = sqlite3.connect(self.db_path)
            try:
                return bool(conn.execute("SELECT sum(lines_read) FROM ingest_sources"
                                         ).fetchone()[0])
            finally:
                conn.close()
        except sqlite3.Error:
            return False  # not created yet

    def catch_up(self) -> None:
        """After the writer stopped: read until nothing is left."""
        conn = db.connect(self.db_path)
        reader = QueueLogReader(conn, self.log)
        try:
            while reader.poll():
                pass
        finally:
            reader.close()
            conn.close()


@pytest.mark.parametrize("scheme", ["numbered", "dated"])
def test_every_line_once_while_a_writer_appends_through_every_kind_of_rotation(
        tmp_path: Path, log: Path, scheme: str):
    writer = FakeAsterisk(log)
    rotate = Logrotate(log, writer, scheme)
    follower = Follower(tmp_path / "followed.sqlite", log)
    writer.start()
    follower.start()
    try:
        follower.wait_reading()
        writer.wait_for(100)
        rotate.rename(late_lines=5)  # Asterisk writes 5 more lines to the old file
        writer.wait_for(60)
        rotate.create(late_lines=10)  # an empty new file, the writer still on the old one
        writer.wait_for(60)
        rotate.copytruncate()  # whatever the follower had not read yet is in the copy
        writer.wait_for(60)
        with follower.gate:  # copytruncate, then a rename, within one poll
            rotate.copytruncate()
            writer.wait_for(5)
            rotate.rename(late_lines=0)
        writer.wait_for(60)
        rotate.compress(which=2)  # delaycompress: the newest rotated file stays plain
        writer.wait_for(60)

        follower.stop()  # several rotations while stopped, compressed ones among them
        writer.wait_for(30)
        rotate.rename(late_lines=3)
        writer.wait_for(30)
        rotate.create(late_lines=3)
        writer.wait_for(30)
        rotate.copytruncate()
        writer.wait_for(30)
        rotate.rename(late_lines=0)
        writer.wait_for(30)
        while rotate.compress(which=2):  # every rotated file but the newest
            pass
        follower.start()

        writer.wait_for(60)
        follower.stop()  # copytruncate while stopped, with lines not yet read
        writer.wait_for(30)
        rotate.copytruncate()
        writer.wait_for(30)
        follower.start()
        writer.wait_for(60)
        rotate.create(late_lines=10)
        writer.wait_for(60)
    finally:
        writer.stop()
    follower.stop()
    follower.catch_up()

    assert any(p.name.endswith(".gz") for p in rotate.rotated())  # the scenario ran
    followed = contents(tmp_path / "followed.sqlite")
    clean = clean_ingest(writer.written, tmp_path / "clean")
    assert len(clean["lines"]) > 800
    assert followed["lines"] == clean["lines"], first_difference(followed["lines"],
                                                                  clean["lines"])
    for table in ("calls", "intervals", "rings", "flags", "agents", "queues", "problems"):
        assert followed[table] == clean[table], table
