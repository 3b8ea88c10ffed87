"""Which files continue a stored read position after log rotation, and in what order.

A position names a file by its inode and by a hash of its first line. The inode follows a
renamed file (``queue_log`` -> ``queue_log.1`` -> ``queue_log.2``); the first line follows a
copy (copytruncate's ``queue_log.1``) and a compressed copy (``queue_log.2.gz``), whose inodes
are new. Siblings are ordered the way logrotate names them: dated names (``queue_log-20261201``,
oldest date first), then numbered ones (highest number first), then the live file itself; a
file is read only after every older one.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import struct
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

HEAD_BYTES = 512
_SUFFIX = re.compile(r"^(?:\.(\d{1,4})|[-.](\d[\w:+-]*))(\.gz)?$")


def head_hash(fh: IO[bytes]) -> str | None:
    """Identify a file by its first line, which never changes once written (a first line
    longer than HEAD_BYTES is identified by its first HEAD_BYTES)."""
    pos = fh.tell()
    fh.seek(0)
    first = fh.readline(HEAD_BYTES)
    fh.seek(pos)
    if not first.endswith(b"\n") and len(first) < HEAD_BYTES:
        return None
    return hashlib.sha1(first).hexdigest()[:16]


class Moved(OSError):
    """The folder changed between looking and opening (a rotation in progress)."""


@dataclass(frozen=True, slots=True)
class LogFile:
    """One file of a rotation set, as it is in the folder right now."""

    path: Path
    inode: int
    size: int  # uncompressed size (mod 2**32 for .gz, as gzip records it)
    head: str | None
    compressed: bool
    rank: tuple[int, int, str]  # sort key: older files first, the live file last

    def open(self) -> IO[bytes]:
        """Open it, making sure it is still the file that was described (not the next one
        renamed to this name meanwhile); raises Moved when the folder changed."""
        raw = open(self.path, "rb")  # noqa: SIM115 - the caller holds it across polls
        if os.fstat(raw.fileno()).st_ino != self.inode:
            raw.close()
            raise Moved(self.path)
        if self.compressed:
            gz = gzip.GzipFile(fileobj=raw, mode="rb")
            gz.myfileobj = raw  # type: ignore[assignment]  # closed with it, as gzip does
            return gz  # type: ignore[return-value]
        return raw


def _rank(base: str, name: str) -> tuple[int, int, str] | None:
    if name == base:
        return (2, 0, "")
    if not name.startswith(base):
        return None
    m = _SUFFIX.match(name[len(base):])
    if m is None:
        return None
    if m.group(1) is not None:
        return (1, -int(m.group(1)), "")
    return (0, 0, m.group(2))


def _gzip_size(path: Path) -> int:
    with open(path, "rb") as fh:
        fh.seek(-4, os.SEEK_END)
        return struct.unpack("<I", fh.read(4))[0]


def describe(path: Path, rank: tuple[int, int, str]) -> LogFile | None:
    compressed = path.name.endswith(".gz")
    try:
        st = path.stat()
        if compressed:
            size = _gzip_size(path)
            with gzip.open(path, "rb") as gz:
                head = head_hash(gz)  # type: ignore[arg-type]
        else:
            size = st.st_size
            with open(path, "rb") as fh:
                head = head_hash(fh)
    except (OSError, EOFError, gzip.BadGzipFile, struct.error):
        return None  # vanished, unreadable, or a .gz still being written
    return LogFile(path, st.st_ino, size, head, compressed, rank)


def rotation_set(live: Path, attempts: int = 20) -> list[LogFile] | None:
    """The live file and its rotated siblings, oldest first; None while a rotation is
    under way (two looks in a row disagree), so the caller tries again at its next poll.

    logrotate renames several files one after the other; a look taken in the middle can
    see one file under two names, or the new live file under the old name."""
    previous = None
    for _ in range(attempts):
        files = _look(live)
        inodes = [f.inode for f in files]
        names = [(f.path, f.inode) for f in files]
        if len(set(inodes)) == len(inodes) and names == previous:
            return files
        previous = names
        time.sleep(0.001)
    return None


def _look(live: Path) -> list[LogFile]:
    base = live.name
    found: list[LogFile] = []
    try:
        entries = list(live.parent.iterdir())
    except OSError:
        return found
    names = {entry.name for entry in entries}
    for entry in entries:
        rank = _rank(base, entry.name)
        if rank is None:
            continue
        if entry.name.endswith(".gz") and entry.name[:-3] in names:
            continue  # being compressed (the .gz is not finished until the plain file goes)
        described = describe(entry, rank)
        if described is not None:
            found.append(described)
    found.sort(key=lambda f: f.rank)
    return found


def holds_position(f: LogFile, inode: int | None, head: str | None, offset: int) -> bool:
    """Does ``f`` hold the bytes up to ``offset`` of the file the position names?"""
    if f.size < offset:
        return False
    if head is None:  # no complete first line yet when the position was stored
        return not f.compressed and f.inode == inode
    return f.head == head


def find_position(files: list[LogFile], inode: int | None, head: str | None,
                  offset: int) -> int | None:
    """Index of the file holding the stored position: the same inode first (the file
    itself, maybe renamed), else a copy with the same first line (plain before .gz)."""
    same = [i for i, f in enumerate(files) if holds_position(f, inode, head, offset)]
    if not same:
        return None
    for i in same:
        if not files[i].compressed and files[i].inode == inode:
            return i
    same.sort(key=lambda i: (files[i].compressed, -i))
    return same[0]


def index_of_inode(files: list[LogFile], inode: int) -> int | None:
    """Where a file we hold open is now (while open, its inode cannot be reused)."""
    for i, f in enumerate(files):
        if f.inode == inode:
            return i
    return None


def without_unfinished_copies(files: list[LogFile]) -> list[LogFile]:
    """Drop a file whose first line starts a later one too: copytruncate has copied the
    live file but not yet truncated it, so the later file still holds all of it (and once
    it is truncated, the reader finds the lines it had not read in the copy)."""
    out = []
    for i, f in enumerate(files):
        if f.head is not None and any(g.head == f.head for g in files[i + 1:]):
            continue
        out.append(f)
    return out
