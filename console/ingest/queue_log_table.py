"""Import a queue_log kept in a database table and exported as CSV or TSV with a header.

FreePBX and Asterisk realtime (``queue_log`` table) name the columns ``time, callid,
queuename, agent, event, data1..data5`` (older schemas have one ``data`` column with
``|``-separated fields); QueueMetrics names them ``time_id, call_id, queue, agent, verb,
data1..data5``. Both are accepted, in any column order, with extra columns (``id``,
``partition``, ``serverid``) ignored. ``time`` is epoch seconds or a local
``YYYY-MM-DD HH:MM:SS[.ffffff]`` (the PBX's local time, as Asterisk writes it).

Each row is turned back into the flat line Asterisk would have written
(``epoch|callid|queue|agent|EVENT|data1|...``) and goes through the very same parser,
derivation and batch writer as the file, so both forms of the same events give identical
``calls`` and ``agent_states``. Rows are ordered by time (stable: rows of one second keep the
export's order). The cursor remembers how many rows were imported, so importing a longer
export of the same table later adds only the new rows.
"""

from __future__ import annotations

import csv
import math
import os
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from console.domain.events import KNOWN_EVENTS, QueueEvent
from console.domain.floor_state import FloorState
from console.domain.time_range import epoch_problem
from console.ingest.csv_rows import CsvRecords, RowProblem
from console.ingest.follower import settle_answers
from console.ingest.queue_log import parse_line
from console.store import member_states
from console.store.ingest_writer import IngestWriter, Problem, RawBatch

KIND = "queue_log_table"
_ALIASES = {
    "time": "time", "time_id": "time", "timestamp": "time",
    "callid": "callid", "call_id": "callid", "uniqueid": "callid",
    "queuename": "queue", "queue": "queue",
    "agent": "agent",
    "event": "event", "verb": "event",
    "data": "data",
    **{f"data{i}": f"data{i}" for i in range(1, 6)},
}
_REQUIRED = ("time", "callid", "queue", "agent", "event")


class TableFormatError(ValueError):
    """The header does not name the columns of a queue_log table."""


def looks_like_table(path: Path) -> bool:
    """A header line naming time and event columns: a table export, not a flat queue_log
    (whose first field is a number)."""
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as fh:
            first = fh.readline()
    except OSError:
        return False
    try:
        _columns(first)
    except TableFormatError:
        return False
    return True


def _delimiter(header: str) -> str:
    for sep in ("\t", ",", ";"):
        if sep in header:
            return sep
    raise TableFormatError("the header has no tab, comma or semicolon between column names")


def _columns(header: str) -> tuple[str, dict[str, int]]:
    sep = _delimiter(header)
    names = next(csv.reader([header.strip("\r\n")], delimiter=sep))
    cols: dict[str, int] = {}
    for i, name in enumerate(names):
        key = _ALIASES.get(name.strip().strip('"').lower())
        if key and key not in cols:
            cols[key] = i
    missing = [c for c in _REQUIRED if c not in cols]
    if missing:
        raise TableFormatError("the header lacks the column(s) " + ", ".join(missing)
                               + " (expected time, callid, queuename, agent, event, data1..5)")
    return sep, cols


def parse_time(text: str) -> int:
    """Epoch seconds, or local 'YYYY-MM-DD HH:MM:SS[.ffffff]' (also with a 'T')."""
    value = text.strip()
    try:
        number = float(value)
    except ValueError:
        try:
            number = datetime.fromisoformat(value).timestamp()
        except (ValueError, OverflowError, OSError):
            raise ValueError(f"time {value[:40]!r} is neither epoch seconds nor "
                             "'YYYY-MM-DD HH:MM:SS'") from None
    problem = epoch_problem(number)
    if problem is not None:  # inf, 1e999, a millisecond epoch, year 9999: never stored
        raise ValueError(f"time {value[:40]!r} {problem}")
    return math.floor(number)


def row_to_line(row: list[str], cols: dict[str, int]) -> str:
    """The flat queue_log line this row stands for (trailing empty data fields dropped)."""
    def get(key: str) -> str:
        i = cols.get(key)
        return row[i].strip() if i is not None and i < len(row) else ""

    ts = parse_time(get("time"))
    data = [get(f"data{i}") for i in range(1, 6)] if "data1" in cols else get("data").split("|")
    while data and data[-1] == "":
        data.pop()
    head = [str(ts), get("callid") or "NONE", get("queue") or "NONE", get("agent") or "NONE",
            get("event")]
    parts = [p.replace("|", "/") for p in head] + (data or [""])
    return "|".join(p.replace("\r", " ").replace("\n", " ") for p in parts)


def read_rows(path: Path) -> Iterator[tuple[int, str | None, str]]:
    """(line number, flat line or None, reason when None) for every data row.

    A damaged row (a field over 128 KiB, an unclosed quote) is refused on its own line and
    the rows after it are read; a bad byte reads as U+FFFD, as in the flat file.
    """
    with open(path, "rb") as fh:
        header = fh.readline(64 * 1024).decode("utf-8-sig", errors="replace")
        sep, cols = _columns(header)
        fh.seek(0)
        records = CsvRecords(fh, delimiter=sep, errors="replace")
        first = True
        for item in records:
            if first:  # the header, already read above
                first = False
                if not isinstance(item, RowProblem):
                    records.expected_fields = len(item[1])
                    continue
            if isinstance(item, RowProblem):
                yield item.line_no, None, item.reason
                continue
            n, row = item
            if not any(cell.strip() for cell in row):
                continue
            try:
                yield n, row_to_line(row, cols), ""
            except ValueError as exc:
                yield n, None, str(exc)


class QueueLogTableImporter:
    """One import of one export file; see the module docstring for the rules."""

    def __init__(self, conn: sqlite3.Connection, path: str | os.PathLike[str],
                 batch_rows: int = 20000, wrapup_seconds: int = 0) -> None:
        self.path = Path(path).resolve()
        self.writer = IngestWriter(conn)
        self.batch_rows = batch_rows
        self.cursor = self.writer.open_source(str(self.path), KIND)
        self.state = (FloorState.from_dict(self.cursor.state) if self.cursor.state
                      else FloorState(wrapup_seconds=wrapup_seconds))
        self.state.aliases.update(self.writer.aliases())
        self.total_rows = 0
        self.total_problems = 0

    def run(self) -> tuple[int, int]:
        """Returns (rows imported, rows refused) in this run. Raises TableFormatError."""
        rows: list[tuple[int, int, str]] = []
        problems: list[Problem] = []
        for line_no, line, reason in read_rows(self.path):
            if line is None:
                problems.append(Problem(line_no, None, reason, ""))
                continue
            parsed = parse_line(line, line_no)
            if isinstance(parsed, QueueEvent):
                rows.append((parsed.ts, line_no, line))
            else:
                problems.append(Problem(line_no, None, parsed.reason, parsed.raw))
        rows.sort(key=lambda r: r[0])  # stable: one second's rows keep the export's order
        member_states.catch_up(self.writer.conn, self.state)  # AMI lists and mappings
        skip = self.cursor.line_no  # rows imported by an earlier run of a shorter export
        fresh = rows[skip:]
        if skip and problems:
            problems = [p for p in problems if p.line_no > self.cursor.offset]
        for start in range(0, max(len(fresh), 1), self.batch_rows):
            chunk = fresh[start:start + self.batch_rows]
            last = start + self.batch_rows >= len(fresh)
            self._commit(chunk, skip + start + len(chunk), problems if last else [])
        if settle_answers(self.state, time.time()):  # answers after the last line
            self._commit([], skip + len(fresh), [])
        return len(fresh), len(problems)

    def _commit(self, chunk: list[tuple[int, int, str]], done: int,
                problems: list[Problem]) -> None:
        batch = RawBatch()
        for i, (ts, line_no, line) in enumerate(chunk):
            event = parse_line(line, line_no)
            assert isinstance(event, QueueEvent)
            if i == 0:
                batch.first_line, batch.first_ts = line_no, ts
            batch.last_line, batch.last_ts = line_no, ts
            batch.lines.append(line)
            if event.event not in KNOWN_EVENTS:
                batch.unknown.append((line_no, ts, event.event, line))
            self.state.apply(event)
        self.cursor.line_no = done
        # ``offset`` holds the highest export line seen, so a re-import does not repeat the
        # problems already listed
        self.cursor.offset = max([self.cursor.offset, *(p.line_no for p in problems),
                                  *(r[1] for r in chunk)])
        self.writer.commit_batch(self.cursor, batch, self.state.take_changes(), problems,
                                 self.state.to_dict())
        self.total_rows += len(chunk)
        self.total_problems += len(problems)
