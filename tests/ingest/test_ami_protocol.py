"""AMI framing, byte by byte: banner, blocks split anywhere, CRLF and LF, odd values."""

from __future__ import annotations

import pytest

from console.ingest.ami_protocol import (
    Banner,
    Framer,
    Message,
    ProtocolError,
    action,
    encode,
    message,
)

SAMPLE = (
    b"Asterisk Call Manager/11.0.0\r\n"
    b"Response: Success\r\nActionID: rec-1\r\nMessage: Authentication accepted\r\n\r\n"
    b"Event: QueueMemberPause\r\nQueue: support\r\nMemberName: Alice\r\nPaused: 1\r\n"
    b"PausedReason: \r\nInCall: 1\r\n\r\n"
)


def test_banner_then_blocks() -> None:
    out = list(Framer().feed(SAMPLE))
    assert isinstance(out[0], Banner) and out[0].version == "11.0.0"
    reply, event = out[1], out[2]
    assert isinstance(reply, Message) and reply.response == "Success"
    assert reply.action_id == "rec-1"
    assert event.event == "QueueMemberPause"
    assert event.get("pausedreason") == ""  # case-insensitive names, empty value kept
    assert event["MemberName"] == "Alice"


def test_split_at_every_byte_gives_the_same_messages() -> None:
    whole = list(Framer().feed(SAMPLE))
    framer = Framer()
    pieces = []
    for i in range(len(SAMPLE)):
        pieces.extend(framer.feed(SAMPLE[i:i + 1]))
    assert pieces == whole


def test_bare_lf_and_colons_in_values() -> None:
    data = b"Asterisk Call Manager/2.10.4\nEvent: UserEvent\nNote: a: b: c\n\n"
    out = list(Framer().feed(data))
    assert out[1].get("Note") == "a: b: c"


def test_not_an_asterisk_manager() -> None:
    with pytest.raises(ProtocolError, match="not an Asterisk manager"):
        list(Framer().feed(b"SSH-2.0-OpenSSH_9.6\r\n"))


def test_oversized_line_is_refused() -> None:
    framer = Framer(expect_banner=False)
    with pytest.raises(ProtocolError):
        list(framer.feed(b"x" * (2 << 20)))


def test_unfinished_block_waits() -> None:
    framer = Framer(expect_banner=False)
    assert list(framer.feed(b"Event: Hangup\r\nChannel: x\r\n")) == []
    out = list(framer.feed(b"\r\n"))
    assert out[0].event == "Hangup"


def test_encode_round_trip_and_no_header_injection() -> None:
    data = encode({"Action": "Login", "Username": "sup", "Secret": "a\r\nAction: Command"})
    assert data.endswith(b"\r\n\r\n") and data.count(b"\r\n\r\n") == 1
    parsed = list(Framer(expect_banner=False).feed(data))
    assert len(parsed) == 1
    assert parsed[0].get("Secret") == "a  Action: Command"
    assert parsed[0].get("Action") == "Login"


def test_action_and_message_helpers() -> None:
    parsed = next(Framer(expect_banner=False).feed(action("QueueStatus", "id-7")))
    assert parsed.get("Action") == "QueueStatus" and parsed.action_id == "id-7"
    m = message({"Event": "QueueStatusComplete", "EventList": "Complete", "ListItems": 3})
    assert m.event_list == "complete" and m.get("ListItems") == "3"
    assert "eventlist" in m and "Nope" not in m


def test_follows_output_lines_are_kept() -> None:
    data = b"Response: Follows\r\nPrivilege: Command\r\nsome raw output\r\n\r\n"
    m = next(Framer(expect_banner=False).feed(data))
    assert m.response == "Follows" and ("", "some raw output") in m.pairs
