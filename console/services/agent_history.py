"""An agent's history, gathered from every feature that has something to say about them.

A provider is ``fn(conn, agent, since) -> Iterable[TimelineEntry]``. Coaching, flags and breaks
are built in; another feature adds its own with :func:`register_history_provider` (or a line in
``PROVIDERS``) and a formatter for its kind in ``console.ui.coaching.history_dialog``. A
provider that fails (say its table is not in an older database) is skipped and logged: one
feature must not blank the whole history.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable

from console.domain import history as h
from console.domain.coaching import DONE, ONE_TO_ONE, PLANNED, CoachingSession
from console.domain.history import TimelineEntry
from console.store import breaks as breaks_store
from console.store import coaching as coaching_store
from console.store import flags as flags_store

log = logging.getLogger(__name__)

HistoryProvider = Callable[[sqlite3.Connection, str, float], Iterable[TimelineEntry]]


def _session_ts(s: CoachingSession) -> float:
    if s.status == PLANNED:
        return s.due_ts if s.due_ts is not None else s.created_at
    return s.completed_at or s.created_at


def session_entries(conn: sqlite3.Connection, agent: str,
                    since: float) -> Iterable[TimelineEntry]:
    for s in coaching_store.sessions_for_agent(conn, agent):
        ts = _session_ts(s)
        if ts < since and s.status != PLANNED:
            continue
        if s.kind == ONE_TO_ONE:
            kind, other = h.ONE_TO_ONE, s.coach
        elif s.agent == agent:
            kind, other = h.PEER, s.coach
        else:
            kind, other = h.COACHED, s.agent
        fields = [(k, v) for k, v in (
            ("went_well", s.went_well), ("do_differently", s.do_differently),
            ("notes", s.notes), ("queue", s.queue), ("callid", s.callid),
            ("needs", ",".join(str(n) for n in s.needs)),
            ("due_ts", str(s.due_ts) if s.due_ts is not None and s.status != DONE else None),
        ) if v]
        yield TimelineEntry(ts, kind, s.status, s.focus, other, tuple(fields), f"session:{s.id}")


def flag_entries(conn: sqlite3.Connection, agent: str, since: float) -> Iterable[TimelineEntry]:
    for f in flags_store.flags_since(conn, since):
        if f.agent != agent:
            continue
        fields = [(k, v) for k, v in (("severity", str(f.severity)), ("category", f.category),
                                      ("queue", f.queue), ("callid", f.callid),
                                      ("source", f.source)) if v]
        yield TimelineEntry(f.ts, h.FLAG, "acknowledged" if f.acknowledged else None, f.note,
                            f.acknowledged_by, tuple(fields), f"flag:{f.id}")


def break_entries(conn: sqlite3.Connection, agent: str, since: float) -> Iterable[TimelineEntry]:
    for b in breaks_store.since(conn, since):
        if b.agent != agent:
            continue
        fields = [("minutes", str(b.planned_minutes))]
        if b.end_ts is not None:
            fields.append(("taken_minutes", str(max(0, round((b.end_ts - b.start_ts) / 60)))))
        if b.one_to_one:
            fields.append(("one_to_one", "1"))
        yield TimelineEntry(b.start_ts, h.BREAK, "running" if b.running else "ended", None,
                            b.granted_by, tuple(fields), f"break:{b.id}")


PROVIDERS: list[HistoryProvider] = [session_entries, flag_entries, break_entries]


def register_history_provider(provider: HistoryProvider) -> HistoryProvider:
    """Add a feature's entries to every agent history (usable as a decorator)."""
    if provider not in PROVIDERS:
        PROVIDERS.append(provider)
    return provider


def gather(conn: sqlite3.Connection, agent: str, since: float) -> list[TimelineEntry]:
    entries: list[TimelineEntry] = []
    for provider in list(PROVIDERS):
        try:
            entries.extend(provider(conn, agent, since))
        except sqlite3.Error:
            log.exception("history provider %s failed", getattr(provider, "__name__", provider))
    return h.timeline(entries)
