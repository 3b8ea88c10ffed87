"""Read a queue_log file into the store, once or following it live.

The reader remembers where it stopped (inode, a hash of the first line, byte offset, line
number) in the same transaction as the rows, so a restart resumes without losing or repeating
a line. That stored position is the truth: each batch is written only if the position is
still the one the batch was read from (another reader of the same file on the same database
may have moved it); if not, the batch is dropped and reading resumes from the stored position.
So two followers of one file never both store a line.

Rotation (see ``rotation.py`` for how files are recognised) in every style logrotate has:

* rename + new file (the default, and ``create``): the old file is read through the handle
  still open on it until a newer file has content (proof that the writer moved on), then
  to its end, then the newer files in order;
* copytruncate: the file shrinks below our offset or starts with another first line; the
  lines we had not read yet are in the copy (``queue_log.1``, same first line), read from
  our offset before the live file is read again from its start;
* any of these while the reader was stopped, several times over, with compressed copies:
  the stored position is found by inode or first line, and every newer file is read in order.

A line is consumed only once its newline has arrived; a half-written last line waits.
"""

from __future__ import annotations

import errno
import gzip
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

from console.domain.events import KNOWN_EVENTS, QueueEvent
from console.domain.floor_state import FloorState
from console.ingest.queue_log import parse_clean_lines, parse_line
from console.ingest.rotation import (
    LogFile,
    find_position,
    head_hash,
    index_of_inode,
    rotation_set,
    without_unfinished_copies,
)
from console.store import member_states
from console.store.ingest_writer import (
    IngestWriter,
    LockedCallback,
    PositionMoved,
    Problem,
    RawBatch,
)

CHUNK = 1 << 22
RUN_LINES = 128  # lines parsed and applied at a time
MOVED_RETRIES = 20  # another reader keeps winning: give up this poll, the next one goes on
MAX_STEPS = 64  # files advanced through in one poll (each step moves to a newer file)



# a stored QueueStatus answer this old is applied even when no later queue_log line came; the
# slack lets a line Asterisk wrote just before the answer reach us first (a poll is 0.25 s)
SETTLE_SLACK_SECONDS = 2.0


def settle_answers(state: FloorState, now: float) -> bool:
    """Apply the stored QueueStatus answers older than ``now`` minus the slack: the
    derivation otherwise waits for the next line, and a quiet log (only QUEUESTART at the
    start of the day) would keep the PBX's own member list from the store. True: applied."""
    pending = state.pending_snapshots
    until = now - SETTLE_SLACK_SECONDS
    if not pending or pending[0][1] >= until:
        return False
    state.settle(until)
    return True


class _Rewritten(PositionMoved):
    """The file was truncated (and maybe written again) while we read it: the lines just
    read may not be the ones after our offset, so they are dropped and read again."""


@dataclass(frozen=True, slots=True)
class BatchReport:
    lines: int
    problems: int
    last_ts: int


BatchCallback = Callable[[BatchReport], None]
MovedCallback = Callable[[], None]


class QueueLogReader:
    def __init__(
        self,
        conn: sqlite3.Connection,
        path: str | os.PathLike[str],
        *,
        batch_lines: int = 20000,
        kind: str = "queue_log",
        on_locked: LockedCallback | None = None,
        on_moved: MovedCallback | None = None,
        wrapup_seconds: int = 0,
        lock_retries: int = 60,
    ) -> None:
        self.path = Path(path).resolve()
        self.writer = IngestWriter(conn, on_locked=on_locked, retries=lock_retries)
        self.batch_lines = batch_lines
        self.kind = kind
        self.wrapup_seconds = wrapup_seconds
        self.on_moved = on_moved
        self._load_position()
        self._fh: IO[bytes] | None = None
        self._inode: int | None = None
        self.total_lines = 0
        self.total_problems = 0
        self.moved = 0  # batches dropped because another reader had stored them first
        self._consumed = 0

    def _load_position(self) -> None:
        """The cursor and the derivation state as last committed."""
        self.cursor = self.writer.open_source(str(self.path), self.kind)
        self._stored = self.cursor.position()
        if self.cursor.state:
            self.state = FloorState.from_dict(self.cursor.state)
        else:
            self.state = FloorState(wrapup_seconds=self.wrapup_seconds)
        self.state.aliases.update(self.writer.aliases())

    # ------------------------------------------------------------------ files
    def _hold(self, f: LogFile, keep_offset: bool) -> bool:
        """Make ``f`` the file the cursor is in (from the cursor's offset, or its start);
        False if it changed or vanished since it was looked at (try at the next poll)."""
        try:
            fh = f.open()
        except (OSError, EOFError):
            return False
        self.close()
        self._fh, self._inode = fh, f.inode
        if not keep_offset:
            self._reset_position()
        self.cursor.inode = f.inode
        return True

    def _resync(self) -> bool:
        """Open the file holding the stored position (after a start, or another reader)."""
        c = self.cursor
        files = rotation_set(self.path)
        if files is None:
            return False  # a rotation under way: look again at the next poll
        live = files[-1] if files and files[-1].path == self.path else None
        found = None
        if c.offset or c.inode is not None:
            found = find_position(files, c.inode, c.head_hash, c.offset)
        if found is not None:
            return self._hold(files[found], keep_offset=True)
        if live is None:
            return False
        if c.offset or c.line_no:
            self._reset_position()  # the stored file is gone: the live file from its top
        return self._hold(live, keep_offset=True)

    def _reset_position(self) -> None:
        self.cursor.offset = 0
        self.cursor.line_no = 0
        self.cursor.head_hash = None

    def _truncated(self, fh: IO[bytes]) -> bool:
        """Was the held file emptied under us (copytruncate), maybe already written again?"""
        c = self.cursor
        if not c.offset:
            return False
        try:
            size = os.fstat(fh.fileno()).st_size
        except (OSError, ValueError):
            return False
        if isinstance(fh, gzip.GzipFile):
            return False  # a compressed copy never changes
        if size < c.offset:
            return True
        return c.head_hash is not None and head_hash(fh) != c.head_hash

    def _read_copy_tail(self, on_batch: BatchCallback | None) -> bool:
        """copytruncate: what we had not read yet is in the copy, after our offset; then
        the held file is read from its start. False: the folder is changing, try later."""
        c = self.cursor
        held = self._inode
        if c.head_hash is not None:
            files = rotation_set(self.path)
            if files is None:
                return False
            files = [f for f in files if f.inode != held]
            found = find_position(files, None, c.head_hash, c.offset)
            if found is not None:
                copy = files[found]
                try:
                    fh = copy.open()
                except (OSError, EOFError):
                    return False  # renamed meanwhile: find it again at the next poll
                c.inode = copy.inode
                with fh:
                    self._read_from(fh, final=True, on_batch=on_batch)
            # no copy holds our position (deleted, or never made): those lines are gone
        self._reset_position()
        c.inode = held
        return True

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    # ------------------------------------------------------------------ reading
    def poll(self, on_batch: BatchCallback | None = None, final: bool = False) -> int:
        """Read whatever complete lines are new; returns how many lines were consumed."""
        self._consumed = 0
        if self.path.is_dir():
            # not a queue_log that has yet to appear: waiting would never end (the command
            # words this error with the file and the fix)
            raise IsADirectoryError(errno.EISDIR, "is a folder, not a queue_log file",
                                    str(self.path))
        for _ in range(MOVED_RETRIES):
            try:
                self._poll(on_batch, final)
                break
            except _Rewritten:
                continue  # back at the stored position; the next step sees the truncation
            except PositionMoved:
                self.moved += 1  # the cursor is back at the stored position: read on from it
                if self.on_moved is not None:
                    self.on_moved()
        return self._consumed

    def _poll(self, on_batch: BatchCallback | None, final: bool) -> None:
        if self._fh is None and not self._resync():
            return
        for _ in range(MAX_STEPS):
            fh = self._fh
            assert fh is not None
            if self._truncated(fh) and not self._read_copy_tail(on_batch):
                return
            self._read_from(fh, final=final, on_batch=on_batch)
            if not self._advance(fh, on_batch):
                return

    def _advance(self, fh: IO[bytes], on_batch: BatchCallback | None) -> bool:
        """Move on to the next newer file once the writer has; False to stay where we are."""
        c = self.cursor
        try:
            if os.stat(self.path).st_ino == self._inode:
                return False  # we are on the live file: nothing is newer
        except OSError:
            pass  # renamed away, no new file yet: a rotated file may still be newer
        files = rotation_set(self.path)
        if files is None:
            return False  # a rotation under way: look again at the next poll
        here = index_of_inode(files, self._inode) if self._inode is not None else None
        if here is None:
            # the held file left the folder: its content may be there under a new inode
            # (a rewritten copy, a compressed one): continue there after our offset
            found = find_position(files, None, c.head_hash, c.offset) if c.head_hash else None
            if found is not None:
                return self._hold(files[found], keep_offset=True)
            newer = [f for f in files[-1:] if f.path == self.path and f.inode != self._inode]
        else:
            newer = without_unfinished_copies(files[here + 1:])
        if not any(f.size > 0 for f in newer):
            return False  # no newer file with content: the writer may still be on this one
        self._read_from(fh, final=True, on_batch=on_batch)  # the writer moved on: the rest
        return self._hold(newer[0], keep_offset=False)

    def read_all(self, on_batch: BatchCallback | None = None) -> int:
        """One pass to the end of the file; a last line without newline counts as complete."""
        return self.poll(on_batch=on_batch, final=True)

    def follow(self, stop: threading.Event, interval: float = 0.25,
               on_batch: BatchCallback | None = None) -> None:
        while not stop.is_set():
            self.poll(on_batch=on_batch)
            stop.wait(interval)

    def _read_from(self, fh: IO[bytes], final: bool,
                   on_batch: BatchCallback | None = None) -> int:
        c = self.cursor
        fh.seek(c.offset)
        member_states.catch_up(self.writer.conn, self.state)  # AMI lists and mappings
        if c.head_hash is None:
            c.head_hash = head_hash(fh)
        consumed = 0
        batch = RawBatch()
        problems: list[Problem] = []
        offset = c.offset
        line_no = c.line_no
        apply = self.state.apply
        limit = self.batch_lines
        taken = 0

        def complete_lines():
            """Blocks of whole lines, each as (lines, byte sizes, newline length); the
            unfinished last line is held back unless the file is known to be complete. A
            block that is ASCII without CR or NUL (a queue_log as Asterisk writes it) is
            decoded at once and comes without sizes (they are the lengths): it is parsed
            by parse_clean_lines."""
            pending = b""
            while chunk := fh.read(CHUNK):
                data = pending + chunk
                cut = data.rfind(b"\n")
                if cut < 0:
                    pending = data
                    continue
                body, pending = data[:cut], data[cut + 1:]
                if body.isascii() and b"\r" not in body and b"\x00" not in body:
                    texts = body.decode("ascii").split("\n")
                    yield texts, None, 1
                else:
                    raws = body.split(b"\n")
                    yield ([r.decode("utf-8", errors="replace") for r in raws],
                           [len(r) for r in raws], 1)
            if pending and final:
                yield [pending.decode("utf-8", errors="replace")], [len(pending)], 0

        for texts, sizes, newline in complete_lines():
            i, n = 0, len(texts)
            while i < n:
                # short runs: a run's events die before the next is parsed, which keeps
                # memory warm and the garbage collector idle (a whole 4 MB block was slower)
                j = min(n, i + RUN_LINES, i + limit - taken)
                lines = texts[i:j]
                if sizes is None:
                    events, odd = parse_clean_lines(lines, line_no + 1)
                else:
                    events = [parse_line(t, line_no + k) for k, t in enumerate(lines, 1)]
                    odd = 1
                if not odd:  # every line a known event: the run at once
                    run = cast("list[QueueEvent]", events)
                    if not batch.lines:
                        batch.first_line = line_no + 1
                        batch.first_ts = run[0].ts
                    batch.lines += lines
                    for ev in run:
                        apply(ev)
                    line_no += j - i
                    offset += sum(map(len, lines)) + (j - i) * newline
                    batch.last_line = line_no
                    batch.last_ts = run[-1].ts
                else:
                    for text, size, parsed in zip(lines, map(len, lines) if sizes is None
                                                  else sizes[i:j], events, strict=True):
                        line_no += 1
                        start = offset
                        offset += size + newline
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
                        else:  # a blank line too: damage to count, not to skip (issue 12)
                            problems.append(Problem(line_no, start, parsed.reason, parsed.raw))
                taken += j - i
                i = j
                if taken >= limit:
                    consumed += self._commit(fh, batch, problems, offset, line_no, on_batch)
                    batch, problems = RawBatch(), []
                    taken = 0
        settled = settle_answers(self.state, time.time())
        if batch.lines or problems or offset != c.offset or settled:
            consumed += self._commit(fh, batch, problems, offset, line_no, on_batch)
        if c.head_hash is None:
            c.head_hash = head_hash(fh)
        return consumed

    def _commit(self, fh: IO[bytes], batch: RawBatch, problems: list[Problem], offset: int,
                line_no: int, on_batch: BatchCallback | None) -> int:
        c = self.cursor
        c.offset = offset
        c.line_no = line_no
        if c.head_hash is None:
            c.head_hash = head_hash(fh)
        changes = self.state.take_changes()
        try:
            if (c.head_hash is not None and not isinstance(fh, gzip.GzipFile)
                    and head_hash(fh) != c.head_hash):
                # checked after the read: if the first line is still ours, no truncation
                # came before the read, so what we read really follows our offset
                raise _Rewritten(str(self.path))
            self.writer.commit_batch(c, batch, changes, problems, self.state.to_dict(),
                                     expected=self._stored)
        except BaseException:
            # nothing of the batch was stored: go back to the last commit (ours, or another
            # reader's), so that polling again reads from there
            self.close()
            self._load_position()
            raise
        self._stored = c.position()
        self.total_lines += len(batch.lines)
        self.total_problems += len(problems)
        self._consumed += len(batch.lines) + len(problems)
        if on_batch is not None and (batch.lines or problems):
            on_batch(BatchReport(len(batch.lines), len(problems), self.state.last_ts))
        return len(batch.lines) + len(problems)
