"""Table models for the Issues dock: today's counts by cause (with a bar drawn in the count
cell, so the biggest cause reads at a glance) and the list of issues.

A sorted table with in-cell bars was chosen over a pyqtgraph bar chart: cause names are long
and translated (Chinese or English), and a table gives them their full width, wraps nothing,
and stays readable in a dock a quarter of the screen high.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from console.domain import mgmt_issues as mi
from console.domain.mgmt_issues import Cause, CauseCount, ManagementIssue
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.positives import texts

_USER = int(Qt.ItemDataRole.UserRole)
IssueIdRole = _USER + 1
IssueRole = _USER + 2
ShareRole = _USER + 3  # 0..1: the bar's length in the counts table
CauseRole = _USER + 4

STATUS_COLOR = {mi.OPEN: palette.Status.CAUTION, mi.SENT: palette.Status.NEUTRAL,
                mi.FIXED: palette.Status.OK}


class CountColumn(IntEnum):
    CAUSE = 0
    TODAY = 1
    ISSUES = 2


class CauseCountModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CauseCount] = []
        self._causes: list[Cause] = []

    def set_counts(self, counts: Iterable[CauseCount], causes: Iterable[Cause]) -> None:
        counts, causes = list(counts), list(causes)
        if counts == self._rows and causes == self._causes:
            return
        self.beginResetModel()
        self._rows, self._causes = counts, causes
        self.endResetModel()

    def count(self, row: int) -> CauseCount:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(CountColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {CountColumn.CAUSE: self.tr("Cause"), CountColumn.TODAY: self.tr("Reports"),
                CountColumn.ISSUES: self.tr("Issues")}[CountColumn(section)]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        c = self._rows[index.row()]
        col = CountColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col == CountColumn.CAUSE:
                return texts.cause_text(c.cause, self._causes)
            if col == CountColumn.TODAY:
                return str(c.occurrences)
            return str(c.issues)
        if role == CauseRole:
            return c.cause
        if role == ShareRole and col == CountColumn.TODAY:
            top = max((r.occurrences for r in self._rows), default=0)
            return c.occurrences / top if top else 0.0
        if role == Qt.ItemDataRole.TextAlignmentRole and col != CountColumn.CAUSE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return texts.cause_text(c.cause, self._causes) + "\n" + self.tr(
                "{n} reports today · {issues} issues: {open} open, {sent} sent to management, "
                "{fixed} fixed").format(n=c.occurrences, issues=c.issues, open=c.open,
                                        sent=c.sent, fixed=c.fixed)
        return None


class CountBarDelegate(QStyledItemDelegate):
    """The count with a bar behind it, its length relative to the largest cause."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        share = index.data(ShareRole)
        if share and not option.state & QStyle.StateFlag.State_Selected:
            rect = option.rect.adjusted(4, 6, -4, -6)
            bar = rect.adjusted(0, 0, -int(rect.width() * (1 - float(share))), 0)
            color = QColor(palette.theme().accent)
            color.setAlpha(70)
            painter.save()
            painter.fillRect(bar, color)
            painter.restore()
        super().paint(painter, option, index)


class IssueColumn(IntEnum):
    SEEN = 0
    CAUSE = 1
    WHERE = 2
    PROBLEM = 3
    REPORTS = 4
    STATUS = 5
    REPORTED_BY = 6


class IssueTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ManagementIssue] = []
        self._causes: list[Cause] = []
        self._names: dict[str, str] = {}
        self.day_start: float | None = None

    def set_issues(self, issues: Iterable[ManagementIssue], causes: Iterable[Cause],
                   names: dict[str, str], day_start: float | None = None) -> None:
        incoming, causes = list(issues), list(causes)
        self.day_start = day_start
        same_words = causes == self._causes and names == self._names
        self._causes, self._names = causes, dict(names)
        if [i.id for i in incoming] == [i.id for i in self._rows]:
            for row, (old, new) in enumerate(zip(self._rows, incoming, strict=True)):
                if old != new or not same_words:
                    self._rows[row] = new
                    self.dataChanged.emit(self.index(row, 0),
                                          self.index(row, len(IssueColumn) - 1))
            return
        self.beginResetModel()
        self._rows = incoming
        self.endResetModel()

    def issue(self, row: int) -> ManagementIssue:
        return self._rows[row]

    def row_for(self, issue_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == issue_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(IssueColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            IssueColumn.SEEN: self.tr("Last reported"),
            IssueColumn.CAUSE: self.tr("Cause"),
            IssueColumn.WHERE: self.tr("Where"),
            IssueColumn.PROBLEM: self.tr("Problem"),
            IssueColumn.REPORTS: self.tr("Reports"),
            IssueColumn.STATUS: self.tr("Status"),
            IssueColumn.REPORTED_BY: self.tr("Reported by"),
        }[IssueColumn(section)]

    def _who(self, names: Iterable[str]) -> str:
        shown = [self._names.get(n, n) for n in names]
        if len(shown) > 2:
            return self.tr("{first} and {n} others").format(first=shown[0], n=len(shown) - 1)
        return ", ".join(shown)

    def _status(self, i: ManagementIssue) -> str:
        text = texts.status_text(i.status)
        if i.recurrence_of is not None and i.active:
            text += " · " + self.tr("back after fix")
        return text

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        i = self._rows[index.row()]
        col = IssueColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                IssueColumn.SEEN: texts.when_text(i.last_seen_at, self.day_start),
                IssueColumn.CAUSE: texts.cause_text(i.cause, self._causes),
                IssueColumn.WHERE: i.location or fmt.DASH,
                IssueColumn.PROBLEM: i.description.replace("\n", " "),
                IssueColumn.REPORTS: f"×{i.occurrences}",
                IssueColumn.STATUS: self._status(i),
                IssueColumn.REPORTED_BY: self._who(i.reporters),
            }[col]
        if role == IssueIdRole:
            return i.id
        if role == IssueRole:
            return i
        status = STATUS_COLOR.get(i.status, palette.Status.NEUTRAL)
        if role == Qt.ItemDataRole.DecorationRole and col == IssueColumn.STATUS:
            return palette.status_icon(status)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == IssueColumn.STATUS:
                return palette.status_color(status)
            if not i.active:
                return palette.status_color(palette.Status.NEUTRAL)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == IssueColumn.REPORTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(i, col)
        return None

    def _tooltip(self, i: ManagementIssue, col: IssueColumn) -> str | None:
        if col == IssueColumn.PROBLEM:
            if i.last_note and i.last_note != i.description:
                return self.tr("{first}\n\nLatest: {latest}").format(first=i.description,
                                                                     latest=i.last_note)
            return i.description
        if col == IssueColumn.REPORTS:
            return texts.occurrences_text(i.occurrences)
        if col == IssueColumn.REPORTED_BY:
            return ", ".join(self._names.get(n, n) for n in i.reporters)
        if col == IssueColumn.STATUS and i.status_by:
            return self.tr("{status} by {who} at {time}").format(
                status=texts.status_text(i.status), who=i.status_by,
                time=texts.when_text(i.status_at or 0, self.day_start))
        if col == IssueColumn.SEEN:  # the list view's cards show this column: say it all
            lines = [i.description]
            if i.last_note and i.last_note != i.description:
                lines.append(self.tr("Latest: {latest}").format(latest=i.last_note))
            lines.append(self.tr("First reported {time} by {who}").format(
                time=texts.when_text(i.opened_at, self.day_start), who=i.opened_by))
            lines.append(texts.occurrences_text(i.occurrences))
            status = self._tooltip(i, IssueColumn.STATUS)
            if status:
                lines.append(status)
            return "\n".join(lines)
        return None
