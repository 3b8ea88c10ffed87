"""What a supervisor does from the console: acknowledge, note, flag, grant and end breaks.

Each call opens nothing new: a :class:`FloorActions` owns one connection and must be used on
one thread (the UI runs it on a worker). Every action writes its audit row in the same
transaction (see console.store.audit).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from console.domain import alerts as alert_rules
from console.domain import kpi
from console.domain.agent_state import AgentState
from console.domain.alert_log import LoggedAlert
from console.domain.board import BoardSnapshot
from console.domain.breaks import Break, BreakSettings
from console.domain.flags import Flag
from console.services import care, notes_check, qa_import
from console.services.clock import Clock, WallClock
from console.services.floor_settings import SettingsCache
from console.services.session import open_database
from console.store import alerts as alerts_store
from console.store import breaks as breaks_store
from console.store import flags as flags_store
from console.store import queries


class FloorActions:
    def __init__(self, db_path: Path | str, clock: Clock | None = None, demo=None,
                 kpi_settings: kpi.KpiSettings | None = None,
                 break_settings: BreakSettings | None = None) -> None:
        self.conn: sqlite3.Connection = open_database(db_path)
        self.clock = clock or WallClock()
        self.demo = demo  # a DemoFloor: breaks are written back as PAUSE|recovery
        # None: the floor's own, re-read when a save has moved the settings revision
        self.kpi_settings = kpi_settings
        self.break_settings = break_settings
        self.floor_settings = SettingsCache(self.conn)

    # ------------------------------------------------------------------ flags
    def acknowledge(self, flag_id: int) -> bool:
        return flags_store.acknowledge(self.conn, flag_id)

    def add_note(self, flag_id: int, text: str) -> None:
        flags_store.add_note(self.conn, flag_id, text)

    def notes(self, flag_id: int) -> list[tuple[int, str, str]]:
        return flags_store.notes(self.conn, flag_id)

    def mark_repeat_caller(self, flag_id: int, note: str | None = None) -> bool:
        flag = flags_store.flag(self.conn, flag_id)
        if flag is None or not flag.caller:
            return False
        flags_store.mark_repeat_caller(self.conn, flag.caller, note)
        return True

    def flag_call(self, agent: str, severity: int, category: str, note: str | None = None,
                  callid: str | None = None, queue: str | None = None,
                  source: str = "console") -> int:
        """A supervisor's flag (or a detector suggestion a person confirmed)."""
        return flags_store.create_flag(
            self.conn, ts=self.clock.now(), agent=agent, severity=severity, category=category,
            source=source, queue=queue, callid=callid, note=note)

    def flag(self, flag_id: int) -> Flag | None:
        return flags_store.flag(self.conn, flag_id)

    def flag_detected(self, agent: str, flags: list[notes_check.DetectedFlag]) -> list[int]:
        """Detector suggestions a person confirmed: one flag per call (see notes_check)."""
        return notes_check.create_detector_flags(self.conn, self.clock.now(), agent, flags)

    def import_qa_flags(self, path: str) -> qa_import.QaImport:
        return qa_import.import_qa_flags(self.conn, path)

    # ------------------------------------------------------------------ breaks
    def coverage(self, agent: str) -> care.Coverage:
        floor = self.floor_settings.current()
        return care.coverage_for_break(self.conn, agent, self.clock.now(),
                                       self.kpi_settings or floor.kpi,
                                       self.break_settings or floor.breaks)

    def grant_break(self, agent: str, minutes: int, *, one_to_one: bool = False,
                    flag_id: int | None = None, coverage_note: str | None = None) -> int:
        now = self.clock.now()
        break_id = care.grant_break(self.conn, agent, minutes, now, one_to_one=one_to_one,
                                    flag_id=flag_id, coverage_note=coverage_note)
        if self.demo is not None:
            self.demo.grant_break(agent, minutes * 60)
        return break_id

    def end_break(self, break_id: int) -> bool:
        running = {b.id: b for b in breaks_store.running(self.conn)}
        ok = breaks_store.end(self.conn, break_id, now=self.clock.now(), ended_by="manual")
        if ok and self.demo is not None and break_id in running:
            self.demo.end_break(running[break_id].agent)
        return ok

    def running_breaks(self) -> list[Break]:
        return breaks_store.running(self.conn)

    def close_breaks_on_unpause(self) -> int:
        return breaks_store.close_on_unpause(self.conn)

    # ------------------------------------------------------------------ alerts
    def alert_conditions(self, snapshot: BoardSnapshot,
                         settings: alert_rules.AlertSettings | None = None
                         ) -> list[alert_rules.Condition]:
        """``settings`` None: the ones the snapshot was built with."""
        settings = settings or snapshot.settings.alerts
        now = snapshot.now
        abandons = sum(1 for f in queries.call_facts(self.conn, now - 3600, now + 1)
                       if f.outcome == kpi.ABANDONED)
        strain = {a.name: a.strain for a in snapshot.agents}
        gone = {a.name for a in snapshot.agents if a.state == AgentState.LOGGED_OUT}
        return alert_rules.evaluate(snapshot.kpis, abandons, strain, settings, gone)

    def open_alerts(self) -> list[LoggedAlert]:
        """At start: the alerts still open (and acknowledged or not) from the last run."""
        return alerts_store.open_alerts(self.conn)

    def sync_alerts(self, conditions: list[alert_rules.Condition], now: float,
                    cooldown_minutes: float) -> list[LoggedAlert]:
        """Record the conditions holding at ``now`` (the board's clock); returns open alerts."""
        return alerts_store.sync(self.conn, conditions, now, cooldown_minutes * 60)

    def acknowledge_alert(self, kind: str, subject: str | None = None) -> bool:
        return alerts_store.acknowledge(self.conn, kind, subject, self.clock.now())

    def close(self) -> None:
        self.conn.close()
