"""Stores with a lot of history for the board benchmarks, built fast and cached.

A 200-agent floor is simulated the real way (``FloorSimulator`` -> queue_log -> ingest) from
yesterday 00:00 to today 14:00; older days are yesterday's closed rows copied with shifted
times (``INSERT ... SELECT`` inside one transaction), which is seconds where simulating a
year is hours. The board reads only today and the last 24 hours, so a store with 365 days
must give the very same snapshot as one with a single day: the benchmarks assert that too.

Cached under the temp folder (``COMPOSURE_BENCH_CACHE`` to move it), keyed by the parameters.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from datetime import date, timedelta
from pathlib import Path

DAY = 86400
TODAY = date(2026, 3, 4)  # a Wednesday, no daylight-saving change near it
NOW_HOUR = 14
VERSION = 2  # 2: migration 0012 with partial indexes for pauses and logouts

# table -> (columns copied, time columns shifted, the column that places a row in a day)
_COPIED = {
    "calls": ("callid, queue, caller, enter_ts, position, outcome, agent, connect_ts, end_ts,"
              " hold_s, ring_s, talk_s, line_no", ("enter_ts", "connect_ts", "end_ts"),
              "enter_ts"),
    "agent_states": ("agent, state, reason, start_ts, end_ts", ("start_ts", "end_ts"),
                     "start_ts"),
    "member_states": ("agent, queue, paused, reason, resolved, start_ts, end_ts",
                      ("start_ts", "end_ts"), "start_ts"),
    "ring_events": ("ts, callid, queue, agent, ring_ms, kind", ("ts",), "ts"),
    "abuse_flags": ("ts, callid, queue, agent, caller, severity, category, note, source,"
                    " line_no, acknowledged_at", ("ts", "acknowledged_at"), "ts"),
}


def day_start(day: date) -> float:
    from console.ingest.simulator_profiles import local_time_on

    return local_time_on(day, 0, 0)


def now_ts() -> float:
    from console.ingest.simulator_profiles import local_time_on

    return local_time_on(TODAY, NOW_HOUR, 0)


def _cache_root() -> Path:
    root = Path(os.environ.get("COMPOSURE_BENCH_CACHE", tempfile.gettempdir()))
    return root / "composure-bench"


def simulated_floor(agents: int, seed: int = 5) -> Path:
    """Yesterday 00:00 to today 14:00 of ``agents`` agents, ingested (cached)."""
    from console.ingest.simulator import FloorSimulator
    from console.services.session import LiveIngest, open_database
    from console.store import roster

    db = _cache_root() / f"board-{agents}a-seed{seed}-v{VERSION}.sqlite"
    if db.exists():
        return db
    work = Path(tempfile.mkdtemp(prefix="composure-board-"))
    start = day_start(TODAY - timedelta(days=1))
    sim = FloorSimulator(agents=agents, teams=max(1, agents // 20), seed=seed, start_ts=start,
                         queues=("support", "投诉"))
    log = work / "queue_log"
    log.write_text("\n".join(sim.advance_to(now_ts())) + "\n", encoding="utf-8")
    built = work / "floor.sqlite"
    conn = open_database(built)
    roster.save_roster(conn, [roster.RosterEntry(a.name, a.team, a.interface, a.start_date,
                                                 a.coach) for a in sim.roster()])
    conn.close()
    ingest = LiveIngest(built, log)
    ingest.step()
    ingest.close()
    _settle(built)
    _publish(built, db)
    shutil.rmtree(work, ignore_errors=True)
    return db


def with_history(base: Path, days: int, thin: int = 1) -> Path:
    """``base`` plus ``days - 1`` older copies of yesterday (cached): ``days`` days of history
    before today. ``thin`` > 1 keeps one row in ``thin`` of each older day (a full year of a
    200-agent floor is 27 M rows, 2.4 GB, and six minutes to write on a loaded machine)."""
    db = base.with_name(base.stem + f"-{days}d-thin{thin}.sqlite")
    if db.exists():
        return db
    work = Path(tempfile.mkdtemp(prefix="composure-history-"))
    built = work / "history.sqlite"
    shutil.copy(base, built)
    conn = sqlite3.connect(built, isolation_level=None)
    lo = int(day_start(TODAY - timedelta(days=1)))
    hi = int(day_start(TODAY))
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    indexes = _drop_indexes(conn)  # built once at the end: several times faster than kept
    for back in range(days - 1, 0, -1):
        shift = back * DAY
        for table, (columns, times, placed) in _COPIED.items():
            shifted = ", ".join(
                f"{c} - {shift}" if c in times else c for c in columns.replace(" ", "").split(","))
            where = f"{placed} >= {lo} AND {placed} < {hi} AND rowid % {thin} = 0"
            if "end_ts" in times:
                where += " AND end_ts IS NOT NULL"  # only today's rows may be open
            conn.execute(f"INSERT INTO {table} ({columns}) SELECT {shifted} FROM {table}"
                         f" WHERE {where}")
    for sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.close()
    _publish(built, db)
    shutil.rmtree(work, ignore_errors=True)
    return db


def _drop_indexes(conn: sqlite3.Connection) -> list[str]:
    """Drop the copied tables' indexes; returns the statements that make them again."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({','.join('?' * len(_COPIED))})", tuple(_COPIED)).fetchall()
    for name, _sql in rows:
        conn.execute(f"DROP INDEX {name}")
    return [sql for _name, sql in rows]


def _settle(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _publish(built: Path, db: Path) -> None:
    """Never a half-written cache."""
    db.parent.mkdir(parents=True, exist_ok=True)
    tmp = db.with_suffix(".tmp")
    shutil.move(built, tmp)
    os.replace(tmp, db)


def cloned_floor(base: Path, copies: int) -> Path:
    """``base`` with each agent's rows copied ``copies - 1`` times under new names (cached):
    a floor ``copies`` times larger in seconds, where simulating it took minutes. Only the
    rows the board reads (from yesterday noon) are copied."""
    db = base.with_name(base.stem + f"-x{copies}.sqlite")
    if db.exists():
        return db
    work = Path(tempfile.mkdtemp(prefix="composure-clone-"))
    built = work / "clone.sqlite"
    shutil.copy(base, built)
    conn = sqlite3.connect(built, isolation_level=None)
    lo = int(day_start(TODAY - timedelta(days=1))) + 12 * 3600
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    indexes = _drop_indexes(conn)
    for k in range(1, copies):
        tag = f" #{k}"
        conn.execute(
            "INSERT INTO agents (name, display_name, team_id, interface, start_date, coach)"
            " SELECT name || ?, display_name, team_id, interface || ?, start_date, coach"
            " FROM agents WHERE name NOT LIKE '% #%'", (tag, tag))
        for table, (columns, _times, placed) in _COPIED.items():
            picked = [c.strip() for c in columns.split(",")]
            values = ", ".join(f"{c} || ?" if c in ("agent", "callid") else c for c in picked)
            tags = (tag,) * sum(c in ("agent", "callid") for c in picked)
            conn.execute(f"INSERT INTO {table} ({columns}) SELECT {values} FROM {table}"
                         f" WHERE {placed} >= ? AND agent NOT LIKE '% #%'", (*tags, lo))
    for sql in indexes:
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.close()
    _publish(built, db)
    shutil.rmtree(work, ignore_errors=True)
    return db
