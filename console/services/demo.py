"""The demo floor: the simulator writes real queue_log lines to a file that the ordinary
follower ingests, so the demo exercises exactly the path a real Asterisk server feeds.

Simulated time starts mid-morning of today (a busy hour, whatever the real time is) after a
back-filled morning, and runs ``speed`` times faster than the wall clock. A few simulated
minutes after going live the PBX restarts (``restart_after``), so a demo shows what a restart
does to the floor: calls dropped, static members back unpaused, dynamic members re-added.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path

from console.ingest.simulator import FloorSimulator
from console.services.clock import SimClock
from console.services.coaching_demo import seed_demo_coaching
from console.services.demo_positives import DemoPositives
from console.services.escalation_demo import DemoEscalations
from console.store import roster


@dataclass(frozen=True, slots=True)
class DemoOptions:
    agents: int = 24
    teams: int = 3
    speed: float = 10.0
    seed: int | None = 7
    shift_start: str = "08:00"
    live_from: str = "10:30"
    restart_after: float | None = 360.0  # simulated seconds after going live; None: no restart


STAGE_BEFORE_LIVE = 600.0


def _today_at(hhmm: str) -> float:
    h, m = (int(x) for x in hhmm.split(":"))
    return datetime.combine(datetime.now().date(), time(h, m)).timestamp()


class DemoFloor:
    def __init__(self, folder: Path, conn: sqlite3.Connection, options: DemoOptions) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.queue_log = self.folder / "queue_log"
        self.queue_log.write_bytes(b"")  # each demo run starts a fresh floor
        self.options = options
        start = _today_at(options.shift_start)
        live = max(start, _today_at(options.live_from))
        restart = None
        if options.restart_after is not None:
            at = datetime.fromtimestamp(live + options.restart_after)
            restart = (at.hour, at.minute)
        self.sim = FloorSimulator(agents=options.agents, teams=options.teams,
                                  seed=options.seed, start_ts=start,
                                  restart_time=restart, restart_jitter=60.0)
        roster.save_roster(conn, [
            roster.RosterEntry(a.name, a.team, a.interface, a.start_date, a.coach,
                               queues=a.queues)
            for a in self.sim.roster()
        ])
        seed_demo_coaching(conn, self.sim.roster(), live)
        self.clock = SimClock(live, options.speed)
        # complaint calls become escalations (played by the escalation thread's board)
        self.escalations = DemoEscalations(options.seed)
        # praise and problems for management (played by the Positives thread)
        self.positives = DemoPositives(start, options.seed)
        self._lock = threading.Lock()  # the ingest thread advances, the GUI grants breaks
        # ten minutes before going live, stage a one-queue pause and a removal during a call,
        # so that the board shows states per queue from its first picture
        self.write_until(live - STAGE_BEFORE_LIVE)
        again = live + (options.restart_after or 0.0) + 300.0  # and one after the restart
        with self._lock:
            self.sim.stage_episodes(live - STAGE_BEFORE_LIVE, again)
        self.write_until(live)

    def grant_break(self, agent: str, seconds: float) -> bool:
        """Write the break back to the floor: the agent pauses with reason "recovery"."""
        with self._lock:
            return self.sim.grant_break(agent, seconds, "recovery", at=self.clock.now())

    def end_break(self, agent: str) -> bool:
        with self._lock:
            return self.sim.end_break(agent, at=self.clock.now())

    def write_until(self, ts: float) -> int:
        with self._lock:
            lines = self.sim.advance_to(ts)
        if lines:
            with open(self.queue_log, "a", encoding="utf-8", newline="\n") as fh:
                fh.write("\n".join(lines) + "\n")
        return len(lines)
