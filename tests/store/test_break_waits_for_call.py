"""A recovery break granted during a call waits for the call to end (issue 11, point 9):
real-format queue_log lines followed into the store, the break granted through the service
the console calls, read back by the board."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.ingest.follower import QueueLogReader
from console.services import care
from console.services.board import build_snapshot
from console.store import breaks as breaks_store

B = 1795421000  # every line is B + seconds


class Floor:
    """queue_log lines arriving as Asterisk writes them, read by the console's reader."""

    def __init__(self, conn, path: Path) -> None:
        self.conn, self.path = conn, path
        path.write_text("")
        self.reader = QueueLogReader(conn, path)

    def write(self, *lines: str) -> None:
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.writelines(line + "\n" for line in lines)
        self.reader.poll()

    def agent(self, name: str, now: float):
        return next(a for a in build_snapshot(self.conn, now).agents if a.name == name)


@pytest.fixture
def floor(conn, tmp_path: Path):
    f = Floor(conn, tmp_path / "queue_log")
    f.write(f"{B}|NONE|NONE|NONE|QUEUESTART|",
            f"{B + 1}|MANAGER|support|Alice|ADDMEMBER|",
            f"{B + 1}|MANAGER|support|Bob|ADDMEMBER|",
            f"{B + 100}|{B + 99}.1|support|NONE|ENTERQUEUE||+15550001|1",
            f"{B + 103}|{B + 99}.1|support|Alice|CONNECT|3|{B + 99}.2|2")
    yield f
    f.reader.close()


def test_the_countdown_waits_for_the_call_then_starts(floor) -> None:
    conn = floor.conn
    break_id = care.grant_break(conn, "Alice", 5, B + 200)
    (waiting,) = breaks_store.running(conn)
    assert waiting.id == break_id and waiting.waiting
    assert waiting.seconds_left(B + 2000) == 300 and not waiting.overdue(B + 2000)
    row = floor.agent("Alice", B + 260)
    assert row.break_waiting and row.on_break_until is None
    assert breaks_store.close_on_unpause(conn) == 0

    # the caller hangs up at +400: the five minutes start then, not at the grant
    floor.write(f"{B + 400}|{B + 99}.1|support|Alice|COMPLETECALLER|3|297|1")
    (started,) = breaks_store.running(conn)
    assert not started.waiting and started.start_ts == B + 400
    assert started.seconds_left(B + 460) == 240
    row = floor.agent("Alice", B + 460)
    assert not row.break_waiting and row.on_break_until == B + 700
    # the agent pauses for it and comes back: the break ends on the UNPAUSE
    floor.write(f"{B + 410}|NONE|support|Alice|PAUSE|recovery",
                f"{B + 720}|NONE|support|Alice|UNPAUSE|recovery")
    assert breaks_store.close_on_unpause(conn) == 1
    (done,) = breaks_store.since(conn, B)  # as granted (the report's "minutes to a break")
    assert (done.start_ts, done.end_ts, done.ended_by) == (B + 200, B + 720, "unpause")
    assert breaks_store.counted(conn, done).start_ts == B + 400


def test_wrap_up_is_part_of_the_call(floor) -> None:
    care.grant_break(floor.conn, "Alice", 10, B + 200)
    floor.write(f"{B + 400}|{B + 99}.1|support|Alice|COMPLETEAGENT|3|297|1",
                f"{B + 400}|NONE|support|Alice|PAUSE|ACW")
    assert breaks_store.running(floor.conn)[0].waiting  # after-call work: not free yet
    floor.write(f"{B + 460}|NONE|support|Alice|UNPAUSE|ACW")
    (started,) = breaks_store.running(floor.conn)
    assert (started.waiting, started.start_ts) == (False, B + 460)


def test_a_free_agent_starts_at_once_and_a_cancelled_wait_never_started(floor) -> None:
    conn = floor.conn
    bob = care.grant_break(conn, "Bob", 5, B + 200)  # Bob is available
    alice = care.grant_break(conn, "Alice", 5, B + 200)
    by_id = {b.id: b for b in breaks_store.running(conn)}
    assert (by_id[bob].waiting, by_id[bob].start_ts) == (False, B + 200)
    assert floor.agent("Bob", B + 230).on_break_until == B + 500
    assert by_id[alice].waiting
    # the lead ends Alice's break before her call is over: it never started
    assert breaks_store.end(conn, alice, now=B + 300)
    floor.write(f"{B + 400}|{B + 99}.1|support|Alice|COMPLETECALLER|3|297|1")
    ended = breaks_store.counted(conn, next(b for b in breaks_store.since(conn, B)
                                            if b.id == alice))
    assert (ended.start_ts, ended.end_ts, ended.waiting) == (B + 200, B + 300, False)
