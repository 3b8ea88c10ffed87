"""Replay of the real Asterisk 22 capture: the per-queue states derived from its queue_log equal
what Asterisk itself answered to QueueStatus (ami_events.txt.gz) at the same moments, and the
AMI overlay replayed from the capture agrees with both."""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

import pytest

from console.domain.ami_state import AmiFloor
from console.domain.floor_state import FloorState
from console.domain.membership import ListedMember
from console.ingest.ami_protocol import Framer, Message
from console.ingest.queue_log import parse_line

SAMPLES = Path("/work/shared/samples/asterisk-22")
ROSTER = {"Local/agent109@agents/n": "Ivan", "Local/agent110@agents/n": "Judy"}

pytestmark = pytest.mark.skipif(not (SAMPLES / "ami_events.txt.gz").exists(),
                                reason="the real Asterisk 22 capture is not on this machine")


@functools.cache
def capture() -> tuple[Message, ...]:
    with gzip.open(SAMPLES / "ami_events.txt.gz", "rb") as fh:
        data = fh.read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return tuple(m for m in Framer().feed(data) if isinstance(m, Message))


def answers(messages: tuple[Message, ...]) -> list[tuple[float, list[Message]]]:
    """Each QueueStatus answer with the Asterisk time of the event just before it (the
    answer itself carries no Timestamp)."""
    out, current, last = [], None, 0.0
    for m in messages:
        if m.get("Timestamp"):
            last = float(m["Timestamp"])
        if m.get("Message") == "Queue status will follow":
            current = []
        elif m.event == "QueueMember" and current is not None:
            current.append(m)
        elif m.event == "QueueStatusComplete" and current is not None:
            out.append((last, current))
            current = None
    return out


def asterisk(members: list[Message], device: bool = False) -> dict[tuple[str, str], tuple]:
    """Asterisk's answer as (paused, reason, in_call). in_call is the agent's, the same in
    every queue: ``InCall`` says which queue's call it answered, but app_queue.c offers a
    member on that call no call in any queue (its device is in use). ``device``: busy by the
    device state (Status in use / busy), which AMI shows and queue_log cannot."""
    on_call = {m["Name"] for m in members
               if m["InCall"] == "1" or (device and m["Status"] in ("2", "3"))}
    return {(m["Name"], m["Queue"]): (m["Paused"] == "1", m.get("PausedReason") or None,
                                      m["Name"] in on_call) for m in members}


def derived(fs: FloorState) -> dict[tuple[str, str], tuple]:
    out = {}
    for a in fs.agents.values():
        for q, m in a.queues.items():
            # on a call from any queue: in a call in each (see asterisk())
            out[(a.name, q)] = (m.paused, m.reason if m.paused else None, bool(a.on_call))
    return out


def replay_until(ts: float, fs: FloorState) -> FloorState:
    lines = (SAMPLES / "queue_log").read_text().splitlines()
    for n, line in enumerate(lines, start=1):
        ev = parse_line(line, n)
        if ev.ts <= ts:
            fs.apply(ev)
    return fs


def test_the_capture_has_four_queuestatus_answers():
    assert [len(m) for _, m in answers(capture())] == [10, 11, 12, 12]


@pytest.mark.parametrize("index", [1, 2, 3])
def test_queue_log_per_queue_states_equal_asterisks_own_answer(index):
    ts, members = answers(capture())[index]
    fs = replay_until(ts, FloorState(aliases=ROSTER))
    assert derived(fs) == asterisk(members)


def test_with_the_first_answer_applied_every_moment_agrees_even_without_a_roster():
    all_answers = answers(capture())
    first_ts, first = all_answers[0]
    for ts, members in all_answers[1:]:
        fs = FloorState()
        fs.add_snapshot(1, first_ts, [_listed(m) for m in first])
        replay_until(ts, fs)
        # the interfaces of the dynamic members came from the AMI events of the capture
        fs.learn_aliases(AmiFloorMap.interfaces(ts))
        assert derived(fs) == asterisk(members), ts
        assert fs.unresolved == {}


def test_concrete_states_read_from_the_log():
    lines = (SAMPLES / "queue_log").read_text().splitlines()
    # 08:10:40 PAUSEALL + PAUSE support: Alice (support only) paused for a Break
    fs = replay_until(1795421240, FloorState(aliases=ROSTER))
    assert fs.agents["Alice"].state == "paused"
    assert fs.agents["Alice"].queues["support"].reason == "Break"
    # 08:12:45 Grace paused for Lunch in complaints (her only queue) during a call: on the
    # call until 08:13:15, then paused
    fs = replay_until(1795421365, FloorState(aliases=ROSTER))
    assert fs.agents["Grace"].state == "on_call"
    assert fs.agents["Grace"].queues["complaints"].paused
    fs = replay_until(1795421395, FloorState(aliases=ROSTER))
    assert fs.agents["Grace"].state == "paused"
    assert fs.open_intervals[fs.agents["Grace"].interval_id].reason == "Lunch"
    # 08:12:15 Judy added paused to complaints, unpaused by name at 08:13:05
    fs = replay_until(1795421336, FloorState(aliases=ROSTER))
    assert fs.agents["Judy"].queues["complaints"].paused
    assert fs.agents["Judy"].state == "paused"
    fs = replay_until(1795421385, FloorState(aliases=ROSTER))
    assert not fs.agents["Judy"].queues["complaints"].paused
    # without a mapping her interface stays an unresolved member, never an extra agent
    fs = replay_until(int(lines[-1].split("|")[0]), FloorState())
    assert "Local/agent110@agents/n" not in fs.agents
    assert set(fs.unresolved) == {"Local/agent109@agents/n", "Local/agent110@agents/n"}
    assert {a for a in fs.agents if "/" in a} == set()


class AmiFloorMap:
    """Interface -> name pairs the capture's member events carried by a time."""

    @staticmethod
    @functools.cache
    def interfaces(until: float) -> dict[str, str]:
        floor = AmiFloor()
        for m in capture():
            ts = float(m.get("Timestamp") or 0)
            if m.event and ts <= until:
                floor.apply(m.event, m, ts)
        return floor.interfaces


def test_the_ami_overlay_replayed_from_the_capture_agrees_per_queue():
    messages = capture()
    floor = AmiFloor(wrapup_seconds=0)
    seen = []
    last = 0.0
    resync = False
    for m in messages:
        last = float(m.get("Timestamp") or last)
        if m.get("Message") == "Queue status will follow":
            floor.begin_resync()
            resync = True
        if m.event:
            floor.apply(m.event, m, last)
        if m.event == "QueueStatusComplete" and resync:
            floor.end_resync(last)
            resync = False
            seen.append({(a.name, q): (v[0], v[1], v[2]) for a in floor.agents.values()
                         for q, v in a.members().items()})
    expected = [asterisk(members, device=True) for _, members in answers(messages)]
    assert seen == expected
    assert floor.interfaces["Local/agent109@agents/n"] == "Ivan"


def _listed(m: Message) -> ListedMember:
    return ListedMember(m["Queue"], m["Name"], m.get("Location") or "",
                        m.get("StateInterface") or "", m.get("Membership") == "dynamic",
                        m["Paused"] == "1", m.get("PausedReason") or None, m["InCall"] == "1")
