"""The GUI side of the care actions: asks the care thread, tells the window what changed.

Every write (acknowledge, flag, grant, end) is followed by a forced board snapshot, so the
docks show the result within a moment. Alert conditions are evaluated on the care thread once
per snapshot (never two at once) and pass through an :class:`AlertTracker` for the cooldown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from console.domain import alerts as alert_rules
from console.domain.board import BoardSnapshot
from console.services.actions import FloorActions
from console.ui import settings as keys
from console.ui.action_thread import ActionClient
from console.ui.controller import BoardSource

WRITES = frozenset({"acknowledge", "add_note", "mark_repeat_caller", "flag_call",
                    "grant_break", "end_break"})


def alert_settings(settings: QSettings) -> alert_rules.AlertSettings:
    def hhmm(key: str) -> str | None:
        value = str(settings.value(key, "") or "").strip()
        if not value:
            return None
        try:
            hours, minutes = (int(p) for p in value.split(":"))
        except ValueError:
            return None
        return f"{hours:02d}:{minutes:02d}" if 0 <= hours < 24 and 0 <= minutes < 60 else None

    return alert_rules.AlertSettings(quiet_start=hhmm(keys.QUIET_START),
                                     quiet_end=hhmm(keys.QUIET_END))


ACTIONS = WRITES | {"notes", "flag", "coverage", "alert_conditions"}


class CareController(ActionClient):
    alerts_changed = Signal(object)  # list[Condition] active now
    alerts_raised = Signal(object)  # list[Condition] new (or back after the cooldown)

    def __init__(self, source: BoardSource, settings: QSettings,
                 parent: QObject | None = None) -> None:
        db_path, clock, demo = source.db_path, source.clock, source.demo
        super().__init__("care", lambda: FloorActions(db_path, clock, demo), ACTIONS, WRITES,
                         parent)
        self.settings = settings
        self.alert_settings = alert_settings(settings)
        self.tracker = alert_rules.AlertTracker(self.alert_settings)
        self.active_alerts: list[alert_rules.Condition] = []
        self._alert_request: int | None = None
        self._alert_now = 0.0
        self._alert_waiting: BoardSnapshot | None = None

    # ------------------------------------------------------------------ requests
    def acknowledge(self, flag_id: int) -> int:
        return self.request("acknowledge", flag_id)

    def add_note(self, flag_id: int, text: str) -> int:
        return self.request("add_note", flag_id, text)

    def mark_repeat_caller(self, flag_id: int) -> int:
        return self.request("mark_repeat_caller", flag_id)

    def flag_call(self, agent: str, severity: int, category: str, note: str | None) -> int:
        return self.request("flag_call", agent, severity, category, note)

    def coverage(self, agent: str) -> int:
        return self.request("coverage", agent)

    def grant_break(self, agent: str, minutes: int, one_to_one: bool = False,
                    flag_id: int | None = None, coverage_note: str | None = None) -> int:
        return self.request("grant_break", agent, minutes, one_to_one=one_to_one,
                            flag_id=flag_id, coverage_note=coverage_note)

    def end_break(self, break_id: int) -> int:
        return self.request("end_break", break_id)

    def apply_snapshot(self, snapshot: BoardSnapshot) -> None:
        """Evaluate the floor alerts for this snapshot; while one evaluation runs, only the
        newest snapshot waits for the next."""
        if self._alert_request is not None:
            self._alert_waiting = snapshot
            return
        self._alert_now = snapshot.now
        self._alert_request = self.request("alert_conditions", snapshot, self.alert_settings)

    def _next_alerts(self) -> None:
        self._alert_request = None
        waiting, self._alert_waiting = self._alert_waiting, None
        if waiting is not None:
            self.apply_snapshot(waiting)

    # ------------------------------------------------------------------ replies
    def handle_done(self, request: int, action: str, result: object) -> None:
        if action == "alert_conditions":
            self._apply_conditions(list(result or []))  # type: ignore[call-overload]
            self._next_alerts()

    def handle_failed(self, request: int, action: str, error: str) -> None:
        if action == "alert_conditions":
            self._next_alerts()

    def _apply_conditions(self, conditions: list[alert_rules.Condition]) -> None:
        raised, cleared = self.tracker.update(conditions, self._alert_now)
        if conditions != self.active_alerts or raised or cleared:
            self.active_alerts = conditions
            self.alerts_changed.emit(conditions)
        if raised:
            self.alerts_raised.emit(raised)
