"""Parse Asterisk queue_log lines (``epoch|callid|queue|agent|EVENT|data1|...``).

A line that cannot be read becomes a :class:`ParseProblem` carrying the reason; it never
raises, so one broken line cannot stop a reader. A blank line is a problem too (Asterisk never
writes one, so it marks damage), and so is a CR inside a line (a CR-only file would otherwise
be read as one event). :func:`unreadable_hint` says what a file of which no line could be
read probably is. Unknown event names are *not* problems: they
are kept as-is and counted, because Asterisk modules and dialplans add their own.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from console.domain.events import KNOWN_EVENTS, QueueEvent

_EVENT_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
MAX_LINE = 64 * 1024
BLANK_LINE = "blank line (Asterisk never writes one: the log is damaged or was edited here)"
CR_ONLY = ("carriage return (CR) inside the line: the file ends its lines with CR only; "
           "convert it with `tr '\\r' '\\n' < FILE > FILE.lf` and import the copy")
# QueueEvent is a NamedTuple: building it through tuple.__new__ skips the generated
# keyword-handling __new__, which matters at a million lines.
_new_event = tuple.__new__


@dataclass(frozen=True, slots=True)
class ParseProblem:
    line_no: int
    reason: str
    raw: str


def parse_line(line: str, line_no: int = 0) -> QueueEvent | ParseProblem:
    text = line.rstrip("\r\n")
    if not text.strip():  # Asterisk never writes one: the log was damaged or edited here
        return ParseProblem(line_no, BLANK_LINE, text)
    if "\r" in text:  # before the length check: a CR-only file is one very long "line"
        return ParseProblem(line_no, CR_ONLY, text[:200].replace("\r", "\\r"))
    if len(text) > MAX_LINE:
        return ParseProblem(line_no, f"line longer than {MAX_LINE} characters", text[:200])
    if "\x00" in text:
        return ParseProblem(line_no, "line contains NUL bytes", text.replace("\x00", "\\0"))
    parts = text.split("|")
    if len(parts) < 5:
        reason = f"expected at least 5 '|'-separated fields, found {len(parts)}"
        return ParseProblem(line_no, reason, text)
    ts_text = parts[0]
    if not (ts_text.isascii() and ts_text.isdigit()):  # "²".isdigit() is True, int() refuses it
        try:
            ts = int(float(ts_text))
        except (ValueError, OverflowError):  # "inf" and "1e999" overflow int()
            return ParseProblem(line_no, f"timestamp {ts_text[:40]!r} is not a number", text)
        if ts < 0:
            return ParseProblem(line_no, "timestamp is negative", text)
    elif len(ts_text) > 12:  # out of range; int() even refuses over 4300 digits
        return ParseProblem(line_no, f"timestamp {ts_text[:40]} is out of range", text)
    else:
        ts = int(ts_text)
    if ts > 32503680000:  # year 3000: a corrupted or millisecond timestamp
        return ParseProblem(line_no, f"timestamp {ts_text[:40]} is out of range", text)
    event = parts[4]
    if event not in KNOWN_EVENTS:
        event = event.strip()
        if not _EVENT_NAME.match(event):
            return ParseProblem(line_no, f"event name {event[:40]!r} is not valid", text)
    c, q, a = parts[1], parts[2], parts[3]
    return _new_event(QueueEvent, (
        ts,
        None if c == "" or c == "NONE" else c,
        None if q == "" or q == "NONE" else q,
        None if a == "" or a == "NONE" else a,
        event,
        tuple([p if p and p != "NONE" else None for p in parts[5:]]),
        line_no,
    ))


def parse_clean_lines(texts: list[str],
                      first_line_no: int) -> tuple[list[QueueEvent | ParseProblem], int]:
    """:func:`parse_line` of each line of a block the caller has checked as a whole: ASCII,
    no CR and no NUL (one scan of the block instead of four per line), lines split on their
    newline. The common line (a known event, a whole-number time in range) is read inline;
    any other goes through :func:`parse_line`, so the result is the same line for line.
    Also returns how many lines were not common: 0 means every line is a known event."""
    out: list[QueueEvent | ParseProblem] = []
    append = out.append
    known = KNOWN_EVENTS
    new = _new_event
    line_no = first_line_no - 1
    odd = 0
    for text in texts:  # the hot loop of a backfill: keep it flat
        line_no += 1
        parts = text.split("|")
        if len(parts) < 5 or len(text) > MAX_LINE:
            append(parse_line(text, line_no))
            odd += 1
            continue
        ts_text = parts[0]
        event = parts[4]
        if not ts_text.isdigit() or event not in known or len(ts_text) > 11:
            append(parse_line(text, line_no))
            odd += 1
            continue
        ts = int(ts_text)
        if ts > 32503680000:
            append(parse_line(text, line_no))
            odd += 1
            continue
        c, q, a = parts[1], parts[2], parts[3]
        data = parts[5:]
        append(new(QueueEvent, (
            ts,
            None if c == "" or c == "NONE" else c,
            None if q == "" or q == "NONE" else q,
            None if a == "" or a == "NONE" else a,
            event,
            # the same fields as parse_line's; most lines have no empty or NONE field
            tuple([p if p and p != "NONE" else None for p in data])
            if "" in data or "NONE" in data else tuple(data),
            line_no,
        )))
    return out, odd


def unreadable_hint(path: str | os.PathLike[str]) -> str | None:
    """What to do with a file of which not one line was a queue_log line, from its start:
    a table export (use ``ingest queue-log-table``), a CR-only file, or not a queue_log."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(64 * 1024)
    except OSError:
        return None
    if not head.strip():
        return None
    if b"\r" in head and b"\n" not in head:
        return ("its lines end with CR only (an old Mac or a converted export): convert it "
                f"with `tr '\\r' '\\n' < {path} > {path}.lf` and import the copy")
    lines = [ln for ln in head.split(b"\n")[:50] if ln.strip()]
    tabular = sum(1 for ln in lines if b"|" not in ln and any(s in ln for s in (b",", b"\t", b";")))
    if lines and tabular * 2 >= len(lines):
        return ("this looks like a table export (columns with a header, not '|'-separated "
                f"lines): use `composure ingest queue-log-table {path}`")
    return ("none of its lines is a queue_log line (epoch|callid|queue|agent|EVENT|data...): "
            "is this Asterisk's queue_log (usually /var/log/asterisk/queue_log)?")
