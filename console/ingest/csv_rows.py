"""CSV and line reading that keeps every good row of a damaged file.

Python's ``csv`` stops a whole file at one field over its limit, a decoding error refuses the
file before its first row, and an unclosed quote swallows every line after it into one field.
Exports from ticketing systems, HR tools and PBX databases do contain such rows, and the rows
around them are good. So the file is read here one physical line at a time, each line decoded
on its own, and ``csv`` parses one record at a time from those lines. A record that goes wrong
(a bad byte, a field over the limit, a quote that is not closed within :data:`MAX_RECORD_LINES`
lines or before the end of the file, or a multi-line record that strict CSV refuses or whose
field count does not fit the header) becomes a :class:`RowProblem` at the line where the
record starts, and reading resumes on the line after it. Line numbers are the physical lines
of the file, 1-based.
"""

from __future__ import annotations

import csv
import io
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

FIELD_LIMIT = 128 * 1024  # csv's own default; a cell longer than that is damage, not data
MAX_LINE_BYTES = 1024 * 1024  # one physical line; longer lines are refused unread
MAX_RECORD_LINES = 100  # a quoted cell spanning more lines is taken for an unclosed quote
_CHUNK = 256 * 1024
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class RowProblem:
    line_no: int  # 0: the file as a whole
    reason: str


class LineTooLong(bytes):
    """Marks a physical line cut off at :data:`MAX_LINE_BYTES` (its rest was skipped)."""


def physical_lines(fh: BinaryIO, *, split_cr: bool = True) -> Iterator[tuple[int, bytes]]:
    """``(line number, bytes with their line end)``, never holding more than one line.

    ``split_cr`` also ends a line at a lone CR (old Mac files, and what ``csv`` itself does);
    JSON lines end at LF only. A line longer than :data:`MAX_LINE_BYTES` comes as a
    :class:`LineTooLong` holding its start, and the rest of it is skipped unread.
    """
    line_no = 0
    pending = b""
    skipping = False  # inside a line already reported too long
    chunk = fh.read(_CHUNK)
    if chunk.startswith(_BOM):
        chunk = chunk[len(_BOM):]
    while chunk:
        parts = _split(pending + chunk, split_cr)
        pending = parts.pop() if parts and _open_end(parts[-1]) else b""
        for part in parts:
            line_no += 1
            if skipping:
                skipping = False  # the end of the long line
                continue
            yield line_no, part
        if len(pending) > MAX_LINE_BYTES or (skipping and pending):
            if not skipping:
                yield line_no + 1, LineTooLong(pending[:200])
                skipping = True
            pending = pending[-1:] if pending.endswith(b"\r") else b""
        chunk = fh.read(_CHUNK)
    if pending or skipping:
        line_no += 1
        if not skipping:
            yield line_no, pending


def _split(data: bytes, split_cr: bool) -> list[bytes]:
    if split_cr:
        return data.splitlines(keepends=True)
    parts = data.split(b"\n")
    last = parts.pop()
    return [p + b"\n" for p in parts] + ([last] if last else [])


def _open_end(part: bytes) -> bool:
    """The last piece of a chunk may go on in the next one: it has no line end yet, or ends
    in a CR that may be the first half of a CRLF."""
    return not part.endswith(b"\n")


class _RecordError(Exception):
    def __init__(self, line_no: int, reason: str) -> None:
        super().__init__(reason)
        self.line_no = line_no
        self.reason = reason


class _LineFeed:
    """The lines ``csv.reader`` pulls; it knows where each record starts and can rewind."""

    def __init__(self, lines: Iterator[tuple[int, bytes]], errors: str = "strict") -> None:
        self._lines = lines
        self.errors = errors
        self._back: deque[tuple[int, bytes]] = deque()
        self.taken: list[tuple[int, bytes]] = []  # the lines of the record being parsed
        self.fresh = True
        self.done = False

    def __iter__(self) -> _LineFeed:
        return self

    def __next__(self) -> str:
        item = self._back.popleft() if self._back else next(self._lines, None)
        if self.fresh:
            self.taken = []
            self.fresh = False
            if item is None:
                self.done = True
                raise StopIteration
        elif item is None:  # the end of the file inside a quoted cell
            raise _RecordError(self.start, "a quote opened on this line is never closed")
        elif len(self.taken) >= MAX_RECORD_LINES:
            self._back.appendleft(item)
            raise _RecordError(self.start, "a quote opened on this line is not closed within "
                                           f"{MAX_RECORD_LINES} lines")
        line_no, raw = item
        self.taken.append(item)
        if isinstance(raw, LineTooLong):
            raise _RecordError(line_no, f"line longer than {MAX_LINE_BYTES // (1024 * 1024)} MiB")
        try:
            return raw.decode("utf-8", self.errors)
        except UnicodeDecodeError as exc:
            raise _RecordError(line_no, f"not UTF-8 text (byte {exc.start + 1} of the line); "
                                        "save the file as UTF-8") from None

    @property
    def start(self) -> int:
        return self.taken[0][0] if self.taken else 0

    def resume_after_start(self) -> None:
        """Read the lines after the record's first one again, as records of their own."""
        self._back.extendleft(reversed(self.taken[1:]))
        self.taken = []


class CsvRecords:
    """``(first line, fields)`` per record, the header included, or a :class:`RowProblem`.

    Set ``expected_fields`` once the header is known: a record spanning several lines whose
    field count does not fit is then taken for an unclosed quote rather than kept.
    ``errors="replace"`` reads a bad byte as U+FFFD instead of refusing its row.
    """

    def __init__(self, fh: BinaryIO, delimiter: str = ",", errors: str = "strict") -> None:
        self.feed = _LineFeed(physical_lines(fh), errors)
        self.dialect = csv.excel()
        self.dialect.delimiter = delimiter  # type: ignore[misc]
        self.reader = csv.reader(self.feed, self.dialect)
        self.expected_fields: int | None = None

    def __iter__(self) -> Iterator[tuple[int, list[str]] | RowProblem]:
        feed = self.feed
        while not feed.done:
            feed.fresh = True
            try:
                row = next(self.reader)
            except StopIteration:
                return
            except _RecordError as exc:
                yield RowProblem(feed.start, _where(exc.reason, exc.line_no, feed.start))
                feed.resume_after_start()
                continue
            except csv.Error as exc:
                yield RowProblem(feed.start, _csv_reason(exc))
                feed.resume_after_start()
                continue
            lines = len(feed.taken)
            if lines > 1 and not self._strictly_one_record():
                yield RowProblem(feed.start, "a quote opened on this line is not closed where "
                                             "the cell should end (a stray quote?)")
                feed.resume_after_start()
                continue
            if lines > 1 and self.expected_fields not in (None, len(row)):
                yield RowProblem(feed.start, "a quote opened on this line is not closed where "
                                             f"the row should end ({len(row)} fields over "
                                             f"{lines} lines; the header has "
                                             f"{self.expected_fields})")
                feed.resume_after_start()
                continue
            yield feed.start, row

    def _strictly_one_record(self) -> bool:
        """A cell spanning lines must be quoted by the book: a quote closed by a stray one
        further down leaves text after it (``"z,10``), which strict parsing refuses."""
        text = "".join(raw.decode("utf-8", self.feed.errors) for _, raw in self.feed.taken)
        try:
            rows = list(csv.reader(io.StringIO(text, newline=""), self.dialect, strict=True))
        except csv.Error:
            return False
        return len(rows) == 1


def _where(reason: str, bad_line: int, start: int) -> str:
    if bad_line == start or start == 0:
        return reason
    return f"a quoted cell opened on this line runs into line {bad_line}: {reason}"


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger than field limit" in text:
        return f"a field is longer than {FIELD_LIMIT // 1024} KiB (131072 characters)"
    return f"broken CSV ({text})"
