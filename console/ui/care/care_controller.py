"""The GUI side of the care actions: asks the care thread, tells the window what changed.

Every write (acknowledge, flag, grant, end) is followed by a forced board snapshot, so the
docks show the result within a moment. Alert conditions are evaluated on the care thread once
per snapshot (never two at once) and pass through an :class:`AlertTracker` for the cooldown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from console.domain import alerts as alert_rules
from console.domain.alert_log import LoggedAlert
from console.domain.board import BoardSnapshot
from console.services.actions import FloorActions
from console.ui import settings as keys
from console.ui.action_thread import ActionClient
from console.ui.controller import BoardSource

WRITES = frozenset({"acknowledge", "add_note", "mark_repeat_caller", "flag_call",
                    "grant_break", "end_break", "flag_detected", "import_qa_flags",
                    "acknowledge_alert"})


def alert_settings(settings: QSettings) -> alert_rules.AlertSettings:
    """Quiet hours and sound from the window's old keys: used until the first snapshot brings
    the floor's own (console.ui.preferences carries these keys over into the database)."""
    def hhmm(key: str) -> str | None:
        value = str(settings.value(key, "") or "").strip()
        if not value:
            return None
        try:
            hours, minutes = (int(p) for p in value.split(":"))
        except ValueError:
            return None
        return f"{hours:02d}:{minutes:02d}" if 0 <= hours < 24 and 0 <= minutes < 60 else None

    start, end = hhmm(keys.QUIET_START), hhmm(keys.QUIET_END)
    if start is None or end is None or start == end:
        start = end = None
    return alert_rules.AlertSettings(quiet_start=start, quiet_end=end,
                                     sound=settings.value(keys.ALERT_SOUND, False, bool))


# open_alerts/sync_alerts keep the alerts table in step with the strip; they change nothing
# the board shows, so they are not WRITES (which force a snapshot)
ACTIONS = WRITES | {"notes", "flag", "coverage", "alert_conditions", "open_alerts",
                    "sync_alerts"}


class CareController(ActionClient):
    alerts_changed = Signal(object)  # list[Condition] active now
    alerts_raised = Signal(object)  # list[Condition] new (or back after the cooldown)
    alert_log_changed = Signal(object)  # list[LoggedAlert] open now, as recorded

    def __init__(self, source: BoardSource, settings: QSettings,
                 parent: QObject | None = None) -> None:
        db_path, clock, demo = source.db_path, source.clock, source.demo
        super().__init__("care", lambda: FloorActions(db_path, clock, demo), ACTIONS, WRITES,
                         parent)
        self.settings = settings
        self.alert_settings = alert_settings(settings)
        self.tracker = alert_rules.AlertTracker(self.alert_settings)
        self._floor_alerts: alert_rules.AlertSettings | None = None  # last seen in a snapshot
        self.active_alerts: list[alert_rules.Condition] = []
        self._alert_request: int | None = None
        self._alert_now = 0.0
        self._alert_waiting: BoardSnapshot | None = None
        self.logged_alerts: list[LoggedAlert] = []
        # first in the queue: the tracker knows last run's open alerts before it evaluates
        self.request("open_alerts")

    # ------------------------------------------------------------------ requests
    def acknowledge(self, flag_id: int) -> int:
        return self.request("acknowledge", flag_id)

    def add_note(self, flag_id: int, text: str) -> int:
        return self.request("add_note", flag_id, text)

    def mark_repeat_caller(self, flag_id: int) -> int:
        return self.request("mark_repeat_caller", flag_id)

    def flag_call(self, agent: str, severity: int, category: str, note: str | None,
                  callid: str | None = None, queue: str | None = None) -> int:
        """``callid``/``queue`` link the flag to a call (from the calls dock)."""
        return self.request("flag_call", agent, severity, category, note,
                            callid=callid, queue=queue)

    def coverage(self, agent: str) -> int:
        return self.request("coverage", agent)

    def grant_break(self, agent: str, minutes: int, one_to_one: bool = False,
                    flag_id: int | None = None, coverage_note: str | None = None) -> int:
        return self.request("grant_break", agent, minutes, one_to_one=one_to_one,
                            flag_id=flag_id, coverage_note=coverage_note)

    def end_break(self, break_id: int) -> int:
        return self.request("end_break", break_id)

    def acknowledge_alert(self, kind: str, subject: str | None = None) -> int:
        return self.request("acknowledge_alert", kind, subject)

    def apply_snapshot(self, snapshot: BoardSnapshot) -> None:
        """Evaluate the floor alerts for this snapshot; while one evaluation runs, only the
        newest snapshot waits for the next."""
        self.follow_settings(snapshot.settings.alerts)
        if self._alert_request is not None:
            self._alert_waiting = snapshot
            return
        self._alert_now = snapshot.now
        self._alert_request = self.request("alert_conditions", snapshot, self.alert_settings)

    def follow_settings(self, alerts: alert_rules.AlertSettings) -> None:
        """Take the floor's alert settings when they change (saved in Preferences, here or on
        another console); the tracker keeps its memory, so the cooldown still holds."""
        if alerts != self._floor_alerts:
            self._floor_alerts = alerts
            self.alert_settings = alerts
            self.tracker.settings = alerts

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
        elif action == "open_alerts":
            self._load_alerts(list(result or []))  # type: ignore[call-overload]
        elif action == "sync_alerts":
            self.logged_alerts = list(result or [])  # type: ignore[call-overload]
            self.alert_log_changed.emit(self.logged_alerts)

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
        self.request("sync_alerts", conditions, self._alert_now,
                     self.alert_settings.cooldown_minutes)

    def _load_alerts(self, rows: list[LoggedAlert]) -> None:
        """Alerts still open from the last run count as already raised: a condition that
        still holds is not news (no second notification) and keeps its acknowledgement."""
        for row in rows:
            self.tracker.active[row.key] = row.condition()
            self.tracker.last_raised[row.key] = max(
                float(row.raised_at), self.tracker.last_raised.get(row.key, 0.0))
        self.logged_alerts = rows
        self.alert_log_changed.emit(rows)
