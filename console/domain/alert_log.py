"""The floor alerts' record: which alert held when, and who acknowledged it.

The alerts strip shows every condition that holds; the record (table ``alerts``) mirrors it, so
an acknowledgement has a row to land on and survives a restart while its condition holds.
A condition that clears and comes back within the cooldown is the same alert flapping: its row
is reopened, acknowledgement and all, rather than a new row asking to be acknowledged again
(the cooldown already keeps it from interrupting anyone; see console.domain.alerts).

Planning the changes is pure (tested in tests/unit/test_alert_log.py); the store applies them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from console.domain.alerts import Condition

AlertKey = tuple[str, str | None]


@dataclass(frozen=True, slots=True)
class LoggedAlert:
    id: int
    kind: str
    severity: str
    raised_at: int
    value: float | None
    subject: str | None
    acknowledged_at: int | None = None
    acknowledged_by: str | None = None
    cleared_at: int | None = None

    @property
    def key(self) -> AlertKey:
        return (self.kind, self.subject)

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None

    def condition(self) -> Condition:
        return Condition(self.kind, self.severity, self.value or 0.0, self.subject)


@dataclass(frozen=True, slots=True)
class AlertChanges:
    insert: tuple[Condition, ...] = ()  # conditions with no row: a new alert each
    reopen: tuple[int, ...] = ()  # rows cleared within the cooldown whose condition is back
    clear: tuple[int, ...] = ()  # open rows whose condition no longer holds

    def __bool__(self) -> bool:
        return bool(self.insert or self.reopen or self.clear)


def missing_keys(active: Iterable[Condition], open_rows: Iterable[LoggedAlert]) -> set[AlertKey]:
    """Conditions holding now that have no open row (the store looks up their last row)."""
    have = {r.key for r in open_rows}
    return {c.key for c in active if c.key not in have}


def plan_changes(active: Iterable[Condition], open_rows: Iterable[LoggedAlert],
                 last_cleared: dict[AlertKey, LoggedAlert], now: float,
                 cooldown_s: float) -> AlertChanges:
    """What to write so the record matches ``active``.

    ``last_cleared`` holds, for conditions without an open row, their most recent row (if
    any); one cleared less than ``cooldown_s`` ago is reopened.
    """
    current = {c.key: c for c in active}
    rows = list(open_rows)
    have = {r.key for r in rows}
    insert: list[Condition] = []
    reopen: list[int] = []
    for key, cond in current.items():
        if key in have:
            continue
        last = last_cleared.get(key)
        if (last is not None and last.cleared_at is not None
                and now - last.cleared_at < cooldown_s):
            reopen.append(last.id)
        else:
            insert.append(cond)
    clear = [r.id for r in rows if r.key not in current]
    return AlertChanges(tuple(insert), tuple(reopen), tuple(clear))
