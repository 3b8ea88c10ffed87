"""The escalation backlog as a table, with a live countdown.

Rows are keyed by escalation id and updated in place from each :class:`EscalationBoard`. One
1 s QTimer recounts every row's clock (pure domain arithmetic, no database) and emits
``dataChanged`` for the countdown column only, plus the whole row of an item whose state just
changed (on track -> at risk -> breached), so a busy backlog repaints one column a second.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from console.domain import escalations as rules
from console.domain.escalations import Escalation, EscalationSettings, EscalationStatus
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.escalations import texts

TICK_MS = 1000


class Column(IntEnum):
    STATE = 0
    LEFT = 1
    REFERENCE = 2
    CHANNEL = 3
    CUSTOMER = 4
    CATEGORY = 5
    HOLDER = 6
    DEPARTMENT = 7
    OPENED = 8
    TRUST = 9
    DESCRIPTION = 10


_USER = int(Qt.ItemDataRole.UserRole)
EscalationIdRole = _USER + 1
SortRole = _USER + 2  # time left, overdue first; resolved items after the open ones
StateRole = _USER + 3
SearchRole = _USER + 4  # the row's searchable text


class BacklogModel(QAbstractTableModel):
    ticked = Signal(float)  # clock time of each countdown tick

    def __init__(self, now: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._items: list[Escalation] = []
        self._status: list[EscalationStatus] = []
        self._names: dict[str, str] = {}
        self.settings: EscalationSettings = rules.DEFAULT_SETTINGS
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # ------------------------------------------------------------------ updates
    def set_items(self, items: list[Escalation] | tuple[Escalation, ...],
                  names: dict[str, str] | None = None,
                  settings: EscalationSettings | None = None) -> None:
        if names is not None:
            self._names = names
        if settings is not None:
            self.settings = settings
        incoming = list(items)
        now = self._now()
        statuses = [rules.status(i, now, self.settings) for i in incoming]
        if [i.id for i in incoming] == [i.id for i in self._items]:
            for row, (old, new) in enumerate(zip(self._items, incoming, strict=True)):
                self._items[row] = new
                changed = old != new or self._status[row].state != statuses[row].state
                self._status[row] = statuses[row]
                if changed:
                    self.dataChanged.emit(self.index(row, 0),
                                          self.index(row, len(Column) - 1))
            return
        self.beginResetModel()
        self._items = incoming
        self._status = statuses
        self.endResetModel()

    def tick(self) -> None:
        """Recount the clocks; repaint the countdown (and rows whose state moved)."""
        if not self._items:
            return
        now = self._now()
        for row, item in enumerate(self._items):
            if item.resolved:
                continue
            st = rules.status(item, now, self.settings)
            if st.state != self._status[row].state:
                self._status[row] = st
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
            else:
                self._status[row] = st
        self.dataChanged.emit(self.index(0, Column.LEFT),
                              self.index(len(self._items) - 1, Column.LEFT))
        self.ticked.emit(now)

    def item(self, row: int) -> Escalation:
        return self._items[row]

    def status(self, row: int) -> EscalationStatus:
        return self._status[row]

    def row_for(self, escalation_id: int) -> int | None:
        return next((r for r, i in enumerate(self._items) if i.id == escalation_id), None)

    def by_id(self, escalation_id: int) -> tuple[Escalation, EscalationStatus] | None:
        row = self.row_for(escalation_id)
        return None if row is None else (self._items[row], self._status[row])

    def name(self, agent: str | None) -> str:
        return self._names.get(agent or "", agent or "")

    def holders(self) -> list[str]:
        """Everyone who holds or held an item on the board, for the hand-off suggestions."""
        seen = {i.owner for i in self._items if i.owner} | set(self._names)
        return sorted(seen, key=str.casefold)

    def departments(self) -> list[str]:
        return sorted({i.department for i in self._items if i.department}, key=str.casefold)

    def categories(self) -> list[str]:
        return sorted({i.category for i in self._items if i.category}, key=str.casefold)

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.STATE: self.tr("State"),
            Column.LEFT: self.tr("Time left"),
            Column.REFERENCE: self.tr("Reference"),
            Column.CHANNEL: self.tr("Channel"),
            Column.CUSTOMER: self.tr("Customer"),
            Column.CATEGORY: self.tr("Category"),
            Column.HOLDER: self.tr("Held by"),
            Column.DEPARTMENT: self.tr("Department"),
            Column.OPENED: self.tr("Opened"),
            Column.TRUST: self.tr("Trust"),
            Column.DESCRIPTION: self.tr("Description"),
        }[Column(section)]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, st = self._items[index.row()], self._status[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, st, col)
        if role == EscalationIdRole:
            return item.id
        if role == StateRole:
            return st.state
        if role == SortRole:
            return self._sort_value(item, st, col)
        if role == SearchRole:
            return " ".join(filter(None, (item.reference, item.customer, item.category,
                                          item.description, item.owner, item.department,
                                          self.name(item.agent)))).casefold()
        status = texts.STATE_STATUS.get(st.state, palette.Status.NEUTRAL)
        if role == Qt.ItemDataRole.DecorationRole:
            if col == Column.STATE:
                return palette.status_icon(status)
            if col == Column.LEFT and st.is_open and st.warning and st.state == rules.ON_TRACK:
                return palette.status_icon(palette.Status.CAUTION)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if st.is_open and (col == Column.STATE or (
                    col == Column.LEFT and st.state != rules.ON_TRACK)):
                return palette.status_color(status)
            if col == Column.TRUST and item.trust is not None and item.trust < 0:
                return palette.status_color(palette.Status.DANGER)
            if not st.is_open:
                return palette.status_color(palette.Status.NEUTRAL)
            return None
        if role == Qt.ItemDataRole.FontRole and st.state == rules.BREACHED and col in (
                Column.STATE, Column.LEFT):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (Column.LEFT, Column.TRUST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, st, col)
        return None

    def _display(self, item: Escalation, st: EscalationStatus, col: Column) -> str:
        if col == Column.STATE:
            return texts.state_text(st.state)
        if col == Column.LEFT:
            return texts.left_text(st)
        if col == Column.REFERENCE:
            return item.reference
        if col == Column.CHANNEL:
            return texts.channel_text(item.channel)
        if col == Column.CUSTOMER:
            return item.customer or fmt.DASH
        if col == Column.CATEGORY:
            return item.category or fmt.DASH
        if col == Column.HOLDER:
            holder = self.name(item.owner) or fmt.DASH
            return f"{holder} · {texts.role_text(item.holder_role)}"
        if col == Column.DEPARTMENT:
            return item.department or fmt.DASH
        if col == Column.OPENED:
            return _when(item.opened_at, self._now())
        if col == Column.TRUST:
            return texts.trust_text(item.trust)
        return (item.description or "").replace("\n", " ")

    def _sort_value(self, item: Escalation, st: EscalationStatus, col: Column):
        if col == Column.LEFT or col == Column.STATE:
            if st.is_open:
                return st.left_minutes
            return 1e10 + (4e9 - (item.resolved_at or 0))  # after every open item
        if col == Column.OPENED:
            return float(item.opened_at)
        if col == Column.TRUST:
            return item.trust if item.trust is not None else -1e9
        return self._display(item, st, col).casefold()

    def _tooltip(self, item: Escalation, st: EscalationStatus, col: Column) -> str | None:
        if col in (Column.LEFT, Column.STATE):
            lines = [texts.warning_text(st)]
            if st.due_at is not None:
                lines.append(self.tr("Due {when}").format(when=_when(st.due_at, self._now())))
            if item.clock == rules.BUSINESS:
                lines.append(texts.clock_text(item.clock))
            if st.paused:
                lines.append(self.tr("The clock is paused while waiting on the customer"))
            return "\n".join(lines)
        if col == Column.TRUST and item.trust is not None:
            return self.tr("Trust at the first reply: (1 − reply / promise) × 100 = {t:.0f}"
                           ).format(t=item.trust)
        if col == Column.DESCRIPTION and item.description:
            return item.description
        return None


def _when(ts: float, now: float) -> str:
    """HH:MM today, else the date and time."""
    return fmt.short_moment(ts, now)
