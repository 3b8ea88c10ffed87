"""Normalized events: the one vocabulary every source (queue_log, AMI, simulator) speaks.

A queue_log line is kept close to its original shape (event name plus positional data) so that
nothing is lost; the meaning of each field is decoded once, by the derivation in
:mod:`console.domain.floor_state`, not by every reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

# Events of Asterisk's queue_log that the console understands (DESIGN.md section 5),
# plus the custom ABUSEFLAG written by the QueueLog() dialplan application.
CALL_EVENTS = frozenset(
    {
        "ENTERQUEUE",
        "CONNECT",
        "COMPLETECALLER",
        "COMPLETEAGENT",
        "ABANDON",
        "EXITWITHTIMEOUT",
        "EXITWITHKEY",
        "EXITEMPTY",
        "WITHDRAW",
        "TRANSFER",
        "BLINDTRANSFER",
        "ATTENDEDTRANSFER",
        "RINGNOANSWER",
        "RINGCANCELED",
        "ABUSEFLAG",
    }
)
MEMBER_EVENTS = frozenset(
    {
        "ADDMEMBER",
        "REMOVEMEMBER",
        "PAUSE",
        "UNPAUSE",
        "PAUSEALL",
        "UNPAUSEALL",
        "AGENTLOGIN",
        "AGENTLOGOFF",
        "AGENTCALLBACKLOGIN",
        "AGENTCALLBACKLOGOFF",
        "PENALTY",
    }
)
SYSTEM_EVENTS = frozenset({"QUEUESTART", "CONFIGRELOAD"})
KNOWN_EVENTS = CALL_EVENTS | MEMBER_EVENTS | SYSTEM_EVENTS

# Larger numeric fields are corrupt: far beyond any duration, and near SQLite's 64-bit limit.
MAX_INT_FIELD = 2**53


class QueueEvent(NamedTuple):
    """One queue_log line, split and cleaned: ``NONE`` and empty fields become ``None``.

    A NamedTuple rather than a dataclass: a backfill makes millions of these, and tuple
    construction is several times cheaper than a frozen dataclass's ``__init__``.
    """

    ts: int
    callid: str | None
    queue: str | None
    agent: str | None
    event: str
    data: tuple[str | None, ...] = ()
    line_no: int = 0

    def field(self, index: int) -> str | None:
        """data1 is ``field(1)``; a missing field is ``None`` rather than an IndexError."""
        i = index - 1
        return self.data[i] if 0 <= i < len(self.data) else None

    def int_field(self, index: int, default: int = 0) -> int:
        """The field as a whole number; ``default`` if it is missing, not a number, or too
        large to be a time or a count (SQLite could not store it and the ingest would stop)."""
        data = self.data  # field() inline: two or three of these a line in a backfill
        i = index - 1
        value = data[i] if 0 <= i < len(data) else None
        if value is None:
            return default
        try:
            number = int(value)
        except ValueError:
            try:
                number = int(float(value))
            except (ValueError, OverflowError):
                return default
        return number if -MAX_INT_FIELD <= number <= MAX_INT_FIELD else default

    @property
    def known(self) -> bool:
        return self.event in KNOWN_EVENTS


@dataclass(frozen=True, slots=True)
class IngestProblem:
    """A line a reader could not use, kept with where it was and why."""

    id: int
    file: str
    line_no: int
    byte_offset: int | None
    reason: str
    raw: str
    seen_at: int
