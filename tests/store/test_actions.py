"""Supervisor actions end to end on a demo floor: flag, acknowledge, break and its return."""

from __future__ import annotations

from pathlib import Path

from console.services.actions import FloorActions
from console.services.demo import DemoFloor, DemoOptions
from console.services.session import LiveIngest, open_database


def test_break_is_written_back_to_the_floor_and_ends_on_unpause(tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite"
    conn = open_database(db)
    demo = DemoFloor(tmp_path / "demo", conn, DemoOptions(agents=12, teams=2, seed=5,
                                                          speed=60.0))
    conn.close()
    ingest = LiveIngest(db, demo.queue_log, demo.clock, demo=demo)
    ingest.step()
    actions = FloorActions(db, clock=demo.clock, demo=demo)
    snapshot_agents = [a.name for a in demo.sim.roster()]
    agent = snapshot_agents[0]

    coverage = actions.coverage(agent)
    assert coverage.suggested_minutes == 5
    break_id = actions.grant_break(agent, 5, one_to_one=True, coverage_note="SL 84 % -> 78 %")
    assert [b.agent for b in actions.running_breaks()] == [agent]

    # run the floor on well past the break: the agent pauses with "recovery" and comes back
    end = demo.clock.now() + 20 * 60
    demo.write_until(end)
    ingest.step()
    log = demo.queue_log.read_text(encoding="utf-8").splitlines()
    mine = [ln.split("|") for ln in log if ln.split("|")[3] == agent]
    assert any(p[4] == "PAUSE" and p[5] == "recovery" for p in mine)
    assert actions.running_breaks() == []  # closed by the agent's UNPAUSE
    rows = actions.conn.execute(
        "SELECT ended_by, end_ts - start_ts FROM breaks WHERE id = ?", (break_id,)).fetchone()
    assert rows[0] == "unpause" and rows[1] >= 5 * 60
    audit = [r[0] for r in actions.conn.execute("SELECT action FROM audit_log ORDER BY id")]
    # the break asked for a 1:1 talk: a pending talk is planned with it (console.store.coaching)
    assert audit[-3:] == ["break.grant", "one_to_one.plan", "break.end"]
    ingest.close()
    actions.close()


def test_flag_acknowledge_note_and_repeat_caller_are_audited(tmp_path: Path) -> None:
    db = tmp_path / "f.sqlite"
    conn = open_database(db)
    conn.execute("INSERT INTO calls (id, callid, queue, caller, enter_ts, outcome)"
                 " VALUES (1, 'c1', 'support', '+8613812345678', 1000, 'completed_caller')")
    conn.close()
    actions = FloorActions(db)
    flag_id = actions.flag_call("Alice", 3, "threat", note="said he would come here",
                                callid="c1")
    flag = actions.flag(flag_id)
    assert flag is not None and flag.caller == "+8613812345678" and flag.source == "console"
    assert actions.acknowledge(flag_id) and not actions.acknowledge(flag_id)
    actions.add_note(flag_id, "1:1 done, agent ok")
    assert actions.mark_repeat_caller(flag_id)
    assert actions.flag(flag_id).repeat_caller and actions.flag(flag_id).notes == 1
    audit = [r[0] for r in actions.conn.execute("SELECT action FROM audit_log ORDER BY id")]
    assert audit == ["flag.create", "flag.acknowledge", "flag.note", "caller.mark_repeat"]
    actions.close()
