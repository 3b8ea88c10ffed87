"""The GUI side of the care actions: asks the care thread, tells the window what changed.

Every write (acknowledge, flag, grant, end) is followed by a forced board snapshot, so the
docks show the result within a moment. Alert conditions are evaluated on the care thread once
per snapshot (never two at once) and pass through an :class:`AlertTracker` for the cooldown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal, Slot

from console.domain import alerts as alert_rules
from console.domain.board import BoardSnapshot
from console.ui import settings as keys
from console.ui.care.worker import CareThread
from console.ui.controller import BoardSource
from console.ui.workers import stop_thread

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


class CareController(QObject):
    replied = Signal(int, str, object)  # request id, action, result
    failed = Signal(int, str, str)  # request id, action, error text
    changed = Signal()  # something was written: refresh the board now
    alerts_changed = Signal(object)  # list[Condition] active now
    alerts_raised = Signal(object)  # list[Condition] new (or back after the cooldown)

    def __init__(self, source: BoardSource, settings: QSettings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.alert_settings = alert_settings(settings)
        self.tracker = alert_rules.AlertTracker(self.alert_settings)
        self.active_alerts: list[alert_rules.Condition] = []
        self._thread = CareThread(source.db_path, source.clock, source.demo, self)
        self._thread.ready.connect(self._on_ready)
        self._thread.done.connect(self._on_done)
        self._thread.failed.connect(self._on_failed)
        self._ready = False
        self._pending: list[tuple[int, str, tuple, dict]] = []
        self._alert_request: int | None = None
        self._alert_now = 0.0
        self._alert_waiting: BoardSnapshot | None = None
        self._next = 0
        self._started = False

    # ------------------------------------------------------------------ life cycle
    def start(self) -> None:
        if not self._started:
            self._started = True
            self._thread.start()

    def stop(self) -> None:
        stop_thread(self._thread)

    # ------------------------------------------------------------------ requests
    def request(self, action: str, *args: Any, **kwargs: Any) -> int:
        self._next += 1
        if self._ready:
            self._thread.requested.emit(self._next, action, args, kwargs)
        else:
            self._pending.append((self._next, action, args, kwargs))
        return self._next

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
    @Slot()
    def _on_ready(self) -> None:
        self._ready = True
        pending, self._pending = self._pending, []
        for request, action, args, kwargs in pending:
            self._thread.requested.emit(request, action, args, kwargs)

    @Slot(int, str, object)
    def _on_done(self, request: int, action: str, result: object) -> None:
        if action == "alert_conditions":
            self._apply_conditions(list(result or []))  # type: ignore[call-overload]
            self._next_alerts()
        self.replied.emit(request, action, result)
        if action in WRITES:
            self.changed.emit()

    @Slot(int, str, str)
    def _on_failed(self, request: int, action: str, error: str) -> None:
        if action == "alert_conditions":
            self._next_alerts()
        self.failed.emit(request, action, error)

    def _apply_conditions(self, conditions: list[alert_rules.Condition]) -> None:
        raised, cleared = self.tracker.update(conditions, self._alert_now)
        if conditions != self.active_alerts or raised or cleared:
            self.active_alerts = conditions
            self.alerts_changed.emit(conditions)
        if raised:
            self.alerts_raised.emit(raised)
