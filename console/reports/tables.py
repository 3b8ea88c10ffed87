"""The report as titled tables: one definition of every column (its heading and the kind of
value it holds) shared by the PDF, XLSX and CSV renderers, so the three formats can never
disagree about what a column is.

Cells keep raw values (int, float, epoch seconds, str, bool, None); ``kind`` tells each
renderer how to show them: the PDF formats "85.6 %" and "6:12", the XLSX writes a number with
a number format, the CSV writes the plain number.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from console.reports.model import FlagLine, Part, ReportData
from console.reports.texts import ReportTexts

# value kinds
INT = "int"
PCT = "pct"  # a fraction: 0.856
SECONDS = "seconds"  # a duration in seconds
MINUTES = "minutes"
SCORE = "score"  # 0-100
NUMBER = "number"
TRUST = "trust"  # the trust score at the first reply: below 0 it is "overdue", as on screen
TIME = "time"  # epoch seconds
TEXT = "text"
CODE = "code"  # text that must stay on one line: a masked number, a reference
BOOL = "bool"


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    kind: str


@dataclass(frozen=True)
class Table:
    key: str  # ascii: sheet and file names
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    note: str = ""  # why there are no rows, or what the rows leave out
    row_kinds: tuple[str, ...] | None = None  # a figure/value table: one kind per row


def _cols(t: ReportTexts, spec: str) -> tuple[Column, ...]:
    """``"agent:text team:text calls:int"`` -> columns titled in the reader's language."""
    out = []
    for item in spec.split():
        key, kind = item.split(":")
        out.append(Column(key, t.columns[key], kind))
    return tuple(out)


def _table(t: ReportTexts, key: str, spec: str, rows: list[tuple], *, note: str = "",
           title: str | None = None) -> Table:
    return Table(key, title or t.sections[key], _cols(t, spec), tuple(rows),
                 note or ("" if rows else t.none_in_range))


def _part_note(t: ReportTexts, part: Part) -> str:
    return t.unavailable[part.unavailable.what] if part.unavailable else ""


def summary_table(data: ReportData, t: ReportTexts) -> Table:
    s = data.summary
    rows: list[tuple[str, Any, str]] = [
        ("offered", s.offered, INT), ("answered", s.answered, INT),
        ("abandoned", s.abandoned, INT), ("short_abandoned", s.short_abandoned, INT),
        ("service_level", s.service_level, PCT), ("sl_target", s.sl_target, PCT),
        ("abandon_rate", s.abandon_rate, PCT), ("aht_s", s.aht_s, SECONDS),
        ("longest_wait_s", s.longest_wait_s, SECONDS), ("flags", s.flags, INT),
        ("severe_flags", s.severe_flags, INT),
        ("unacknowledged_flags", s.unacknowledged_flags, INT),
        ("median_minutes_to_ack", s.median_minutes_to_ack, MINUTES),
        ("median_minutes_to_break", s.median_minutes_to_break, MINUTES),
        ("breaks_granted", s.breaks_granted, INT), ("one_to_ones", s.one_to_ones, INT),
    ]
    c = data.escalation_counts
    if c is not None:
        rows += [("escalations_opened", c.opened, INT), ("escalations_resolved", c.resolved, INT),
                 ("escalations_at_risk", c.at_risk, INT),
                 ("escalations_breached", c.breached, INT), ("mean_trust", c.mean_trust, TRUST)]
    note = "" if c is not None else t.unavailable["escalations"]
    return Table("summary", t.sections["summary"],
                 (Column("figure", t.figure, TEXT), Column("value", t.value, TEXT)),
                 tuple((t.summary[k], v) for k, v, _kind in rows), note=note,
                 row_kinds=tuple(kind for _k, _v, kind in rows))


def queue_table(data: ReportData, t: ReportTexts) -> Table:
    queues = list(data.stats.queues)
    if len(queues) > 1 or not queues:
        queues.append(data.stats.total)
    rows = [(t.columns["all_queues"] if q.queue == "*" else q.queue, q.offered, q.answered,
             q.answered_in_sl, q.abandoned, q.exited, q.service_level, q.abandon_rate,
             q.mean_hold_s, q.mean_talk_s) for q in queues]
    return _table(t, "queues", "queue:text offered:int answered:int answered_in_sl:int "
                  "abandoned:int exited:int service_level:pct abandon_rate:pct "
                  "mean_hold_s:seconds mean_talk_s:seconds", rows)


def interval_table(data: ReportData, t: ReportTexts) -> Table:
    rows = [(r.start, r.end, r.offered, r.answered, r.abandoned, r.answered_in_sl,
             r.service_level, r.abandon_rate, r.mean_hold_s, r.mean_talk_s)
            for r in data.intervals]
    kind = data.interval_kind
    note = ""
    if kind in t.left_out and rows:
        note = (t.left_out[kind].format(count=data.intervals_left_out)
                if data.intervals_left_out else t.one_row[kind])
    return _table(t, "intervals", "from:time to:time offered:int answered:int abandoned:int "
                  "answered_in_sl:int service_level:pct abandon_rate:pct mean_hold_s:seconds "
                  "mean_talk_s:seconds", rows, note=note, title=t.interval_titles[kind])


def _pause_text(t: ReportTexts, pauses: tuple[tuple[str, float], ...]) -> str:
    return ", ".join(f"{t.word(r)} {round(s / 60)}m" for r, s in pauses)


def agent_table(data: ReportData, t: ReportTexts, *, printed: bool) -> Table:
    """``printed``: the page's narrower version, pauses as one readable cell; the
    spreadsheets get every figure, and pauses in a sheet of their own (agent x reason)."""
    rows = []
    for a in data.agents:
        if printed:
            rows.append((a.agent, a.team, a.calls, a.aht_s, a.missed_rings, a.pause_s,
                         _pause_text(t, a.pauses), a.flags, a.strain_peak, a.breaks,
                         a.one_to_ones, a.coaching, a.praise))
        else:
            rows.append((a.agent, a.team, a.calls, a.talk_s, a.aht_s, a.missed_rings,
                         a.pause_s, a.flags, a.severe_flags, a.strain_peak, a.breaks,
                         a.break_minutes, a.one_to_ones, a.coaching, a.praise))
    if printed:
        spec = ("agent:text team:text calls:int aht_s:seconds missed_rings:int pause_s:seconds "
                "pauses:text flags:int strain_peak:score breaks:int one_to_ones:int "
                "coaching:int praise:int")
    else:
        spec = ("agent:text team:text calls:int talk_s:seconds aht_s:seconds missed_rings:int "
                "pause_s:seconds flags:int severe_flags:int strain_peak:score breaks:int "
                "break_minutes:minutes one_to_ones:int coaching:int praise:int")
    return _table(t, "agents", spec, rows)


def pause_table(data: ReportData, t: ReportTexts) -> Table:
    rows = [(p.agent, t.word(p.reason), p.count, p.seconds) for p in data.pauses]
    return _table(t, "pauses", "agent:text reason:text count:int seconds:seconds", rows)


# A printed report over more than a shift lists at most this many flags (a month of a
# 200-agent floor had 12,000: 480 pages nobody reads, and most of the PDF's 20 minutes).
PRINTED_FLAGS = 300


def printed_flags(data: ReportData) -> list[FlagLine]:
    """The flags a long range prints: the most severe, unacknowledged before acknowledged,
    then the most recent, shown oldest first; a shift prints every flag."""
    if data.interval_kind == "half_hour" or len(data.flags) <= PRINTED_FLAGS:
        return list(data.flags)
    worst = sorted(data.flags, key=lambda f: (-f.severity, bool(f.acknowledged_by), -f.ts))
    return sorted(worst[:PRINTED_FLAGS], key=lambda f: f.ts)


def flag_table(data: ReportData, t: ReportTexts, *, printed: bool = False) -> Table:
    """``printed`` leaves out the team (the agent table has it) to give the notes room, and
    over a long range lists the most severe flags only (the spreadsheets have them all)."""
    if printed:
        shown = printed_flags(data)
        rows = [(f.ts, f.agent, f.queue, f.severity, t.word(f.category), f.caller,
                 f.minutes_to_ack, f.minutes_to_break, f.acknowledged_by, f.repeat_caller,
                 f.note) for f in shown]
        note = (t.flags_printed.format(shown=len(shown), total=len(data.flags))
                if len(shown) < len(data.flags) else "")
        return _table(t, "flags", "time:time agent:text queue:text severity:int "
                      "category:text caller:code minutes_to_ack:minutes "
                      "minutes_to_break:minutes acknowledged_by:text repeat_caller:bool "
                      "note:text", rows, note=note)
    rows = [(f.ts, f.agent, f.team, f.queue, f.severity, t.word(f.category), f.caller,
             f.minutes_to_ack, f.minutes_to_break, f.acknowledged_by, f.repeat_caller, f.note)
            for f in data.flags]
    return _table(t, "flags", "time:time agent:text team:text queue:text severity:int "
                  "category:text caller:code minutes_to_ack:minutes minutes_to_break:minutes "
                  "acknowledged_by:text repeat_caller:bool note:text", rows)


def repeat_caller_table(data: ReportData, t: ReportTexts) -> Table:
    rows = [(r.caller, r.flags, r.agents, r.worst_severity, r.first_ts, r.last_ts, r.marked)
            for r in data.repeat_callers]
    return _table(t, "repeat_callers", "caller:code flags:int agents:int worst_severity:int "
                  "first_ts:time last_ts:time marked:bool", rows)


def session_table(data: ReportData, t: ReportTexts) -> Table:
    part = data.sessions
    rows = [(s.ts, s.agent, t.word(s.kind), s.with_whom, t.word(s.status), s.minutes, s.note)
            for s in part.rows]
    note = ""
    if not part.available:
        note = _part_note(t, part) + " " + t.coaching_fallback
    return _table(t, "sessions", "time:time agent:text kind:text with_whom:text status:text "
                  "minutes:minutes note:text", rows, note=note.strip())


def escalation_table(data: ReportData, t: ReportTexts) -> Table:
    part = data.escalations
    rows = [(e.reference, e.opened_ts, e.owner, t.word(e.state), e.promised_minutes,
             e.elapsed_minutes, e.trust, e.resolved_ts) for e in part.rows]
    return _table(t, "escalations", "reference:code opened:time owner:text state:text "
                  "promised_minutes:minutes elapsed_minutes:minutes trust:trust "
                  "resolved:time", rows, note=_part_note(t, part))


def note_table(data: ReportData, t: ReportTexts) -> Table:
    rows = [(n.ts, n.author, n.about, t.word(n.source), n.text) for n in data.notes]
    return _table(t, "notes", "time:time author:text about:text source:text text:text", rows)


def recognition_table(data: ReportData, t: ReportTexts) -> Table:
    part = data.recognition
    rows = [(r.ts, r.agent, t.word(r.kind), r.text) for r in part.rows]
    return _table(t, "recognition", "time:time agent:text kind:text text:text", rows,
                  note=_part_note(t, part))


def issue_table(data: ReportData, t: ReportTexts) -> Table:
    part = data.issues
    rows = [(i.label or t.word(i.cause), i.occurrences, i.issues, i.open, i.sent, i.fixed)
            for i in part.rows]
    return _table(t, "issues", "cause:text occurrences:int issues:int open:int sent:int "
                  "fixed:int", rows, note=_part_note(t, part))


def all_tables(data: ReportData, t: ReportTexts) -> list[Table]:
    """Every section in report order: the spreadsheets' sheets, the CSV zip's files."""
    return [summary_table(data, t), queue_table(data, t), interval_table(data, t),
            agent_table(data, t, printed=False), pause_table(data, t), flag_table(data, t),
            repeat_caller_table(data, t), session_table(data, t), escalation_table(data, t),
            note_table(data, t), recognition_table(data, t), issue_table(data, t)]
