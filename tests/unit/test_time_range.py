"""The span of storable times (1970 to 2999) and the words for a time outside it."""

from __future__ import annotations

import pytest

from console.domain.time_range import (
    MAX_TS,
    TimeOutOfRange,
    checked_epoch,
    epoch_problem,
    year_problem,
)


@pytest.mark.parametrize("value", [0, 1_795_421_300, MAX_TS - 1, 1_795_421_300.9])
def test_times_inside_the_span_are_kept(value: float) -> None:
    assert epoch_problem(value) is None
    assert checked_epoch(value, str(value)) == int(value)


@pytest.mark.parametrize(("value", "words"), [
    (float("inf"), "not a finite number"),
    (float("-inf"), "not a finite number"),
    (float("nan"), "not a finite number"),
    (2.0 ** 63, "after 2999"),
    (MAX_TS, "after 2999"),
    (-1, "before 1970"),
    (1_795_421_300_000, "milliseconds"),
])
def test_times_outside_are_refused_with_a_reason(value: float, words: str) -> None:
    problem = epoch_problem(value)
    assert problem is not None and words in problem
    with pytest.raises(TimeOutOfRange, match=words):
        checked_epoch(value, "cell")


def test_a_year_9999_date_is_no_millisecond_epoch() -> None:
    problem = epoch_problem(253402214400)  # 9999-12-31 UTC
    assert problem is not None and "milliseconds" not in problem


def test_years() -> None:
    assert year_problem(2026) is None and year_problem(2999) is None
    assert "9999" in (year_problem(9999) or "") and year_problem(1969) is not None
