"""The escalation rules saved in Preferences are the ones escalations are opened with, and a
settings group from a newer Composure is never overwritten."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from console.domain.floor_settings import FloorSettings
from console.services import escalations as svc
from console.services import floor_settings
from console.store import escalations as store
from console.store import settings_store

T0 = 1_800_000_000


def test_a_changed_email_promise_is_used_when_opening(db_path, conn) -> None:
    current = floor_settings.load(conn)
    floor_settings.save(conn, replace(current, escalations=replace(
        current.escalations, promise_email_hours=6.0, business_clock_channels=frozenset(
            {"email"}))), actor="lead")
    stored = json.loads(settings_store.get_value(conn, "floor.escalations"))
    assert stored["promise_email_hours"] == 6.0 and stored["_v"] == 1

    actions = svc.EscalationActions(db_path)
    try:
        email = actions.open_escalation(channel="email", customer="a@b.cn")
        phone = actions.open_escalation(channel="phone", customer="13812345678")
        assert (store.get(actions.conn, email).promise_minutes,
                store.get(actions.conn, email).clock) == (360, "business")
        assert (store.get(actions.conn, phone).promise_minutes,
                store.get(actions.conn, phone).clock) == (24 * 60, "calendar")
        # a later save reaches the same, long-lived service without a restart
        latest = floor_settings.load(conn)
        floor_settings.save(conn, replace(latest, escalations=replace(
            latest.escalations, promise_email_hours=3.0)), actor="lead")
        again = actions.open_escalation(channel="email", customer="c@d.cn")
        assert store.get(actions.conn, again).promise_minutes == 180
        assert actions.board().settings.promise_minutes("email") == 180
    finally:
        actions.close()
    assert svc.load_settings(conn).promise_minutes("email") == 180


def test_a_group_from_a_newer_version_is_kept(conn) -> None:
    newer = json.dumps({"_v": 9, "watch": 12, "something_new": True})
    settings_store.put_values(conn, {"floor.strain": newer})
    conn.commit()
    loaded = floor_settings.load(conn)
    assert loaded.strain == FloorSettings().strain  # defaults meanwhile, with a clear note
    assert any("newer version of Composure" in n and "9" in n for n in loaded.notes)

    # saving another group leaves it exactly as the newer console wrote it
    floor_settings.save(conn, replace(loaded, escalations=replace(
        loaded.escalations, promise_chat_hours=2.0)), actor="lead")
    assert settings_store.get_value(conn, "floor.strain") == newer

    # changing it is refused with the reason, nothing is written
    with pytest.raises(floor_settings.SettingsError, match="newer version of Composure"):
        floor_settings.save(conn, replace(loaded, strain=replace(loaded.strain, watch=20)))
    assert settings_store.get_value(conn, "floor.strain") == newer


def test_an_unstamped_v1_value_is_upgraded_on_load(conn) -> None:
    settings_store.put_values(conn, {"floor.alerts": json.dumps({"quiet_hours": "23:00-07:00"})})
    conn.commit()
    loaded = floor_settings.load(conn)
    assert (loaded.alerts.quiet_start, loaded.alerts.quiet_end) == ("23:00", "07:00")
