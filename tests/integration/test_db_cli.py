"""`composure db check|backup|backups|restore|purge`, run as a user would."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

SAMPLE = Path(__file__).parents[1] / "fixtures" / "asterisk22_queue_log"


def composure() -> list[str]:
    script = Path(sys.executable).with_name("composure")
    if script.exists():
        return [str(script)]
    found = shutil.which("composure")
    return [found] if found else [sys.executable, "-m", "console"]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*composure(), *args], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def test_backup_restore_round_trip(tmp_path: Path) -> None:
    db = tmp_path / "floor.sqlite"
    assert run("ingest", "queue-log", str(SAMPLE), "--db", str(db)).returncode == 0
    assert "ok (PRAGMA quick_check)\n" in run("db", "check", "--db", str(db)).stdout

    done = run("db", "backup", "--db", str(db))
    assert done.returncode == 0, done.stderr
    folder = tmp_path / "backups"
    (made,) = list(folder.glob("floor-*-manual.sqlite"))
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert made.name in run("db", "backups", "--db", str(db)).stdout

    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM calls")  # a mistake to undo
    conn.commit()
    conn.close()
    done = run("db", "restore", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "kept as" in done.stdout
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM calls").fetchone()[0] > 0
    finally:
        conn.close()
    assert list(folder.glob("floor-*-replaced.sqlite"))


def test_restore_refuses_while_the_database_is_open_elsewhere(tmp_path: Path) -> None:
    db = tmp_path / "busy.sqlite"
    assert run("ingest", "queue-log", str(SAMPLE), "--db", str(db)).returncode == 0
    assert run("db", "backup", "--db", str(db)).returncode == 0
    holder = sqlite3.connect(db)
    holder.execute("SELECT count(*) FROM calls").fetchone()
    try:
        done = run("db", "restore", "--db", str(db))
    finally:
        holder.close()
    assert done.returncode == 1
    assert "open in another program" in done.stderr
    assert not list((tmp_path / "backups").glob("*-replaced.sqlite"))


def test_check_names_a_damaged_file_and_the_latest_backup(tmp_path: Path) -> None:
    db = tmp_path / "damaged.sqlite"
    assert run("ingest", "queue-log", str(SAMPLE), "--db", str(db)).returncode == 0
    assert run("db", "backup", "--db", str(db)).returncode == 0
    data = bytearray(db.read_bytes())
    for offset in range(8192, len(data), 4096 * 3):
        data[offset:offset + 700] = os.urandom(700)
    db.write_bytes(bytes(data))
    done = run("db", "check", "--db", str(db))
    assert done.returncode == 1
    assert str(db) in done.stderr and "damaged" in done.stderr
    assert "latest backup" in done.stderr and "composure db restore" in done.stderr
    assert "Traceback" not in done.stderr
    # other commands also say how to recover rather than crash
    stats = run("stats", "--db", str(db))
    assert "Traceback" not in stats.stderr


def test_purge_dry_run_then_for_real(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite"
    assert run("db", "backups", "--db", str(db)).returncode == 0
    from console.store import db as store_db

    conn = store_db.connect(db)
    old = int(time.time()) - 120 * 86400
    conn.execute("INSERT INTO abuse_flags (ts, agent, severity, source, note)"
                 " VALUES (?, 'a1', 2, 'console', 'old words')", (old,))
    conn.close()
    dry = run("db", "purge", "--dry-run", "--db", str(db))
    assert dry.returncode == 0 and "would purge 1 rows" in dry.stdout
    done = run("db", "purge", "--db", str(db))
    assert done.returncode == 0 and "purged 1 rows" in done.stdout
    assert "abuse_flags.note: 1" in done.stdout
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT note FROM abuse_flags").fetchone() == (None,)
        assert conn.execute("SELECT count(*) FROM audit_log WHERE action = 'data.purge'"
                            ).fetchone()[0] == 1
    finally:
        conn.close()
