"""The incremental board (``LiveBoard``) gives exactly the snapshot a full build gives, at
many moments of a simulated floor: through logouts and logins, a PBX restart, a day
rollover, snapshots with nothing new, and a store changed behind its back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from console.ingest.simulator import FloorSimulator
from console.ingest.simulator_profiles import local_time_on
from console.services import floor_settings
from console.services.board import build_snapshot
from console.services.board_live import LiveBoard
from console.services.session import LiveIngest, open_database
from console.store import roster

DAY = date(2026, 3, 4)


@pytest.fixture
def floor(tmp_path: Path):
    start = local_time_on(DAY, 5, 0)
    sim = FloorSimulator(agents=14, teams=2, seed=23, start_ts=start,
                         queues=("support", "投诉"))
    db = tmp_path / "live.sqlite"
    conn = open_database(db)
    roster.save_roster(conn, [roster.RosterEntry(a.name, a.team, a.interface, a.start_date,
                                                 a.coach) for a in sim.roster()])
    log = tmp_path / "queue_log"
    log.write_text("", encoding="utf-8")
    ingest = LiveIngest(db, log)
    yield sim, conn, log, ingest, start
    ingest.close()
    conn.close()


def _advance(sim: FloorSimulator, log: Path, ingest: LiveIngest, to: float) -> None:
    lines = sim.advance_to(to)
    if lines:
        with log.open("a", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    ingest.step()


def test_live_board_equals_a_full_build_through_a_day_and_its_rollover(floor) -> None:
    sim, conn, log, ingest, start = floor
    live = LiveBoard()
    settings = floor_settings.load(conn)
    compared = logged_out_seen = 0
    day_changes = 0
    last_day = None
    # 05:00 to 09:00 the next day, in uneven steps (some snapshots see no new line)
    steps = [start + s for s in range(0, 28 * 3600, 1234)]
    for i, now in enumerate(steps):
        _advance(sim, log, ingest, now)
        for extra in (0.0, 17.5) if i % 3 == 0 else (0.0,):
            t = now + extra
            got = live.snapshot(conn, t, settings)
            want = build_snapshot(conn, t, settings)
            assert got == want, f"snapshot differs at {t} (step {i})"
            compared += 1
            logged_out_seen += sum(a.state == "logged_out" for a in want.agents)
            day = date.fromtimestamp(t)
            day_changes += last_day is not None and day != last_day
            last_day = day
    assert compared > 100
    assert logged_out_seen > 0, "the day had no logout to follow"
    assert day_changes == 1
    assert any(a.calls_today for a in want.agents) and want.intervals
    # it followed the store: started over only at the start and on the new day
    assert live.rebuilds == 2


def test_live_board_starts_over_when_the_store_changes_behind_it(floor) -> None:
    sim, conn, log, ingest, start = floor
    live = LiveBoard()
    settings = floor_settings.load(conn)
    now = start + 6 * 3600
    _advance(sim, log, ingest, now)
    assert live.snapshot(conn, now, settings) == build_snapshot(conn, now, settings)
    # a purge or a re-derivation: final rows go away or change under the same ids
    conn.execute("DELETE FROM calls WHERE id IN (SELECT id FROM calls"
                 " WHERE outcome NOT IN ('waiting', 'connected') LIMIT 5)")
    conn.execute("DELETE FROM agent_states WHERE id IN (SELECT id FROM agent_states"
                 " WHERE end_ts IS NOT NULL LIMIT 5)")
    got = live.snapshot(conn, now + 5, settings)
    assert got == build_snapshot(conn, now + 5, settings)
    assert live.rebuilds == 2
    # the clock going back starts over too, and agrees
    assert live.snapshot(conn, now - 600, settings) == build_snapshot(conn, now - 600, settings)
    assert live.rebuilds == 3
