"""The recent-calls query and service: newest first, one index walk, callers masked, flags
marked, and the board snapshot carrying the list."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from console.services.board import build_snapshot
from console.services.calls import recent_calls
from console.store import calls as calls_store
from console.store import flags as flags_store

MIDNIGHT = datetime.combine(date(2026, 3, 2), datetime.min.time()).timestamp()
NOW = MIDNIGHT + 10 * 3600


def add_call(conn: sqlite3.Connection, id_: int, enter: float, outcome: str = "completed_caller",
             agent: str | None = "alice", callid: str | None = None, queue: str = "support",
             caller: str | None = "+8613812340001", connect: float | None = None,
             hold: int | None = 4, talk: int | None = 120) -> None:
    conn.execute(
        "INSERT INTO calls (id, callid, queue, caller, enter_ts, outcome, agent, connect_ts,"
        " hold_s, talk_s) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (id_, callid or f"c{id_}", queue, caller, int(enter), outcome, agent,
         int(connect) if connect is not None else None, hold, talk))


def test_the_query_walks_the_entry_index_backwards_without_sorting(conn) -> None:
    plan = " | ".join(r[3] for r in conn.execute(
        "EXPLAIN QUERY PLAN " + calls_store.RECENT_CALLS_SQL, (0, 1, 300)))
    assert "USING INDEX calls_enter" in plan
    assert "TEMP B-TREE" not in plan  # ORDER BY enter_ts DESC, id DESC follows the index
    assert "SCAN c" not in plan


def test_newest_first_limited_and_only_in_range(conn) -> None:
    add_call(conn, 1, MIDNIGHT - 60)  # yesterday
    for i in range(2, 12):
        add_call(conn, i, MIDNIGHT + 3600 + i * 60)
    add_call(conn, 12, MIDNIGHT + 3600 + 11 * 60)  # same second as call 11: id breaks the tie
    conn.commit()
    rows = calls_store.recent_calls(conn, MIDNIGHT, NOW + 1, 5)
    assert [r.id for r in rows] == [12, 11, 10, 9, 8]
    assert all(r.enter_ts >= MIDNIGHT for r in calls_store.recent_calls(conn, MIDNIGHT, NOW, 99))


def test_rows_are_masked_named_flagged_and_live(conn) -> None:
    conn.execute("INSERT INTO agents (name, display_name) VALUES ('alice', 'Alice Wang')")
    add_call(conn, 1, NOW - 600, connect=NOW - 590, hold=10, talk=300)
    add_call(conn, 2, NOW - 120, outcome="connected", connect=NOW - 100, hold=20, talk=None)
    add_call(conn, 3, NOW - 30, outcome="waiting", agent=None, hold=None, talk=None,
             caller="1234")
    add_call(conn, 4, NOW - 20, outcome="abandoned", agent="bob", hold=15, talk=None,
             caller=None)
    conn.commit()
    flags_store.create_flag(conn, ts=NOW - 200, agent="alice", severity=2, category="threat",
                            source="console", callid="c1", queue="support")
    flags = flags_store.flags_since(conn, MIDNIGHT)
    rows = {r.id: r for r in recent_calls(conn, MIDNIGHT, NOW, flags)}
    done, talking, waiting, gone = rows[1], rows[2], rows[3], rows[4]
    assert done.agent == "alice" and done.agent_name == "Alice Wang"
    assert done.caller == "•••• 0001" and done.caller_tail == "0001"
    assert "8613812340001" not in repr(rows)  # the full number never leaves the service
    assert done.flag_severity == 2 and done.flagged and not talking.flagged
    assert (done.wait_s, done.talk_s) == (10.0, 300.0)
    assert (talking.wait_s, talking.talk_s) == (20.0, 100.0)  # talk so far
    assert waiting.wait_s == 30.0 and waiting.talk_s is None and waiting.agent_name is None
    assert waiting.caller == "••••" and waiting.caller_tail == ""  # short numbers stay hidden
    assert gone.agent_name == "bob" and gone.caller == ""  # no roster name: the member name


def test_the_board_snapshot_carries_todays_calls(conn) -> None:
    today = datetime.combine(date.today(), datetime.min.time()).timestamp()
    now = today + 11 * 3600
    add_call(conn, 1, today - 30)
    add_call(conn, 2, now - 300, connect=now - 290)
    add_call(conn, 3, now - 100, outcome="waiting", agent=None, hold=None, talk=None)
    conn.commit()
    snapshot = build_snapshot(conn, now)
    assert [c.id for c in snapshot.recent_calls] == [3, 2]
    assert snapshot.recent_calls[0].wait_s == 100.0
