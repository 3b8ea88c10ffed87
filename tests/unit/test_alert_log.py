"""Keeping the alerts record in step with the conditions: insert, clear, reopen a flapper."""

from __future__ import annotations

from console.domain.alert_log import LoggedAlert, missing_keys, plan_changes
from console.domain.alerts import Condition

WAITING = Condition("calls_waiting", "warning", 7)
STRAIN_ANN = Condition("strain_over_threshold", "warning", 65, "Ann")
COOLDOWN = 15 * 60


def row(id_: int, cond: Condition, raised: int = 0, cleared: int | None = None,
        acked: int | None = None) -> LoggedAlert:
    return LoggedAlert(id_, cond.kind, cond.severity, raised, cond.value, cond.subject,
                       acked, "lead" if acked else None, cleared)


def test_a_new_condition_gets_a_row_and_a_held_one_nothing() -> None:
    changes = plan_changes([WAITING, STRAIN_ANN], [row(1, WAITING)], {}, 100, COOLDOWN)
    assert changes.insert == (STRAIN_ANN,) and changes.reopen == () and changes.clear == ()
    assert not plan_changes([WAITING], [row(1, WAITING)], {}, 100, COOLDOWN)


def test_a_condition_that_no_longer_holds_is_cleared() -> None:
    changes = plan_changes([], [row(1, WAITING), row(2, STRAIN_ANN)], {}, 100, COOLDOWN)
    assert changes.clear == (1, 2) and changes.insert == ()


def test_the_subject_tells_alerts_of_one_kind_apart() -> None:
    bob = Condition("strain_over_threshold", "warning", 70, "Bob")
    changes = plan_changes([bob], [row(2, STRAIN_ANN)], {}, 100, COOLDOWN)
    assert changes.insert == (bob,) and changes.clear == (2,)
    assert missing_keys([bob, STRAIN_ANN], [row(2, STRAIN_ANN)]) == {
        ("strain_over_threshold", "Bob")}


def test_back_within_the_cooldown_reopens_the_old_row_after_it_a_new_one() -> None:
    last = row(5, WAITING, raised=0, cleared=1000, acked=500)
    soon = plan_changes([WAITING], [], {WAITING.key: last}, 1000 + COOLDOWN - 1, COOLDOWN)
    assert soon.reopen == (5,) and soon.insert == ()
    late = plan_changes([WAITING], [], {WAITING.key: last}, 1000 + COOLDOWN, COOLDOWN)
    assert late.insert == (WAITING,) and late.reopen == ()


def test_a_logged_alert_knows_its_key_condition_and_acknowledgement() -> None:
    r = row(3, STRAIN_ANN, raised=10, acked=20)
    assert r.key == ("strain_over_threshold", "Ann") and r.acknowledged
    assert r.condition() == STRAIN_ANN
    assert not row(4, WAITING).acknowledged
