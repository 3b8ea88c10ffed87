"""`composure --db BAD --quit-after 2`: the window on a database SQLite cannot open (truncated,
overwritten header, random bytes, a newer schema, a read-only folder) says what is wrong on
stderr, exits 2, never shows a traceback and never waits for an answer in a headless run."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from console.services.session import open_database
from console.store import audit, backup, db

HEADLESS_TIMEOUT = 90  # a box waiting for a click would hit this: the run must end by itself
EXIT_STORE_ERROR = 2


def make_database(path: Path, *, with_backup: bool = True) -> None:
    conn = open_database(path)
    try:
        audit.record(conn, "before.the.damage")
        if with_backup:
            backup.backup(conn, path, reason="shift")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def truncate(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.truncate(path.stat().st_size // 2)


def overwrite_header(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.write(b"\x00" * 100)


def random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(40_000))


def newer_schema(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.close()


def run_gui(db_path: Path, tmp_path: Path, *, as_user: int | None = None
            ) -> subprocess.CompletedProcess:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    os.chmod(home, 0o777)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"))
    cmd = [sys.executable, "-m", "console", "--db", str(db_path), "--quit-after", "2"]
    if as_user is not None:
        cmd = [shutil.which("setpriv") or "setpriv", f"--reuid={as_user}", f"--regid={as_user}",
               "--clear-groups", *cmd]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=HEADLESS_TIMEOUT,
                          env=env, cwd=tmp_path)


DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated": (truncate, "damaged or missing"),
    "overwritten header": (overwrite_header, "not an SQLite database"),
    "random file": (random_bytes, "not an SQLite database"),
}


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_damaged_database_names_the_latest_backup_and_exits(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "floor.sqlite"
    make_database(path)
    damage, words = DAMAGE[kind]
    damage(path)
    before = path.read_bytes()
    done = run_gui(path, tmp_path)
    assert done.returncode == EXIT_STORE_ERROR, done.stderr
    assert "Traceback" not in done.stderr
    assert f"The database {path} is damaged" in done.stderr
    assert words in done.stderr
    [latest] = backup.list_backups(path)
    assert str(latest.path) in done.stderr and "composure db restore" in done.stderr
    assert path.read_bytes() == before  # the default answer restores nothing


def test_damaged_database_without_a_backup_says_so(tmp_path: Path) -> None:
    path = tmp_path / "floor.sqlite"
    make_database(path, with_backup=False)
    truncate(path)
    done = run_gui(path, tmp_path)
    assert done.returncode == EXIT_STORE_ERROR, done.stderr
    assert "Traceback" not in done.stderr
    assert "is damaged" in done.stderr and "There is no backup of it" in done.stderr


def test_newer_schema_names_both_versions(tmp_path: Path) -> None:
    path = tmp_path / "floor.sqlite"
    make_database(path)
    newer_schema(path)
    done = run_gui(path, tmp_path)
    assert done.returncode == EXIT_STORE_ERROR, done.stderr
    assert "Traceback" not in done.stderr
    assert (f"made by a newer Composure (schema version 999); this one knows up to version "
            f"{db.latest_version()}") in done.stderr
    assert "Update Composure" in done.stderr
    assert "composure db restore" in done.stderr  # the backup from before is still offered
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 999


def _unprivileged_user() -> int | None:
    """Root writes anywhere: run the window as nobody then (setpriv), else as ourselves."""
    if os.geteuid() != 0:
        return None
    if shutil.which("setpriv") is None:
        pytest.fail("running as root without setpriv: cannot make a folder read-only to us")
    return 65534


def test_read_only_folder_says_which_folder(tmp_path: Path) -> None:
    user = _unprivileged_user()
    # pytest's own temporary folders are private to root: nobody needs one it can reach
    with tempfile.TemporaryDirectory(prefix="composure-ro-") as outer:
        base = Path(outer)
        os.chmod(base, 0o755)
        folder = base / "floor"
        folder.mkdir()
        path = folder / "floor.sqlite"
        make_database(path)
        if user is not None:
            for owned in (folder, path):
                os.chown(owned, user, user)
        os.chmod(path, 0o644)
        os.chmod(folder, 0o555)
        try:
            done = run_gui(path, base, as_user=user)
        finally:
            os.chmod(folder, 0o755)
    assert done.returncode == EXIT_STORE_ERROR, done.stderr
    assert "Traceback" not in done.stderr
    assert f"cannot write in {folder}" in done.stderr
    assert "damaged" not in done.stderr  # a read-only folder is not a damaged database
