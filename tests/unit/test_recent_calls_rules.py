"""Rules of the recent-calls list: outcome groups, flag markers, live waits and talk times."""

from __future__ import annotations

from dataclasses import replace

from console.domain import calls
from console.domain.flags import Flag


def flag(fid: int, callid: str | None, queue: str | None, severity: int) -> Flag:
    return Flag(fid, 1000, "Alice", queue, callid, None, severity, "insult_profanity", None,
                None, "console", None, None)


def test_outcomes_fall_into_four_groups() -> None:
    assert calls.outcome_group("waiting") == calls.IN_PROGRESS
    assert calls.outcome_group("connected") == calls.IN_PROGRESS  # not over: not "answered"
    assert calls.outcome_group("completed_caller") == calls.ANSWERED
    assert calls.outcome_group("completed_agent") == calls.ANSWERED
    assert calls.outcome_group("transferred") == calls.ANSWERED
    assert calls.outcome_group("abandoned") == calls.ABANDONED
    for other in ("exit_timeout", "exit_key", "exit_empty", "withdrawn", "lost", "new_kind"):
        assert calls.outcome_group(other) == calls.OTHER


def test_a_call_takes_the_worst_flag_on_it_and_queueless_flags_mark_every_visit() -> None:
    sev = calls.flag_severities([flag(1, "c1", "support", 1), flag(2, "c1", "support", 3),
                                 flag(3, "c2", None, 2), flag(4, None, "support", 3)])
    assert calls.severity_for(sev, "c1", "support") == 3
    assert calls.severity_for(sev, "c1", "sales") == 0  # the same callid's other visit
    assert calls.severity_for(sev, "c2", "support") == 2  # a QA flag without a queue
    assert calls.severity_for(sev, "c2", "sales") == 2
    assert calls.severity_for(sev, "c3", "support") == 0


def test_open_calls_count_up_and_finished_ones_keep_their_figure() -> None:
    assert calls.live_seconds(100, None, True, 160.0) == 60.0  # still waiting
    assert calls.live_seconds(100, 7, True, 160.0) == 60.0  # connected: talk so far
    assert calls.live_seconds(100, 42, False, 500.0) == 42.0
    assert calls.live_seconds(None, None, False, 500.0) is None  # abandoned: no talk
    assert calls.live_seconds(200, None, True, 160.0) == 0.0  # clocks disagree: never negative


def test_a_row_is_flagged_when_it_has_a_severity() -> None:
    row = calls.CallRow(1, "c1", "support", "Alice", "Alice", "•••• 0001", "0001", 1000,
                        "completed_caller", 5.0, 60.0)
    assert not row.flagged and row.group == calls.ANSWERED
    assert replace(row, flag_severity=2).flagged


def test_a_call_is_named_by_the_time_in_its_uniqueid_never_the_raw_id() -> None:
    from datetime import datetime

    from console.domain.calls import uniqueid_time

    began = datetime(2026, 11, 23, 10, 27, 3).timestamp()
    assert uniqueid_time(f"{int(began)}.260") == began
    assert uniqueid_time(f"pbx1-{int(began)}.7") == began
    for junk in (None, "", "abc", "12.3", "call-42", "99999999999999.1"):
        assert uniqueid_time(junk) is None
