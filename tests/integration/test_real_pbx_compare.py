"""The real-PBX comparison itself: exact, so a wrong state cannot pass (runs without a PBX)."""

from __future__ import annotations

from tests.integration.test_real_asterisk_states import differences


def member(queue: str, name: str, paused: str = "0", reason: str = "", status: str = "1") -> dict:
    return {"Event": "QueueMember", "Queue": queue, "Name": name, "Paused": paused,
            "PausedReason": reason, "Status": status, "InCall": "0"}


STATUS = [member("support", "Erin", "1", "lunch", status="2"), member("complaints", "Erin",
          status="2"), member("support", "Bob"), {"Event": "QueueStatusComplete"}]


def row(queue: str, agent: str, paused: bool = False, reason: str | None = None,
        in_call: bool = False, is_member: bool = True) -> dict:
    return {"agent": agent, "queue": queue, "member": is_member, "paused": paused,
            "reason": reason, "in_call": in_call}


AGREE = [row("support", "Erin", True, "lunch", True), row("complaints", "Erin", in_call=True),
         row("support", "Bob"), row("complaints", "Ivan", is_member=False)]


def test_the_same_picture_has_no_differences() -> None:
    assert differences(AGREE, STATUS) == []
    # an empty reason is no reason; a reason without a pause is not compared
    assert differences([*AGREE[:2], row("support", "Bob", reason="")], STATUS) == []


def test_each_wrong_state_is_a_difference() -> None:
    wrong = {
        "pause everywhere": [AGREE[0], row("complaints", "Erin", True, "lunch", True), AGREE[2]],
        "other reason": [row("support", "Erin", True, "break", True), *AGREE[1:]],
        "available while on a call in the other queue": [row("support", "Erin", True, "lunch"),
                                                        *AGREE[1:]],
        "removed member back": [*AGREE[:3], row("complaints", "Ivan")],
        "interface as a second agent": [*AGREE, row("support", "Local/agent102@agents/n")],
        "gone from the console": AGREE[1:],
        "listed twice": [*AGREE, AGREE[2]],
    }
    for case, console in wrong.items():
        assert len(differences(console, STATUS)) == 1, case
