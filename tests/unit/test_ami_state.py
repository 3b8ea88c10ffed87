"""AMI events -> live agent states, the QueueStatus resync, and the merge with queue_log."""

from __future__ import annotations

from console.domain.ami_state import HEARTBEAT_STALE_SECONDS, AmiFloor, event_time, merge_states


def member(name: str, queue: str = "support", paused: str = "0", reason: str = "",
           in_call: str = "0", **extra: str) -> dict[str, str]:
    return {"MemberName": name, "Queue": queue, "Paused": paused, "PausedReason": reason,
            "InCall": in_call, "Status": "1", **extra}


def state(floor: AmiFloor, name: str) -> tuple:
    a = floor.agents[name]
    return a.state, a.reason, a.since


def test_events_move_agent_states() -> None:
    f = AmiFloor()
    assert f.apply("QueueMemberStatus", member("Alice"), 100) == {"Alice"}
    assert state(f, "Alice") == ("available", None, 100)
    assert f.apply("AgentCalled", {"MemberName": "Alice", "Queue": "support"}, 101) == set()
    assert f.agents["Alice"].ringing
    f.apply("AgentRingNoAnswer", {"MemberName": "Alice", "Queue": "support"}, 116)
    assert not f.agents["Alice"].ringing
    assert f.apply("AgentConnect", {"MemberName": "Alice", "Queue": "support"}, 120) == {"Alice"}
    assert state(f, "Alice") == ("on_call", None, 120)
    # paused during the call: still on the call (same precedence as queue_log)
    f.apply("QueueMemberPause", member("Alice", paused="1", reason="Break", in_call="1"), 130)
    assert state(f, "Alice")[0] == "on_call"
    f.apply("AgentComplete", {"MemberName": "Alice", "Queue": "support"}, 140)
    assert state(f, "Alice") == ("paused", "Break", 140)
    f.apply("QueueMemberPause", member("Alice", paused="1", reason="ACW"), 150)
    assert state(f, "Alice") == ("wrap_up", "ACW", 150)
    f.apply("QueueMemberPause", member("Alice"), 160)
    assert state(f, "Alice") == ("available", None, 160)
    f.apply("QueueMemberRemoved", {"MemberName": "Alice", "Queue": "support"}, 170)
    assert state(f, "Alice") == ("logged_out", None, 170)


def test_wrapup_seconds_and_tick() -> None:
    f = AmiFloor(wrapup_seconds=30)
    f.apply("AgentCalled", {"MemberName": "Bob", "Queue": "q"}, 99)  # offered: a member
    f.apply("AgentConnect", {"MemberName": "Bob", "Queue": "q"}, 100)
    f.apply("AgentComplete", {"MemberName": "Bob", "Queue": "q"}, 200)
    assert state(f, "Bob") == ("wrap_up", None, 200)
    assert f.tick(220) == set()
    assert f.tick(231) == {"Bob"}
    assert state(f, "Bob") == ("available", None, 230)


def test_callers_join_and_leave() -> None:
    f = AmiFloor()
    f.apply("QueueCallerJoin", {"Uniqueid": "1.1", "Queue": "support"}, 10)
    f.apply("QueueCallerJoin", {"Uniqueid": "1.2", "Queue": "support"}, 11)
    f.apply("QueueCallerAbandon", {"Uniqueid": "1.1", "Queue": "support"}, 20)
    f.apply("QueueCallerLeave", {"Uniqueid": "1.1", "Queue": "support"}, 20)
    assert list(f.waiting) == ["1.2"]


def test_resync_replaces_what_was_missed() -> None:
    f = AmiFloor()
    f.apply("AgentConnect", {"MemberName": "Carol", "Queue": "support"}, 100)
    f.apply("QueueMemberStatus", member("Dave"), 100)
    f.apply("QueueCallerJoin", {"Uniqueid": "9.9", "Queue": "support"}, 100)
    # link down: Carol finished and paused, Dave was removed, the caller left; then QueueStatus
    f.begin_resync()
    f.apply("QueueMember", {"Name": "Carol", "Queue": "support", "Paused": "1",
                            "PausedReason": "Lunch", "InCall": "0", "LastPause": "150"}, 300)
    f.apply("QueueMember", {"Name": "Erin", "Queue": "complaints", "Paused": "0",
                            "InCall": "1"}, 300)
    f.apply("QueueEntry", {"Uniqueid": "7.7", "Queue": "complaints", "Wait": "12"}, 300)
    assert f.resyncing
    changed = f.end_resync(300)
    assert changed == {"Dave"}  # Carol and Erin changed as their items arrived
    assert state(f, "Carol") == ("paused", "Lunch", 150)  # the list says when the pause began
    assert state(f, "Dave") == ("logged_out", None, 300)
    assert state(f, "Erin")[0] == "on_call"
    assert f.waiting == {"7.7": ("complaints", 288)}


def test_overlay_and_merge_rules() -> None:
    f = AmiFloor()
    f.apply("QueueMemberStatus", member("Alice"), 100)
    f.apply("AgentConnect", {"MemberName": "Bob", "Queue": "support"}, 200)
    f.apply("QueueMemberPause", member("Carol", paused="1", reason="Break"), 150)
    f.apply("QueueMemberStatus", member("Zed"), 90)
    overlay = f.overlay(connected=True, heartbeat=1000)
    queue_log = {
        "Alice": ("available", None, 50),  # agrees: the record's start time is kept
        "Bob": ("available", None, 120),  # queue_log lags: AMI's newer change wins
        "Carol": ("available", None, 160),  # queue_log saw a later change: it wins
    }
    merged = merge_states(queue_log, [overlay], now=1010)
    assert merged["Alice"] == ("available", None, 50)
    assert merged["Bob"] == ("on_call", None, 200)
    assert merged["Carol"] == ("available", None, 160)
    assert merged["Zed"] == ("available", None, 90)  # only AMI knows Zed yet
    # a link that is down, or silent too long, does not count
    down = f.overlay(connected=False, heartbeat=1000)
    assert merge_states(queue_log, [down], now=1010) == queue_log
    assert merge_states(queue_log, [overlay], now=1000 + HEARTBEAT_STALE_SECONDS + 1) == queue_log


def test_equal_second_goes_to_queue_log() -> None:
    overlay = {"connected": True, "heartbeat": 100, "agents": {"A": ["available", None, 100]}}
    assert merge_states({"A": ("wrap_up", None, 100)}, [overlay], 100)["A"][0] == "wrap_up"


def test_event_time_prefers_asterisk_timestamp() -> None:
    assert event_time({"Timestamp": "1795421196.397569"}, 5.0) == 1795421196.397569
    assert event_time({}, 5.0) == 5.0
    assert event_time({"Timestamp": "garbage"}, 5.0) == 5.0


# ---------------------------------------------------------------------- per queue


def test_a_pause_in_one_queue_leaves_the_agent_available() -> None:
    f = AmiFloor()
    f.apply("QueueMemberStatus", member("Erin", "support"), 100)
    f.apply("QueueMemberStatus", member("Erin", "complaints"), 100)
    f.apply("QueueMemberPause", member("Erin", "support", paused="1", reason="Coaching"), 110)
    assert state(f, "Erin") == ("available", None, 100)
    assert f.agents["Erin"].members() == {"support": [True, "Coaching", False],
                                          "complaints": [False, None, False]}
    f.apply("QueueMemberPause", member("Erin", "complaints", paused="1", reason="Lunch"), 120)
    assert state(f, "Erin") == ("paused", "Lunch", 120)  # paused everywhere: the latest reason
    f.apply("QueueMemberPause", member("Erin", "support"), 130)
    assert state(f, "Erin") == ("available", None, 130)


def test_a_call_in_one_queue_is_in_call_in_every_queue_and_ends_with_the_call() -> None:
    f = AmiFloor()
    f.apply("QueueMemberStatus", member("Erin", "support"), 100)
    f.apply("QueueMemberStatus", member("Erin", "complaints"), 100)
    f.apply("AgentConnect", {"MemberName": "Erin", "Queue": "complaints"}, 110)
    # the device is in use: Asterisk sends a status for each queue, InCall only in complaints;
    # it offers her no support call either (ringinuse = no), so support counts her in a call
    f.apply("QueueMemberStatus", member("Erin", "support", in_call="0", Status="2"), 111)
    f.apply("QueueMemberStatus", member("Erin", "complaints", in_call="1", Status="2"), 111)
    assert state(f, "Erin") == ("on_call", None, 110)
    assert f.agents["Erin"].members()["complaints"] == [False, None, True]
    assert f.agents["Erin"].members()["support"] == [False, None, True]
    # the call ends: the device is free again in both queues, then the AgentComplete
    f.apply("QueueMemberStatus", member("Erin", "support", Status="1"), 150)
    f.apply("QueueMemberStatus", member("Erin", "complaints", Status="1"), 150)
    f.apply("AgentComplete", {"MemberName": "Erin", "Queue": "complaints"}, 150)
    assert state(f, "Erin") == ("available", None, 150)
    assert f.agents["Erin"].members() == {"support": [False, None, False],
                                          "complaints": [False, None, False]}


def test_a_busy_device_is_in_call_everywhere_even_removed_from_the_calls_queue() -> None:
    f = AmiFloor()
    for queue in ("support", "complaints"):
        f.apply("QueueMemberStatus", member("Ivan", queue), 100)
    f.apply("AgentCalled", {"MemberName": "Ivan", "Queue": "support"}, 101)
    f.apply("AgentConnect", {"MemberName": "Ivan", "Queue": "support"}, 103)
    f.apply("QueueMemberStatus", member("Ivan", "complaints", Status="2"), 103)
    f.apply("QueueMemberRemoved", {"MemberName": "Ivan", "Queue": "support"}, 104)
    # Asterisk: complaints InCall=0 but Status=2, so not available in complaints
    assert f.agents["Ivan"].members() == {"complaints": [False, None, True]}
    assert state(f, "Ivan")[0] == "on_call"


def test_only_being_offered_a_call_means_membership() -> None:
    """Asterisk sends the call's AgentComplete also after a QueueMemberRemoved during the
    call: it must not make the agent a member of that queue again (nor AgentConnect,
    AgentRingNoAnswer, AgentDump)."""
    f = AmiFloor()
    for queue in ("support", "complaints"):
        f.apply("QueueMemberStatus", member("Ivan", queue), 100)
    f.apply("AgentCalled", {"MemberName": "Ivan", "Queue": "support"}, 101)
    f.apply("AgentConnect", {"MemberName": "Ivan", "Queue": "support"}, 103)
    f.apply("QueueMemberStatus", member("Ivan", "complaints", Status="2"), 103)
    f.apply("QueueMemberRemoved", {"MemberName": "Ivan", "Queue": "support"}, 104)
    f.apply("QueueMemberStatus", member("Ivan", "complaints"), 130)  # device free again
    f.apply("AgentComplete", {"MemberName": "Ivan", "Queue": "support"}, 130)
    assert set(f.agents["Ivan"].queues) == {"complaints"}
    assert state(f, "Ivan") == ("available", None, 130)
    for event in ("AgentConnect", "AgentRingNoAnswer", "AgentDump", "AgentComplete"):
        g = AmiFloor()
        g.apply(event, {"MemberName": "Judy", "Queue": "sales"}, 200)
        assert "sales" not in g.agents["Judy"].queues, event
    g = AmiFloor()
    g.apply("AgentCalled", {"MemberName": "Judy", "Queue": "sales"}, 200)
    assert set(g.agents["Judy"].queues) == {"sales"}


def test_resync_logs_out_per_queue_the_members_not_listed() -> None:
    f = AmiFloor()
    for name, queue in [("Erin", "support"), ("Erin", "complaints"), ("Bob", "support")]:
        f.apply("QueueMemberStatus", member(name, queue), 100)
    f.begin_resync()
    f.apply("QueueMember", {"Name": "Erin", "Queue": "support", "Paused": "1",
                            "PausedReason": "Coaching", "InCall": "0", "Status": "1",
                            "Location": "Local/agent105@agents/n",
                            "StateInterface": "Local/agent105@agents",
                            "Membership": "static"}, 200)
    changed = f.end_resync(200)
    assert changed == {"Erin", "Bob"}
    assert f.agents["Erin"].members() == {"support": [True, "Coaching", False]}
    assert state(f, "Erin") == ("paused", "Coaching", 200)
    assert state(f, "Bob") == ("logged_out", None, 200)
    assert [(m.queue, m.name, m.paused, m.reason) for m in f.listing] == [
        ("support", "Erin", True, "Coaching")]
    assert f.interfaces == {"Local/agent105@agents/n": "Erin",
                            "Local/agent105@agents": "Erin"}
    overlay = f.overlay(True, 200)
    assert overlay["v"] == 2 and overlay["members"] == {
        "Erin": {"support": [True, "Coaching", False]}}


def test_queuememberadded_teaches_the_interface_of_a_dynamic_member() -> None:
    f = AmiFloor()
    f.apply("QueueMemberAdded", {"Queue": "support", "MemberName": "Ivan",
                                 "Interface": "Local/agent109@agents/n",
                                 "StateInterface": "Local/agent109@agents", "Paused": "0",
                                 "Membership": "dynamic", "InCall": "0", "Status": "1"}, 300)
    assert f.interfaces["Local/agent109@agents/n"] == "Ivan"
    assert state(f, "Ivan") == ("available", None, 300)


def test_merge_members_takes_the_newer_picture_per_agent() -> None:
    from console.domain.ami_state import merge_members

    queue_log = {"Erin": {"support": (True, "Coaching", False),
                          "complaints": (False, None, False)},
                 "Bob": {"support": (False, None, False)}}
    since = {"Erin": 100, "Bob": 300}
    overlay = {"connected": True, "heartbeat": 1000,
               "agents": {"Erin": ["available", None, 200], "Bob": ["logged_out", None, 250]},
               "members": {"Erin": {"support": [False, None, False]}}}
    merged = merge_members(queue_log, since, [overlay], 1000)
    assert merged["Erin"] == {"support": (False, None, False)}  # AMI newer: its queues
    assert merged["Bob"] == {"support": (False, None, False)}  # queue_log newer
    stale = dict(overlay, heartbeat=1000 - HEARTBEAT_STALE_SECONDS - 1)
    assert merge_members(queue_log, since, [stale], 1000) == queue_log


def test_a_fresh_links_list_logs_out_members_it_never_saw() -> None:
    from console.domain.ami_state import merge_members

    f = AmiFloor()  # started after Bob and Ivan had left: it never heard of them
    f.begin_resync()
    f.apply("QueueMember", {"Name": "Erin", "Queue": "support", "Paused": "0", "InCall": "0",
                            "Status": "1"}, 500)
    f.end_resync(500)
    overlay = f.overlay(True, 500)
    queue_log = {"Erin": ("available", None, 100), "Bob": ("available", None, 200),
                 "Carol": ("available", None, 600)}
    merged = merge_states(queue_log, [overlay], 510)
    assert merged["Bob"] == ("logged_out", None, 500)
    assert merged["Carol"] == ("available", None, 600)  # queue_log saw her after the list
    members = merge_members({"Bob": {"support": (False, None, False)}}, {"Bob": 200},
                            [overlay], 510)
    assert members["Bob"] == {}
