"""Parse Asterisk queue_log lines (``epoch|callid|queue|agent|EVENT|data1|...``).

A line that cannot be read becomes a :class:`ParseProblem` carrying the reason; it never
raises, so one broken line cannot stop a reader. Unknown event names are *not* problems: they
are kept as-is and counted, because Asterisk modules and dialplans add their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from console.domain.events import KNOWN_EVENTS, QueueEvent

_EVENT_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")
MAX_LINE = 64 * 1024
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
