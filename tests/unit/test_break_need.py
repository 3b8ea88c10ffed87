"""Who needs a recovery break: only agents at or over the break threshold; watch apart."""

from __future__ import annotations

from console.domain.board import AgentRow
from console.domain.break_need import needs_break, to_watch


def _agent(name: str, strain: float, level: str, **kw: object) -> AgentRow:
    base: dict[str, object] = dict(
        name=name, display_name=name, team="A", state="available", reason=None,
        state_since=None, calls_today=3, aht_today_s=200.0, missed_rings=0, last_call_end=None,
        strain=strain, strain_level=level)
    base.update(kw)
    return AgentRow(**base)  # type: ignore[arg-type]


FLOOR = (
    _agent("ok", 10, "ok"),
    _agent("watch", 45, "watch"),
    _agent("due", 70, "break_recommended"),
    _agent("higher", 88, "break_recommended"),
    # a threat this shift: due a break at any score, and the 1:1 talk goes first
    _agent("threat", 20, "break_recommended", recommend_one_to_one=True),
    # the break was taken after the threat: only the 1:1 talk is still owed
    _agent("talk", 5, "ok", recommend_one_to_one=True),
    _agent("resting", 90, "break_recommended", on_break_until=1e9),
    _agent("waiting", 90, "break_recommended", break_waiting=True),
    _agent("gone", 90, "break_recommended", state="logged_out"),
)


def test_only_agents_at_the_break_threshold_need_a_break() -> None:
    assert [a.name for a in needs_break(FLOOR)] == ["threat", "higher", "due"]


def test_watch_and_talk_only_are_apart_and_ranked() -> None:
    assert [a.name for a in to_watch(FLOOR)] == ["talk", "watch"]


def test_nobody_is_in_both_lists() -> None:
    due = {a.name for a in needs_break(FLOOR)}
    assert due.isdisjoint(a.name for a in to_watch(FLOOR))
