"""Tests of the demo floor simulator: real queue_log lines, consistent calls, a plausible floor."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections import Counter, defaultdict

import pytest

from console.domain.events import KNOWN_EVENTS, QueueEvent
from console.ingest.queue_log import parse_line
from console.ingest.simulator import DEFAULT_START_TS, AgentProfile, FloorSimulator
from tests.ingest.floor_truth import FloorTruth, restart_block

HOUR = 3600
DAY_START = DEFAULT_START_TS  # 08:00 local time
CALL_ENDS = {"ABANDON", "EXITWITHTIMEOUT", "EXITWITHKEY", "COMPLETECALLER", "COMPLETEAGENT",
             "BLINDTRANSFER"}  # fmt: skip
ABUSE_CATEGORIES = {"insult", "profanity", "threat", "harassment", "repeat_abuse"}
PAUSE_REASONS = {"Break", "Lunch", "Training", "Meeting", "Toilet"}


def simulate(hours: float = 8, agents: int = 24, seed: int = 42) -> list[str]:
    sim = FloorSimulator(agents=agents, seed=seed, start_ts=DAY_START)
    return sim.advance_to(DAY_START + hours * HOUR)


@pytest.fixture(scope="module")
def day() -> list[str]:
    """An 8-hour day shift (08:00-16:00 local) of a 24-agent floor."""
    return simulate()


def fields(line: str) -> list[str]:
    return line.split("|")


def check_consistency(lines: list[str], roster: list[AgentProfile]) -> None:
    """Replay the lines as a supervisor's board would, asserting nothing impossible happens.

    Raises AssertionError naming the first offending line.
    """
    by_name = {p.name: p for p in roster}
    by_interface = {p.interface: p for p in roster}
    entered: dict[str, str] = {}  # callid -> queue
    connected: dict[str, str] = {}  # callid -> member name
    ended: set[str] = set()
    on_call: dict[str, str] = {}  # member name -> callid
    logged_in: set[str] = set()
    paused: dict[str, set[str]] = defaultdict(set)  # member name -> queues paused
    for n, line in enumerate(lines):
        _ts, callid, queue, agent, event, *data = fields(line)
        where = f"line {n}: {line}"
        if event == "ENTERQUEUE":
            assert callid not in entered, where
            entered[callid] = queue
            continue
        if event in CALL_ENDS | {"CONNECT", "RINGNOANSWER", "RINGCANCELED", "ABUSEFLAG"}:
            assert entered.get(callid) == queue, f"call never entered {queue}: {where}"
            assert callid not in ended, f"call already ended: {where}"
        if event in ("RINGNOANSWER", "RINGCANCELED"):
            assert agent in by_name and agent in logged_in, where
            assert callid not in connected, where
            if event == "RINGNOANSWER":  # 0 when a PBX restart hangs up the ringing member
                assert int(data[0]) >= 1000 or data[0] == "0", f"milliseconds: {where}"
        elif event == "CONNECT":
            assert callid not in connected, f"connected twice: {where}"
            assert agent in logged_in, f"agent not logged in: {where}"
            assert agent not in on_call, f"agent already on {on_call.get(agent)}: {where}"
            assert queue not in paused[agent], f"agent paused in {queue}: {where}"
            assert queue in by_name[agent].queues, f"agent does not serve {queue}: {where}"
            hold, _bridged, ring = data
            assert int(hold) >= 0 and 0 <= int(ring) <= 15, where
            connected[callid], on_call[agent] = agent, callid
        elif event == "ABUSEFLAG":
            assert connected.get(callid) == agent, f"flag outside the agent's call: {where}"
            severity, category, note = data
            assert severity in {"1", "2", "3"} and category in ABUSE_CATEGORIES and note, where
        elif event in ("COMPLETECALLER", "COMPLETEAGENT", "BLINDTRANSFER"):
            assert connected.get(callid) == agent, f"completed by a stranger: {where}"
            assert on_call.pop(agent) == callid, where
            ended.add(callid)
        elif event in CALL_ENDS:  # the caller left the queue unanswered
            assert callid not in connected, f"left the queue after a connect: {where}"
            position, origposition, wait = (int(x) for x in data[-3:])
            assert position >= 1 and origposition >= 1 and wait >= 0, where
            ended.add(callid)
        elif event in ("ADDMEMBER", "REMOVEMEMBER"):
            assert callid == "MANAGER" and agent in by_interface, where
            assert queue in by_interface[agent].queues, where
        elif event == "QUEUESTART":  # a PBX restart: every call ended just before it
            assert not on_call and set(entered) <= ended, where
            paused.clear()  # static members come back unpaused, dynamic ones are gone
        elif event == "AGENTLOGIN":
            assert agent not in logged_in and by_name[agent].interface == data[0], where
            logged_in.add(agent)
        elif event == "AGENTLOGOFF":
            assert agent in logged_in and agent not in on_call, where
            assert not paused[agent], f"logged off while paused: {where}"
            logged_in.discard(agent)
        elif event == "PAUSE":
            assert agent in logged_in and queue in by_name[agent].queues, where
            assert queue not in paused[agent], f"paused twice: {where}"
            paused[agent].add(queue)
        elif event == "UNPAUSE":
            assert queue in paused[agent], f"unpause without pause: {where}"
            paused[agent].discard(queue)


# -- format ----------------------------------------------------------------------------------


def test_lines_are_real_queue_log_lines(day: list[str]) -> None:
    assert day[0] == f"{int(DAY_START)}|NONE|NONE|NONE|QUEUESTART|"
    previous = 0
    for line in day:
        assert not line.endswith("\n")
        parts = fields(line)
        assert len(parts) >= 6, line  # epoch|callid|queue|agent|EVENT|data...
        assert parts[0].isdigit(), line
        assert int(parts[0]) >= previous, f"timestamps go backwards at {line}"
        previous = int(parts[0])
        assert parts[4] in KNOWN_EVENTS, line
        event = parse_line(line)
        assert isinstance(event, QueueEvent), event  # the real ingest reads every line


def test_enterqueue_and_connect_look_like_asterisk(day: list[str]) -> None:
    callers = Counter()
    for line in day:
        ts, callid, _queue, agent, event, *data = fields(line)
        if event == "ENTERQUEUE":
            assert agent == "NONE" and data[0] == "" and int(data[2]) >= 1, line
            assert re.fullmatch(r"\+861[3-9]\d{9}|\+1[2-9]\d{9}", data[1]), line
            assert re.fullmatch(rf"{ts}\.\d+", callid), line  # an Asterisk uniqueid
            callers["+86" if data[1].startswith("+86") else "+1"] += 1
        elif event == "CONNECT":
            assert re.fullmatch(r"\d+\.\d+", data[1]), line
        elif event == "ADDMEMBER":
            assert re.fullmatch(r"Local/agent\d{3}@agents/n", agent), line
    assert callers["+86"] > callers["+1"] > 0


def test_wrap_up_follows_every_call(day: list[str]) -> None:
    """In every queue the agent could still be rung from (a member, not paused there); not
    after the calls a PBX restart dropped."""
    sim = FloorSimulator(seed=42, start_ts=DAY_START)
    queues_of = {p.name: p.queues for p in sim.roster()}
    dropped = {j for q in FloorTruth.of(day).restarts for j in restart_block(day, q)}
    truth = FloorTruth({fields(x)[3] for x in day if fields(x)[4] == "ADDMEMBER"})
    wrap_start: dict[tuple[str, str], int] = {}
    completed = 0
    for i, line in enumerate(day):
        truth.feed(line)
        ts, _callid, queue, agent, event, *data = fields(line)
        if event in ("COMPLETECALLER", "COMPLETEAGENT", "BLINDTRANSFER") and i not in dropped:
            completed += 1
            free = [
                q for q in queues_of[agent]
                if truth.is_member(agent, q) and (agent, q) not in truth.paused
            ]  # fmt: skip
            follow = [fields(x) for x in day[i + 1 : i + 1 + len(free)]]
            assert [(f[0], f[2], f[3], f[4], f[5]) for f in follow] == [
                (ts, q, agent, "PAUSE", "Wrap-up") for q in free
            ], line
        if event == "PAUSE" and data == ["Wrap-up"]:
            wrap_start[(agent, queue)] = int(ts)
        elif event == "UNPAUSE" and (agent, queue) in wrap_start:
            assert data == [""], line
            assert 9 <= int(ts) - wrap_start.pop((agent, queue)) <= 61, line
    assert completed > 100


def test_pauseall_is_followed_by_one_line_per_queue() -> None:
    lines = simulate(hours=24, agents=40, seed=3)
    sim = FloorSimulator(agents=40, seed=3, start_ts=DAY_START)
    queues_of = {p.name: p.queues for p in sim.roster()}
    seen = 0
    for i, line in enumerate(lines):
        _ts, callid, queue, agent, event, *data = fields(line)
        if event in ("PAUSEALL", "UNPAUSEALL"):
            seen += 1
            assert callid == "NONE" and queue == "NONE" and data[0] in PAUSE_REASONS, line
            follow = [fields(x) for x in lines[i + 1 : i + 1 + len(queues_of[agent])]]
            per_queue = event.removesuffix("ALL")
            assert [(f[2], f[3], f[4], f[5]) for f in follow] == [
                (q, agent, per_queue, data[0]) for q in queues_of[agent]
            ], line
    assert seen >= 4


# -- consistency -----------------------------------------------------------------------------


def test_day_is_consistent(day: list[str]) -> None:
    check_consistency(day, FloorSimulator(seed=42, start_ts=DAY_START).roster())


@pytest.mark.parametrize(("agents", "seed", "queues"), [
    (24, 7, ("support", "complaints")),
    (9, 11, ("support",)),
    (60, 5, ("sales", "support", "complaints")),
])  # fmt: skip
def test_two_days_are_consistent(agents: int, seed: int, queues: tuple[str, ...]) -> None:
    sim = FloorSimulator(agents=agents, seed=seed, start_ts=DAY_START, queues=queues)
    lines = sim.advance_to(DAY_START + 48 * HOUR)
    check_consistency(lines, sim.roster())
    assert {fields(x)[2] for x in lines if "|ENTERQUEUE|" in x} == set(queues)


def test_checker_catches_impossible_sequences(day: list[str]) -> None:
    """The consistency check is not vacuous: break the day in a few ways and it objects."""
    roster = FloorSimulator(seed=42, start_ts=DAY_START).roster()
    connect = next(i for i, x in enumerate(day) if "|CONNECT|" in x)
    complete = next(i for i, x in enumerate(day) if "|COMPLETEAGENT|" in x)
    enter = next(i for i, x in enumerate(day) if "|ENTERQUEUE|" in x)
    broken = [
        [*day[: connect + 1], day[connect], *day[connect + 1 :]],  # connected twice
        [*day[: complete + 1], day[complete], *day[complete + 1 :]],  # ended twice
        day[:enter] + day[enter + 1 :],  # a call that never entered
    ]  # fmt: skip
    for lines in broken:
        with pytest.raises(AssertionError):
            check_consistency(lines, roster)


# -- determinism and chunking -------------------------------------------------------------------


def test_same_seed_same_bytes_other_seed_other_floor(day: list[str]) -> None:
    assert simulate() == day
    assert FloorSimulator(seed=42).roster() == FloorSimulator(seed=42).roster()
    other = simulate(seed=43)
    assert other != day
    assert FloorSimulator(seed=42).roster() != FloorSimulator(seed=43).roster()


def test_small_steps_give_the_same_lines_as_one_step(day: list[str]) -> None:
    sim = FloorSimulator(seed=42, start_ts=DAY_START)
    lines: list[str] = []
    ts = DAY_START - 10
    while ts < DAY_START + 8 * HOUR:
        ts = min(ts + 37.5, DAY_START + 8 * HOUR)
        lines += sim.advance_to(ts)
        assert sim.now == ts
    assert lines == day


def test_now_never_goes_back() -> None:
    sim = FloorSimulator(seed=1, start_ts=DAY_START)
    assert sim.now == DAY_START
    assert sim.advance_to(DAY_START - 100) == []
    first = sim.advance_to(DAY_START + HOUR)
    assert first and sim.now == DAY_START + HOUR
    assert sim.advance_to(DAY_START) == []
    assert sim.now == DAY_START + HOUR
    assert sim.advance_to(DAY_START + HOUR) == []


# -- a plausible floor ------------------------------------------------------------------------


def test_day_has_the_full_range_of_events(day: list[str]) -> None:
    events = Counter(fields(x)[4] for x in day)
    for name in (
        "ABANDON",
        "RINGNOANSWER",
        "ABUSEFLAG",
        "BLINDTRANSFER",
        "COMPLETECALLER",
        "COMPLETEAGENT",
        "AGENTLOGIN",
        "AGENTLOGOFF",
        "ADDMEMBER",
        "REMOVEMEMBER",
    ):
        assert events[name] > 0, name
    offered = events["ENTERQUEUE"]
    assert 0.70 <= events["CONNECT"] / offered <= 0.99
    assert 0.015 <= events["ABUSEFLAG"] / offered <= 0.09
    reasons = Counter(fields(x)[5] for x in day if fields(x)[4] == "PAUSE")
    assert reasons["Wrap-up"] > 100
    assert reasons["Break"] > 0 and reasons["Lunch"] > 0
    assert set(reasons) - {"Wrap-up"} <= PAUSE_REASONS


def test_answered_share_and_service_level_over_several_days() -> None:
    for seed in range(5):
        lines = simulate(seed=seed)
        events = Counter(fields(x)[4] for x in lines)
        answered = events["CONNECT"] / events["ENTERQUEUE"]
        within_20 = sum(1 for x in lines if fields(x)[4] == "CONNECT" and int(fields(x)[5]) <= 20)
        assert 0.70 <= answered <= 0.99, (seed, answered)
        assert 0.55 <= within_20 / events["ENTERQUEUE"] <= 0.97, seed


def test_arrivals_follow_the_intraday_curve() -> None:
    """Morning peak over the early morning and the night; lunchtime dip under both peaks."""
    midnight = DAY_START - 8 * HOUR
    sim = FloorSimulator(agents=100, seed=9, start_ts=midnight)
    per_hour = Counter(
        time.localtime(int(fields(x)[0])).tm_hour
        for x in sim.advance_to(midnight + 24 * HOUR)
        if "|ENTERQUEUE|" in x
    )
    assert per_hour[10] > 2 * per_hour[7] > 0
    assert per_hour[10] > 10 * per_hour[3]
    assert per_hour[12] < per_hour[10] and per_hour[12] < per_hour[14]


def test_peak_occupancy_is_busy_but_not_saturated() -> None:
    """(talk + wrap) / (talk + wrap + available) between 10:00 and 12:00 with 100 agents."""
    sim = FloorSimulator(agents=100, seed=4, start_ts=DAY_START)
    lines = sim.advance_to(DAY_START + 4 * HOUR)
    lo, hi = DAY_START + 2 * HOUR, DAY_START + 4 * HOUR
    state: dict[str, tuple[str, int]] = {}
    totals: Counter[str] = Counter()

    def switch(agent: str, new: str, ts: int) -> None:
        old, since = state.get(agent, ("off", ts))
        totals[old] += max(0, min(ts, hi) - max(since, lo))
        state[agent] = (new, ts)

    for line in lines:
        ts, _callid, queue, agent, event, *data = fields(line)
        if event == "AGENTLOGIN" or (event == "UNPAUSE" and queue == sim.roster()[0].queues[0]):
            switch(agent, "available", int(ts))
        elif event == "CONNECT":
            switch(agent, "busy", int(ts))
        elif event == "PAUSE" and queue == sim.roster()[0].queues[0]:
            switch(agent, "busy" if data == ["Wrap-up"] else "paused", int(ts))
    for agent in list(state):
        switch(agent, "off", int(hi))
    occupancy = totals["busy"] / (totals["busy"] + totals["available"])
    assert 0.65 <= occupancy <= 0.92, occupancy


def test_shifts_log_in_and_out_and_the_night_is_quiet() -> None:
    sim = FloorSimulator(agents=24, seed=2, start_ts=DAY_START)
    lines = sim.advance_to(DAY_START + 30 * HOUR)  # 08:00 until 14:00 the next day
    logins = Counter(fields(x)[3] for x in lines if "|AGENTLOGIN|" in x)
    assert set(logins) == {p.name for p in sim.roster()}  # everyone works at least one shift
    assert max(logins.values()) == 2
    on: set[str] = set()
    on_at: dict[int, int] = {}
    for line in lines:
        ts, _c, _q, agent, event, *data = fields(line)
        on_at.setdefault(int(ts) // HOUR, len(on))
        if event == "AGENTLOGIN":
            on.add(agent)
        elif event == "AGENTLOGOFF":
            on.discard(agent)
            assert data[0].startswith("Local/agent") and 0 < int(data[1]) <= 10 * HOUR
    night, peak = int(DAY_START) // HOUR + 19, int(DAY_START) // HOUR + 27  # 03:00, 11:00
    assert 1 <= on_at[night] <= 3
    assert on_at[peak] >= 24 * 0.6  # most agents are logged in during the day


def test_abusive_callers_come_back() -> None:
    lines = simulate(hours=24, agents=60, seed=8)
    flags = [fields(x) for x in lines if fields(x)[4] == "ABUSEFLAG"]
    callerid = {fields(x)[1]: fields(x)[6] for x in lines if fields(x)[4] == "ENTERQUEUE"}
    per_caller = Counter(callerid[f[1]] for f in flags)
    assert max(per_caller.values()) >= 2  # a small pool of repeat abusers
    assert any(f[6] == "repeat_abuse" for f in flags)
    by_queue = Counter(f[2] for f in flags)
    offered = Counter(fields(x)[2] for x in lines if fields(x)[4] == "ENTERQUEUE")
    assert by_queue["complaints"] / offered["complaints"] > by_queue["support"] / offered["support"]


def test_roster() -> None:
    sim = FloorSimulator(agents=30, teams=3, seed=5, start_ts=DAY_START)
    roster = sim.roster()
    assert len(roster) == 30 and len({p.name for p in roster}) == 30
    assert [p.interface for p in roster][:2] == [
        "Local/agent101@agents/n",
        "Local/agent102@agents/n",
    ]
    assert roster[-1].interface == "Local/agent130@agents/n"
    assert len({p.team for p in roster}) == 3
    assert any(re.search(r"[\u4e00-\u9fff]", p.name) for p in roster)
    assert any(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", p.name) for p in roster)
    for team in {p.team for p in roster}:
        assert any(p.coach for p in roster if p.team == team), team
    for p in roster:
        joined = dt.date.fromisoformat(p.start_date)
        assert joined < dt.date.fromtimestamp(DAY_START), p
        assert p.queues[0] == "support" and set(p.queues) <= {"support", "complaints"}
    assert 2 <= sum("complaints" in p.queues for p in roster) < 30
    with pytest.raises(AttributeError):
        roster[0].name = "x"  # type: ignore[misc]


def test_rejects_an_empty_floor() -> None:
    with pytest.raises(ValueError):
        FloorSimulator(agents=0)
    with pytest.raises(ValueError):
        FloorSimulator(queues=())


def test_fast_enough() -> None:
    started = time.perf_counter()
    lines = simulate(hours=8, agents=24, seed=1)
    elapsed = time.perf_counter() - started
    assert lines and elapsed < 1.0, elapsed


def test_granted_break_pauses_the_agent_with_reason_recovery_and_can_end_by_hand():
    start = 1_795_420_800.0  # a weekday morning
    sim = FloorSimulator(agents=12, teams=2, seed=3, start_ts=start)
    sim.advance_to(start + 3 * 3600)
    name = sim.roster()[0].name
    assert sim.grant_break(name, 600)
    assert not sim.grant_break("nobody", 600)
    lines = sim.advance_to(start + 3 * 3600 + 3600)
    mine = [ln.split("|") for ln in lines if ln.split("|")[3] == name]
    pauses = [p for p in mine if p[4] == "PAUSE" and p[5] == "recovery"]
    assert pauses, "the granted break was not written as a PAUSE with reason recovery"
    first = int(pauses[0][0])
    unpauses = [p for p in mine if p[4] == "UNPAUSE" and p[5] == "recovery"]
    assert unpauses and int(unpauses[0][0]) - first == 600

    sim.grant_break(name, 3000)
    sim.end_break(name)
    more = [ln.split("|") for ln in sim.advance_to(start + 5 * 3600)]
    ends = [p for p in more if p[3] == name and p[4] == "UNPAUSE" and p[5] == "recovery"]
    assert ends  # ended by hand long before 3000 s


def test_a_break_granted_at_a_time_is_not_back_dated_to_the_last_step() -> None:
    """The demo advances in steps; a break granted between two starts when it was granted."""
    start = 1_795_420_800.0
    sim = FloorSimulator(agents=12, teams=2, seed=3, start_ts=start)
    sim.advance_to(start + 3 * 3600)
    granted = start + 3 * 3600 + 90  # the supervisor clicked 90 s after the last step
    names = [p.name for p in sim.roster()]
    for name in names:
        assert sim.grant_break(name, 600, at=granted)
    lines = [ln.split("|") for ln in sim.advance_to(start + 4 * 3600)]
    starts = {p[3]: int(p[0]) for p in reversed(lines) if p[4] == "PAUSE" and p[5] == "recovery"}
    assert starts and min(starts.values()) == int(granted)
    assert sim.end_break(names[0], at=granted + 1000)
