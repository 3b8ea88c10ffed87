"""`composure escalations [--open] [--json]` and `composure ingest escalations FILE`.

The listing is read-only: it shows each item's live state at "now" but records nothing (the
notification bookkeeping belongs to the console that shows the notifications). "Now" is the
later of the wall clock and the newest escalation event, because the demo floor runs ahead of
the wall clock.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from itertools import pairwise
from pathlib import Path

from console.domain import escalations as rules
from console.domain import text_width
from console.domain.escalation_settings import rules_from
from console.domain.escalations import Escalation, EscalationStatus
from console.domain.time_range import epoch_problem
from console.services.escalation_import import import_escalations
from console.services.escalations import EscalationBoard, build_board
from console.services.floor_settings import load as load_floor_settings
from console.services.session import StoreError, open_database
from console.store import audit
from console.store import escalations as store

_STATE_WORDS = {rules.ON_TRACK: "on track", rules.AT_RISK: "at risk",
                rules.BREACHED: "breached", rules.MET: "met", rules.MET_LATE: "met late"}


def _error(message: str) -> int:
    print(f"composure: {message}", file=sys.stderr)
    return 2


def _iso(ts: float | None) -> str | None:
    return None if ts is None else datetime.fromtimestamp(ts).isoformat(timespec="seconds")


def span(minutes: float) -> str:
    """1 h 05 min; days past 48 h (3 d 4 h)."""
    m = round(abs(minutes))
    days, rest = divmod(m, 1440)
    hours, mins = divmod(rest, 60)
    if days >= 2:
        return f"{days} d {hours} h"
    hours += days * 24
    return f"{hours} h {mins:02d} min" if hours else f"{mins} min"


def left_text(st: EscalationStatus) -> str:
    if not st.is_open:
        return "—"
    if st.left_minutes < 0:
        return f"overdue {span(st.left_minutes)}"
    return f"{span(st.left_minutes)} left" + (" (paused)" if st.paused else "")


def trust_text(trust: float | None) -> str:
    if trust is None:
        return "—"
    return "overdue" if trust < 0 else f"{trust:.0f}"


def item_json(item: Escalation, st: EscalationStatus) -> dict:
    return {
        "id": item.id, "reference": item.reference, "state": st.state,
        "channel": item.channel, "customer": item.customer, "category": item.category,
        "description": item.description, "owner": item.owner, "role": item.holder_role,
        "department": item.department, "agent": item.agent, "callid": item.callid,
        "queue": item.queue, "source": item.source, "clock": item.clock,
        "opened_at": _iso(item.opened_at), "promise_minutes": item.promise_minutes,
        "elapsed_minutes": round(st.elapsed_minutes, 2),
        "left_minutes": round(st.left_minutes, 2), "used_percent": round(st.used * 100, 1),
        "warning_percent": st.warning, "paused": st.paused, "due_at": _iso(st.due_at),
        "first_reply_at": _iso(item.first_reply_at),
        "reply_elapsed_minutes": item.reply_elapsed_minutes,
        "trust": None if item.trust is None else round(item.trust, 1),
        "trust_overdue": item.trust is not None and item.trust < 0,
        "resolved_at": _iso(item.resolved_at),
    }


def board_json(board: EscalationBoard) -> dict:
    t = board.trust
    return {
        "now": _iso(board.now),
        "escalations": [item_json(i, board.statuses[i.id]) for i in board.items],
        "summary": {
            "open": board.open_count,
            **{state: board.count(state) for state in rules.STATES},
            "trust_average": None if t.mean is None else round(t.mean, 1),
            "replies": t.replies, "replies_overdue": t.overdue,
            "aging": dict(zip(aging_labels(board.settings), board.aging, strict=True)),
        },
    }


def aging_labels(settings: rules.EscalationSettings) -> list[str]:
    edges = [f"{e:g}h" for e in settings.aging_edges_hours]
    middle = [f"{a}-{b}" for a, b in pairwise(edges)]
    return ["overdue", f"<{edges[0]}", *middle, f">={edges[-1]}"]


def format_board(board: EscalationBoard) -> str:
    if not board.items:
        return "No escalations."
    rows = [("REFERENCE", "STATE", "TIME LEFT", "CHANNEL", "HELD BY", "TRUST", "CUSTOMER",
             "CATEGORY")]
    for item in board.items:
        st = board.statuses[item.id]
        holder = f"{item.owner or '—'} ({item.holder_role})"
        rows.append((item.reference, _STATE_WORDS[st.state], left_text(st), item.channel,
                     holder, trust_text(item.trust), item.customer or "—",
                     item.category or "—"))
    lines = text_width.table(rows)  # terminal columns: Chinese names keep their alignment
    t = board.trust
    summary = (f"{board.open_count} open ({board.count(rules.AT_RISK)} at risk,"
               f" {board.count(rules.BREACHED)} breached)")
    if t.mean is not None:
        summary += (f"; average trust at first reply {t.mean:.0f} over {t.replies}"
                    f" replies ({t.overdue} overdue)")
    return "\n".join([*lines, "", summary])


def out_of_range_references(items: list[Escalation]) -> list[str]:
    """References of items whose times cannot be shown (a year-9999 placeholder date)."""
    return [i.reference for i in items
            if any(t is not None and epoch_problem(t) is not None
                   for t in (i.opened_at, i.first_reply_at, i.resolved_at))]


def cmd_escalations(db: Path, open_only: bool, as_json: bool) -> int:
    if not db.exists():
        return _error(f"no database at {db} (use --db)")
    try:
        conn = open_database(db)
    except StoreError as exc:
        return _error(str(exc))
    try:
        damaged = out_of_range_references(store.items(conn))
        if damaged:
            return _error(
                f"{db}: the escalation(s) {', '.join(damaged[:5])} hold a time before 1970 or "
                f"after 2999 (stored by a Composure that did not check times), which cannot be "
                f"shown. Correct the date in the ticketing system's export and import it again"
                f" (`composure ingest escalations FILE --db {db}`).")
        latest = float(store.latest_event_ts(conn) or 0)
        if epoch_problem(latest) is not None:
            latest = 0.0  # an event of such an item: "now" stays the wall clock
        board = build_board(conn, max(time.time(), latest),
                            rules_from(load_floor_settings(conn).escalations),
                            open_only=open_only, record=False)
    finally:
        conn.close()
    if as_json:
        print(json.dumps(board_json(board), ensure_ascii=False, indent=2))
    else:
        print(format_board(board))
    return 0


def cmd_ingest_escalations(db: Path, path: Path) -> int:
    if not path.exists():
        return _error(f"{path}: no such file")
    try:
        conn = open_database(db)
    except StoreError as exc:
        return _error(str(exc))
    try:
        result = import_escalations(conn, path, time.time(), actor=audit.current_actor(),
                                    settings=rules_from(load_floor_settings(conn).escalations))
    finally:
        conn.close()
    print(f"{path}: {result.created} escalations added, {result.updated} updated,"
          f" {result.unchanged} unchanged, {len(result.problems)} rows skipped")
    for p in result.problems:
        print(f"  {path}:{p.line_no}: {p.reason}", file=sys.stderr)
    return 1 if result.problems else 0  # bad input: non-zero, the good rows are kept
