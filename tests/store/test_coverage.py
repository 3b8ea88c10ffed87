"""The break coverage check on a hand-built floor."""

from __future__ import annotations

from pathlib import Path

from console.domain import staffing
from console.services import care
from console.store import db, roster

NOW = 1_795_430_000


def _floor(tmp_path: Path):
    conn = db.connect(tmp_path / "c.sqlite")
    agents = [f"A{i:02d}" for i in range(12)]
    roster.save_roster(conn, [roster.RosterEntry(a, "Team 1" if i < 6 else "Team 2")
                              for i, a in enumerate(agents)])
    # 60 calls offered in the last 30 minutes, each answered at once and talked 300 s:
    # 120 calls/h x 300 s = 10 Erlangs
    rows = [(i + 1, f"c{i}", "support", None, NOW - 1790 + i * 29, 1, "completed_caller",
             agents[i % 12], NOW - 1790 + i * 29, None, 0, 1, 300, 0) for i in range(60)]
    conn.executemany("INSERT INTO calls VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    states = [(i + 1, a, "paused" if a == "A05" else "on_call", "Lunch" if a == "A05" else None,
               NOW - 600, None) for i, a in enumerate(agents)]
    conn.executemany("INSERT INTO agent_states VALUES (?,?,?,?,?,?)", states)
    return conn


def test_coverage_compares_n_and_n_minus_1_with_erlang_c(tmp_path: Path) -> None:
    conn = _floor(tmp_path)
    cov = care.coverage_for_break(conn, "A00", NOW)
    assert cov.agents_on_phones == 11  # A05 is at lunch
    assert cov.calls_per_hour == 120.0
    assert cov.aht_s == 300.0
    assert cov.impact is not None
    assert abs(cov.impact.sl_with - staffing.service_level(11, 120, 300, 20)) < 1e-9
    assert abs(cov.impact.sl_without - staffing.service_level(10, 120, 300, 20)) < 1e-9
    # 10 agents for 10 Erlangs cannot hold the queue: the floor cannot cover this break
    assert not cov.floor_can_cover
    # Team 1 has 6 on shift and 1 off: one more is 2/6 = 33 %, over the 20 % stagger limit
    assert cov.stagger is not None and cov.stagger.exceeded
    assert cov.stagger.team == "Team 1" and cov.stagger.off_phones_now == 1


def test_severe_flag_lengthens_the_suggested_break(tmp_path: Path) -> None:
    conn = _floor(tmp_path)
    conn.execute("INSERT INTO abuse_flags (ts, agent, severity, category, source)"
                 " VALUES (?, 'A03', 3, 'threat', 'console')", (NOW - 300,))
    assert care.coverage_for_break(conn, "A03", NOW).suggested_minutes == 15
    assert care.coverage_for_break(conn, "A04", NOW).suggested_minutes == 5
