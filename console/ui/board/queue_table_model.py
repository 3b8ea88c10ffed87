"""Per-queue breakdown for floors that run more than one queue (e.g. support and complaints).

Queues come and go far less often than agents, so the model updates changed rows in place and
resets only when the set of queues itself changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from console.domain.board import QueueMembers
from console.domain.kpi import QueueStats
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.board.agent_table_model import SortRole


class QueueColumn(IntEnum):
    QUEUE = 0
    OFFERED = 1
    ANSWERED = 2
    ABANDONED = 3
    EXITED = 4
    WAITING = 5
    SL = 6
    ABANDON_RATE = 7
    MEAN_HOLD = 8
    MEAN_TALK = 9
    AGENTS = 10  # this queue's own members: available of members


class QueueTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QueueStats] = []
        self._sl_target = 0.8
        self._sl_seconds = 20
        self._members: dict[str, QueueMembers] = {}

    def set_rows(
        self, queues: Iterable[QueueStats], sl_target: float = 0.8, sl_seconds: int = 20
    ) -> None:
        new = list(queues)
        target_changed = (sl_target, sl_seconds) != (self._sl_target, self._sl_seconds)
        self._sl_target, self._sl_seconds = sl_target, sl_seconds
        if [q.queue for q in new] != [q.queue for q in self._rows]:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        last = len(QueueColumn) - 1
        for i, (old, q) in enumerate(zip(self._rows, new, strict=True)):
            if old != q or target_changed:
                self._rows[i] = q
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def set_members(self, members: Iterable[QueueMembers]) -> None:
        """Each queue's own members (a person in two queues counts in both rows)."""
        new = {m.queue: m for m in members}
        if new == self._members:
            return
        self._members = new
        if self._rows:
            col = int(QueueColumn.AGENTS)
            self.dataChanged.emit(self.index(0, col), self.index(len(self._rows) - 1, col))

    def members(self, queue: str) -> QueueMembers:
        return self._members.get(queue, QueueMembers(queue))

    def queue_names(self) -> list[str]:
        return [q.queue for q in self._rows]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(QueueColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal:
            return None
        col = QueueColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                QueueColumn.QUEUE: self.tr("Queue"),
                QueueColumn.OFFERED: self.tr("Offered"),
                QueueColumn.ANSWERED: self.tr("Answered"),
                QueueColumn.ABANDONED: self.tr("Abandoned"),
                QueueColumn.EXITED: self.tr("Exited"),
                QueueColumn.WAITING: self.tr("Waiting"),
                QueueColumn.SL: self.tr("SL"),
                QueueColumn.ABANDON_RATE: self.tr("Abandon %"),
                QueueColumn.MEAN_HOLD: self.tr("Avg wait"),
                QueueColumn.MEAN_TALK: self.tr("Avg talk"),
                QueueColumn.AGENTS: self.tr("Available"),
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                QueueColumn.EXITED: self.tr("Left the queue by timeout, key press or empty queue"),
                QueueColumn.SL: self.tr(
                    "Service level today: answered within {t} s / offered, excluding short "
                    "abandons"
                ).format(t=self._sl_seconds),
                QueueColumn.MEAN_HOLD: self.tr("Mean wait before answer"),
                QueueColumn.MEAN_TALK: self.tr("Mean talk time of completed calls"),
                QueueColumn.AGENTS: self.tr(
                    "This queue's own members who can take its next call, of all its members"),
            }.get(col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(col)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        q = self._rows[index.row()]
        col = QueueColumn(index.column())
        if col == QueueColumn.AGENTS:
            return self._agents_data(self.members(q.queue), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(q, col)
        if role == SortRole:
            return _sort_value(q, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(col)
        if col == QueueColumn.SL and q.service_level is not None:
            ok = q.service_level >= self._sl_target
            status = palette.Status.OK if ok else palette.Status.DANGER
            if role == Qt.ItemDataRole.ForegroundRole:
                return palette.status_color(status)
            if role == Qt.ItemDataRole.DecorationRole:
                return palette.status_icon(status)
            if role == Qt.ItemDataRole.ToolTipRole:
                if ok:
                    return self.tr("At or above the {target} target").format(
                        target=fmt.percent(self._sl_target, 0)
                    )
                return self.tr("Below the {target} target").format(
                    target=fmt.percent(self._sl_target, 0)
                )
        return None


    def _agents_data(self, m: QueueMembers, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{available} of {members}").format(
                available=fmt.count(m.available), members=fmt.count(m.members))
        if role == SortRole:
            return m.available
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(QueueColumn.AGENTS)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{members} members: {available} available, {paused} paused here, "
                           "{on_call} on a call from this queue").format(
                members=m.members, available=m.available, paused=m.paused, on_call=m.on_call)
        return None


def _alignment(col: QueueColumn) -> int:
    if col == QueueColumn.QUEUE:
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _display(q: QueueStats, col: QueueColumn) -> str:
    values = {
        QueueColumn.QUEUE: q.queue,
        QueueColumn.OFFERED: fmt.count(q.offered),
        QueueColumn.ANSWERED: fmt.count(q.answered),
        QueueColumn.ABANDONED: fmt.count(q.abandoned),
        QueueColumn.EXITED: fmt.count(q.exited),
        QueueColumn.WAITING: fmt.count(q.waiting),
        QueueColumn.SL: fmt.percent(q.service_level),
        QueueColumn.ABANDON_RATE: fmt.percent(q.abandon_rate),
        QueueColumn.MEAN_HOLD: fmt.duration(q.mean_hold_s),
        QueueColumn.MEAN_TALK: fmt.duration(q.mean_talk_s),
    }
    return values[col]


def _sort_value(q: QueueStats, col: QueueColumn):
    values = {
        QueueColumn.QUEUE: q.queue.casefold(),
        QueueColumn.OFFERED: q.offered,
        QueueColumn.ANSWERED: q.answered,
        QueueColumn.ABANDONED: q.abandoned,
        QueueColumn.EXITED: q.exited,
        QueueColumn.WAITING: q.waiting,
        QueueColumn.SL: q.service_level,
        QueueColumn.ABANDON_RATE: q.abandon_rate,
        QueueColumn.MEAN_HOLD: q.mean_hold_s,
        QueueColumn.MEAN_TALK: q.mean_talk_s,
    }
    value = values[col]
    return -1.0 if value is None else value
