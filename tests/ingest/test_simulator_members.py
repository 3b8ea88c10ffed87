"""The demo floor per queue: one-queue pauses, dynamic members, penalties and a PBX restart.

Every check derives the truth from the lines alone (tests/ingest/floor_truth.py), and every
line kind is compared with what the real Asterisk 22.10.1 wrote for the same action
(tests/fixtures/asterisk22_restart_queue_log: QueuePause with and without a queue, QueueAdd,
QueueRemove during a call, queue set penalty and ``core restart now`` with calls up and
callers waiting, captured on the PBX of ../shared/asterisk; and the sample capture).
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from console.ingest.simulator import DEFAULT_START_TS, FloorSimulator
from console.ingest.simulator_floor import HOLD_REASONS
from console.services.demo import STAGE_BEFORE_LIVE, DemoFloor, DemoOptions
from tests.conftest import ASTERISK22_QUEUE_LOG, FIXTURES
from tests.ingest.floor_truth import ANSWERED_ENDS, FloorTruth, fields, restart_block

HOUR = 3600
RESTART_CAPTURE = FIXTURES / "asterisk22_restart_queue_log"
MEMBER_KINDS = ("PAUSE", "UNPAUSE", "PAUSEALL", "UNPAUSEALL", "ADDMEMBER", "REMOVEMEMBER",
                "PENALTY", "QUEUESTART")  # fmt: skip


@pytest.fixture(scope="module")
def sim_day() -> tuple[FloorSimulator, list[str]]:
    """08:00-16:00 of a 24-agent floor; the daily restart falls at 12:20-12:50."""
    sim = FloorSimulator(agents=24, seed=42, start_ts=DEFAULT_START_TS)
    return sim, sim.advance_to(DEFAULT_START_TS + 8 * HOUR)


@pytest.fixture(scope="module")
def truth(sim_day: tuple[FloorSimulator, list[str]]) -> FloorTruth:
    return FloorTruth.of(sim_day[1])


def shape(line: str) -> tuple[str, ...]:
    """A line with its values replaced by their kind: what must match the real capture."""
    _ts, callid, queue, agent, event, *data = fields(line)
    agent = re.sub(r"^Local/agent\d{3}@agents/n$", "<interface>", agent)
    if agent not in ("NONE", "<interface>"):
        agent = "<member name>"
    data = ["<n>" if x.isdigit() else "<text>" if x else "" for x in data]
    if re.fullmatch(r"\d+\.\d+", callid):
        callid = "<uniqueid>"
    return (callid, queue if queue == "NONE" else "<queue>", agent, event, *data)


def real_shapes() -> set[tuple[str, ...]]:
    lines = RESTART_CAPTURE.read_text().splitlines()
    lines += Path(ASTERISK22_QUEUE_LOG).read_text().splitlines()
    return {shape(x) for x in lines if x}


def test_every_member_line_has_a_shape_real_asterisk_wrote(
    sim_day: tuple[FloorSimulator, list[str]],
) -> None:
    real = real_shapes()
    assert ("MANAGER", "<queue>", "<interface>", "REMOVEMEMBER", "") in real  # the capture
    seen: dict[str, int] = {}
    for line in sim_day[1]:
        event = fields(line)[4]
        if event in MEMBER_KINDS or event in ANSWERED_ENDS | {"ABANDON", "RINGCANCELED"}:
            assert shape(line) in real, line
            seen[event] = seen.get(event, 0) + 1
    assert set(MEMBER_KINDS) <= set(seen), seen


def test_the_floor_never_does_what_asterisk_cannot(truth: FloorTruth) -> None:
    """No CONNECT to an agent paused in that queue, not a member of it, or on a call; no call
    through a restart; no double adds, removes, pauses or unpauses."""
    assert truth.violations == []


@pytest.mark.parametrize(("agents", "seed", "queues"), [
    (24, 7, ("support", "complaints")),
    (60, 5, ("sales", "support", "complaints")),
    (12, 3, ("support", "complaints")),
])  # fmt: skip
def test_two_days_never_do_what_asterisk_cannot(
    agents: int, seed: int, queues: tuple[str, ...]
) -> None:
    sim = FloorSimulator(agents=agents, seed=seed, start_ts=DEFAULT_START_TS, queues=queues)
    lines = sim.advance_to(DEFAULT_START_TS + 48 * HOUR)
    truth = FloorTruth.of(lines)
    assert truth.violations == []
    assert len(truth.restarts) == 2  # once a day


def test_a_pause_in_one_queue_leaves_the_agent_taking_calls_in_the_other(
    sim_day: tuple[FloorSimulator, list[str]], truth: FloorTruth
) -> None:
    assert len(truth.connect_while_paused_elsewhere) >= 3
    for _agent, queue, other, _connect, _pause in truth.connect_while_paused_elsewhere:
        assert queue != other
    lines = sim_day[1]
    one_queue = [
        i for i, x in enumerate(lines)
        if fields(x)[4] == "PAUSE" and fields(x)[5] in HOLD_REASONS
        and fields(lines[i - 1])[4] != "PAUSEALL"
    ]  # fmt: skip
    assert one_queue
    for i in one_queue:  # a single PAUSE line naming its queue, as QueuePause with a Queue
        _ts, callid, queue, agent, _event, _reason = fields(lines[i])
        assert callid == "NONE" and queue in ("support", "complaints")
        assert not agent.startswith("Local/")


def test_pauseall_is_written_as_asterisk_writes_it() -> None:
    """``NONE|NONE|<member name>|PAUSEALL|reason``, then one PAUSE per queue of the member,
    all in the second of the PAUSEALL (set_member_paused() in app_queue.c)."""
    capture = RESTART_CAPTURE.read_text().splitlines()
    real = next(i for i, x in enumerate(capture) if "|PAUSEALL|" in x)
    assert [fields(x)[2:] for x in capture[real : real + 3]] == [
        ["NONE", "Erin", "PAUSEALL", "Break"],
        ["support", "Erin", "PAUSE", "Break"],
        ["complaints", "Erin", "PAUSE", "Break"],
    ]
    sim = FloorSimulator(agents=40, seed=3, start_ts=DEFAULT_START_TS)
    lines = sim.advance_to(DEFAULT_START_TS + 24 * HOUR)
    queues_of = {p.name: p.queues for p in sim.roster()}
    alls = [i for i, x in enumerate(lines) if fields(x)[4] in ("PAUSEALL", "UNPAUSEALL")]
    assert len(alls) >= 4
    for i in alls:
        ts, callid, queue, agent, event, reason = fields(lines[i])
        follow = [fields(x) for x in lines[i + 1 : i + 1 + len(queues_of[agent])]]
        assert (callid, queue) == ("NONE", "NONE")
        assert [(f[0], f[1], f[2], f[3], f[4], f[5]) for f in follow] == [
            (ts, "NONE", q, agent, event.removesuffix("ALL"), reason) for q in queues_of[agent]
        ]


def test_a_member_removed_during_a_call_gets_no_call_of_that_queue_until_added(
    sim_day: tuple[FloorSimulator, list[str]], truth: FloorTruth
) -> None:
    lines = sim_day[1]
    interface = {p.name: p.interface for p in sim_day[0].roster()}
    assert truth.removed_during_call
    for name, queue, callid in truth.removed_during_call:
        removal = next(
            i for i, x in enumerate(lines)
            if fields(x)[2:5] == [queue, interface[name], "REMOVEMEMBER"]
            and any(fields(y)[1] == callid for y in lines[i:])
        )  # fmt: skip
        # the call goes on and completes under the member name, as the real PBX wrote it
        end = next(fields(x) for x in lines[removal:] if fields(x)[1] == callid)
        assert end[4] in ANSWERED_ENDS and end[3] == name
        later = lines[removal + 1 :]
        added = next(
            (i for i, x in enumerate(later)
             if fields(x)[2:5] == [queue, interface[name], "ADDMEMBER"]), len(later)
        )  # fmt: skip
        connects = [x for x in later[:added] if fields(x)[2:5] == [queue, name, "CONNECT"]]
        assert connects == []
    assert truth.connect_after_readd  # and they take that queue's calls again once added


def test_penalty_lines_carry_the_interface_and_go_back_to_zero(
    sim_day: tuple[FloorSimulator, list[str]],
) -> None:
    penalties = [fields(x) for x in sim_day[1] if fields(x)[4] == "PENALTY"]
    assert penalties
    for _ts, callid, queue, agent, _event, value in penalties:
        assert callid == "NONE" and re.fullmatch(r"Local/agent\d{3}@agents/n", agent)
        assert queue in ("support", "complaints") and value in ("0", "1")
    assert {p[5] for p in penalties} == {"0", "1"}


def test_a_restart_drops_the_calls_then_queuestart(
    sim_day: tuple[FloorSimulator, list[str]], truth: FloorTruth
) -> None:
    lines = sim_day[1]
    (restart,) = truth.restarts
    hour = time.localtime(int(fields(lines[restart])[0]))
    assert (hour.tm_hour, hour.tm_min) >= (12, 20) and (hour.tm_hour, hour.tm_min) <= (12, 51)
    block = restart_block(lines, restart)
    assert block and block[-1] == restart - 1  # nothing else while the PBX is down
    ends = [fields(lines[j])[4] for j in block]
    assert set(ends) & {"COMPLETECALLER", "COMPLETEAGENT"}
    gap = int(fields(lines[restart])[0]) - int(fields(lines[block[0]])[0])
    assert 2 <= gap <= 12
    # the same shape in the capture of the real PBX: ends in one second, QUEUESTART after
    capture = RESTART_CAPTURE.read_text().splitlines()
    real = FloorTruth.of(capture)  # two sessions, each ended by "core restart now"
    blocks = [restart_block(capture, r) for r in real.restarts]
    assert [len(b) > 0 for b in blocks] == [True, False, True]  # the middle one: a fresh start
    assert {fields(capture[j])[4] for b in blocks for j in b} == {
        "ABANDON", "COMPLETEAGENT", "COMPLETECALLER", "RINGCANCELED", "RINGNOANSWER"
    }
    for b in blocks:
        assert len({fields(capture[j])[0] for j in b}) <= 1  # all in one second


@pytest.fixture(scope="module")
def peak_restart() -> tuple[FloorSimulator, list[str], FloorTruth]:
    """A restart at the morning peak (10:40-11:10), with callers queued and members rung."""
    sim = FloorSimulator(agents=24, seed=43, start_ts=DEFAULT_START_TS, restart_time=(10, 40))
    lines = sim.advance_to(DEFAULT_START_TS + 4 * HOUR)
    return sim, lines, FloorTruth.of(lines)


def test_a_restart_at_the_peak_drops_waiting_callers_with_abandon(
    peak_restart: tuple[FloorSimulator, list[str], FloorTruth],
) -> None:
    _sim, lines, truth = peak_restart
    assert truth.violations == []
    block = [fields(lines[j]) for j in restart_block(lines, truth.restarts[0])]
    abandons = [b for b in block if b[4] == "ABANDON"]
    assert abandons and all(int(b[5]) >= 1 and int(b[7]) >= 0 for b in abandons)
    rung = [b for b in block if b[4] in ("RINGCANCELED", "RINGNOANSWER")]
    assert rung  # a ringing caller: the ring ends (as on the real PBX), then the ABANDON
    for ring in rung:
        assert ring[1] in {b[1] for b in abandons}
        assert ring[4] == "RINGCANCELED" or ring[5] == "0"


def test_a_static_member_in_wrap_up_at_the_restart_comes_back_unpaused(
    peak_restart: tuple[FloorSimulator, list[str], FloorTruth],
) -> None:
    sim, _lines, truth = peak_restart
    static = {p.name for p in sim.roster() if p.static}
    assert truth.back_unpaused and {name for name, _q in truth.back_unpaused} <= static


def test_after_a_restart_dynamic_members_need_addmember_and_static_ones_are_back(
    sim_day: tuple[FloorSimulator, list[str]], truth: FloorTruth
) -> None:
    sim, lines = sim_day
    restart = truth.restarts[0]
    after = lines[restart + 1 :]
    static = {p.name for p in sim.roster() if p.static}
    dynamic = {p.interface: p.name for p in sim.roster() if not p.static}
    readded = {fields(x)[3] for x in after if fields(x)[4] == "ADDMEMBER"}
    assert readded and readded <= set(dynamic)
    connected = {fields(x)[3] for x in after if fields(x)[4] == "CONNECT"}
    assert connected & static  # static members take calls with no ADDMEMBER
    assert {name for name, _q in truth.back_unpaused} <= static
    first_add = {}
    for i, x in enumerate(after):
        if fields(x)[4] == "ADDMEMBER":
            first_add.setdefault((dynamic[fields(x)[3]], fields(x)[2]), i)
    for i, x in enumerate(after):
        _ts, _c, queue, agent, event, *_ = fields(x)
        if event == "CONNECT" and agent not in static:
            assert first_add.get((agent, queue), len(after)) < i, x


def test_the_truth_is_not_vacuous(
    sim_day: tuple[FloorSimulator, list[str]], truth: FloorTruth
) -> None:
    """Break the day in the ways the floor must not go and the replay objects."""
    lines = sim_day[1]
    restart = truth.restarts[0]
    add = next(i for i in range(restart, len(lines)) if fields(lines[i])[4] == "ADDMEMBER")
    no_readd = lines[:add] + lines[add + 1 :]  # a dynamic member connected without ADDMEMBER
    assert any("not a member" in v for v in FloorTruth.of(no_readd).violations)
    survived = restart_block(lines, restart)[0]
    no_drop = lines[:survived] + lines[survived + 1 :]
    assert any("survive the restart" in v for v in FloorTruth.of(no_drop).violations)
    _agent, queue, other, _connect, pause = truth.connect_while_paused_elsewhere[0]
    moved = list(lines)
    moved[pause] = moved[pause].replace(f"|{other}|", f"|{queue}|", 1)
    assert any(f"paused in {queue}" in v for v in FloorTruth.of(moved).violations)


def test_same_seed_same_lines_with_the_restart_however_chunked() -> None:
    one = FloorSimulator(agents=24, seed=9, start_ts=DEFAULT_START_TS)
    whole = one.advance_to(DEFAULT_START_TS + 10 * HOUR)
    two = FloorSimulator(agents=24, seed=9, start_ts=DEFAULT_START_TS)
    parts: list[str] = []
    ts = DEFAULT_START_TS
    while ts < DEFAULT_START_TS + 10 * HOUR:
        ts += 1.7  # steps shorter than the restart's down time
        parts += two.advance_to(min(ts, DEFAULT_START_TS + 10 * HOUR))
    assert parts == whole and sum("|QUEUESTART|" in x for x in whole) == 2


def test_no_restart_when_disabled() -> None:
    sim = FloorSimulator(agents=12, seed=1, start_ts=DEFAULT_START_TS, restart_time=None)
    lines = sim.advance_to(DEFAULT_START_TS + 30 * HOUR)
    assert [x for x in lines if "|QUEUESTART|" in x] == [lines[0]]


def test_the_demo_floor_restarts_its_pbx_a_few_minutes_after_going_live(
    tmp_path: Path, conn: object
) -> None:
    demo = DemoFloor(tmp_path / "demo", conn, DemoOptions(agents=24, teams=3, seed=7))
    live = demo.sim.now  # the demo back-fills the morning up to the live moment
    demo.write_until(live + 20 * 60)
    lines = demo.queue_log.read_text(encoding="utf-8").splitlines()
    truth = FloorTruth.of(lines)
    assert truth.violations == []
    (restart,) = truth.restarts
    at = int(fields(lines[restart])[0])
    assert live + 360 <= at <= live + 360 + 60 + 12
    after = lines[restart + 1 :]
    assert any(fields(x)[4] == "ADDMEMBER" for x in after)
    assert any(fields(x)[4] == "CONNECT" for x in after)
    kinds = {fields(x)[4] for x in lines}
    assert {"PAUSEALL", "REMOVEMEMBER", "PENALTY"} <= kinds
    assert truth.connect_while_paused_elsewhere and truth.removed_during_call
    # staged, so that they show from the first picture: a one-queue pause 9.5 minutes before
    # going live, a removal during a call from 8.5 minutes before (once that agent is on a call)
    staged_at = live - STAGE_BEFORE_LIVE
    staged = [x for x in lines if int(fields(x)[0]) >= staged_at]
    first_pause = next(fields(x) for x in staged if fields(x)[4:6] == ["PAUSE", "Training"])
    assert int(first_pause[0]) == int(staged_at + 30)
    first_removal = next(fields(x) for x in staged if fields(x)[4] == "REMOVEMEMBER")
    assert staged_at + 90 <= int(first_removal[0]) <= staged_at + 90 + 40 * 45
    removed = (truth.name_of[first_removal[3]], first_removal[2])
    assert removed in {(name, queue) for name, queue, _call in truth.removed_during_call}
    no_restart = DemoFloor(tmp_path / "other", conn, DemoOptions(seed=7, restart_after=None))
    no_restart.write_until(live + 20 * 60)
    assert no_restart.queue_log.read_text(encoding="utf-8").count("|QUEUESTART|") == 1
