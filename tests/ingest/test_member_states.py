"""Per-queue agent states in the queue_log derivation, from real-format lines (Asterisk 22's
app_queue.c and what the real PBX wrote, /work/notes/asterisk-findings.md)."""

from __future__ import annotations

import json

from console.domain.floor_state import FloorState
from console.domain.membership import ListedMember, QueueMember, overall_state
from tests.ingest.test_floor_state import Floor

IVAN = "Local/agent109@agents/n"
JUDY = "Local/agent110@agents/n"


def queues(f: Floor, agent: str) -> dict[str, tuple]:
    """The agent's open per-queue rows: queue -> (paused, reason, on a call from there)."""
    a = f.fs.agents.get(agent)
    return {i.queue: (i.paused, i.reason,
                      bool(a and a.on_call and a.call_queue == i.queue))
            for i in f.fs.open_members.values() if i.agent == agent}


def member_timeline(f: Floor, agent: str, queue: str) -> list[tuple]:
    """The stored per-queue rows (paused, reason, start, end); calls are the calls table's."""
    rows = sorted((i for i in f.members.values() if i.agent == agent and i.queue == queue),
                  key=lambda i: i.id)
    return [(i.paused, i.reason, i.start_ts, i.end_ts) for i in rows]


class MFloor(Floor):
    """Floor that also keeps the per-queue rows."""

    def __init__(self, *a, **kw) -> None:
        super().__init__(*a, **kw)
        self.members: dict = {}

    def collect(self) -> None:
        ch = self.fs._changes
        self.members.update({k: _copy(v) for k, v in ch.members.items()})
        super().collect()


def _copy(interval):
    from dataclasses import replace

    return replace(interval)


# -------------------------------------------------------------------- a pause is per queue


def test_paused_in_support_only_stays_available_and_takes_complaints_calls():
    f = MFloor().feed(
        "1000|c0|support|Erin|RINGNOANSWER|15000",
        "1001|c1|complaints|Erin|RINGNOANSWER|15000",
        "1010|NONE|support|Erin|PAUSE|Coaching",
        "1020|c2|complaints|NONE|ENTERQUEUE||+15550002|1",
        "1025|c2|complaints|Erin|CONNECT|5|c2b|2",
        "1085|c2|complaints|Erin|COMPLETECALLER|5|60|1",
    )
    assert f.timeline("Erin") == [
        ("available", None, 1000, 1025),  # the support pause leaves her free for complaints
        ("on_call", None, 1025, 1085),
        ("available", None, 1085, None),
    ]
    assert queues(f, "Erin") == {"support": (True, "Coaching", False),
                                 "complaints": (False, None, False)}
    assert member_timeline(f, "Erin", "complaints") == [(False, None, 1001, None)]


def test_unpaused_in_complaints_only_while_still_paused_in_support():
    f = MFloor().feed(
        "1000|NONE|support|Frank|PAUSE|Lunch",
        "1000|NONE|complaints|Frank|PAUSE|Lunch",
        "1100|NONE|complaints|Frank|UNPAUSE|",
        "1200|NONE|support|Frank|UNPAUSE|",
    )
    assert f.timeline("Frank") == [
        ("paused", "Lunch", 1000, 1100),  # paused in every queue: paused
        ("available", None, 1100, None),  # free in complaints: can take a call
    ]
    assert member_timeline(f, "Frank", "support") == [
        (True, "Lunch", 1000, 1200), (False, None, 1200, None)]


def test_pauseall_then_per_queue_lines_as_asterisk_22_writes_them():
    f = MFloor().feed(
        "1000|c0|support|Alice|RINGNOANSWER|15000",
        "1001|c1|complaints|Alice|RINGNOANSWER|15000",
        "1240|NONE|NONE|Alice|PAUSEALL|Break",
        "1240|NONE|support|Alice|PAUSE|Break",
        "1240|NONE|complaints|Alice|PAUSE|Break",
        "1495|NONE|NONE|Alice|UNPAUSEALL|Back from break",
        "1495|NONE|support|Alice|UNPAUSE|Back from break",
        "1495|NONE|complaints|Alice|UNPAUSE|Back from break",
    )
    assert f.timeline("Alice") == [("available", None, 1000, 1240),
                                   ("paused", "Break", 1240, 1495),
                                   ("available", None, 1495, None)]
    assert member_timeline(f, "Alice", "complaints") == [
        (False, None, 1001, 1240), (True, "Break", 1240, 1495), (False, None, 1495, None)]


def test_pauseall_alone_pauses_every_known_queue():
    f = MFloor().feed(
        "1000|c0|support|Alice|RINGNOANSWER|15000",
        "1001|c1|complaints|Alice|RINGNOANSWER|15000",
        "1240|NONE|NONE|Alice|PAUSEALL|Break",
    )
    assert queues(f, "Alice") == {"support": (True, "Break", False),
                                  "complaints": (True, "Break", False)}
    assert f.timeline("Alice")[-1] == ("paused", "Break", 1240, None)


def test_overall_reason_is_the_latest_pause():
    a = QueueMember(paused=True, reason="Lunch", paused_at=10)
    b = QueueMember(paused=True, reason="Coaching", paused_at=20)
    assert overall_state({"support": a, "complaints": b}, on_call=False, wrapping=False,
                         logged_in=True, paused=False, pause_reason=None) == (
        "paused", "Coaching")


# -------------------------------------------------------------------- add / remove


def test_removemember_during_a_call_does_not_come_back_when_the_call_ends():
    f = MFloor(aliases={IVAN: "Ivan"}).feed(
        "1000|MANAGER|support|Local/agent109@agents/n|ADDMEMBER|",
        "1010|c1|support|NONE|ENTERQUEUE||+15550001|1",
        "1012|c1|support|Ivan|CONNECT|2|c1b|1",
        "1030|MANAGER|support|Local/agent109@agents/n|REMOVEMEMBER|",
        "1060|c1|support|Ivan|COMPLETEAGENT|2|48|1",
        "1100|MANAGER|support|Local/agent109@agents/n|ADDMEMBER|",
    )
    assert f.timeline("Ivan") == [
        ("available", None, 1000, 1012),
        ("on_call", None, 1012, 1060),  # the call still ends as a call
        ("logged_out", None, 1060, 1100),  # removed: not available when it ended
        ("available", None, 1100, None),  # until ADDMEMBER
    ]
    assert member_timeline(f, "Ivan", "support") == [
        (False, None, 1000, 1030), (False, None, 1100, None)]


def test_removed_from_one_queue_during_a_call_stays_in_the_other():
    f = MFloor(aliases={IVAN: "Ivan"}).feed(
        "1000|MANAGER|support|Local/agent109@agents/n|ADDMEMBER|",
        "1001|MANAGER|complaints|Local/agent109@agents/n|ADDMEMBER|",
        "1012|c1|support|Ivan|CONNECT|2|c1b|1",
        "1030|MANAGER|support|Local/agent109@agents/n|REMOVEMEMBER|",
        "1060|c1|support|Ivan|COMPLETEAGENT|2|48|1",
    )
    assert f.timeline("Ivan")[-1] == ("available", None, 1060, None)
    assert queues(f, "Ivan") == {"complaints": (False, None, False)}


def test_addmember_paused_is_paused_there_only():
    f = MFloor(aliases={JUDY: "Judy"}).feed(
        "1000|c0|support|Judy|RINGNOANSWER|15000",
        "1335|MANAGER|complaints|Local/agent110@agents/n|ADDMEMBER|PAUSED",
    )
    assert queues(f, "Judy") == {"support": (False, None, False),
                                 "complaints": (True, None, False)}
    assert f.timeline("Judy") == [("available", None, 1000, None)]


# -------------------------------------------------------------------- interfaces


def test_an_unmapped_interface_is_never_an_agent_and_merges_once_mapped():
    f = MFloor().feed(
        "1295|MANAGER|support|Local/agent109@agents/n|ADDMEMBER|",
        "1300|c1|support|Ivan|CONNECT|2|c1b|1",
    )
    assert IVAN not in f.fs.agents and f.timeline(IVAN) == []
    assert queues(f, IVAN) == {"support": (False, None, False)}
    assert [i.resolved for i in f.fs.open_members.values() if i.agent == IVAN] == [False]
    f.fs.learn_aliases({IVAN: "Ivan"}, 1310)  # from AMI QueueMemberAdded or the roster
    f.collect()
    assert queues(f, IVAN) == {}
    assert IVAN not in f.fs.unresolved
    assert queues(f, "Ivan") == {"support": (False, None, True)}
    # the interface's stored row is closed where the name became known
    assert member_timeline(f, IVAN, "support") == [(False, None, 1295, 1310)]


def test_removing_an_unmapped_interface_ends_its_row():
    f = MFloor().feed(
        "1295|MANAGER|support|Local/agent109@agents/n|ADDMEMBER|",
        "1400|MANAGER|support|Local/agent109@agents/n|REMOVEMEMBER|",
    )
    assert f.fs.unresolved == {}
    assert member_timeline(f, IVAN, "support") == [(False, None, 1295, 1400)]


def test_a_member_named_by_its_interface_is_that_person_once_a_call_names_it():
    # `member => PJSIP/1001` with no member name: queue_log writes the interface everywhere
    f = MFloor().feed(
        "1000|MANAGER|support|PJSIP/1001|ADDMEMBER|",
        "1010|c1|support|PJSIP/1001|CONNECT|2|c1b|1",
    )
    assert f.fs.unresolved == {}
    assert f.timeline("PJSIP/1001") == [("on_call", None, 1010, None)]
    assert queues(f, "PJSIP/1001") == {"support": (False, None, True)}


def test_agentlogin_maps_the_interface():
    f = MFloor().feed(
        "1000|MANAGER|support|SIP/1001|ADDMEMBER|",
        "1005|1.1|NONE|Agent/1001|AGENTLOGIN|SIP/1001",
    )
    assert f.fs.unresolved == {}
    assert queues(f, "Agent/1001") == {"support": (False, None, False)}


# -------------------------------------------------------------------- restarts and reloads


RESTART = [
    "1000|c0|support|Alice|RINGNOANSWER|15000",
    "1001|MANAGER|support|Local/agent109@agents/n|ADDMEMBER|",
    "1002|MANAGER|complaints|Local/agent109@agents/n|ADDMEMBER|",
    "1010|NONE|support|Alice|PAUSE|meeting",
    "1020|NONE|support|Ivan|PAUSE|coaching",
    "1030|c1|complaints|NONE|ENTERQUEUE||+15550001|1",
    "1031|c1|complaints|Ivan|CONNECT|1|c1b|1",
    # `core restart now`: Asterisk ends the calls, then the logger writes QUEUESTART
    "1100|c1|complaints|Ivan|COMPLETEAGENT|1|69|1",
    "1102|NONE|NONE|NONE|QUEUESTART|",
]


def test_queuestart_ends_static_pauses_and_dynamic_members():
    f = MFloor(aliases={IVAN: "Ivan"}).feed(*RESTART)
    assert f.timeline("Alice")[-2:] == [("paused", "meeting", 1010, 1102),
                                       ("available", None, 1102, None)]
    assert f.timeline("Ivan")[-1] == ("logged_out", None, 1102, None)
    assert queues(f, "Ivan") == {}
    assert member_timeline(f, "Ivan", "support")[-1][-1] == 1102


def test_queuestart_with_persistent_members_restores_them_with_their_pauses():
    f = MFloor(aliases={IVAN: "Ivan"}, persistent_members=True).feed(*RESTART)
    assert queues(f, "Ivan") == {"support": (True, "coaching", False),
                                 "complaints": (False, None, False)}
    assert queues(f, "Alice") == {"support": (False, None, False)}


def test_queuestart_closes_calls_in_progress():
    f = MFloor().feed(
        "1030|c1|complaints|NONE|ENTERQUEUE||+15550001|1",
        "1031|c1|complaints|Grace|CONNECT|1|c1b|1",
        "1102|NONE|NONE|NONE|QUEUESTART|",
    )
    assert f.timeline("Grace") == [("on_call", None, 1031, 1102),
                                   ("available", None, 1102, None)]


def test_configreload_keeps_members_and_pauses():
    f = MFloor(aliases={IVAN: "Ivan"}).feed(*RESTART[:5], "1050|NONE|NONE|NONE|CONFIGRELOAD|")
    assert queues(f, "Ivan") == {"support": (True, "coaching", False),
                                 "complaints": (False, None, False)}
    assert queues(f, "Alice") == {"support": (True, "meeting", False)}


# -------------------------------------------------------------------- AMI QueueStatus answers


def listed(queue: str, name: str, paused: bool = False, reason: str = "",
           iface: str = "", dynamic: bool = False) -> ListedMember:
    iface = iface or f"Local/{name.lower()}@agents/n"
    return ListedMember(queue, name, iface, iface.removesuffix("/n"), dynamic, paused,
                        reason or None)


def test_a_queuestatus_answer_logs_out_members_it_does_not_list_per_queue():
    f = MFloor().feed(
        "1000|c0|support|Erin|RINGNOANSWER|15000",
        "1001|c1|complaints|Erin|RINGNOANSWER|15000",
        "1002|c2|support|Bob|RINGNOANSWER|15000",
    )
    f.fs.add_snapshot(1, 1500.5, [listed("support", "Erin", True, "Coaching")])
    f.feed("1500|c3|support|Carol|RINGNOANSWER|15000")  # the same second: the log goes first
    assert "Carol" in f.fs.agents and f.fs.snapshot_id == 0
    f.feed("1501|c4|support|Carol|RINGNOANSWER|15000")
    assert f.fs.snapshot_id == 1
    assert queues(f, "Erin") == {"support": (True, "Coaching", False)}
    assert queues(f, "Bob") == {} and f.timeline("Bob")[-1] == ("logged_out", None, 1500, None)
    assert f.timeline("Erin")[-1] == ("paused", "Coaching", 1500, None)
    assert member_timeline(f, "Erin", "complaints")[-1][-1] == 1500
    # Carol's ring after the answer shows she is (again) a member of support
    assert queues(f, "Carol") == {"support": (False, None, False)}


def test_a_queuestatus_answer_after_a_restart_brings_restored_members_back():
    f = MFloor(aliases={IVAN: "Ivan"}).feed(*RESTART)
    assert queues(f, "Ivan") == {}
    f.fs.add_snapshot(7, 1105, [
        listed("support", "Alice"),
        listed("support", "Ivan", True, "coaching", iface=IVAN, dynamic=True),
        listed("complaints", "Ivan", iface=IVAN, dynamic=True)])
    f.feed("1110|c9|support|Alice|RINGNOANSWER|15000")
    assert queues(f, "Ivan") == {"support": (True, "coaching", False),
                                 "complaints": (False, None, False)}
    assert f.timeline("Ivan")[-1] == ("available", None, 1105, None)
    assert f.fs.agents["Ivan"].queues["support"].dynamic


def test_a_queuestatus_answer_names_unresolved_interfaces():
    f = MFloor().feed("1335|MANAGER|complaints|Local/agent110@agents/n|ADDMEMBER|PAUSED")
    f.fs.apply_snapshot(1340, [listed("complaints", "Judy", True, "Logging in", iface=JUDY,
                                      dynamic=True)])
    f.collect()
    assert f.fs.unresolved == {}
    assert queues(f, "Judy") == {"complaints": (True, "Logging in", False)}
    assert f.fs.aliases[JUDY] == "Judy"


def test_saved_state_keeps_unresolved_members_and_per_queue_rows():
    f = MFloor().feed(*RESTART[:6], "1295|MANAGER|support|Local/agent200@agents/n|ADDMEMBER|")
    f.fs.snapshot_id = 3
    restored = FloorState.from_dict(json.loads(json.dumps(f.fs.to_dict())))
    assert restored.to_dict() == f.fs.to_dict()
    assert "Local/agent200@agents/n" in restored.unresolved
    assert restored.agents["Alice"].queues["support"].reason == "meeting"
    assert restored.snapshot_id == 3
