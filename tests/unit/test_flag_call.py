"""The call a flag from an agent's row links to (console.domain.flag_call)."""

from __future__ import annotations

from console.domain.calls import CallRow
from console.domain.flag_call import JUST_ENDED_SECONDS, call_end, calls_to_flag

NOW = 1_795_430_000


def call(i: int, agent: str | None, enter: int, outcome: str, wait: float = 5,
         talk: float | None = 120) -> CallRow:
    return CallRow(id=i, callid=f"c{i}", queue="support", agent=agent, agent_name=agent,
                   caller=f"•••• 000{i}", caller_tail="", enter_ts=enter, outcome=outcome,
                   wait_s=wait, talk_s=talk)


def test_the_call_in_progress_wins() -> None:
    calls = [call(3, "Ann", NOW - 60, "connected", talk=55),
             call(2, "Ann", NOW - 400, "completed_caller"),
             call(1, "Bob", NOW - 30, "connected", talk=20)]
    choice = calls_to_flag(calls, "Ann", NOW)
    assert [c.id for c in choice.calls] == [3, 2]  # only Ann's, the live one first
    assert choice.default is not None and choice.default.id == 3 and choice.in_progress


def test_else_the_one_that_just_ended_and_never_an_old_one() -> None:
    ended_at = NOW - 120
    recent = call(2, "Ann", ended_at - 125, "completed_agent")
    old = call(1, "Ann", NOW - 7200, "completed_caller")
    assert call_end(recent) == ended_at
    choice = calls_to_flag([recent, old], "Ann", NOW)
    assert choice.default == recent and not choice.in_progress
    assert [c.id for c in choice.calls] == [2, 1]
    # later than the limit: offered, not assumed
    later = calls_to_flag([recent, old], "Ann", ended_at + JUST_ENDED_SECONDS + 1)
    assert later.default is None and len(later.calls) == 2


def test_calls_the_agent_did_not_take_are_not_offered() -> None:
    calls = [call(1, None, NOW - 50, "abandoned", talk=None),
             call(2, "Ann", NOW - 50, "transferred"),
             call(3, "Ann", NOW - 20, "waiting", talk=None)]
    choice = calls_to_flag(calls, "Ann", NOW)
    assert [c.id for c in choice.calls] == [2]
    assert calls_to_flag(calls, "Cat", NOW).calls == ()
    assert calls_to_flag([], "Ann", NOW).default is None


def test_at_most_the_newest_ten() -> None:
    calls = [call(i, "Ann", NOW - 3600 + i * 200, "completed_caller") for i in range(1, 16)]
    choice = calls_to_flag(calls, "Ann", NOW)
    assert [c.id for c in choice.calls] == list(range(15, 5, -1))
