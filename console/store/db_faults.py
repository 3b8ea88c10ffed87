"""What an SQLite error means for the user: locked, disk full, read-only, or damaged.

A locked or full database is not damaged, and telling the user to restore a backup (the
advice for damage) would make things worse; so each error is sorted before anything is said.
Who holds a lock is read from /proc on Linux (``/proc/locks``, then the processes that have
the file open); elsewhere the message names only the file.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

LOCKED, FULL, READONLY, OTHER = "locked", "full", "read-only", "other"
_CODES = {5: LOCKED, 6: LOCKED, 13: FULL, 8: READONLY}  # SQLITE_BUSY, _LOCKED, _FULL, _READONLY
_ROOT = Path("/proc")


def fault_of(exc: BaseException | None, db: Path | None = None) -> str:
    """Sort an error (or the sqlite3 error that caused it) into one of the kinds above.

    With ``db``, an error opening it on a read-only file system or without write access
    ("unable to open database file": SQLite cannot create the WAL index there) is read-only.
    """
    while exc is not None and not isinstance(exc, sqlite3.Error):
        exc = exc.__cause__
    if exc is None:
        return OTHER
    kind = _kind(exc)
    if kind == OTHER and db is not None and is_read_only(db):
        return READONLY
    return kind


def _kind(exc: sqlite3.Error) -> str:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None and (code & 0xFF) in _CODES:
        return _CODES[code & 0xFF]
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return LOCKED
    if "disk is full" in text or "disk full" in text:
        return FULL
    if "readonly" in text or "read-only" in text:
        return READONLY
    return OTHER


def _files(db: Path) -> list[Path]:
    return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]


def _identities(db: Path) -> set[tuple[int, int]]:
    out = set()
    for f in _files(db):
        try:
            st = f.stat()
        except OSError:
            continue
        out.add((st.st_dev, st.st_ino))
    return out


def _command(pid: int) -> str:
    try:
        raw = (_ROOT / str(pid) / "cmdline").read_bytes()
    except OSError:
        return "?"
    parts = [p.decode(errors="replace") for p in raw.split(b"\0") if p]
    if parts:
        parts[0] = os.path.basename(parts[0])
    if len(parts) > 1 and parts[0].startswith("python") and not parts[1].startswith("-"):
        parts = [os.path.basename(parts[1]), *parts[2:]]  # the script, not the interpreter
    text = " ".join(" ".join(parts).split())  # one line, whatever the arguments hold
    return text if len(text) <= 80 else text[:77] + "..."


def _lock_holders(db: Path) -> list[int]:
    """Processes holding a write lock on the database or its shared-memory file."""
    writers: list[int] = []
    try:
        lines = (_ROOT / "locks").read_text().splitlines()
    except OSError:
        return writers  # not Linux
    wanted = {f"{os.major(dev):02x}:{os.minor(dev):02x}:{ino}" for dev, ino in _identities(db)}
    for line in lines:
        fields = line.split()
        if "->" in fields:  # a waiter, not a holder
            continue
        if len(fields) >= 6 and fields[5] in wanted and fields[3] == "WRITE":
            try:
                pid = int(fields[4])
            except ValueError:
                continue
            if pid > 0 and pid != os.getpid() and pid not in writers:
                writers.append(pid)
    return writers


def processes_using(db: Path) -> list[int]:
    """Other processes with the database (or its WAL files) open."""
    wanted = _identities(db)
    found: list[int] = []
    if not wanted:
        return found
    try:
        pids = [int(p.name) for p in _ROOT.iterdir() if p.name.isdigit()]
    except OSError:
        return found
    for pid in sorted(pids):
        if pid == os.getpid():
            continue
        try:
            fds = list((_ROOT / str(pid) / "fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                st = os.stat(fd)
            except OSError:
                continue
            if (st.st_dev, st.st_ino) in wanted:
                found.append(pid)
                break
    return found


def describe_processes(pids: list[int]) -> str:
    return ", ".join(f"pid {pid} ({_command(pid)})" for pid in pids)


def lock_holder(db: Path) -> str:
    """Who holds the database locked, in words ("" when the system cannot tell)."""
    pids = _lock_holders(db) or processes_using(db)
    return describe_processes(pids)


def free_bytes(db: Path) -> int | None:
    try:
        return shutil.disk_usage(db.parent).free
    except OSError:
        return None


def is_read_only(db: Path) -> bool:
    """Can this process not write the database (or create its WAL files beside it)?"""
    folder = db.parent
    try:
        if hasattr(os, "statvfs") and os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False
    return (db.exists() and not os.access(db, os.W_OK)) or not os.access(folder, os.W_OK)


def why_read_only(db: Path) -> str:
    """The reason the database cannot be written, as far as the system tells."""
    folder = db.parent
    try:
        if hasattr(os, "statvfs") and os.statvfs(folder).f_flag & os.ST_RDONLY:
            return f"the file system holding {folder} is mounted read-only"
    except OSError:
        pass
    if db.exists() and not os.access(db, os.W_OK):
        return f"{db} is not writable for this user"
    if not os.access(folder, os.W_OK):
        return f"the folder {folder} is not writable for this user"
    return "SQLite opened it read-only"
