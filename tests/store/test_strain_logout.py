"""Strain after a logout, from real-format queue_log lines through the store and the services
the board and the alerts use (issue 11, point 7).

Alice and Bob work from 08:00 without a break, busy and flagged. Alice logs out
(``REMOVEMEMBER``) at 13:38; Bob works on. At 13:35 both are over the alert threshold, with
"time since last break" among the reasons. At 17:06 Alice's strain has decayed as on a break,
her "time since last break" no longer counts, and her strain alert is cleared; Bob's holds.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from console.domain import alerts as alert_rules
from console.ingest.follower import QueueLogReader
from console.services import care
from console.services.actions import FloorActions
from console.services.board import build_snapshot

DAY = datetime(2026, 11, 23)


def at(hh: int, mm: int, ss: int = 0) -> int:
    return int(DAY.replace(hour=hh, minute=mm, second=ss).timestamp())


class FixedClock:
    def __init__(self, t: float) -> None:
        self.t = t

    def now(self) -> float:
        return self.t


def shift_lines() -> list[str]:
    lines = [f"{at(8, 0)}|NONE|NONE|NONE|QUEUESTART|",
             f"{at(8, 0, 5)}|MANAGER|support|Alice|ADDMEMBER|",
             f"{at(8, 0, 6)}|MANAGER|support|Bob|ADDMEMBER|"]
    n = 0
    for agent, last in (("Alice", at(13, 30)), ("Bob", at(17, 5))):
        t = at(8, 5) + (0 if agent == "Alice" else 120)
        while t + 500 < last:
            n += 1
            cid = f"{t}.{n}"
            lines += [f"{t}|{cid}|support|NONE|ENTERQUEUE||+1555000{n % 10}|1",
                      f"{t + 4}|{cid}|support|{agent}|CONNECT|4|{cid}b|2"]
            if n % 7 == 0:  # the agent presses the abuse feature code during the call
                lines.append(f"{t + 60}|{cid}|support|{agent}|ABUSEFLAG|2|verbal_abuse|swore")
            lines.append(f"{t + 484}|{cid}|support|{agent}|COMPLETECALLER|4|480|1")
            t += 540  # 8 min talk, 1 min free: busy all day
    lines.append(f"{at(13, 38)}|MANAGER|support|Alice|REMOVEMEMBER|")
    return sorted(lines, key=lambda line: int(line.split("|", 1)[0]))


@pytest.fixture
def floor(conn, tmp_path: Path):
    path = tmp_path / "queue_log"
    lines = shift_lines()
    path.write_text("\n".join(lines) + "\n")
    reader = QueueLogReader(conn, path)
    assert reader.read_all() == len(lines)
    reader.close()
    return conn


def codes(result) -> set[str]:
    return {r.code for r in result.reasons}


def test_logged_out_agent_rests_and_bob_works_on(floor) -> None:
    before = care.strain_by_agent(floor, at(13, 35))
    assert before["Alice"].level == "break_recommended"
    assert "since_break" in codes(before["Alice"])
    assert before["Alice"].minutes_since_break == pytest.approx(5 * 60 + 35, abs=1)

    later = care.strain_by_agent(floor, at(17, 6))
    alice, bob = later["Alice"], later["Bob"]
    assert alice.score < 1 and alice.level == "ok" and not alice.recommend_break
    assert "since_break" not in codes(alice) and alice.minutes_since_break == 0.0
    assert bob.level == "break_recommended" and "since_break" in codes(bob)

    # 20 minutes after the logout: already well down, still falling
    soon = care.strain_by_agent(floor, at(13, 58))["Alice"]
    assert soon.score < before["Alice"].score / 2
    assert soon.score > alice.score


def test_the_open_strain_alert_clears_when_the_agent_logs_out(conn, db_path: Path,
                                                               tmp_path: Path) -> None:
    """Followed as the console follows it: the lines arrive as the day goes on."""
    path = tmp_path / "queue_log"
    lines = shift_lines()
    path.write_text("")
    reader = QueueLogReader(conn, path)
    clock = FixedClock(at(13, 35))
    actions = FloorActions(db_path, clock)
    try:
        written = 0

        def sync(t: int) -> set[str | None]:
            """Asterisk writes the lines up to ``t``; the board and the alerts read at ``t``."""
            nonlocal written
            due = [line for line in lines if int(line.split("|", 1)[0]) <= t][written:]
            with open(path, "a", encoding="utf-8") as fh:
                fh.writelines(line + "\n" for line in due)
            written += len(due)
            reader.poll()
            clock.t = t
            snapshot = build_snapshot(actions.conn, t)
            conditions = actions.alert_conditions(snapshot)
            cooldown = snapshot.settings.alerts.cooldown_minutes
            logged = actions.sync_alerts(conditions, t, cooldown)
            return {a.subject for a in logged if a.kind == alert_rules.STRAIN_OVER_THRESHOLD}

        assert sync(at(13, 35)) == {"Alice", "Bob"}
        assert sync(at(13, 39)) == {"Bob"}  # logged out a minute ago: cleared at once
        assert sync(at(17, 6)) == {"Bob"}
        alice_rows = list(conn.execute(
            "SELECT raised_at, cleared_at FROM alerts WHERE kind = ? AND subject = 'Alice'",
            (alert_rules.STRAIN_OVER_THRESHOLD,)))
        assert alice_rows == [(at(13, 35), at(13, 39))]
        snapshot = build_snapshot(actions.conn, at(17, 6))
        row = next(a for a in snapshot.agents if a.name == "Alice")
        assert row.state == "logged_out" and row.strain_level == "ok"
        assert row.strain < 1
    finally:
        actions.close()
        reader.close()
