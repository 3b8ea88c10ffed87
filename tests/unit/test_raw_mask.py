"""Caller numbers in the raw text of unreadable lines: masked like everywhere else, while the
time, the call id and short numbers (durations, positions, extensions) stay readable."""

from __future__ import annotations

import pytest

from console.domain.raw_mask import mask_raw_line, mask_reason

CASES = [
    ("1780000000|1780000000.12|support|NONE|ENTERQUEUE||+8613812340001|1",
     "1780000000|1780000000.12|support|NONE|ENTERQUEUE||•••• 0001|1"),
    # a short caller id is still the caller: masked as mask_caller masks it
    ("1780000000|1780000000.12|support|NONE|ENTERQUEUE||1001|1",
     "1780000000|1780000000.12|support|NONE|ENTERQUEUE||••••|1"),
    # call ids, hold times, positions and an agent's extension are not callers
    ("1780000000|1780000000.12|support|PJSIP/1001|CONNECT|12|1780000000.13|3",
     "1780000000|1780000000.12|support|PJSIP/1001|CONNECT|12|1780000000.13|3"),
    # a broken event name: the number is found by its shape, separators and all
    ("1780000000|1780000000.12|support|NONE|ENTER QUEUE||+86 138-1234-0001|1",
     "1780000000|1780000000.12|support|NONE|ENTER QUEUE||•••• 0001|1"),
    # fields shifted: a number where the time should be is not kept as a time
    ("+8613812340001|1", "•••• 0001|1"),
    ("garbage 13812340001 more", "garbage •••• 0001 more"),
    ("1780000000|x|q|a|EV|Local/5551234567@from-queue",
     "1780000000|x|q|a|EV|Local/•••• 4567@from-queue"),
]


@pytest.mark.parametrize(("raw", "masked"), CASES)
def test_raw_line_is_masked(raw: str, masked: str) -> None:
    assert mask_raw_line(raw) == masked


@pytest.mark.parametrize(("raw", "masked"), CASES)
def test_shown_in_full_when_the_floor_chose_so(raw: str, masked: str) -> None:
    assert mask_raw_line(raw, show_full=True) == raw


def test_the_reason_quoting_the_line_is_masked_too() -> None:
    assert mask_reason("timestamp '+8613812340001' is not a number") == (
        "timestamp '•••• 0001' is not a number")
    assert mask_reason("timestamp 8613812340001 is out of range") == (
        "timestamp •••• 0001 is out of range")
    assert mask_reason("line longer than 131072 characters") == (
        "line longer than 131072 characters")
    assert mask_reason("timestamp '+8613812340001' is not a number", show_full=True) == (
        "timestamp '+8613812340001' is not a number")
