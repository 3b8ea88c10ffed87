"""The floor's settings in the database: saved with an audit row, followed by every reader."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from console.domain import alerts as alert_rules
from console.domain.floor_settings import FloorSettings
from console.services import floor_settings
from console.services.actions import FloorActions
from console.services.floor_settings import SettingsCache
from console.services.session import BoardReader
from console.services.stats import compute_stats
from console.store import audit, db, settings_store
from console.store import flags as flags_store

NOW = 1_795_430_000


def _floor(path: Path):
    """A01 logged in 10 minutes ago, one abusive call a minute ago: strain about 24 points."""
    conn = db.connect(path)
    conn.executemany("INSERT INTO agent_states (agent, state, reason, start_ts, end_ts)"
                     " VALUES (?, 'available', NULL, ?, NULL)",
                     [("A01", NOW - 600), ("A02", NOW - 600)])
    flags_store.create_flag(conn, ts=NOW - 60, agent="A01", severity=1, category="insult",
                            source="console")
    return conn


def _lower_thresholds(s: FloorSettings) -> FloorSettings:
    return replace(s, strain=replace(s.strain, watch=10.0, break_recommended=20.0),
                   alerts=replace(s.alerts, calls_waiting=2))


def test_a_fresh_floor_has_the_defaults(conn) -> None:
    loaded = floor_settings.load(conn)
    assert loaded == FloorSettings() and loaded.revision == 0 and loaded.notes == ()


def test_save_stores_changed_groups_and_audits_old_and_new(conn) -> None:
    saved = floor_settings.save(conn, _lower_thresholds(FloorSettings()), actor="lead")
    assert saved.revision == 1
    stored = settings_store.values_with_prefix(conn, "floor.")
    assert set(stored) == {"floor.strain", "floor.alerts", "floor.settings_rev"}
    assert json.loads(stored["floor.strain"])["break_recommended"] == 20.0
    assert stored["floor.settings_rev"] == "1"
    loaded = floor_settings.load(conn)
    assert loaded == saved and loaded.revision == 1

    [entry] = audit.entries(conn)
    assert (entry.action, entry.actor, entry.subject) == ("settings.change", "lead",
                                                          "floor.settings")
    detail = json.loads(entry.detail)
    assert detail["strain.break_recommended"] == {"old": 60.0, "new": 20.0}
    assert detail["strain.watch"] == {"old": 30.0, "new": 10.0}
    assert detail["alerts.calls_waiting"] == {"old": 5, "new": 2}
    assert detail["revision"] == 1
    assert "kpi.sl_seconds" not in detail


def test_saving_what_is_stored_writes_nothing(conn) -> None:
    first = floor_settings.save(conn, _lower_thresholds(FloorSettings()))
    again = floor_settings.save(conn, _lower_thresholds(FloorSettings()))
    assert again.revision == first.revision == 1
    assert len(audit.entries(conn)) == 1


def test_a_refused_save_changes_nothing(conn) -> None:
    bad = replace(FloorSettings(), kpi=replace(FloorSettings().kpi, sl_seconds=20))
    object.__setattr__(bad.kpi, "sl_seconds", "soon")  # what a broken caller might send
    with pytest.raises(floor_settings.SettingsError, match=r"kpi\.sl_seconds"):
        floor_settings.save(conn, bad)
    assert settings_store.values_with_prefix(conn, "floor.") == {}
    assert audit.entries(conn) == []
    assert not conn.in_transaction


def test_a_stored_group_that_does_not_read_falls_back_alone(conn) -> None:
    settings_store.set_value(conn, "floor.kpi", "not json")
    settings_store.set_value(conn, "floor.strain", json.dumps({"watch": "abc"}))
    settings_store.set_value(conn, "floor.breaks", json.dumps({"default_minutes": 7,
                                                               "colour": "blue"}))
    loaded = floor_settings.load(conn)
    assert loaded.kpi == FloorSettings().kpi and loaded.strain == FloorSettings().strain
    assert loaded.breaks.default_minutes == 7
    assert any("floor.kpi is not JSON" in n for n in loaded.notes)
    assert any("floor.strain refused" in n and "watch" in n for n in loaded.notes)
    assert "unknown setting breaks.colour ignored" in loaded.notes
    # saving the settings in force replaces what did not read, even if nothing else changed
    floor_settings.save(conn, loaded)
    again = floor_settings.load(conn)
    assert again == loaded and again.revision == 1
    assert not any("floor.kpi" in n or "floor.strain" in n for n in again.notes)


def test_the_board_follows_a_save_without_a_restart(db_path: Path) -> None:
    conn = _floor(db_path)
    reader = BoardReader(db_path)
    before = reader.snapshot(NOW, force=True)
    a01 = next(a for a in before.agents if a.name == "A01")
    assert 20 < a01.strain < 30 and a01.strain_level == "ok"
    assert before.settings == FloorSettings()

    floor_settings.save(conn, _lower_thresholds(floor_settings.load(conn)))
    after = reader.snapshot(NOW + 1)  # not forced: the save moved the data version
    assert after is not None
    assert after.settings.strain.break_recommended == 20.0 and after.settings.revision == 1
    a01 = next(a for a in after.agents if a.name == "A01")
    assert a01.strain_level == "break_recommended"
    assert next(a for a in after.agents if a.name == "A02").strain_level == "ok"
    reader.close()
    conn.close()


def test_actions_follow_a_save(db_path: Path) -> None:
    conn = _floor(db_path)
    actions = FloorActions(db_path)
    assert actions.coverage("A01").suggested_minutes == 5
    s = floor_settings.load(conn)
    floor_settings.save(conn, replace(s, breaks=replace(s.breaks, default_minutes=7)))
    assert actions.coverage("A01").suggested_minutes == 7

    reader = BoardReader(db_path)
    snapshot = reader.snapshot(NOW, force=True)
    busy = replace(snapshot, kpis=replace(snapshot.kpis, calls_waiting=3))
    assert alert_rules.CALLS_WAITING not in {c.kind for c in actions.alert_conditions(busy)}
    floor_settings.save(conn, _lower_thresholds(floor_settings.load(conn)))
    snapshot = reader.snapshot(NOW + 1)
    busy = replace(snapshot, kpis=replace(snapshot.kpis, calls_waiting=3))
    kinds = {c.kind for c in actions.alert_conditions(busy)}
    assert alert_rules.CALLS_WAITING in kinds
    reader.close()
    actions.close()
    conn.close()


def test_stats_use_the_floors_service_level_definition(conn) -> None:
    assert compute_stats(conn, NOW - 3600, NOW, NOW).settings.sl_seconds == 20
    s = FloorSettings()
    floor_settings.save(conn, replace(s, kpi=replace(s.kpi, sl_seconds=30, sl_target=0.9)))
    report = compute_stats(conn, NOW - 3600, NOW, NOW)
    assert (report.settings.sl_seconds, report.settings.sl_target) == (30, 0.9)
    assert "answered within 30 s" in report.to_json()["service_level_definition"]


def test_the_cache_reloads_only_when_the_revision_moves(db_path: Path) -> None:
    reader_conn = db.connect(db_path)
    cache = SettingsCache(reader_conn)
    first = cache.current()
    assert cache.current() is first
    writer = db.connect(db_path)
    floor_settings.save(writer, _lower_thresholds(FloorSettings()))
    assert cache.current().strain.break_recommended == 20.0
    writer.close()
    reader_conn.close()


def test_window_alert_settings_are_carried_over_once(conn) -> None:
    assert floor_settings.adopt_window_alert_settings(conn, "22:00", "06:00", True)
    alerts = floor_settings.load(conn).alerts
    assert (alerts.quiet_start, alerts.quiet_end, alerts.sound) == ("22:00", "06:00", True)
    detail = json.loads(audit.entries(conn)[0].detail)
    assert detail["reason"] == "carried over from the window settings"
    # the floor's own settings win from now on
    assert not floor_settings.adopt_window_alert_settings(conn, "20:00", "07:00", False)
    assert floor_settings.load(conn).alerts.quiet_start == "22:00"


def test_stored_settings_never_create_a_database(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    assert floor_settings.stored_settings(missing) is None
    assert not missing.exists()
    conn = db.connect(tmp_path / "there.sqlite")
    floor_settings.save(conn, _lower_thresholds(FloorSettings()))
    conn.close()
    assert floor_settings.stored_settings(tmp_path / "there.sqlite").alerts.calls_waiting == 2
