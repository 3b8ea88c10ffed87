"""The agent table: one row per agent, updated by diffing consecutive snapshots.

A supervisor keeps an agent selected and the list scrolled while the board refreshes every
second, so the model never resets: a new snapshot is compared with the previous rows keyed by
agent name, and only changed cells emit ``dataChanged``; arrivals and departures are
inserted/removed rows. The live "time in state" column moves on a 1 s tick that touches that one
column only (:meth:`AgentTableModel.tick`).

The model keeps its rows in the table's sort order itself (:meth:`AgentTableModel.sort`, called
through the filter proxy). Why: at 2,000 agents the sort proxy's ``lessThan`` made 24,000 calls
into Python per refresh, the largest cost of applying a snapshot; Python sorts the same rows by
a key tuple in about a millisecond, and the proxy is left to filter. The order moves only when a
sort value changed (one ``layoutChanged``) and stands still while it is held
(:meth:`AgentTableModel.hold_order`, the pointer over the table).

Each cell's values are worked out once per change of its row and kept (``_cells``): a paint asks
every visible cell for seven roles, and working out texts, colours and icons again on each ask
cost three times what painting a bare table did. What moves with the clock (the time in state,
a break's countdown, the escalation) is kept apart (``_live``) and dropped when the clock moves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from console.domain.agent_state import AgentState, Escalation, StateThresholds
from console.domain.board import AgentRow, QueueSeat
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.care import texts


class Column(IntEnum):
    NAME = 0
    TEAM = 1
    STATE = 2
    STRAIN = 3
    TIME_IN_STATE = 4
    CALLS = 5
    AHT = 6
    MISSED = 7
    LAST_CALL = 8


COLUMN_COUNT = len(Column)

_USER = int(Qt.ItemDataRole.UserRole)
SortRole = _USER + 1  # a value that sorts right: numbers as numbers, names case-folded
AgentNameRole = _USER + 2  # the agent key (queue_log name), stable across refreshes
TeamRole = _USER + 3
StateRole = _USER + 4  # AgentState value
EscalationRole = _USER + 5  # Escalation of the time in state
SearchTextRole = _USER + 6  # what the search box matches against (case-folded)
StrainLevelRole = _USER + 7  # "ok" | "watch" | "break_recommended"
FilterTextRole = _USER + 8  # team, FILTER_SEPARATOR, then the search text: what the proxy matches
FILTER_SEPARATOR = "\x1f"

# Which columns each AgentRow field feeds: a changed field repaints only these cells.
_FIELD_COLUMNS: dict[str, tuple[Column, ...]] = {
    "display_name": (Column.NAME,),
    "team": (Column.TEAM,),
    "state": (Column.STATE, Column.TIME_IN_STATE),
    "reason": (Column.STATE,),
    "queues": (Column.STATE,),
    "state_since": (Column.TIME_IN_STATE,),
    "calls_today": (Column.CALLS,),
    "aht_today_s": (Column.AHT,),
    "missed_rings": (Column.MISSED,),
    "last_call_end": (Column.LAST_CALL,),
    "talk_today_s": (Column.CALLS,),  # shown in the calls tooltip
    "strain": (Column.STRAIN,),
    "strain_level": (Column.STRAIN,),
    "strain_reasons": (Column.STRAIN,),
    "recommend_one_to_one": (Column.STRAIN,),
    "on_break_until": (Column.STATE,),
}

_LEVEL_STATUS = {
    "ok": palette.Status.NEUTRAL,
    "watch": palette.Status.CAUTION,
    "break_recommended": palette.Status.DANGER,
}

_R = Qt.ItemDataRole
_NO_ROLES = frozenset(int(r) for r in (_R.FontRole, _R.CheckStateRole, _R.SizeHintRole,
                                        _R.StatusTipRole, _R.WhatsThisRole))
MERGE_ABOVE = 16  # changed rows beyond which one dataChanged covers them all
_TIME_COLUMN = int(Column.TIME_IN_STATE)
_STATE_COLUMN = int(Column.STATE)
_NUMERIC = {Column.TIME_IN_STATE, Column.CALLS, Column.AHT, Column.MISSED, Column.LAST_CALL}
_TICK_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ToolTipRole,
    SortRole,
    EscalationRole,
]


def changed_columns(old: AgentRow, new: AgentRow) -> set[Column]:
    """The cells that must repaint when ``old`` becomes ``new``."""
    cols: set[Column] = set()
    for name, targets in _FIELD_COLUMNS.items():
        if getattr(old, name) != getattr(new, name):
            cols.update(targets)
    return cols


class AgentTableModel(QAbstractTableModel):
    def __init__(
        self, parent: QObject | None = None, thresholds: StateThresholds | None = None
    ) -> None:
        super().__init__(parent)
        self._rows: list[AgentRow] = []
        self._index: dict[str, int] = {}
        self._now = 0.0
        self.thresholds = thresholds or StateThresholds()
        self._sort_column = -1  # -1: arrival order
        self._descending = False
        self._held = False
        # per agent name: {role * 16 + column: value}; clock-bound values in _live
        self._cells: dict[str, dict[int, object]] = {}
        self._live: dict[str, dict[int, object]] = {}
        self._keys: dict[str, tuple] = {}  # sort values of the current sort column

    # ------------------------------------------------------------------ updates
    def set_rows(self, rows: Iterable[AgentRow], now: float | None = None) -> None:
        """Apply a new snapshot's agents: diff, never reset."""
        if now is not None and max(self._now, now) != self._now:
            self._now = now
            self._live.clear()
        incoming = {r.name: r for r in rows}

        gone = [i for i, r in enumerate(self._rows) if r.name not in incoming]
        for first, last in reversed(_runs(gone)):
            self.beginRemoveRows(QModelIndex(), first, last)
            for row in self._rows[first : last + 1]:
                self._forget(row.name)
            del self._rows[first : last + 1]
            self.endRemoveRows()
        if gone:
            self._index = {r.name: i for i, r in enumerate(self._rows)}

        sorting = self._sort_column >= 0
        reorder = False
        changed: list[tuple[int, int, int]] = []  # row, first and last changed column
        for i, old in enumerate(self._rows):
            new = incoming[old.name]
            if new is old or new == old:
                continue
            self._rows[i] = new
            self._forget(new.name)
            cols = changed_columns(old, new)
            if cols:
                changed.append((i, min(cols), max(cols)))
                if sorting and not reorder and (
                        self._sort_column in cols or Column.NAME in cols):
                    reorder = self._sort_value(old) != self._sort_value(new)
        self._emit_changed(changed)

        added = [r for name, r in incoming.items() if name not in self._index]
        if added:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            for offset, row in enumerate(added):
                self._rows.append(row)
                self._index[row.name] = start + offset
            self.endInsertRows()
        if reorder or added:
            self._resort()

    def _forget(self, name: str) -> None:
        self._cells.pop(name, None)
        self._live.pop(name, None)
        self._keys.pop(name, None)

    def _emit_changed(self, changed: list[tuple[int, int, int]]) -> None:
        """One range per changed row while they are few (the view repaints those cells only);
        beyond MERGE_ABOVE rows one range over them all: each signal costs the proxy and the
        view a round of work, and a view repaints a large scattered change whole anyway."""
        if not changed:
            return
        if len(changed) <= MERGE_ABOVE:
            for i, first, last in changed:
                self.dataChanged.emit(self.index(i, first), self.index(i, last))
            return
        self.dataChanged.emit(
            self.index(changed[0][0], min(c[1] for c in changed)),
            self.index(changed[-1][0], max(c[2] for c in changed)))

    def tick(self, now: float) -> None:
        """Move the clock: the time-in-state column changes, and the state cell of agents on a
        recovery break (its countdown)."""
        self._now = now
        self._live.clear()
        if self._rows:
            col = Column.TIME_IN_STATE
            self.dataChanged.emit(
                self.index(0, col), self.index(len(self._rows) - 1, col), _TICK_ROLES
            )
            for i, row in enumerate(self._rows):
                if row.on_break_until is not None:
                    cell = self.index(i, Column.STATE)
                    self.dataChanged.emit(cell, cell, _TICK_ROLES)
            if self._sort_column == Column.TIME_IN_STATE:
                self._resort()

    # ------------------------------------------------------------------ order
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Keep the rows ordered by ``column`` (-1: arrival order, as rows came), names breaking
        ties so equal rows do not shuffle; descending reverses the whole key, as Qt does."""
        self._sort_column = column if 0 <= column < COLUMN_COUNT else -1
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._keys.clear()
        self._resort(force=True)

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return (Qt.SortOrder.DescendingOrder if self._descending
                else Qt.SortOrder.AscendingOrder)

    def hold_order(self, held: bool) -> None:
        """While held, rows keep their places (they still update, new agents are appended);
        released, the rows take their sorted places at once."""
        if held == self._held:
            return
        self._held = held
        if not held:
            self._resort()

    @property
    def order_held(self) -> bool:
        return self._held

    def _sort_value(self, row: AgentRow) -> tuple:
        return (self._sort_key(row, Column(self._sort_column)), row.display_name.casefold())

    def _sort_values(self) -> list[tuple]:
        """Every row's sort value; kept between refreshes unless it moves with the clock."""
        if self._sort_column == Column.TIME_IN_STATE:
            return [self._sort_value(r) for r in self._rows]
        keys = self._keys
        try:
            return [keys[r.name] for r in self._rows]
        except KeyError:  # rows changed or arrived since the last sort
            for r in self._rows:
                if r.name not in keys:
                    keys[r.name] = self._sort_value(r)
            return [keys[r.name] for r in self._rows]

    def _resort(self, force: bool = False) -> None:
        """Put the rows in sort order with one ``layoutChanged``, only if the order moved."""
        if self._sort_column < 0 or (self._held and not force) or len(self._rows) < 2:
            return
        values = self._sort_values()
        order = sorted(range(len(values)), key=values.__getitem__, reverse=self._descending)
        if all(old == new for new, old in enumerate(order)):
            return
        self.layoutAboutToBeChanged.emit()
        new_row = [0] * len(order)
        for new, old in enumerate(order):
            new_row[old] = new
        self._rows = [self._rows[i] for i in order]
        self._index = {r.name: i for i, r in enumerate(self._rows)}
        before = self.persistentIndexList()
        after = [self.index(new_row[p.row()], p.column()) if p.isValid() else QModelIndex()
                 for p in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    @property
    def now(self) -> float:
        return self._now

    def row_for(self, name: str) -> int | None:
        return self._index.get(name)

    def agent(self, row: int) -> AgentRow:
        return self._rows[row]

    def rows(self) -> Sequence[AgentRow]:
        return tuple(self._rows)

    # ------------------------------------------------------------------ Qt model API
    def index(self, row: int, column: int,
              parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt's own ``index`` asks ``rowCount`` and ``columnCount`` (two calls into Python) on
        each of the proxy's thousands of look-ups per paint; one call does it here."""
        if 0 <= row < len(self._rows) and 0 <= column < COLUMN_COUNT and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips().get(Column(section))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if section in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _headers(self) -> dict[Column, str]:
        return {
            Column.NAME: self.tr("Agent"),
            Column.TEAM: self.tr("Team"),
            Column.STATE: self.tr("State"),
            Column.STRAIN: self.tr("Strain"),
            Column.TIME_IN_STATE: self.tr("In state"),
            Column.CALLS: self.tr("Calls"),
            Column.AHT: self.tr("AHT"),
            Column.MISSED: self.tr("Missed"),
            Column.LAST_CALL: self.tr("Last call"),
        }

    def _header_tips(self) -> dict[Column, str]:
        return {
            Column.STRAIN: self.tr("Strain score 0-100, counted from events only (abusive calls, "
                                   "complaints, long calls, time without a break, occupancy)"),
            Column.TIME_IN_STATE: self.tr("Time in the current state, live"),
            Column.CALLS: self.tr("Calls answered today"),
            Column.AHT: self.tr("Average handle time today (talk + wrap-up per call)"),
            Column.MISSED: self.tr("Rings not answered today (RINGNOANSWER)"),
            Column.LAST_CALL: self.tr("When the agent's last call today ended (local time)"),
        }

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        """A kept value when there is one (see the module docstring); worked out otherwise."""
        if role in _NO_ROLES:
            return None  # asked for every painted cell, never answered: no look-up
        r = index.row()  # -1 for an invalid index
        if r < 0 or r >= len(self._rows):
            return None
        row = self._rows[r]
        col = index.column()
        if col == _TIME_COLUMN or role == EscalationRole or (
                col == _STATE_COLUMN and row.on_break_until is not None):
            store = self._live
        else:
            store = self._cells
        cells = store.get(row.name)
        if cells is None:
            cells = store[row.name] = {}
        key = role * 16 + col
        try:
            return cells[key]
        except KeyError:
            value = cells[key] = self._value(row, Column(col), role)
            return value

    def _value(self, row: AgentRow, col: Column, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SortRole:
            return self._sort_key(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in _NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == AgentNameRole:
            return row.name
        if role == TeamRole:
            return row.team
        if role == StateRole:
            return row.state
        if role == SearchTextRole:
            return f"{row.display_name}\n{row.name}".casefold()
        if role == FilterTextRole:
            # the team as it is (matched whole), the names case-folded (matched in part)
            return row.team + FILTER_SEPARATOR + f"{row.display_name}\n{row.name}".casefold()
        if role == EscalationRole:
            return self.escalation(row)
        if role == StrainLevelRole:
            return row.strain_level
        if col == Column.STRAIN:
            return self._strain_role(row, role)
        if col == Column.STATE:
            return self._state_role(row, role)
        if col == Column.TIME_IN_STATE:
            return self._time_role(row, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == Column.LAST_CALL:
            return palette.status_color(palette.Status.NEUTRAL) if row.last_call_end else None
        return None

    # ------------------------------------------------------------------ cell helpers
    def seconds_in_state(self, row: AgentRow) -> float | None:
        if row.state_since is None:
            return None
        return max(0.0, self._now - row.state_since)

    def escalation(self, row: AgentRow) -> Escalation:
        secs = self.seconds_in_state(row)
        if secs is None:
            return Escalation.NORMAL
        try:
            state = AgentState(row.state)
        except ValueError:
            return Escalation.NORMAL
        return self.thresholds.escalation(state, secs)

    def _display(self, row: AgentRow, col: Column) -> str:
        if col == Column.NAME:
            return row.display_name
        if col == Column.TEAM:
            return row.team or fmt.DASH
        if col == Column.STATE:
            text = self._state_text(row)
            if row.on_break_until is not None:
                text += " · " + self._break_left(row)
            return text
        if col == Column.STRAIN:
            score = round(row.strain)
            if row.strain_level == "ok":
                return str(score)
            return f"{score} · {texts.level_text(row.strain_level)}"
        if col == Column.TIME_IN_STATE:
            return fmt.duration(self.seconds_in_state(row))
        if col == Column.CALLS:
            return str(row.calls_today)
        if col == Column.AHT:
            return fmt.duration(row.aht_today_s)
        if col == Column.MISSED:
            return str(row.missed_rings)
        return fmt.clock_time(row.last_call_end)

    def _sort_key(self, row: AgentRow, col: Column):
        if col == Column.NAME:
            return row.display_name.casefold()
        if col == Column.TEAM:
            return row.team.casefold()
        if col == Column.STATE:
            return f"{_STATE_ORDER.get(row.state, 9)}{(row.reason or '').casefold()}"
        if col == Column.STRAIN:
            return float(row.strain)
        if col == Column.TIME_IN_STATE:
            secs = self.seconds_in_state(row)
            return -1.0 if secs is None else secs
        if col == Column.CALLS:
            return row.calls_today
        if col == Column.AHT:
            return -1.0 if row.aht_today_s is None else float(row.aht_today_s)
        if col == Column.MISSED:
            return row.missed_rings
        return -1.0 if row.last_call_end is None else float(row.last_call_end)

    def _state_role(self, row: AgentRow, role: int):
        if role == Qt.ItemDataRole.DecorationRole:
            return palette.state_icon(row.state)
        if role == Qt.ItemDataRole.ForegroundRole:
            return palette.state_color(row.state)
        if role == Qt.ItemDataRole.ToolTipRole:
            since = fmt.clock_time(row.state_since)
            tip = self.tr("{state} since {time}").format(
                state=fmt.state_text(row.state, row.reason), time=since
            )
            for seat in row.queues if _mixed(row) else ():
                tip += "\n" + self._seat_text(seat)
            if row.on_break_until is not None:
                tip += "\n" + self.tr("Recovery break until {time}").format(
                    time=fmt.clock_time(row.on_break_until, seconds=False))
            return tip
        return None

    def _state_text(self, row: AgentRow) -> str:
        """The overall state, and where the queues differ (paused in one, free in another)
        where the agent is paused: "Available · Paused in support (Lunch)" (the tooltip
        lists every queue)."""
        text = fmt.state_text(row.state, row.reason)
        if not _mixed(row):
            return text
        # a paused seat reads "Paused in …" even during a call: the call shows in every queue
        # (device state), and "On a call · On a call in support" hid why the queues differ
        return " · ".join([text, *(self._seat_text(s, AgentState.PAUSED)
                                   for s in row.queues if s.paused)])

    def _seat_text(self, seat: QueueSeat, state: AgentState | str | None = None) -> str:
        text = self.tr("{state} in {queue}").format(
            state=fmt.state_label(state or seat.state), queue=seat.queue)
        if seat.paused and seat.reason:
            text += " (" + fmt.reason_label(seat.reason) + ")"
        return text

    def _break_left(self, row: AgentRow) -> str:
        left = (row.on_break_until or 0) - self._now
        if left >= 0:
            return self.tr("{t} left").format(t=fmt.countdown(left))
        return self.tr("{t} over").format(t=fmt.countdown(-left))

    def _strain_role(self, row: AgentRow, role: int):
        status = _LEVEL_STATUS.get(row.strain_level, palette.Status.NEUTRAL)
        alert = status != palette.Status.NEUTRAL
        if role == Qt.ItemDataRole.DecorationRole:
            return palette.status_icon(status) if alert else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return palette.status_color(status)
        if role == Qt.ItemDataRole.BackgroundRole:
            return palette.status_tint(status) if alert else None
        if role == Qt.ItemDataRole.ToolTipRole:
            reasons = texts.reasons_text(row.strain_reasons)
            head = self.tr("Strain {score} of 100 ({level})").format(
                score=round(row.strain), level=texts.level_text(row.strain_level))
            lines = [head]
            if reasons:
                lines.append(reasons)
            if row.recommend_one_to_one:
                lines.append(self.tr("A 1:1 talk with the team lead is recommended"))
            return "\n".join(lines)
        return None

    def _time_role(self, row: AgentRow, role: int):
        level = self.escalation(row)
        status = palette.ESCALATION_STATUS[level]
        if role == Qt.ItemDataRole.DecorationRole:
            return palette.status_icon(status) if level != Escalation.NORMAL else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return palette.status_color(status) if level != Escalation.NORMAL else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return palette.status_tint(status) if level != Escalation.NORMAL else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._escalation_tip(row, level)
        return None

    def _escalation_tip(self, row: AgentRow, level: Escalation) -> str:
        if level == Escalation.NORMAL:
            return self.tr("Time in state is within the usual range")
        try:
            state = AgentState(row.state)
        except ValueError:
            return ""
        critical = level == Escalation.CRITICAL
        table = self.thresholds.critical if critical else self.thresholds.warning
        limit = fmt.duration(table.get(state, 0))
        if level == Escalation.CRITICAL:
            text = self.tr("Critical: {state} for longer than {limit}")
        else:
            text = self.tr("Warning: {state} for longer than {limit}")
        return text.format(state=fmt.state_label(state), limit=limit)

    def _tooltip(self, row: AgentRow, col: Column) -> str | None:
        if col == Column.NAME and row.display_name != row.name:
            return row.name
        if col == Column.CALLS:
            return self.tr("Talk time today: {talk}").format(talk=fmt.duration(row.talk_today_s))
        return None


_STATE_ORDER = {
    AgentState.AVAILABLE: 0,
    AgentState.ON_CALL: 1,
    AgentState.WRAP_UP: 2,
    AgentState.PAUSED: 3,
    AgentState.LOGGED_OUT: 4,
}


def _mixed(row: AgentRow) -> bool:
    """Paused in some of the agent's queues and not in others."""
    paused = {s.paused for s in row.queues}
    return len(paused) > 1


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """Contiguous (first, last) runs of sorted row numbers, so removals come in few signals."""
    out: list[tuple[int, int]] = []
    for i in indices:
        if out and out[-1][1] == i - 1:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out
