"""FloorState: calls and agent-state intervals derived from hand-written queue_log sequences,
and from the whole real Asterisk 22 capture."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from itertools import pairwise
from pathlib import Path

import pytest

from console.domain import kpi
from console.domain.events import QueueEvent
from console.domain.floor_state import (
    STALE_CALL_SECONDS,
    CallRecord,
    FloorState,
    StateInterval,
)
from console.ingest.queue_log import parse_line

IFACE = "Local/agent109@agents/n"


def ev(line: str, line_no: int = 0) -> QueueEvent:
    parsed = parse_line(line, line_no)
    assert isinstance(parsed, QueueEvent), parsed
    return parsed


class Floor:
    """Feeds lines to a FloorState and keeps every row it emitted (latest version per id)."""

    def __init__(self, state: FloorState | None = None, **kw) -> None:
        self.fs = state or FloorState(**kw)
        self.calls: dict[int, CallRecord] = {}
        self.intervals: dict[int, StateInterval] = {}
        self.rings: list[tuple] = []
        self.flags: list[tuple] = []
        self.agents: set[str] = set()
        self.unknown = 0
        self.line_no = 0

    def feed(self, *lines: str) -> Floor:
        for line in lines:
            self.line_no += 1
            self.fs.apply(ev(line, self.line_no))
            self.collect()
        return self

    def collect(self) -> None:
        ch = self.fs.take_changes()
        self.calls.update({k: replace(v) for k, v in ch.calls.items()})
        self.intervals.update({k: replace(v) for k, v in ch.intervals.items()})
        self.rings += ch.rings
        self.flags += ch.flags
        self.agents |= ch.agents
        self.unknown += ch.unknown_events

    def call(self, callid: str, queue: str = "support") -> CallRecord:
        found = [c for c in self.calls.values() if c.callid == callid and c.queue == queue]
        assert len(found) == 1, found
        return found[0]

    def timeline(self, agent: str) -> list[tuple]:
        rows = sorted((i for i in self.intervals.values() if i.agent == agent), key=lambda i: i.id)
        return [(i.state, i.reason, i.start_ts, i.end_ts) for i in rows]


# ---------------------------------------------------------------------------------- calls


def test_enter_connect_complete_sets_hold_ring_and_talk():
    f = Floor().feed(
        "1000|c1|support|NONE|ENTERQUEUE||+15550001|1",
        "1012|c1|support|Alice|CONNECT|12|c1b|3",  # hold 12 s, rang 3 s (seconds)
    )
    c = f.call("c1")
    assert (c.enter_ts, c.caller, c.position) == (1000, "+15550001", 1)
    assert (c.outcome, c.agent, c.connect_ts, c.hold_s, c.ring_s) == (
        kpi.CONNECTED, "Alice", 1012, 12, 3)
    assert c.end_ts is None and c.talk_s is None

    f.feed("1100|c1|support|Alice|COMPLETECALLER|12|88|1")
    c = f.call("c1")
    assert (c.outcome, c.talk_s, c.end_ts, c.hold_s, c.connect_ts) == (
        kpi.COMPLETED_CALLER, 88, 1100, 12, 1012)
    assert f.fs.open_calls == {}


def test_completeagent_outcome():
    f = Floor().feed(
        "1000|c1|support|NONE|ENTERQUEUE||+15550001|1",
        "1005|c1|support|Bob|CONNECT|5|c1b|1",
        "1065|c1|support|Bob|COMPLETEAGENT|5|60|1",
    )
    c = f.call("c1")
    assert (c.outcome, c.agent, c.hold_s, c.talk_s) == (kpi.COMPLETED_AGENT, "Bob", 5, 60)


def test_connect_without_enterqueue_backdates_the_entry():
    # the reader started mid-call: the CONNECT line carries the wait
    f = Floor().feed("1012|c1|support|Alice|CONNECT|12|c1b|3")
    c = f.call("c1")
    assert (c.enter_ts, c.connect_ts, c.hold_s, c.ring_s) == (1000, 1012, 12, 3)


def test_complete_without_earlier_lines_rebuilds_the_call():
    f = Floor().feed("1100|c1|support|Alice|COMPLETEAGENT|12|88|1")
    c = f.call("c1")
    # entered at 1100 - 88 - 12 = 1000, answered at 1100 - 88 = 1012
    assert (c.enter_ts, c.connect_ts, c.end_ts, c.hold_s, c.talk_s) == (1000, 1012, 1100, 12, 88)
    assert c.outcome == kpi.COMPLETED_AGENT


@pytest.mark.parametrize(
    ("event", "data"),
    [
        ("BLINDTRANSFER", "2000|transfer|12|40|3"),  # extension|context|hold|calltime|pos
        ("TRANSFER", "2000|transfer|12|40|3"),  # Asterisk 1.x, same layout
        ("ATTENDEDTRANSFER", "BRIDGE|5a1c-bridge|12|40|3"),  # app_queue.c: BRIDGE|bridge|...
        ("ATTENDEDTRANSFER", "APP|Playback|12|40|3"),  # APP|app|...
        ("ATTENDEDTRANSFER", "LINK|Local/a@x-1;1|Local/b@x-1;2|12|40|3"),  # LINK|chan|chan|...
    ],
)
def test_transfer_variants_take_hold_and_talk_from_their_own_layout(event, data):
    # no ENTERQUEUE/CONNECT seen, so the hold time can only come from the transfer line
    f = Floor().feed(f"1100|c1|support|Grace|{event}|{data}")
    c = f.call("c1")
    assert (c.outcome, c.hold_s, c.talk_s, c.end_ts, c.agent) == (
        kpi.TRANSFERRED, 12, 40, 1100, "Grace")
    assert (c.enter_ts, c.connect_ts) == (1100 - 40 - 12, 1100 - 40)


def test_transfer_after_connect_keeps_the_connect_hold():
    f = Floor().feed(
        "1000|c1|complaints|NONE|ENTERQUEUE||+15550001|1",
        "1012|c1|complaints|Grace|CONNECT|12|c1b|4",
        "1023|c1|complaints|Grace|BLINDTRANSFER|2000|transfer|12|11|3",
    )
    c = f.call("c1", "complaints")
    assert (c.outcome, c.hold_s, c.talk_s, c.ring_s, c.end_ts) == (
        kpi.TRANSFERRED, 12, 11, 4, 1023)


@pytest.mark.parametrize(
    ("event", "data", "outcome", "wait"),
    [
        ("ABANDON", "2|3|12", kpi.ABANDONED, 12),  # pos|origpos|wait
        ("EXITWITHTIMEOUT", "1|4|39", kpi.EXIT_TIMEOUT, 39),  # pos|origpos|wait
        ("EXITEMPTY", "1|1|10", kpi.EXIT_EMPTY, 10),  # pos|origpos|wait
        ("EXITWITHKEY", "0|1|1|15", kpi.EXIT_KEY, 15),  # key|pos|origpos|wait
        ("WITHDRAW", "1|3|16|moved_to_callback_list", kpi.WITHDRAWN, 16),  # pos|origpos|wait|why
    ],
)
def test_callers_leaving_the_queue_record_their_wait(event, data, outcome, wait):
    f = Floor().feed(
        "1000|c1|support|NONE|ENTERQUEUE||+15550001|2", f"1050|c1|support|NONE|{event}|{data}")
    c = f.call("c1")
    assert (c.outcome, c.hold_s, c.enter_ts, c.end_ts, c.agent, c.talk_s) == (
        outcome, wait, 1000, 1050, None, None)
    # without the ENTERQUEUE line the entry is worked out from the wait
    g = Floor().feed(f"1050|c1|support|NONE|{event}|{data}")
    assert (g.call("c1").enter_ts, g.call("c1").hold_s) == (1050 - wait, wait)


def test_ringnoanswer_is_a_missed_ring_in_milliseconds_ringcanceled_is_not():
    f = Floor(aliases={IFACE: "Ivan"}).feed(
        "1000|c1|support|NONE|ENTERQUEUE||+15550001|1",
        "1015|c1|support|Carol|RINGNOANSWER|15000",
        "1020|c1|support|Local/agent109@agents/n|RINGNOANSWER|4490",
        "1021|c1|support|Heidi|RINGCANCELED|1500",
        "1021|c1|support|NONE|ABANDON|1|1|21",
    )
    assert f.rings == [
        (1015, "c1", "support", "Carol", 15000, "noanswer"),
        (1020, "c1", "support", "Ivan", 4490, "noanswer"),
        (1021, "c1", "support", "Heidi", 1500, "canceled"),
    ]
    assert f.call("c1").outcome == kpi.ABANDONED


def test_a_ring_shows_the_agent_available():
    # a static member is first seen when a call rings them: they are logged in and free
    f = Floor().feed(
        "1015|c1|support|Carol|RINGNOANSWER|15000",
        "1029|c2|support|Carol|CONNECT|3|c2b|3",
    )
    assert f.timeline("Carol") == [("available", None, 1015, 1029), ("on_call", None, 1029, None)]


def test_same_uniqueid_entering_again_makes_a_second_call_and_closes_the_first_as_lost():
    f = Floor().feed(
        "1000|c1|support|NONE|ENTERQUEUE||+15550001|1",
        "1050|c1|support|NONE|ENTERQUEUE||+15550001|1",  # after a dialplan reload
        "1060|c1|support|Bob|CONNECT|10|c1b|2",
        "1100|c1|support|Bob|COMPLETECALLER|10|40|1",
    )
    rows = sorted(f.calls.values(), key=lambda c: c.id)
    assert len(rows) == 2
    first, second = rows
    assert (first.outcome, first.enter_ts, first.end_ts, first.agent) == (
        kpi.LOST, 1000, 1050, None)
    assert (second.outcome, second.enter_ts, second.connect_ts, second.end_ts) == (
        kpi.COMPLETED_CALLER, 1050, 1060, 1100)
    assert (second.hold_s, second.talk_s) == (10, 40)


def test_same_uniqueid_in_two_queues_is_two_calls():
    f = Floor().feed(
        "1000|c1|support|NONE|ENTERQUEUE||+15550001|1",
        "1010|c1|support|NONE|EXITWITHKEY|2|1|1|10",
        "1011|c1|complaints|NONE|ENTERQUEUE||+15550001|1",
    )
    assert f.call("c1", "support").outcome == kpi.EXIT_KEY
    assert f.call("c1", "complaints").outcome == kpi.WAITING


def test_call_whose_end_never_arrives_goes_lost_after_the_stale_limit():
    f = Floor().feed(
        "1000|c1|support|NONE|ENTERQUEUE||+15550001|1",
        "1010|c2|support|NONE|ENTERQUEUE||+15550002|2",
        "1020|c2|support|Dave|CONNECT|10|c2b|1",
    )
    f.fs.sweep_stale(1000 + STALE_CALL_SECONDS)  # exactly at the limit: still open
    f.collect()
    assert f.call("c1").outcome == kpi.WAITING
    f.fs.sweep_stale(1010 + STALE_CALL_SECONDS + 1)
    f.collect()
    assert (f.call("c1").outcome, f.call("c1").end_ts) == (kpi.LOST, 1000 + STALE_CALL_SECONDS)
    assert (f.call("c2").outcome, f.call("c2").end_ts) == (kpi.LOST, 1010 + STALE_CALL_SECONDS)
    assert f.fs.open_calls == {}
    # the agent of the lost call is free again from the moment it was declared lost
    assert f.timeline("Dave")[-1] == ("available", None, 1010 + STALE_CALL_SECONDS, None)


def test_stale_calls_are_swept_while_reading_without_being_asked():
    f = Floor().feed("1000|c1|support|NONE|ENTERQUEUE||+15550001|1")
    later = 1000 + STALE_CALL_SECONDS + 60
    for i in range(5000):
        f.fs.apply(ev(f"{later + i}|NONE|NONE|NONE|CONFIGRELOAD|"))
    f.collect()
    assert f.call("c1").outcome == kpi.LOST


def test_queuestart_closes_every_open_call_as_lost():
    f = Floor().feed(
        "1000|c1|support|NONE|ENTERQUEUE||+15550001|1",
        "1001|c2|complaints|NONE|ENTERQUEUE||+15550002|1",
        "1003|c2|complaints|Erin|CONNECT|2|c2b|2",
        "1500|NONE|NONE|NONE|QUEUESTART|",
    )
    assert (f.call("c1").outcome, f.call("c1").end_ts) == (kpi.LOST, 1500)
    assert (f.call("c2", "complaints").outcome, f.call("c2", "complaints").end_ts) == (
        kpi.LOST, 1500)
    assert f.fs.open_calls == {}
    assert f.timeline("Erin") == [("on_call", None, 1003, 1500), ("available", None, 1500, None)]


# ---------------------------------------------------------------------------------- agents


def test_available_on_call_available():
    f = Floor().feed(
        "900|c0|NONE|Alice|AGENTLOGIN|SIP/1001-0000000a",
        "1000|c1|support|NONE|ENTERQUEUE||+15550001|1",
        "1012|c1|support|Alice|CONNECT|12|c1b|3",
        "1100|c1|support|Alice|COMPLETEAGENT|12|88|1",
    )
    assert f.timeline("Alice") == [
        ("available", None, 900, 1012),
        ("on_call", None, 1012, 1100),
        ("available", None, 1100, None),
    ]
    assert "Alice" in f.agents


def test_pause_with_reason_then_unpause():
    f = Floor().feed(
        "900|NONE|support|Alice|UNPAUSE|",
        "1200|NONE|support|Alice|PAUSE|Lunch",
        "1500|NONE|support|Alice|UNPAUSE|Back",
    )
    assert f.timeline("Alice") == [
        ("available", None, 900, 1200),
        ("paused", "Lunch", 1200, 1500),
        ("available", None, 1500, None),
    ]


def test_pauseall_followed_by_per_queue_pauses_is_one_interval():
    f = Floor().feed(
        "1240|NONE|NONE|Alice|PAUSEALL|Break",
        "1240|NONE|support|Alice|PAUSE|Break",
        "1240|NONE|complaints|Alice|PAUSE|Break",
        "1495|NONE|NONE|Alice|UNPAUSEALL|Back from break",
        "1495|NONE|support|Alice|UNPAUSE|Back from break",
    )
    assert f.timeline("Alice") == [("paused", "Break", 1240, 1495), ("available", None, 1495, None)]


def test_pause_while_on_call_shows_on_call_then_paused():
    f = Floor().feed(
        "1000|c1|complaints|NONE|ENTERQUEUE||+15550001|1",
        "1010|c1|complaints|Grace|CONNECT|10|c1b|2",
        "1050|NONE|complaints|Grace|PAUSE|Lunch",
        "1100|c1|complaints|Grace|COMPLETECALLER|10|90|1",
    )
    assert f.timeline("Grace") == [("on_call", None, 1010, 1100), ("paused", "Lunch", 1100, None)]


@pytest.mark.parametrize("reason", ["Wrap-up", "wrapup", "ACW", "after call work", "后处理"])
def test_wrap_up_pause_reason_counts_as_wrap_up(reason):
    f = Floor().feed(
        "1000|c1|support|Bob|CONNECT|0|c1b|1",
        "1060|c1|support|Bob|COMPLETEAGENT|0|60|1",
        f"1062|NONE|support|Bob|PAUSE|{reason}",
        "1120|NONE|support|Bob|UNPAUSE|",
    )
    assert f.timeline("Bob") == [
        ("on_call", None, 1000, 1060),
        ("available", None, 1060, 1062),
        ("wrap_up", reason, 1062, 1120),
        ("available", None, 1120, None),
    ]


def test_automatic_wrapup_time_ends_where_it_ran_out():
    f = Floor(wrapup_seconds=30).feed(
        "1000|c1|support|Bob|CONNECT|0|c1b|1",
        "1060|c1|support|Bob|COMPLETEAGENT|0|60|1",
        "1200|c2|support|Bob|CONNECT|0|c2b|1",
    )
    assert f.timeline("Bob") == [
        ("on_call", None, 1000, 1060),
        ("wrap_up", None, 1060, 1090),
        ("available", None, 1090, 1200),
        ("on_call", None, 1200, None),
    ]


def test_wrap_up_pause_during_automatic_wrapup_lasts_until_unpaused():
    f = Floor(wrapup_seconds=30).feed(
        "1000|c1|support|Bob|CONNECT|0|c1b|1",
        "1060|c1|support|Bob|COMPLETEAGENT|0|60|1",
        "1065|NONE|support|Bob|PAUSE|Wrap-up",  # the agent needs longer than the 30 s
        "1200|NONE|support|Bob|UNPAUSE|",
    )
    assert f.timeline("Bob") == [
        ("on_call", None, 1000, 1060),
        ("wrap_up", None, 1060, 1065),
        ("wrap_up", "Wrap-up", 1065, 1200),
        ("available", None, 1200, None),
    ]


def test_addmember_by_interface_maps_through_aliases():
    f = Floor(aliases={IFACE: "Ivan"}).feed(
        "1000|MANAGER|support|Local/agent109@agents/n|ADDMEMBER|",
        "1001|MANAGER|complaints|Local/agent109@agents/n|ADDMEMBER|",
        "1010|c1|support|Ivan|CONNECT|3|c1b|1",
        "1050|c1|support|Ivan|COMPLETECALLER|3|40|1",
        "1100|MANAGER|support|Local/agent109@agents/n|REMOVEMEMBER|",
        "1200|MANAGER|complaints|Local/agent109@agents/n|REMOVEMEMBER|",
    )
    assert f.timeline("Ivan") == [
        ("available", None, 1000, 1010),
        ("on_call", None, 1010, 1050),
        ("available", None, 1050, 1200),  # still in complaints after leaving support
        ("logged_out", None, 1200, None),
    ]
    assert f.timeline(IFACE) == []
    assert f.fs.agents["Ivan"].queues == {}


def test_addmember_paused():
    f = Floor(aliases={"Local/agent110@agents/n": "Judy"}).feed(
        "1335|MANAGER|complaints|Local/agent110@agents/n|ADDMEMBER|PAUSED",
        "1385|NONE|complaints|Judy|UNPAUSE|Ready",
    )
    assert f.timeline("Judy") == [("paused", None, 1335, 1385), ("available", None, 1385, None)]


def test_agentlogin_and_agentlogoff():
    f = Floor().feed(
        "1000|1.1|NONE|Agent/1001|AGENTLOGIN|SIP/1001-0000000a",
        "1100|NONE|support|Agent/1001|PAUSE|Break",
        "1200|1.1|NONE|Agent/1001|AGENTLOGOFF|SIP/1001-0000000a|200",
        "1300|1.2|NONE|Agent/1001|AGENTLOGIN|SIP/1001-0000000b",
    )
    assert f.timeline("Agent/1001") == [
        ("available", None, 1000, 1100),
        ("paused", "Break", 1100, 1200),
        ("logged_out", None, 1200, 1300),
        ("available", None, 1300, None),  # logging off cleared the pause
    ]


# ---------------------------------------------------------------------------------- flags


def test_abuseflag_row_carries_the_caller_of_the_open_call():
    f = Floor(aliases={IFACE: "Ivan"}).feed(
        "1000|c1|complaints|NONE|ENTERQUEUE||+16505557656|2",
        "1014|c1|complaints|Frank|CONNECT|14|c1b|2",
        "1034|c1|complaints|Frank|ABUSEFLAG|3|threats|shouting",
        "1040|c2|support|Local/agent109@agents/n|ABUSEFLAG|2|verbal_abuse|profanity",
    )
    # the dialplan's words are kept (raw) and mapped to the console's four categories
    assert f.flags == [
        (1034, "c1", "complaints", "Frank", "+16505557656", 3, "threat", "threats", "shouting",
         "queue_log", 3),
        (1040, "c2", "support", "Ivan", None, 2, "insult_profanity", "verbal_abuse", "profanity",
         "queue_log", 4),
    ]  # fmt: skip


def test_abuseflag_just_after_hangup_still_finds_the_caller():
    f = Floor().feed(
        "1000|c1|complaints|NONE|ENTERQUEUE||+16505557656|2",
        "1014|c1|complaints|Frank|CONNECT|14|c1b|2",
        "1060|c1|complaints|Frank|COMPLETECALLER|14|46|2",
        "1062|c1|complaints|Frank|ABUSEFLAG|1|profanity|after the call",
    )
    assert f.flags[0][4] == "+16505557656"


@pytest.mark.parametrize(("given", "stored"), [("0", 1), ("1", 1), ("3", 3), ("9", 3), ("x", 1)])
def test_abuseflag_severity_is_kept_between_1_and_3(given, stored):
    f = Floor().feed(f"1000|c1|support|Bob|ABUSEFLAG|{given}|insult|")
    assert f.flags[0][5] == stored
    assert f.flags[0][8] is None


def test_abuseflag_note_keeps_its_pipes():
    # QueueLog() writes the note as given; a '|' in it splits it into more fields
    f = Floor().feed("1000|c1|support|Bob|ABUSEFLAG|2|insult|said a|b word")
    assert f.flags[0][7:9] == ("insult", "said a|b word")


def test_unknown_events_are_counted_not_fatal():
    f = Floor().feed(
        "1000|c1|support|Bob|CUSTOMERSURVEY|5",
        "1001|NONE|support|Local/agent106@agents/n|PENALTY|2",  # known, nothing to derive
        "1002|c1|support|Bob|MYEVENT|",
    )
    assert f.unknown == 2
    assert f.calls == {} and f.intervals == {}


# ---------------------------------------------------------------------------------- persistence


def _rows(f: Floor) -> tuple:
    return (
        sorted(c.row() for c in f.calls.values()),
        sorted(i.row() for i in f.intervals.values()),
        list(f.rings),
        list(f.flags),
        f.unknown,
    )


@pytest.mark.parametrize("split", [1, 30, 59, 120, 200, 290, 377])
def test_to_dict_from_dict_round_trip_gives_identical_output(split, asterisk22_log: Path):
    lines = asterisk22_log.read_text().splitlines()
    aliases = {IFACE: "Ivan", "Local/agent110@agents/n": "Judy"}
    a = Floor(wrapup_seconds=5, aliases=aliases).feed(*lines[:split])
    saved = json.loads(json.dumps(a.fs.to_dict()))  # as stored in ingest_sources.state_json
    b = Floor(FloorState.from_dict(saved))
    b.line_no = a.line_no
    head = _rows(a)
    a.feed(*lines[split:])
    b.feed(*lines[split:])
    tail_a = _rows(a)
    tail_b = _rows(b)
    # b only saw the second part: every row it emitted equals a's latest version of that row
    for mine, theirs in zip(tail_b[:2], tail_a[:2], strict=True):
        assert set(mine) <= set(theirs)
    assert tail_b[2] == tail_a[2][len(head[2]):]
    assert tail_b[3] == tail_a[3][len(head[3]):]
    assert a.fs.to_dict() == b.fs.to_dict()


def _old_agent(row: list) -> list:
    """A version 3 agent as versions 1 and 2 stored it: a list of queues, one pause."""
    queues = row[2]
    paused = [m for m in queues.values() if m[0]]
    return [row[0], row[1], list(queues), bool(paused), paused[0][1] if paused else None,
            *row[5:9]]


@pytest.mark.parametrize("version", [1, 2])
def test_state_saved_by_older_versions_still_loads_and_continues(version, asterisk22_log: Path):
    # version 1 stored each record as a dict of fields, versions 1 and 2 one pause per agent
    # and a list of queues; a database written then must resume with the same agent states
    lines = asterisk22_log.read_text().splitlines()
    aliases = {IFACE: "Ivan", "Local/agent110@agents/n": "Judy"}
    a = Floor(aliases=aliases).feed(*lines[:200])
    now = a.fs.to_dict()
    assert now["open_calls"] and now["agents"] and now["open_intervals"]
    old_fields = ["name", "logged_in", "queues", "paused", "pause_reason", "on_call",
                  "wrap_until", "interval_id", "state"]
    agents = [_old_agent(r) for r in now["agents"]]
    old = {k: v for k, v in now.items()
           if k not in ("unresolved", "open_members", "next_member_id", "snapshot_id")}
    old.update(v=version, agents=agents)
    if version == 1:
        def as_dicts(fields, rows):
            return [dict(zip(fields, row, strict=True)) for row in rows]

        old.update(
            open_calls=as_dicts(CallRecord.__dataclass_fields__, now["open_calls"]),
            agents=as_dicts(old_fields, agents),
            open_intervals=as_dicts(StateInterval.__dataclass_fields__, now["open_intervals"]),
        )  # fmt: skip
    restored = FloorState.from_dict(json.loads(json.dumps(old)))
    assert {n: (s.state, sorted(s.queues)) for n, s in restored.agents.items()} == {
        n: (s.state, sorted(s.queues)) for n, s in a.fs.agents.items()}
    assert restored.agents["Alice"].queues["support"].paused
    b = Floor(restored)
    a.feed(*lines[200:])
    b.feed(*lines[200:])
    after = {i.id: i.row() for i in b.intervals.values()}
    assert after and all(a.intervals[k].row() == row for k, row in after.items())


# ---------------------------------------------------------------------------------- the sample


def _count_sample(lines: list[str]) -> dict:
    """Count what the sample must produce, from the raw lines, without FloorState."""
    final = {
        "COMPLETECALLER": "completed", "COMPLETEAGENT": "completed",
        "BLINDTRANSFER": "transferred", "ATTENDEDTRANSFER": "transferred",
        "ABANDON": "abandoned", "EXITWITHTIMEOUT": "exit_timeout", "EXITWITHKEY": "exit_key",
        "EXITEMPTY": "exit_empty", "WITHDRAW": "withdrawn",
    }  # fmt: skip
    entered, connected, ended = [], set(), {}
    talk = hold_answered = 0
    for line in lines:
        f = line.split("|")
        key = (f[1], f[2])
        if f[4] == "ENTERQUEUE":
            entered.append(key)
        elif f[4] == "CONNECT":
            connected.add(key)
            hold_answered += int(f[5])
        elif f[4] in final:
            ended[key] = final[f[4]]
            if f[4].startswith("COMPLETE"):
                talk += int(f[6])
            elif f[4] == "BLINDTRANSFER":
                talk += int(f[8])
    counts = Counter(ended.values())
    counts["calls"] = len(entered)
    counts["connected"] = len(connected - set(ended))
    counts["waiting"] = len(set(entered) - connected - set(ended))
    counts["talk"] = talk
    counts["hold_answered"] = hold_answered
    return counts


def test_whole_asterisk22_sample(asterisk22_log: Path):
    lines = asterisk22_log.read_text().splitlines()
    expected = _count_sample(lines)
    events = Counter(line.split("|")[4] for line in lines)
    f = Floor(aliases={IFACE: "Ivan", "Local/agent110@agents/n": "Judy"}).feed(*lines)
    outcomes = Counter(c.outcome for c in f.calls.values())

    assert len(f.calls) == expected["calls"] == 131
    assert outcomes[kpi.ABANDONED] == expected["abandoned"] == 13
    assert outcomes[kpi.EXIT_TIMEOUT] == expected["exit_timeout"] == 4
    assert outcomes[kpi.EXIT_KEY] == expected["exit_key"] == 3
    assert outcomes[kpi.WITHDRAWN] == expected["withdrawn"] == 2
    assert outcomes[kpi.TRANSFERRED] == expected["transferred"] == 5
    assert outcomes[kpi.COMPLETED_AGENT] + outcomes[kpi.COMPLETED_CALLER] == (
        expected["completed"]) == 86
    assert outcomes[kpi.COMPLETED_AGENT] == events["COMPLETEAGENT"]
    assert outcomes[kpi.COMPLETED_CALLER] == events["COMPLETECALLER"]
    assert outcomes[kpi.CONNECTED] == expected["connected"]
    assert outcomes[kpi.WAITING] == expected["waiting"]
    assert outcomes[kpi.LOST] == 0
    assert sum(outcomes.values()) == 131

    assert sum(c.talk_s or 0 for c in f.calls.values()) == expected["talk"]
    answered = [c for c in f.calls.values() if c.outcome in kpi.ANSWERED_OUTCOMES]
    assert len(answered) == events["CONNECT"]
    assert sum(c.hold_s for c in answered) == expected["hold_answered"]
    assert all(c.caller and c.caller.startswith("+1") for c in f.calls.values())

    kinds = Counter(r[5] for r in f.rings)
    assert kinds == {"noanswer": events["RINGNOANSWER"], "canceled": events["RINGCANCELED"]}
    assert len(f.flags) == events["ABUSEFLAG"] == 9
    assert all(flag[4] for flag in f.flags), "every flag in the sample was raised mid-call"
    assert f.unknown == 0

    agents = {"Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi", "Ivan", "Judy"}
    assert {i.agent for i in f.intervals.values()} == agents
    open_states = {i.agent: (i.state, i.reason) for i in f.intervals.values() if i.end_ts is None}
    assert set(open_states) == agents
    assert open_states["Grace"] == ("paused", "Lunch")
    assert open_states["Dave"] == ("paused", "Training")
    # Judy was added paused through her interface, then unpaused by name
    assert f.timeline("Judy")[:2] == [
        ("paused", None, 1795421335, 1795421385), ("available", None, 1795421385, 1795421388)]
    # no agent is in two states at once
    for agent in agents:
        spans = sorted((i.start_ts, i.end_ts) for i in f.intervals.values() if i.agent == agent)
        for (_, end), (start, _) in pairwise(spans):
            assert end is not None and end <= start
