"""The AMI client against a fake server on 127.0.0.1 that speaks the real protocol."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from console.domain.ami_state import merge_states
from console.ingest.ami_client import AmiConfig, AmiStatus, LinkState
from console.services.ami import AmiIngest, describe, follow
from console.store import ami_store
from console.store import db as store_db
from tests.ingest.fake_ami import FakeAmi, Member

FAST = dict(backoff_first=0.05, backoff_max=0.2, login_backoff=0.3, poll_seconds=0.05,
            connect_timeout=2.0, reply_timeout=5.0)


class Recorder:
    """Collects statuses from the client's thread; tests wait on a condition, not a clock."""

    def __init__(self) -> None:
        self.statuses: list[AmiStatus] = []
        self.cond = threading.Condition()

    def __call__(self, status: AmiStatus) -> None:
        with self.cond:
            self.statuses.append(status)
            self.cond.notify_all()

    def wait(self, pred: Callable[[list[AmiStatus]], bool], timeout: float = 10.0) -> bool:
        with self.cond:
            return self.cond.wait_for(lambda: pred(self.statuses), timeout)

    def states(self) -> list[LinkState]:
        with self.cond:
            return [s.state for s in self.statuses]


@pytest.fixture
def fake() -> Iterator[FakeAmi]:
    server = FakeAmi(members=[Member("support", "Alice"), Member("support", "Bob")])
    yield server
    server.close()


def start(db_path: Path, port: int, secret: str | None, rec: Recorder, **cfg):
    stop = threading.Event()
    config = AmiConfig(host="127.0.0.1", port=port, user="supervisor", **{**FAST, **cfg})
    box: dict = {}

    def run() -> None:
        box["ingest"] = follow(db_path, config, stop, rec, secret=lambda: secret)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return stop, thread, box


def overlay_states(db_path: Path) -> dict:
    conn = store_db.connect(db_path)
    try:
        (overlay,) = ami_store.overlays(conn)
        return overlay
    finally:
        conn.close()


def wait_overlay(db_path: Path, pred, timeout: float = 10.0) -> dict:
    """The stored overlay once ``pred`` holds (polled; the client commits on its thread)."""
    done = threading.Event()
    last: dict = {}
    for _ in range(int(timeout / 0.02)):
        conn = store_db.connect(db_path)
        try:
            found = ami_store.overlays(conn)
        finally:
            conn.close()
        if found and pred(found[0]):
            return found[0]
        last = found[0] if found else {}
        done.wait(0.02)
    raise AssertionError(f"overlay never matched: {last}")


def test_wrong_password_is_a_clear_status_and_stop_is_prompt(db_path, fake) -> None:
    rec = Recorder()
    stop, thread, _ = start(db_path, fake.port, "wrong", rec)
    assert fake.wait_failed(2)  # it retries (slowly in real life), never hangs
    assert rec.wait(lambda s: any(x.state == LinkState.LOGIN_FAILED and x.retry_in
                                  for x in s))
    failed = next(s for s in rec.statuses if s.state == LinkState.LOGIN_FAILED)
    assert failed.detail == "Authentication failed"
    assert "login failed (Authentication failed)" in describe(failed)
    assert LinkState.CONNECTED not in rec.states()
    stop.set()
    thread.join(5)
    assert not thread.is_alive()
    assert rec.states()[-1] == LinkState.STOPPED
    assert overlay_states(db_path)["connected"] is False


def test_no_secret_stored_fails_without_connecting(db_path, fake) -> None:
    rec = Recorder()
    stop, thread, _ = start(db_path, fake.port, None, rec)
    assert rec.wait(lambda s: any(x.state == LinkState.LOGIN_FAILED for x in s))
    stop.set()
    thread.join(5)
    assert fake.logins == 0 and fake.failed_logins == 0
    assert "no secret" in next(s.detail for s in rec.statuses
                               if s.state == LinkState.LOGIN_FAILED)


def test_unreachable_host_is_reported_with_a_countdown(db_path) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    rec = Recorder()
    stop, thread, _ = start(db_path, port, "x", rec)
    assert rec.wait(lambda s: any(x.state == LinkState.UNREACHABLE and x.retry_in
                                  for x in s))
    stop.set()
    thread.join(5)
    assert not thread.is_alive()
    unreachable = next(s for s in rec.statuses if s.state == LinkState.UNREACHABLE)
    assert unreachable.detail == "connection refused"


def test_events_become_agent_states_and_reach_the_store(db_path, fake) -> None:
    rec = Recorder()
    stop, thread, _ = start(db_path, fake.port, "change-me", rec)
    try:
        assert fake.wait_resyncs(1)
        wait_overlay(db_path, lambda o: o["connected"] and "Bob" in o["agents"])
        fake.push("AgentCalled", Queue="support", MemberName="Alice", Timestamp="1000.5")
        fake.push("AgentConnect", Queue="support", MemberName="Alice", HoldTime=2,
                  RingTime=2, Timestamp="1002.1")
        fake.push("QueueMemberPause", Queue="support", MemberName="Bob", Paused=1,
                  PausedReason="Break", InCall=0, Status=1, Timestamp="1003.0")
        o = wait_overlay(db_path, lambda o: o["agents"]["Bob"][0] == "paused")
        assert o["agents"]["Alice"][:2] == ["on_call", None]
        assert o["agents"]["Alice"][2] == 1002.1
        assert o["agents"]["Bob"] == ["paused", "Break", 1003.0]
        fake.push("AgentComplete", Queue="support", MemberName="Alice", TalkTime=40,
                  Timestamp="1042.0")
        o = wait_overlay(db_path, lambda o: o["agents"]["Alice"][0] == "available")
        # the board's merge: AMI is ahead of queue_log, which still has Alice on the call
        merged = merge_states({"Alice": ("on_call", None, 1002)}, [o], now=o["heartbeat"])
        assert merged["Alice"] == ("available", None, 1042)
    finally:
        stop.set()
        thread.join(5)


def test_drop_and_resync_puts_the_board_right(db_path, fake) -> None:
    rec = Recorder()
    stop, thread, box = start(db_path, fake.port, "change-me", rec)
    try:
        assert fake.wait_resyncs(1)
        fake.push("AgentConnect", Queue="support", MemberName="Alice", Timestamp="2000")
        wait_overlay(db_path, lambda o: o["agents"].get("Alice", [""])[0] == "on_call")
        # while the link is down Alice hangs up and pauses, Bob leaves the queue, Carol joins:
        # none of it is sent as an event, only the QueueStatus after reconnecting knows
        fake.members[:] = [Member("support", "Alice", paused=True, reason="Lunch",
                                  last_pause=2100),
                           Member("complaints", "Carol", in_call=True)]
        fake.drop()
        assert rec.wait(lambda s: LinkState.RECONNECTING in [x.state for x in s])
        assert fake.wait_resyncs(2)
        o = wait_overlay(db_path, lambda o: o["connected"]
                         and o["agents"].get("Bob", [""])[0] == "logged_out")
        assert o["agents"]["Alice"] == ["paused", "Lunch", 2100]
        assert o["agents"]["Carol"][0] == "on_call"
        assert fake.logins == 2
    finally:
        stop.set()
        thread.join(5)
    states = rec.states()
    assert states.index(LinkState.RECONNECTING) > states.index(LinkState.CONNECTED)
    assert box["ingest"].floor.events > 0


def test_link_down_marks_the_overlay_unusable(db_path, fake) -> None:
    rec = Recorder()
    stop, thread, _ = start(db_path, fake.port, "change-me", rec, backoff_first=5.0)
    try:
        assert fake.wait_resyncs(1)
        wait_overlay(db_path, lambda o: o["connected"])
        fake.drop()
        o = wait_overlay(db_path, lambda o: not o["connected"])
        assert merge_states({}, [o], now=o["heartbeat"]) == {}
        assert rec.wait(lambda s: any(x.state == LinkState.RECONNECTING and x.retry_in
                                      for x in s))
    finally:
        stop.set()
        thread.join(5)


def test_ingest_handler_commits_once_per_read(db_path) -> None:
    from console.ingest.ami_protocol import message

    ingest = AmiIngest(db_path, AmiConfig(host="h", port=1, user="u"))
    try:
        for i in range(50):
            ingest.event(message({"Event": "QueueMemberStatus", "MemberName": f"a{i}",
                                  "Queue": "q", "Paused": "0", "InCall": "0"}), 10.0)
        ingest.flush(10.0)
        assert ingest.commits == 1
        assert len(ami_store.overlays(ingest.conn)[0]["agents"]) == 50
    finally:
        ingest.close()
