"""Check call notes for abuse, and turn the suggestions a person confirmed into flags.

The detector only suggests (:mod:`console.domain.abuse_detector`); nothing here writes a flag
until :func:`create_detector_flags` is called with the lines a supervisor ticked.

**One flag per call, not one per line.** A flag is an abusive *call*: the strain score weighs
each flag (DESIGN.md 6: abusive call 1, threat 2), so three insults in one transcript must not
count as three abusive calls. The confirmed lines of one call become one flag whose severity and
category are those of its worst line, and whose note quotes every confirmed line, so nothing the
supervisor confirmed is lost. Lines carry their call from the file (a ``callid`` column or
key) or else the call picked in the dialog; lines with neither are one unnamed call (a pasted
transcript is one conversation).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from console.domain.abuse_detector import AbuseDetector, Verdict, default_detector
from console.domain.flags import HARASSMENT, INSULT, THREAT, clamp_severity
from console.ingest.detect_file import LineError
from console.ingest.notes_file import NoteRecord, read_notes, split_lines
from console.store import flags as flags_store

SOURCE = "detector"
MAX_LINES = 20_000  # a shift's notes; a larger file is checked up to here and says so
_RANK = {THREAT: 3, HARASSMENT: 2, INSULT: 1}


@dataclass(frozen=True, slots=True)
class CheckedLine:
    line_no: int
    text: str
    verdict: Verdict
    record_id: str | None = None
    callid: str | None = None


@dataclass(frozen=True, slots=True)
class NotesCheck:
    """What the detector suggests for each line of a text or file."""

    source: str | None  # the file, or None for pasted text
    lines: tuple[CheckedLine, ...]
    problems: tuple[LineError, ...] = ()
    truncated: bool = False

    @property
    def suggestions(self) -> int:
        return sum(1 for line in self.lines if line.verdict.abusive)


def _check(records: Iterable[NoteRecord | LineError], source: str | None,
           detector: AbuseDetector | None, max_lines: int) -> NotesCheck:
    detector = detector or default_detector()
    lines: list[CheckedLine] = []
    problems: list[LineError] = []
    for item in records:
        if isinstance(item, LineError):
            problems.append(item)
            continue
        if len(lines) >= max_lines:
            return NotesCheck(source, tuple(lines), tuple(problems), truncated=True)
        lines.append(CheckedLine(item.line_no, item.text, detector.detect(item.text),
                                 item.record_id, item.callid))
    return NotesCheck(source, tuple(lines), tuple(problems))


def check_text(text: str, detector: AbuseDetector | None = None,
               max_lines: int = MAX_LINES) -> NotesCheck:
    """Pasted notes: every non-empty line is checked on its own."""
    return _check(split_lines(text), None, detector, max_lines)


def check_file(path: str | Path, detector: AbuseDetector | None = None,
               max_lines: int = MAX_LINES) -> NotesCheck:
    """A ``.txt``, ``.jsonl`` or ``.csv`` notes file (see :mod:`console.ingest.notes_file`).
    Raises OSError when the file cannot be opened at all."""
    return _check(read_notes(path), str(path), detector, max_lines)


@dataclass(frozen=True, slots=True)
class ConfirmedLine:
    """A line the supervisor ticked, with the category and severity they settled on."""

    line_no: int
    text: str
    category: str
    severity: int
    words: tuple[str, ...] = ()
    callid: str | None = None


@dataclass(frozen=True, slots=True)
class DetectedFlag:
    """One flag to write: a call and its confirmed lines. ``note`` is written by the caller
    (the UI words it in the supervisor's language)."""

    callid: str | None
    severity: int
    category: str
    lines: tuple[ConfirmedLine, ...]
    note: str = ""


def group_by_call(confirmed: Iterable[ConfirmedLine],
                  callid: str | None = None) -> list[DetectedFlag]:
    """One flag per call (see the module docstring), in the order the calls first appear.
    ``callid`` is the dialog's call, used for lines that do not name their own."""
    groups: dict[str | None, list[ConfirmedLine]] = {}
    for line in confirmed:
        groups.setdefault(line.callid or callid or None, []).append(line)
    flags = []
    for call, lines in groups.items():
        worst = max(lines, key=lambda c: (clamp_severity(c.severity), _RANK.get(c.category, 0)))
        flags.append(DetectedFlag(call, clamp_severity(worst.severity), worst.category,
                                  tuple(lines)))
    return flags


def create_detector_flags(conn: sqlite3.Connection, now: float, agent: str,
                          flags: Iterable[DetectedFlag]) -> list[int]:
    """Write the confirmed flags (source ``detector``), each with its audit row; returns the
    new flag ids. Called only after a person confirmed the lines."""
    if not agent:
        raise ValueError("choose the agent who took the call")
    ids = []
    for flag in flags:
        if not flag.lines:
            continue
        ids.append(flags_store.create_flag(
            conn, ts=now, agent=agent, severity=clamp_severity(flag.severity),
            category=flag.category, source=SOURCE, callid=flag.callid, note=flag.note or None))
    return ids
