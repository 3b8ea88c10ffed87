"""Plain-text rendering of a StatsReport for the terminal."""

from __future__ import annotations

from datetime import datetime

from console.domain import text_width
from console.domain.kpi import QueueStats
from console.services.stats import StatsReport


def _pct(v: float | None) -> str:
    return "-" if v is None else f"{v * 100:.1f}%"


def _secs(v: float | None) -> str:
    if v is None:
        return "-"
    m, s = divmod(round(v), 60)
    return f"{m}:{s:02d}"


def _table(headers: list[str], rows: list[list[str]]) -> str:
    """The first column (a queue or agent name) on the left, figures on the right; widths in
    terminal columns, so Chinese names keep the table aligned."""
    numbers = set(range(1, len(headers)))
    return "\n".join(text_width.table([headers, *rows], right=numbers, rule_after_header=True))


def _queue_row(q: QueueStats) -> list[str]:
    return [
        "all queues" if q.queue == "*" else q.queue, str(q.offered), str(q.answered),
        str(q.abandoned), f"{q.exited_timeout}/{q.exited_key}/{q.exited_empty}",
        str(q.withdrawn), str(q.waiting), _secs(q.mean_hold_s), _secs(q.mean_talk_s),
        _pct(q.service_level), _pct(q.abandon_rate),
    ]


def format_report(report: StatsReport) -> str:
    fmt = "%Y-%m-%d %H:%M"
    start = datetime.fromtimestamp(report.start).strftime(fmt)
    end = datetime.fromtimestamp(report.end).strftime(fmt)
    s = report.settings
    parts = [
        f"Queues, {start} to {end} (service level = answered within {s.sl_seconds} s / offered,"
        f" abandons under {s.short_abandon_seconds} s excluded)",
        "",
    ]
    headers = ["queue", "offered", "answered", "abandoned", "exit t/k/e", "withdrawn",
               "waiting", "mean hold", "mean talk", "SL", "abandon"]
    rows = [_queue_row(q) for q in report.queues]
    if len(report.queues) > 1:
        rows.append(_queue_row(report.total))
    parts.append(_table(headers, rows) if rows else "(no calls in this range)")
    parts += ["", "Agents", ""]
    arows = [[a.agent, str(a.answered), _secs(a.talk_s), str(a.missed_rings)]
             for a in report.agents]
    parts.append(_table(["agent", "answered", "talk time", "missed rings"], arows)
                 if arows else "(no agent activity in this range)")
    w = report.wellbeing
    if w is not None:
        def mins(v: float | None) -> str:
            return "-" if v is None else f"{v:.1f} min"

        parts += ["", "Wellbeing", ""]
        parts.append(
            f"abusive-call flags: {w.flags} ({w.severe_flags} severe, {w.unacknowledged} not"
            f" acknowledged); median time to acknowledge {mins(w.median_minutes_to_ack)},"
            f" to a break {mins(w.median_minutes_to_break)}; severe flags followed by a break"
            f" within {w.window_minutes} min: {_pct(w.severe_with_break_share)}")
    return "\n".join(parts)
