"""This shift's abuse flags as a table, newest first; unacknowledged rows stand out.

Callers are always shown masked (last four digits). The model keeps rows keyed by flag id:
an unchanged list only repaints changed rows, so the selection survives the 1 s refresh.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from console.domain.flags import Flag, mask_caller
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.care import texts


class FlagColumn(IntEnum):
    TIME = 0
    AGENT = 1
    QUEUE = 2
    CALLER = 3
    SEVERITY = 4
    CATEGORY = 5
    SOURCE = 6
    NOTE = 7
    ACKNOWLEDGED = 8


_USER = int(Qt.ItemDataRole.UserRole)
FlagIdRole = _USER + 1
UnacknowledgedRole = _USER + 2
FlagAgentRole = _USER + 3

SEVERITY_STATUS = {1: palette.Status.NEUTRAL, 2: palette.Status.CAUTION,
                   3: palette.Status.DANGER}
UNACK_MARKER = "●"


class FlagTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._flags: list[Flag] = []
        self._names: dict[str, str] = {}  # agent key -> display name
        self.show_full_callers = False  # the floor's audited privacy setting (data safety)

    def set_show_full_callers(self, show: bool) -> None:
        if show != self.show_full_callers:
            self.show_full_callers = show
            if self._flags:
                col = int(FlagColumn.CALLER)
                self.dataChanged.emit(self.index(0, col), self.index(len(self._flags) - 1, col))

    def set_flags(self, flags: Iterable[Flag], names: dict[str, str] | None = None) -> None:
        incoming = list(flags)
        if names is not None:
            self._names = names
        if [f.id for f in incoming] == [f.id for f in self._flags]:
            for i, (old, new) in enumerate(zip(self._flags, incoming, strict=True)):
                if old != new:
                    self._flags[i] = new
                    self.dataChanged.emit(self.index(i, 0),
                                          self.index(i, len(FlagColumn) - 1))
            return
        self.beginResetModel()
        self._flags = incoming
        self.endResetModel()

    def flag(self, row: int) -> Flag:
        return self._flags[row]

    def row_for(self, flag_id: int) -> int | None:
        return next((i for i, f in enumerate(self._flags) if f.id == flag_id), None)

    def unacknowledged(self) -> int:
        return sum(1 for f in self._flags if not f.acknowledged)

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._flags)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FlagColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            FlagColumn.TIME: self.tr("Time"),
            FlagColumn.AGENT: self.tr("Agent"),
            FlagColumn.QUEUE: self.tr("Queue"),
            FlagColumn.CALLER: self.tr("Caller"),
            FlagColumn.SEVERITY: self.tr("Severity"),
            FlagColumn.CATEGORY: self.tr("Category"),
            FlagColumn.SOURCE: self.tr("Source"),
            FlagColumn.NOTE: self.tr("Note"),
            FlagColumn.ACKNOWLEDGED: self.tr("Acknowledged"),
        }[FlagColumn(section)]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self._flags):
            return None
        f = self._flags[index.row()]
        col = FlagColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(f, col)
        if role == FlagIdRole:
            return f.id
        if role == UnacknowledgedRole:
            return not f.acknowledged
        if role == FlagAgentRole:
            return f.agent
        if role == Qt.ItemDataRole.FontRole and not f.acknowledged:
            font = QFont()
            font.setBold(True)
            return font
        status = SEVERITY_STATUS.get(f.severity, palette.Status.NEUTRAL)
        if role == Qt.ItemDataRole.DecorationRole and col == FlagColumn.SEVERITY:
            return palette.status_icon(status)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == FlagColumn.TIME and not f.acknowledged:
                return palette.status_color(palette.Status.DANGER)
            if col == FlagColumn.SEVERITY:
                return palette.status_color(status)
            if f.acknowledged:
                return palette.status_color(palette.Status.NEUTRAL)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(f, col)
        return None

    def _display(self, f: Flag, col: FlagColumn) -> str:
        if col == FlagColumn.TIME:
            time = fmt.clock_time(f.ts, seconds=False)
            return f"{UNACK_MARKER} {time}" if not f.acknowledged else f"   {time}"
        if col == FlagColumn.AGENT:
            return self._names.get(f.agent or "", f.agent or fmt.DASH)
        if col == FlagColumn.QUEUE:
            return f.queue or fmt.DASH
        if col == FlagColumn.CALLER:
            masked = mask_caller(f.caller, self.show_full_callers) or fmt.DASH
            return masked + (" ⟳" if f.repeat_caller else "")
        if col == FlagColumn.SEVERITY:
            return str(f.severity)
        if col == FlagColumn.CATEGORY:
            return texts.category_text(f.category)
        if col == FlagColumn.SOURCE:
            return texts.source_text(f.source)
        if col == FlagColumn.NOTE:
            note = (f.note or "").replace("\n", " ")
            return note + (f"  (+{f.notes})" if f.notes else "")
        if f.acknowledged:
            return self.tr("{who} at {time}").format(
                who=f.acknowledged_by or "", time=fmt.clock_time(f.acknowledged_at, False))
        return self.tr("Not yet")

    def _tooltip(self, f: Flag, col: FlagColumn) -> str | None:
        if col == FlagColumn.TIME and not f.acknowledged:
            return self.tr("Not acknowledged yet")
        if col == FlagColumn.SEVERITY:
            return texts.severity_text(f.severity)
        if col == FlagColumn.CALLER and f.repeat_caller:
            return self.tr("Marked as a repeat abuser")
        if col == FlagColumn.NOTE and f.note:
            return f.note
        if col == FlagColumn.CATEGORY and f.raw_category:
            return self.tr("Recorded as: {raw}").format(raw=f.raw_category)
        return None
