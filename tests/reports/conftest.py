"""A seeded demo shift for the report tests: the simulator's 8-hour early shift (24 agents,
3 teams, a "support" and a "投诉" queue) through the real ingest path, plus what supervisors
do on a shift: acknowledge flags, grant breaks (one with a 1:1 talk), write a note, mark a
repeat caller.

The database is built once per module (it takes a second) and treated as read-only by the
tests; a test that writes copies it first (``shift_copy``).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from console.ingest.simulator import FloorSimulator
from console.ingest.simulator_profiles import local_time_on
from console.services.session import LiveIngest, open_database
from console.store import breaks as breaks_store
from console.store import flags as flags_store
from console.store import queries, roster

DAY = date(2026, 3, 2)
NOTE_TEXT = "与{agent}谈过, 情绪稳定"  # a supervisor's note naming the agent (pseudonym test)


@dataclass(frozen=True)
class Shift:
    db: Path
    start: float
    end: float
    now: float
    agents: tuple[str, ...]
    teams: tuple[str, ...]
    noted_agent: str
    one_to_one_agent: str


def seed_shift(folder: Path, agents: int = 24, teams: int = 3, hours: int = 8) -> Shift:
    start = local_time_on(DAY, 6, 0)
    end = start + hours * 3600
    sim = FloorSimulator(agents=agents, teams=teams, seed=7, start_ts=start,
                         queues=("support", "投诉"))
    log = folder / "queue_log"
    log.write_text("\n".join(sim.advance_to(end)) + "\n", encoding="utf-8")
    db = folder / "shift.sqlite"
    conn = open_database(db)
    roster.save_roster(conn, [roster.RosterEntry(a.name, a.team, a.interface, a.start_date,
                                                 a.coach) for a in sim.roster()])
    conn.close()
    ingest = LiveIngest(db, log)
    ingest.step()
    ingest.close()

    conn = open_database(db)
    try:
        flags = sorted(flags_store.flags_since(conn, start, end), key=lambda f: f.ts)
        assert len(flags) >= 8, "the seeded shift should have abusive calls to report"
        # a lead acknowledges the first five flags three minutes after each
        for f in flags[:5]:
            flags_store.acknowledge(conn, f.id, actor="lead")
            conn.execute("UPDATE abuse_flags SET acknowledged_at = ? WHERE id = ?",
                         (f.ts + 180, f.id))
        # breaks: after the first flag (with a 1:1 talk) and after the second
        first, second = flags[0], flags[1]
        b1 = breaks_store.grant(conn, first.agent, 10, now=first.ts + 300, one_to_one=True,
                                flag_id=first.id, actor="lead")
        breaks_store.end(conn, b1, now=first.ts + 900, actor="lead")
        if second.agent != first.agent:
            b2 = breaks_store.grant(conn, second.agent, 5, now=second.ts + 600,
                                    flag_id=second.id, actor="lead")
            breaks_store.end(conn, b2, now=second.ts + 900, actor="lead")
        flags_store.add_note(conn, flags[2].id, NOTE_TEXT.format(agent=flags[2].agent),
                             actor="lead")
        if flags[3].caller:
            flags_store.mark_repeat_caller(conn, flags[3].caller, actor="lead")
        names = tuple(a.name for a in queries.agents(conn))
        team_list = tuple(queries.team_names(conn))
    finally:
        conn.close()
    return Shift(db, start, end, end + 3600, names, team_list, flags[2].agent or "",
                 first.agent or "")


@pytest.fixture(scope="module")
def shift(tmp_path_factory) -> Shift:
    return seed_shift(tmp_path_factory.mktemp("shift"))


@pytest.fixture
def shift_copy(shift: Shift, tmp_path: Path) -> Shift:
    """The seeded shift in this test's own folder, free to write to."""
    db = tmp_path / "shift.sqlite"
    src = open_database(shift.db)
    try:
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        src.close()
    shutil.copy(shift.db, db)
    return Shift(db, shift.start, shift.end, shift.now, shift.agents, shift.teams,
                 shift.noted_agent, shift.one_to_one_agent)


@pytest.fixture(scope="session", autouse=True)
def _gui_application_first(qapp):
    """The QApplication exists before any report test: the xlsx/csv tests run the report
    command in process, which makes a bare QCoreApplication when none exists, and a PDF test
    after them then laid text out without a GUI application (Qt aborts the process). The order
    is the test runner's (a pytest-xdist worker's), so every test gets the same start."""
    return qapp
