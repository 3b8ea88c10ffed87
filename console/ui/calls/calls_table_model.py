"""Today's recent calls as a table, newest first, updated in place.

Rows are keyed by the call's id. A new snapshot inserts the calls that arrived (at the top),
removes those that fell off the end of the list, and emits ``dataChanged`` only for the cells
of calls that changed (a waiting call answered, a running talk time, a new flag marker), so
the selection and scroll position survive the refresh and no reset ever blinks the view.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from console.domain import calls as call_rules
from console.domain import kpi
from console.domain.calls import CallRow
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.care import texts


class CallColumn(IntEnum):
    FLAG = 0
    TIME = 1
    AGENT = 2
    QUEUE = 3
    CALLER = 4
    WAIT = 5
    TALK = 6
    OUTCOME = 7


_USER = int(Qt.ItemDataRole.UserRole)
CallIdRole = _USER + 1  # calls.id, stable across refreshes
CallRowRole = _USER + 2  # the CallRow itself (menus and other features read it)
SortRole = _USER + 3  # numbers as numbers, text case-folded
SearchTextRole = _USER + 4  # agent, queue and call id, case-folded
OutcomeGroupRole = _USER + 5  # console.domain.calls.OUTCOME_GROUPS
FlaggedRole = _USER + 6  # bool
CallerTailRole = _USER + 7  # the caller's last four digits ("" when hidden)

FLAG_MARKER = "⚑"
SEVERITY_STATUS = {1: palette.Status.NEUTRAL, 2: palette.Status.CAUTION,
                   3: palette.Status.DANGER}

# Which columns each CallRow field feeds: a changed field repaints only these cells.
_FIELD_COLUMNS: dict[str, tuple[CallColumn, ...]] = {
    "queue": (CallColumn.QUEUE,),
    "agent": (CallColumn.AGENT,),
    "agent_name": (CallColumn.AGENT,),
    "caller": (CallColumn.CALLER,),
    "enter_ts": (CallColumn.TIME,),
    "outcome": (CallColumn.OUTCOME,),
    "wait_s": (CallColumn.WAIT,),
    "talk_s": (CallColumn.TALK,),
    "flag_severity": (CallColumn.FLAG,),
}

_OUTCOMES = {
    kpi.WAITING: QT_TRANSLATE_NOOP("CallOutcome", "Waiting"),
    kpi.CONNECTED: QT_TRANSLATE_NOOP("CallOutcome", "On the call"),
    kpi.COMPLETED_CALLER: QT_TRANSLATE_NOOP("CallOutcome", "Answered"),
    kpi.COMPLETED_AGENT: QT_TRANSLATE_NOOP("CallOutcome", "Answered"),
    kpi.TRANSFERRED: QT_TRANSLATE_NOOP("CallOutcome", "Transferred"),
    kpi.ABANDONED: QT_TRANSLATE_NOOP("CallOutcome", "Abandoned"),
    kpi.EXIT_TIMEOUT: QT_TRANSLATE_NOOP("CallOutcome", "Timed out"),
    kpi.EXIT_KEY: QT_TRANSLATE_NOOP("CallOutcome", "Left by key press"),
    kpi.EXIT_EMPTY: QT_TRANSLATE_NOOP("CallOutcome", "No agents"),
    kpi.WITHDRAWN: QT_TRANSLATE_NOOP("CallOutcome", "Withdrawn"),
    kpi.LOST: QT_TRANSLATE_NOOP("CallOutcome", "Lost (no end seen)"),
}

# who ended an answered call: in the tooltip, the column stays narrow
_OUTCOME_DETAILS = {
    kpi.COMPLETED_CALLER: QT_TRANSLATE_NOOP("CallOutcome", "Answered; the caller hung up"),
    kpi.COMPLETED_AGENT: QT_TRANSLATE_NOOP("CallOutcome", "Answered; the agent hung up"),
}

_GROUP_STATUS = {call_rules.ANSWERED: palette.Status.OK,
                 call_rules.ABANDONED: palette.Status.DANGER,
                 call_rules.OTHER: palette.Status.CAUTION}


def outcome_text(outcome: str, detailed: bool = False) -> str:
    source = (_OUTCOME_DETAILS.get(outcome) if detailed else None) or _OUTCOMES.get(outcome)
    return QCoreApplication.translate("CallOutcome", source) if source else outcome


class CallsTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CallRow] = []
        self._row_of: dict[int, int] = {}
        self.resets = 0  # how often the model had to fall back to a reset (tests watch it)

    # ------------------------------------------------------------------ updates
    def set_calls(self, calls: Iterable[CallRow]) -> None:
        """Apply a new list (newest first): remove, insert, repaint what changed."""
        incoming = list(calls)
        new_ids = {c.id for c in incoming}
        self._remove_missing(new_ids)
        old_ids = {r.id for r in self._rows}
        survivors = [c.id for c in incoming if c.id in old_ids]
        if survivors != [r.id for r in self._rows]:
            # a call's entry time never changes, so this only happens on odd input
            self.resets += 1
            self.beginResetModel()
            self._rows = incoming
            self.endResetModel()
            self._reindex()
            return
        pos = j = 0
        while j < len(incoming):
            call = incoming[j]
            if call.id in old_ids:
                old = self._rows[pos]
                if old != call:
                    self._rows[pos] = call
                    self._emit_changed(pos, old, call)
                pos += 1
                j += 1
                continue
            k = j
            while k < len(incoming) and incoming[k].id not in old_ids:
                k += 1
            self.beginInsertRows(QModelIndex(), pos, pos + (k - j) - 1)
            self._rows[pos:pos] = incoming[j:k]
            self.endInsertRows()
            pos += k - j
            j = k
        self._reindex()

    def _remove_missing(self, keep: set[int]) -> None:
        i = len(self._rows) - 1
        while i >= 0:
            if self._rows[i].id in keep:
                i -= 1
                continue
            end = i
            while i >= 0 and self._rows[i].id not in keep:
                i -= 1
            self.beginRemoveRows(QModelIndex(), i + 1, end)
            del self._rows[i + 1:end + 1]
            self.endRemoveRows()

    def _emit_changed(self, row: int, old: CallRow, new: CallRow) -> None:
        cols = {c for name, columns in _FIELD_COLUMNS.items()
                if getattr(old, name) != getattr(new, name) for c in columns}
        if cols:
            self.dataChanged.emit(self.index(row, min(cols)), self.index(row, max(cols)))

    def _reindex(self) -> None:
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}

    def call(self, row: int) -> CallRow:
        return self._rows[row]

    def row_for(self, call_id: int) -> int | None:
        return self._row_of.get(call_id)

    def calls(self) -> list[CallRow]:
        return list(self._rows)

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CallColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal:
            return None
        col = CallColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                CallColumn.FLAG: FLAG_MARKER,
                CallColumn.TIME: self.tr("Time"),
                CallColumn.QUEUE: self.tr("Queue"),
                CallColumn.AGENT: self.tr("Agent"),
                CallColumn.CALLER: self.tr("Caller"),
                CallColumn.WAIT: self.tr("Wait"),
                CallColumn.TALK: self.tr("Talk"),
                CallColumn.OUTCOME: self.tr("Outcome"),
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == CallColumn.FLAG:
                return self.tr("Flagged as abusive")
            if col == CallColumn.CALLER:
                return self.tr("Last four digits only")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        col = CallColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(c, col)
        if role == CallIdRole:
            return c.id
        if role == CallRowRole:
            return c
        if role == SortRole:
            return self._sort_value(c, col)
        if role == SearchTextRole:
            return " ".join(p for p in (c.agent_name, c.agent, c.queue, c.callid) if p).casefold()
        if role == OutcomeGroupRole:
            return c.group
        if role == FlaggedRole:
            return c.flagged
        if role == CallerTailRole:
            return c.caller_tail
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
                CallColumn.WAIT, CallColumn.TALK):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == CallColumn.FLAG and c.flagged:
                return palette.status_color(SEVERITY_STATUS.get(c.flag_severity,
                                                                palette.Status.DANGER))
            if col == CallColumn.OUTCOME and c.group in _GROUP_STATUS:
                return palette.status_color(_GROUP_STATUS[c.group])
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == CallColumn.FLAG and c.flagged:
                return self.tr("Flagged as abusive · {severity}").format(
                    severity=texts.severity_text(c.flag_severity))
            if col == CallColumn.OUTCOME:
                return outcome_text(c.outcome, detailed=True)
            if col == CallColumn.TIME:
                return self.tr("Entered the queue at {time} · call {callid}").format(
                    time=fmt.clock_time(c.enter_ts), callid=c.callid)
        return None

    def _display(self, c: CallRow, col: CallColumn) -> str:
        if col == CallColumn.FLAG:
            return FLAG_MARKER if c.flagged else ""
        if col == CallColumn.TIME:
            return fmt.clock_time(c.enter_ts, seconds=False)  # the seconds: in the tooltip
        if col == CallColumn.QUEUE:
            return c.queue
        if col == CallColumn.AGENT:
            return c.agent_name or fmt.DASH
        if col == CallColumn.CALLER:
            return c.caller or fmt.DASH
        if col == CallColumn.WAIT:
            return fmt.duration(c.wait_s)
        if col == CallColumn.TALK:
            return fmt.duration(c.talk_s)
        return outcome_text(c.outcome)

    @staticmethod
    def _sort_value(c: CallRow, col: CallColumn):
        if col == CallColumn.FLAG:
            return c.flag_severity
        if col == CallColumn.TIME:
            return c.enter_ts
        if col == CallColumn.WAIT:
            return -1.0 if c.wait_s is None else c.wait_s
        if col == CallColumn.TALK:
            return -1.0 if c.talk_s is None else c.talk_s
        if col == CallColumn.AGENT:
            return (c.agent_name or "").casefold()
        if col == CallColumn.CALLER:
            return c.caller_tail
        if col == CallColumn.QUEUE:
            return c.queue.casefold()
        return c.outcome
