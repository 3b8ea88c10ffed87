"""The detector's suggestions, one row a checked line, for the "Check call notes" dialog.

A row is a suggestion until the supervisor ticks it; the category and severity start as the
detector's and can be changed in place (combo editors from :class:`ChoiceDelegate`). Lines the
detector found nothing in are rows too (hidden by default by :class:`SuggestionFilter`), so a
person can still confirm a line the detector missed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from console.domain.flags import CATEGORIES, INSULT, REPEAT
from console.services.notes_check import CheckedLine, ConfirmedLine
from console.ui import palette
from console.ui.care import texts
from console.ui.care.flag_table_model import SEVERITY_STATUS

MatchesRole = Qt.ItemDataRole.UserRole + 1  # [(start, end)] of the words found, in the text
AbusiveRole = Qt.ItemDataRole.UserRole + 2  # did the detector suggest this line
CHOICES_CATEGORY = tuple(c for c in CATEGORIES if c != REPEAT)  # repeat abuse is a caller's


class SuggestionColumn(IntEnum):
    CONFIRM = 0
    LINE = 1
    CALL = 2
    TEXT = 3
    CATEGORY = 4
    SEVERITY = 5
    FOUND = 6


@dataclass
class SuggestionRow:
    line: CheckedLine
    category: str
    severity: int
    confirmed: bool = False

    @property
    def abusive(self) -> bool:
        return self.line.verdict.abusive


class SuggestionTableModel(QAbstractTableModel):
    confirmed_changed = Signal(int)  # how many rows are ticked

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SuggestionRow] = []

    def set_lines(self, lines: tuple[CheckedLine, ...] | list[CheckedLine]) -> None:
        """A new check replaces the rows (ticks of the previous text do not carry over: the
        lines they confirmed may have changed)."""
        self.beginResetModel()
        self._rows = [SuggestionRow(line, line.verdict.category or INSULT,
                                    max(1, line.verdict.severity)) for line in lines]
        self.endResetModel()
        self.confirmed_changed.emit(0)

    def row(self, row: int) -> SuggestionRow:
        return self._rows[row]

    def has_calls(self) -> bool:
        return any(r.line.callid for r in self._rows)

    def confirmed(self) -> list[ConfirmedLine]:
        return [ConfirmedLine(r.line.line_no, r.line.text, r.category, r.severity,
                              r.line.verdict.words, r.line.callid)
                for r in self._rows if r.confirmed]

    def confirmed_count(self) -> int:
        return sum(1 for r in self._rows if r.confirmed)

    def set_all_confirmed(self, confirmed: bool, only_suggested: bool = True) -> None:
        for i, r in enumerate(self._rows):
            if (r.abusive or not only_suggested) and r.confirmed != confirmed:
                r.confirmed = confirmed
                ix = self.index(i, SuggestionColumn.CONFIRM)
                self.dataChanged.emit(ix, ix, [Qt.ItemDataRole.CheckStateRole])
        self.confirmed_changed.emit(self.confirmed_count())

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SuggestionColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            SuggestionColumn.CONFIRM: self.tr("Confirm"),
            SuggestionColumn.LINE: self.tr("Line"),
            SuggestionColumn.CALL: self.tr("Call"),
            SuggestionColumn.TEXT: self.tr("Text"),
            SuggestionColumn.CATEGORY: self.tr("Category"),
            SuggestionColumn.SEVERITY: self.tr("Severity"),
            SuggestionColumn.FOUND: self.tr("Found"),
        }[SuggestionColumn(section)]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        col = index.column()
        if col == SuggestionColumn.CONFIRM:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if col in (SuggestionColumn.CATEGORY, SuggestionColumn.SEVERITY):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = SuggestionColumn(index.column())
        if role == AbusiveRole:
            return r.abusive
        if role == MatchesRole:
            return [(m.start, m.end) for m in r.line.verdict.matches]
        if col == SuggestionColumn.CONFIRM and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if r.confirmed else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole:
            if col == SuggestionColumn.CATEGORY:
                return r.category
            if col == SuggestionColumn.SEVERITY:
                return r.severity
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if (role == Qt.ItemDataRole.DecorationRole and col == SuggestionColumn.SEVERITY
                and (r.abusive or r.confirmed)):
            return palette.status_icon(SEVERITY_STATUS.get(r.severity, palette.Status.NEUTRAL))
        if role == Qt.ItemDataRole.ForegroundRole and not r.abusive and not r.confirmed:
            return palette.status_color(palette.Status.NEUTRAL)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, col)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        r = self._rows[index.row()]
        col = index.column()
        if col == SuggestionColumn.CONFIRM and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked  # type: ignore[call-overload]
            r.confirmed = checked
        elif col == SuggestionColumn.CATEGORY and role == Qt.ItemDataRole.EditRole:
            if value not in CHOICES_CATEGORY:
                return False
            r.category = str(value)
            r.confirmed = True  # correcting a line is confirming it
        elif col == SuggestionColumn.SEVERITY and role == Qt.ItemDataRole.EditRole:
            if value not in (1, 2, 3):
                return False
            r.severity = int(value)  # type: ignore[call-overload]
            r.confirmed = True
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), len(SuggestionColumn) - 1))
        self.confirmed_changed.emit(self.confirmed_count())
        return True

    def _display(self, r: SuggestionRow, col: SuggestionColumn) -> str | None:
        line = r.line
        if col == SuggestionColumn.LINE:
            return str(line.line_no)
        if col == SuggestionColumn.CALL:
            return line.callid or ""
        if col == SuggestionColumn.TEXT:
            return line.text
        if col == SuggestionColumn.CATEGORY:
            return texts.category_text(r.category) if r.abusive or r.confirmed else ""
        if col == SuggestionColumn.SEVERITY:
            return texts.severity_text(r.severity) if r.abusive or r.confirmed else ""
        if col == SuggestionColumn.FOUND:
            if not r.abusive and line.verdict.dropped:
                return self.tr("not counted: {words}").format(
                    words=", ".join(d.original for d in line.verdict.dropped))
            if not r.abusive:
                return self.tr("nothing found")
            return ", ".join(dict.fromkeys(line.verdict.words))
        return None

    def explain(self, row: int) -> list[str]:
        """What the detector found in a line and what it set aside, one sentence each, in the
        user's language (the domain's own reasons are English)."""
        verdict = self._rows[row].line.verdict
        out = []
        for m in verdict.matches:
            how = []
            if m.directed:
                how.append(self.tr("aimed at the agent"))
            if m.veiled:
                how.append(self.tr("veiled"))
            extra = f" ({', '.join(how)})" if how else ""
            out.append(self.tr("“{words}”: {category}, severity {severity}{how}").format(
                words=m.original, category=texts.category_text(m.category),
                severity=m.severity, how=extra))
        for d in verdict.dropped:
            if d.reason == "complaint":
                out.append(self.tr("“{words}” not counted: the text speaks of a complaint or a "
                                   "legal step (“{cue}”)").format(words=d.original, cue=d.cue))
            else:
                out.append(self.tr("“{words}” not counted: it is quoted and the text talks "
                                   "about the words (“{cue}”)").format(words=d.original,
                                                                      cue=d.cue))
        return out

    def _tooltip(self, r: SuggestionRow, col: SuggestionColumn) -> str | None:
        if col == SuggestionColumn.TEXT:
            return r.line.text
        if col in (SuggestionColumn.FOUND, SuggestionColumn.CATEGORY) and (
                r.abusive or r.line.verdict.dropped):
            return "\n".join(self.explain(self._rows.index(r)))
        if col == SuggestionColumn.LINE and r.line.record_id:
            return self.tr("Record {id}").format(id=r.line.record_id)
        if col == SuggestionColumn.CONFIRM:
            return self.tr("Tick to confirm this line as abusive")
        return None


class SuggestionFilter(QSortFilterProxyModel):
    """Hides the lines the detector found nothing in, unless asked to show everything (a
    ticked line always stays visible)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show_all = False

    @property
    def show_all(self) -> bool:
        return self._show_all

    def set_show_all(self, show: bool) -> None:
        if show != self._show_all:
            self.beginFilterChange()
            self._show_all = show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._show_all:
            return True
        model = self.sourceModel()
        if not isinstance(model, SuggestionTableModel):
            return True
        r = model.row(source_row)
        return r.abusive or r.confirmed
