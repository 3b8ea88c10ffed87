"""parse_line: every queue_log event of DESIGN.md section 5; broken lines never raise."""

from __future__ import annotations

import pytest

from console.domain.events import KNOWN_EVENTS, QueueEvent
from console.ingest.queue_log import MAX_LINE, ParseProblem, parse_line

# (line as Asterisk writes it, expected callid, queue, agent, event, data)
# Lines marked "sample" are copied from the real Asterisk 22 capture; the others follow the
# format strings of app_queue.c / chan_agent (noted next to each).
EVENTS = [
    # sample: ENTERQUEUE url|callerid|position
    ("1795421196|1795421195.1|support|NONE|ENTERQUEUE||+14665552454|1",
     "1795421195.1", "support", None, "ENTERQUEUE", (None, "+14665552454", "1")),
    # sample: CONNECT holdtime|bridged uniqueid|ringtime
    ("1795421198|1795421195.1|support|Alice|CONNECT|2|1795421196.2|2",
     "1795421195.1", "support", "Alice", "CONNECT", ("2", "1795421196.2", "2")),
    # sample: COMPLETECALLER holdtime|calltime|origposition
    ("1795421228|1795421200.9|support|Bob|COMPLETECALLER|21|7|2",
     "1795421200.9", "support", "Bob", "COMPLETECALLER", ("21", "7", "2")),
    # sample
    ("1795421207|1795421197.5|support|Bob|COMPLETEAGENT|3|6|1",
     "1795421197.5", "support", "Bob", "COMPLETEAGENT", ("3", "6", "1")),
    # sample: ABANDON position|origposition|waittime
    ("1795421384|1795421372.135|complaints|NONE|ABANDON|2|3|12",
     "1795421372.135", "complaints", None, "ABANDON", ("2", "3", "12")),
    # sample: EXITWITHTIMEOUT position|origposition|waittime
    ("1795421493|1795421453.219|support|NONE|EXITWITHTIMEOUT|1|4|39",
     "1795421453.219", "support", None, "EXITWITHTIMEOUT", ("1", "4", "39")),
    # sample: EXITWITHKEY key|position|origposition|waittime
    ("1795421270|1795421255.53|support|NONE|EXITWITHKEY|0|1|1|15",
     "1795421255.53", "support", None, "EXITWITHKEY", ("0", "1", "1", "15")),
    # app_queue.c: EXITEMPTY position|origposition|waittime
    ("1795421700|1795421690.5|support|NONE|EXITEMPTY|1|1|10",
     "1795421690.5", "support", None, "EXITEMPTY", ("1", "1", "10")),
    # sample: WITHDRAW position|origposition|waittime|reason
    ("1795421471|1795421454.221|complaints|NONE|WITHDRAW|1|3|16|moved_to_callback_list",
     "1795421454.221", "complaints", None, "WITHDRAW", ("1", "3", "16", "moved_to_callback_list")),
    # Asterisk 1.x TRANSFER extension|context|holdtime|calltime|origposition
    ("1795421700|1795421600.7|support|Carol|TRANSFER|2000|transfer|4|30|1",
     "1795421600.7", "support", "Carol", "TRANSFER", ("2000", "transfer", "4", "30", "1")),
    # sample: BLINDTRANSFER extension|context|holdtime|calltime|origposition
    ("1795421285|1795421261.59|complaints|Grace|BLINDTRANSFER|2000|transfer|12|11|3",
     "1795421261.59", "complaints", "Grace", "BLINDTRANSFER",
     ("2000", "transfer", "12", "11", "3")),
    # app_queue.c: ATTENDEDTRANSFER BRIDGE|bridge|holdtime|calltime|origposition
    ("1795421700|1795421600.8|support|Dave|ATTENDEDTRANSFER|BRIDGE|a1b2|6|40|2",
     "1795421600.8", "support", "Dave", "ATTENDEDTRANSFER", ("BRIDGE", "a1b2", "6", "40", "2")),
    # sample: RINGNOANSWER ringtime in ms
    ("1795421215|1795421200.9|support|Carol|RINGNOANSWER|15000",
     "1795421200.9", "support", "Carol", "RINGNOANSWER", ("15000",)),
    # sample: RINGCANCELED ringtime in ms
    ("1795421422|1795421414.167|complaints|Heidi|RINGCANCELED|1500",
     "1795421414.167", "complaints", "Heidi", "RINGCANCELED", ("1500",)),
    # sample: ADDMEMBER by interface, callid MANAGER, data PAUSED or empty
    ("1795421335|MANAGER|complaints|Local/agent110@agents/n|ADDMEMBER|PAUSED",
     "MANAGER", "complaints", "Local/agent110@agents/n", "ADDMEMBER", ("PAUSED",)),
    ("1795421295|MANAGER|support|Local/agent109@agents/n|ADDMEMBER|",
     "MANAGER", "support", "Local/agent109@agents/n", "ADDMEMBER", (None,)),
    # app_queue.c: REMOVEMEMBER with an empty data field
    ("1795421800|MANAGER|support|Local/agent109@agents/n|REMOVEMEMBER|",
     "MANAGER", "support", "Local/agent109@agents/n", "REMOVEMEMBER", (None,)),
    # sample: PAUSE reason
    ("1795421240|NONE|support|Alice|PAUSE|Break",
     None, "support", "Alice", "PAUSE", ("Break",)),
    # sample: UNPAUSE reason
    ("1795421385|NONE|complaints|Judy|UNPAUSE|Ready",
     None, "complaints", "Judy", "UNPAUSE", ("Ready",)),
    # sample: PAUSEALL without a queue
    ("1795421240|NONE|NONE|Alice|PAUSEALL|Break",
     None, None, "Alice", "PAUSEALL", ("Break",)),
    # sample: UNPAUSEALL with a reason containing spaces
    ("1795421495|NONE|NONE|Alice|UNPAUSEALL|Back from break",
     None, None, "Alice", "UNPAUSEALL", ("Back from break",)),
    # chan_agent: AGENTLOGIN channel
    ("1795421100|1795421099.3|NONE|Agent/1001|AGENTLOGIN|SIP/1001-0000000a",
     "1795421099.3", None, "Agent/1001", "AGENTLOGIN", ("SIP/1001-0000000a",)),
    # chan_agent: AGENTLOGOFF channel|logintime
    ("1795425000|1795421099.3|NONE|Agent/1001|AGENTLOGOFF|SIP/1001-0000000a|3900",
     "1795421099.3", None, "Agent/1001", "AGENTLOGOFF", ("SIP/1001-0000000a", "3900")),
    # sample
    ("1795421186|NONE|NONE|NONE|QUEUESTART|",
     None, None, None, "QUEUESTART", (None,)),
    # sample
    ("1795421626|NONE|NONE|NONE|CONFIGRELOAD|",
     None, None, None, "CONFIGRELOAD", (None,)),
    # sample: QueueLog(queue,uniqueid,agent,ABUSEFLAG,severity|category|note)
    ("1795421287|1795421253.51|complaints|Frank|ABUSEFLAG|3|threats|shouting",
     "1795421253.51", "complaints", "Frank", "ABUSEFLAG", ("3", "threats", "shouting")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "callid", "queue", "agent", "event", "data"),
    EVENTS,
    ids=[f"{e[4]}-{'-'.join(d or '' for d in e[5])}"[:40] for e in EVENTS],
)
def test_every_event_type_parses(line, callid, queue, agent, event, data):
    ev = parse_line(line + "\n", line_no=7)
    assert isinstance(ev, QueueEvent)
    assert ev.ts == int(line.split("|")[0])
    assert (ev.callid, ev.queue, ev.agent, ev.event, ev.data) == (callid, queue, agent, event, data)
    assert ev.line_no == 7
    assert ev.known


def test_the_list_above_covers_every_event_of_the_design():
    design = {
        "ENTERQUEUE", "CONNECT", "COMPLETECALLER", "COMPLETEAGENT", "ABANDON", "EXITWITHTIMEOUT",
        "EXITWITHKEY", "EXITEMPTY", "WITHDRAW", "TRANSFER", "BLINDTRANSFER", "ATTENDEDTRANSFER",
        "RINGNOANSWER", "RINGCANCELED", "ADDMEMBER", "REMOVEMEMBER", "PAUSE", "UNPAUSE",
        "PAUSEALL", "UNPAUSEALL", "AGENTLOGIN", "AGENTLOGOFF", "QUEUESTART", "CONFIGRELOAD",
        "ABUSEFLAG",
    }  # fmt: skip
    assert design <= {e[4] for e in EVENTS}
    assert design <= KNOWN_EVENTS


def test_unknown_custom_event_is_kept_as_is():
    ev = parse_line("1795421300|1795421290.1|support|Alice|CUSTOMERSURVEY|5|very good|x\n", 3)
    assert isinstance(ev, QueueEvent)
    assert ev.event == "CUSTOMERSURVEY"
    assert ev.data == ("5", "very good", "x")
    assert ev.agent == "Alice"
    assert not ev.known


def test_none_and_empty_fields_become_none_but_other_text_is_kept():
    ev = parse_line("1795421300|NONE||NONE|PAUSE||NONE| |none")
    assert isinstance(ev, QueueEvent)
    assert (ev.callid, ev.queue, ev.agent) == (None, None, None)
    # only the exact spellings "" and "NONE" mean "no value"
    assert ev.data == (None, None, " ", "none")


def test_field_helpers():
    ev = parse_line("1795421300|c|q|a|CONNECT|12|1795421290.2|2.7|abc")
    assert isinstance(ev, QueueEvent)
    assert ev.field(1) == "12"
    assert ev.field(0) is None  # data is 1-based like Asterisk's data1
    assert ev.field(9) is None
    assert ev.int_field(1) == 12
    assert ev.int_field(3) == 2  # "2.7" -> 2
    assert ev.int_field(4, default=-1) == -1  # "abc"
    assert ev.int_field(99, default=5) == 5


def test_crlf_line_end_and_fractional_timestamp():
    ev = parse_line("1795421300.75|c|q|a|PAUSE|Lunch\r\n")
    assert isinstance(ev, QueueEvent)
    assert ev.ts == 1795421300
    assert ev.data == ("Lunch",)


@pytest.mark.parametrize(
    ("line", "reason_part"),
    [
        ("", "blank line"),
        ("  \t", "blank line"),
        ("1795421300|c|q|a|PAUSE|x\r1795421301|c|q|a|UNPAUSE|x", "CR only"),
        ("1795421300|c|q|a", "found 4"),
        ("1795421300", "found 1"),
        ("yesterday|c|q|a|PAUSE|x", "not a number"),
        ("|c|q|a|PAUSE|x", "not a number"),
        ("-5|c|q|a|PAUSE|x", "negative"),
        ("1795421300000|c|q|a|PAUSE|x", "out of range"),  # milliseconds
        ("1795421300|c|q|a|pause|x", "not valid"),
        ("1795421300|c|q|a||x", "not valid"),
        ("1795421300|c|q|a|PAU SE|x", "not valid"),
        ("1795421300|c|q|a|CONNECT\x00|1", "NUL"),
        ("17954\x0021300|c|q|a|CONNECT|1", "NUL"),
    ],
)
def test_malformed_lines_become_problems_with_a_reason(line, reason_part):
    result = parse_line(line, line_no=42)
    assert isinstance(result, ParseProblem)
    assert result.line_no == 42
    assert reason_part in result.reason


def test_nul_bytes_are_shown_not_kept():
    result = parse_line("1795421300|c|q|a|CONNECT\x00\x00|1")
    assert isinstance(result, ParseProblem)
    assert "\x00" not in result.raw
    assert "CONNECT\\0\\0" in result.raw


def test_huge_line_is_a_problem_with_a_short_excerpt():
    line = "1795421300|c|q|a|ABUSEFLAG|1|x|" + "y" * (MAX_LINE + 10)
    result = parse_line(line, 9)
    assert isinstance(result, ParseProblem)
    assert "longer than" in result.reason
    assert len(result.raw) == 200
    # exactly at the limit is still a line
    ok = "1795421300|c|q|a|ABUSEFLAG|1|x|"
    ok += "y" * (MAX_LINE - len(ok))
    assert isinstance(parse_line(ok), QueueEvent)


@pytest.mark.parametrize(
    "ts",
    ["inf", "-inf", "nan", "1e999", "infinity", "1_795_421_300", "0x6b0", "\u00b2", "1\u00b3",
     "\u0661\u0662", "  1795421300", "1795421300 "],
)
def test_odd_timestamps_never_raise(ts):
    result = parse_line(f"{ts}|c|q|a|PAUSE|x")
    assert isinstance(result, (QueueEvent, ParseProblem))
    if isinstance(result, QueueEvent):
        assert isinstance(result.ts, int)
        assert 0 <= result.ts <= 32503680000


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "1e999", "", "x", "\u00b2"])
def test_int_field_never_raises(value):
    ev = parse_line(f"1795421300|c|q|a|CONNECT|{value}|b|1")
    assert isinstance(ev, QueueEvent)
    assert ev.int_field(1, default=-7) == -7


def test_int_field_refuses_numbers_too_large_to_be_a_duration():
    # a corrupt field must not become a number SQLite cannot store (it would stop the ingest)
    ev = parse_line("1795421300|c|q|a|CONNECT|99999999999999999999999|b|1e30")
    assert isinstance(ev, QueueEvent)
    assert ev.int_field(1) == 0
    assert ev.int_field(3) == 0


def test_never_raises_on_garbage():
    samples = [
        "|" * 100, "||||", "\udcff|x|y|z|EVENT", "1|2|3|4|5|6|7|8|9|" * 50, "\t\t\t",
        "1795421300|" + "\u4e2d\u6587" * 20 + "|q|a|PAUSE|\u5348\u9910",
        "1795421300|c|q|a|_BAD", "1795421300|c|q|a|1EVENT", "\x00", "\r\n", "\n",
    ]  # fmt: skip
    for s in samples:
        assert isinstance(parse_line(s), (QueueEvent, ParseProblem))
    ev = parse_line("1795421300|c|q|\u5f20\u4f1f|PAUSE|\u5348\u9910")
    assert isinstance(ev, QueueEvent)
    assert ev.agent == "\u5f20\u4f1f"
    assert ev.data == ("\u5348\u9910",)
