"""`composure db check` walks the audit log's hash chain: exit 0 on a clean log, exit 1 naming
the first row (id and time) where the chain breaks, or the append-only triggers removed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from console.store import audit, audit_chain, db

T0 = 1_780_000_000


def check(db_path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "console", "db", "check", "--db", str(db_path)],
                          capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def make(db_path: Path, rows: int = 4) -> None:
    conn = db.connect(db_path)
    for i in range(rows):
        audit.record(conn, f"test.action{i}", actor="lead", ts=T0 + 60 * i)
    conn.close()


def test_a_clean_log_passes(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    make(path)
    done = check(path)
    assert done.returncode == 0, done.stderr
    assert "audit log: 4 rows, hash chain intact" in done.stdout


def test_an_edited_row_fails_with_its_id_and_time(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    make(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("DROP TRIGGER audit_log_no_update")
    other.execute("UPDATE audit_log SET action = 'nothing.to.see' WHERE id = 3")
    other.close()
    done = check(path)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(T0 + 120))
    assert f"breaks at row 3 ({when})" in done.stderr
    assert "audit_log_no_update" in done.stderr  # the removed trigger is named too


def test_a_deleted_row_and_the_dropped_trigger_fail(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    make(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("DROP TRIGGER audit_log_no_delete")
    other.execute("DELETE FROM audit_log WHERE id = 2")
    other.close()
    done = check(path)
    assert done.returncode == 1
    assert "breaks at row 3" in done.stderr and "row 2 was deleted" in done.stderr
    assert "audit_log_no_delete" in done.stderr


def test_only_a_dropped_trigger_fails_too(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    make(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("DROP TRIGGER audit_log_no_replace")
    other.close()
    assert audit_chain.verify_file(path).first_break is None
    done = check(path)
    assert done.returncode == 1 and "audit_log_no_replace" in done.stderr
