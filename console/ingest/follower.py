"""Read a queue_log file into the store, once or following it live.

The reader remembers where it stopped (inode, a hash of the first line, byte offset, line
number) in the same transaction as the rows, so a restart resumes without losing or repeating
a line. While following it survives both rotation styles:

* rename + new file (logrotate's default): the old file is drained to its end through the
  handle still open on it, then the new file is read from its start;
* copytruncate: the file shrinks below our offset, or (if it grew back past it before we
  looked) its first line is no longer the one we hashed, so reading restarts at 0.

A line is consumed only once its newline has arrived; a half-written last line waits.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from console.domain.events import KNOWN_EVENTS, QueueEvent
from console.domain.floor_state import FloorState
from console.ingest.queue_log import parse_line
from console.store import member_states
from console.store.ingest_writer import IngestWriter, LockedCallback, Problem, RawBatch

CHUNK = 1 << 22


@dataclass(frozen=True, slots=True)
class BatchReport:
    lines: int
    problems: int
    last_ts: int


BatchCallback = Callable[[BatchReport], None]


def _head_hash(fh) -> str | None:
    """Identify a file by its first line, which never changes once written."""
    pos = fh.tell()
    fh.seek(0)
    first = fh.readline(512)
    fh.seek(pos)
    if not first.endswith(b"\n"):
        return None
    return hashlib.sha1(first).hexdigest()[:16]


class QueueLogReader:
    def __init__(
        self,
        conn: sqlite3.Connection,
        path: str | os.PathLike[str],
        *,
        batch_lines: int = 20000,
        kind: str = "queue_log",
        on_locked: LockedCallback | None = None,
        wrapup_seconds: int = 0,
    ) -> None:
        self.path = Path(path).resolve()
        self.writer = IngestWriter(conn, on_locked=on_locked)
        self.batch_lines = batch_lines
        self.kind = kind
        self.wrapup_seconds = wrapup_seconds
        self._load_position()
        self._fh = None
        self._inode: int | None = None
        self.total_lines = 0
        self.total_problems = 0
        self._drained = 0

    def _load_position(self) -> None:
        """The cursor and the derivation state as last committed."""
        self.cursor = self.writer.open_source(str(self.path), self.kind)
        if self.cursor.state:
            self.state = FloorState.from_dict(self.cursor.state)
        else:
            self.state = FloorState(wrapup_seconds=self.wrapup_seconds)
        self.state.aliases.update(self.writer.aliases())

    # ------------------------------------------------------------------ opening
    def _open_current(self, on_batch: BatchCallback | None = None) -> bool:
        try:
            fh = open(self.path, "rb")  # noqa: SIM115 - held open across polls on purpose
        except FileNotFoundError:
            return False
        st = os.fstat(fh.fileno())
        c = self.cursor
        if c.offset and c.inode is not None:
            same_file = st.st_ino == c.inode and _head_hash(fh) in (c.head_hash, None)
            if same_file and st.st_size >= c.offset:
                fh.seek(c.offset)
            else:
                rotated = self._find_rotated(c.inode) if st.st_ino != c.inode else None
                if rotated is not None:
                    self._drained += self._drain_file(rotated, c.offset, on_batch)
                elif _head_hash(fh) == c.head_hash and st.st_size >= c.offset:
                    fh.seek(c.offset)  # the same content under a new inode (copied back)
                    self._set_file(fh, st.st_ino, keep_position=True)
                    return True
                self._reset_position()
        self._set_file(fh, st.st_ino, keep_position=True)
        return True

    def _find_rotated(self, inode: int) -> Path | None:
        """After a restart the file we were reading may have been renamed (queue_log.1)."""
        folder = self.path.parent
        for entry in folder.iterdir():
            if entry.name.startswith(self.path.name) and entry != self.path:
                try:
                    if entry.stat().st_ino == inode:
                        return entry
                except OSError:
                    continue
        return None

    def _drain_file(self, rotated: Path, offset: int,
                    on_batch: BatchCallback | None = None) -> int:
        with open(rotated, "rb") as fh:
            fh.seek(offset)
            return self._read_from(fh, final=True, on_batch=on_batch)

    def _set_file(self, fh, inode: int, keep_position: bool) -> None:
        if self._fh is not None and self._fh is not fh:
            self._fh.close()
        self._fh = fh
        self._inode = inode
        self.cursor.inode = inode
        if not keep_position:
            fh.seek(0)

    def _reset_position(self) -> None:
        self.cursor.offset = 0
        self.cursor.line_no = 0
        self.cursor.head_hash = None

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    # ------------------------------------------------------------------ reading
    def poll(self, on_batch: BatchCallback | None = None, final: bool = False) -> int:
        """Read whatever complete lines are new; returns how many lines were consumed."""
        self._drained = 0  # lines of a file rotated while we were stopped, read on opening
        if self._fh is None and not self._open_current(on_batch):
            return 0
        read = self._drained
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            st = None
        if st is not None and st.st_ino != self._inode:
            # rotated by rename: finish the old file, then start the new one from the top.
            # _open_current decides from the cursor: a new file is read from its start, the
            # same content under a new inode (a rewritten copy) continues after our offset.
            read += self._read_from(self._fh, final=True, on_batch=on_batch)
            self._fh.close()
            self._fh = None
            drained = self._drained
            opened = self._open_current(on_batch)
            read += self._drained - drained
            if not opened:
                return read
        elif st is not None and (st.st_size < self.cursor.offset or self._head_changed()):
            # copytruncate: the file was emptied under us (and may have grown back already)
            self._reset_position()
            self._fh.seek(0)
        read += self._read_from(self._fh, final=final, on_batch=on_batch)
        return read

    def _head_changed(self) -> bool:
        """The open file no longer starts with the line we hashed: it was truncated and
        rewritten in place (an unfinished new first line also counts as changed)."""
        c = self.cursor
        return c.offset > 0 and c.head_hash is not None and _head_hash(self._fh) != c.head_hash

    def read_all(self, on_batch: BatchCallback | None = None) -> int:
        """One pass to the end of the file; a last line without newline counts as complete."""
        return self.poll(on_batch=on_batch, final=True)

    def follow(self, stop: threading.Event, interval: float = 0.25,
               on_batch: BatchCallback | None = None) -> None:
        while not stop.is_set():
            self.poll(on_batch=on_batch)
            stop.wait(interval)

    def _read_from(self, fh, final: bool, on_batch: BatchCallback | None = None) -> int:
        c = self.cursor
        fh.seek(c.offset)
        member_states.catch_up(self.writer.conn, self.state)  # AMI lists and mappings
        if c.head_hash is None:
            c.head_hash = _head_hash(fh)
        consumed = 0
        batch = RawBatch()
        problems: list[Problem] = []
        offset = c.offset
        line_no = c.line_no
        apply = self.state.apply
        limit = self.batch_lines
        taken = 0

        def complete_lines():
            """Lists of whole lines and the newline length after each; the unfinished
            last line is held back unless the file is known to be complete."""
            pending = b""
            while chunk := fh.read(CHUNK):
                lines = (pending + chunk).split(b"\n")
                pending = lines.pop()
                yield lines, 1
            if pending and final:
                yield [pending], 0

        for lines, newline in complete_lines():
            for raw in lines:  # the hot loop of a backfill: keep it flat
                line_no += 1
                start = offset
                offset += len(raw) + newline
                text = raw.decode("utf-8", errors="replace")
                parsed = parse_line(text, line_no)
                if type(parsed) is QueueEvent:
                    if not batch.lines:
                        batch.first_line = line_no
                        batch.first_ts = parsed.ts
                    batch.lines.append(text)
                    batch.last_line = line_no
                    batch.last_ts = parsed.ts
                    if parsed.event not in KNOWN_EVENTS:
                        batch.unknown.append((line_no, parsed.ts, parsed.event, text))
                    apply(parsed)
                elif raw.strip():
                    problems.append(Problem(line_no, start, parsed.reason, parsed.raw))
                taken += 1
                if taken >= limit:
                    consumed += self._commit(batch, problems, offset, line_no, on_batch)
                    batch, problems = RawBatch(), []
                    taken = 0
        if batch.lines or problems or offset != c.offset:
            consumed += self._commit(batch, problems, offset, line_no, on_batch)
        if c.head_hash is None:
            c.head_hash = _head_hash(fh)
        return consumed

    def _commit(self, batch: RawBatch, problems: list[Problem], offset: int,
                line_no: int, on_batch: BatchCallback | None) -> int:
        c = self.cursor
        c.offset = offset
        c.line_no = line_no
        if c.head_hash is None and self._fh is not None:
            c.head_hash = _head_hash(self._fh)
        changes = self.state.take_changes()
        try:
            self.writer.commit_batch(c, batch, changes, problems, self.state.to_dict())
        except BaseException:
            # nothing of the batch was stored: go back to the last commit, so that polling
            # again (after a lock that outlasted the retries, say) reads these lines again
            self.close()
            self._load_position()
            raise
        self.total_lines += len(batch.lines)
        self.total_problems += len(problems)
        if on_batch is not None and (batch.lines or problems):
            on_batch(BatchReport(len(batch.lines), len(problems), self.state.last_ts))
        return len(batch.lines) + len(problems)
