"""The alerts record: raised and cleared with the conditions, acknowledged with an audit row."""

from __future__ import annotations

import pytest

from console.domain.alerts import Condition
from console.services.actions import FloorActions
from console.store import alerts as alerts_store
from console.store import audit

WAITING = Condition("calls_waiting", "warning", 7)
ANN = Condition("strain_over_threshold", "warning", 64.5, "Ann")
COOLDOWN = 15 * 60


def rows(conn) -> list[tuple]:
    return list(conn.execute(
        "SELECT kind, subject, raised_at, cleared_at, acknowledged_at, acknowledged_by, value"
        " FROM alerts ORDER BY id"))


def test_raised_held_and_cleared(conn) -> None:
    open_now = alerts_store.sync(conn, [WAITING, ANN], 1000, COOLDOWN)
    assert [a.key for a in open_now] == [WAITING.key, ANN.key]
    assert rows(conn) == [("calls_waiting", None, 1000, None, None, None, 7.0),
                          ("strain_over_threshold", "Ann", 1000, None, None, None, 64.5)]
    before = conn.total_changes
    alerts_store.sync(conn, [WAITING, ANN], 1001, COOLDOWN)
    assert conn.total_changes == before  # nothing changed, nothing written
    open_now = alerts_store.sync(conn, [ANN], 1300, COOLDOWN)
    assert [a.key for a in open_now] == [ANN.key]
    assert rows(conn)[0][3] == 1300
    # the record of raising and clearing is the table itself: no person acted, no audit row
    assert audit.entries(conn) == []


def test_acknowledge_is_audited_in_the_same_transaction(conn) -> None:
    alerts_store.sync(conn, [WAITING, ANN], 1000, COOLDOWN)
    assert alerts_store.acknowledge(conn, "strain_over_threshold", "Ann", 1100, actor="lead")
    assert not alerts_store.acknowledge(conn, "strain_over_threshold", "Ann", 1200,
                                        actor="lead")  # once
    assert not alerts_store.acknowledge(conn, "strain_over_threshold", "Bob", 1200)
    assert rows(conn)[1][4:6] == (1100, "lead") and rows(conn)[0][4] is None
    entry = audit.entries(conn)[0]
    assert (entry.action, entry.actor) == ("alert.acknowledge", "lead")
    assert entry.subject.startswith("alert:") and '"subject": "Ann"' in entry.detail


def test_a_failed_audit_write_leaves_the_alert_unacknowledged(conn, monkeypatch) -> None:
    alerts_store.sync(conn, [WAITING], 1000, COOLDOWN)

    def broken(*args, **kwargs) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(audit, "record", broken)
    with pytest.raises(RuntimeError):
        alerts_store.acknowledge(conn, "calls_waiting", None, 1100, actor="lead")
    assert rows(conn)[0][4] is None


def test_a_flapping_alert_keeps_its_row_and_acknowledgement(conn) -> None:
    alerts_store.sync(conn, [WAITING], 1000, COOLDOWN)
    alerts_store.acknowledge(conn, "calls_waiting", None, 1010, actor="lead")
    alerts_store.sync(conn, [], 1100, COOLDOWN)
    back = alerts_store.sync(conn, [WAITING], 1200, COOLDOWN)  # within the cooldown
    assert len(rows(conn)) == 1 and back[0].acknowledged and back[0].cleared_at is None
    alerts_store.sync(conn, [], 1300, COOLDOWN)
    later = alerts_store.sync(conn, [WAITING], 1300 + COOLDOWN, COOLDOWN)
    assert len(rows(conn)) == 2 and not later[0].acknowledged  # a new alert to acknowledge


def test_two_consoles_share_one_record(db_path, conn) -> None:
    one, two = FloorActions(db_path), FloorActions(db_path)
    try:
        one.sync_alerts([WAITING], 1000, 15)
        two.sync_alerts([WAITING], 1000, 15)
        assert len(rows(conn)) == 1
        assert two.acknowledge_alert("calls_waiting")
        assert [a.acknowledged for a in one.open_alerts()] == [True]
    finally:
        one.close()
        two.close()
