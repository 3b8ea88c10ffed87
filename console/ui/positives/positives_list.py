"""Today's recognitions as a list of small cards, newest first.

A card reads like a note on a board ("★ Karen Johnson · Resolved a hard complaint 10:42 /
what she did / recorded by lead.chen · call 1712.34"), which a table of columns cannot do in a
narrow dock. The model keeps rows keyed by id, so the 5 s refresh repaints only what changed and
the selection survives.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from console.domain.recognition import Recognition
from console.ui import formatting as fmt
from console.ui import palette
from console.ui.positives import texts

_USER = int(Qt.ItemDataRole.UserRole)
RecognitionRole = _USER + 1
RecognitionIdRole = _USER + 2
AgentRole = _USER + 3
AgentNameRole = _USER + 4
DetailRole = _USER + 5

PAD = 8
ICON = 16


class RecognitionListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Recognition] = []
        self._names: dict[str, str] = {}
        self._flag_times: dict[int, float] = {}  # flag id -> when it was raised

    def set_recognitions(self, rows: Iterable[Recognition],
                         names: dict[str, str] | None = None) -> None:
        incoming = list(rows)
        names_changed = names is not None and names != self._names
        if names is not None:
            self._names = dict(names)
        if [r.id for r in incoming] == [r.id for r in self._rows]:
            for i, (old, new) in enumerate(zip(self._rows, incoming, strict=True)):
                if old != new or names_changed:
                    self._rows[i] = new
                    self.dataChanged.emit(self.index(i), self.index(i))
            return
        self.beginResetModel()
        self._rows = incoming
        self.endResetModel()

    def set_flag_times(self, times: dict[int, float]) -> None:
        self._flag_times = times

    def recognition(self, row: int) -> Recognition:
        return self._rows[row]

    def row_for(self, recognition_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == recognition_id), None)

    def name(self, agent: str) -> str:
        return self._names.get(agent, agent)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def detail(self, r: Recognition) -> str:
        parts = [self.tr("recorded by {who}").format(who=r.recorded_by)]
        raised = self._flag_times.get(r.flag_id or -1)
        flag_time = fmt.clock_time(raised, seconds=False) if raised is not None else None
        link = texts.link_text(r.callid, flag_time)
        if link:
            parts.append(link)
        return " · ".join(parts)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.name(r.agent)} · {texts.kind_text(r.kind)}"
        if role == RecognitionRole:
            return r
        if role == RecognitionIdRole:
            return r.id
        if role == AgentRole:
            return r.agent
        if role == AgentNameRole:
            return self.name(r.agent)
        if role == DetailRole:
            return self.detail(r)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (texts.kind_text(r.kind), r.text, self.detail(r)) if p)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return " — ".join(p for p in (self.name(r.agent), texts.kind_text(r.kind), r.text,
                                          fmt.clock_time(r.ts, seconds=False)) if p)
        return None


class RecognitionDelegate(QStyledItemDelegate):
    """Paints a card: name and kind with the time, the words (two lines at most), who
    recorded it and what it links to."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.88))
        return base, bold, small

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        base, bold, small = self._fonts(option)
        r: Recognition | None = index.data(RecognitionRole)
        height = QFontMetrics(bold).height() + QFontMetrics(small).height() + 2 * PAD + 6
        if r is not None and r.text:
            # the width paint() will have: the list's own, not a guess (a guess one line short
            # clipped the card's last line, most often in Chinese)
            view = option.widget
            full = view.viewport().width() if hasattr(view, "viewport") else option.rect.width()
            lines = _text_lines(QFontMetrics(base), r.text, _text_width(full))
            height += lines * QFontMetrics(base).lineSpacing() + 2
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        r: Recognition | None = index.data(RecognitionRole)
        if r is None:
            return super().paint(painter, option, index)
        base, bold, small = self._fonts(option)
        t = palette.theme()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        rect = option.rect.adjusted(2, 2, -2, -2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(t.border))
        painter.setBrush(option.palette.color(QPalette.ColorRole.Highlight) if selected
                         else QColor(t.surface))
        painter.drawRoundedRect(rect, 6, 6)
        ok = palette.status_color(palette.Status.OK)
        painter.fillRect(QRect(rect.left(), rect.top() + 4, 3, rect.height() - 8), ok)
        # the selection is pale (palette.Theme.selection): ordinary text colours read on it
        text_color = option.palette.color(QPalette.ColorRole.HighlightedText) if selected \
            else QColor(t.text)
        muted = QColor(t.muted)
        x = rect.left() + PAD + 2
        y = rect.top() + PAD - 2
        width = rect.width() - 2 * PAD - 2
        icon = palette.tinted_icon("recognition", ok)
        fm_bold = QFontMetrics(bold)
        icon.paint(painter, QRect(x, y + (fm_bold.height() - ICON) // 2, ICON, ICON))
        tx = x + ICON + 6
        tw = width - ICON - 6
        time_text = fmt.clock_time(r.ts, seconds=False)
        painter.setFont(small)
        time_w = QFontMetrics(small).horizontalAdvance(time_text)
        painter.setPen(muted)
        painter.drawText(QRect(rect.right() - PAD - time_w, y, time_w, fm_bold.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         time_text)
        name = index.data(AgentNameRole) or r.agent
        kind = texts.kind_text(r.kind)
        avail = tw - time_w - 8
        painter.setFont(bold)
        painter.setPen(text_color)
        name_text = fm_bold.elidedText(name, Qt.TextElideMode.ElideRight, max(40, avail // 2))
        painter.drawText(QRect(tx, y, avail, fm_bold.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         name_text)
        nx = tx + fm_bold.horizontalAdvance(name_text) + 8
        painter.setFont(base)
        painter.setPen(text_color if selected else ok)
        kind_text = QFontMetrics(base).elidedText(kind, Qt.TextElideMode.ElideRight,
                                                  max(0, tx + avail - nx))
        painter.drawText(QRect(nx, y, max(0, tx + avail - nx), fm_bold.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         kind_text)
        y += fm_bold.height() + 3
        if r.text:
            fm = QFontMetrics(base)
            lines = _text_lines(fm, r.text, tw)
            box = QRect(tx, y, tw, lines * fm.lineSpacing())
            painter.setFont(base)
            painter.setPen(text_color)
            shown = r.text.replace("\n", " ")
            if lines == 2 and fm.horizontalAdvance(shown) > 2 * tw - fm.averageCharWidth() * 4:
                shown = fm.elidedText(shown, Qt.TextElideMode.ElideRight, 2 * tw - tw // 6)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                      | Qt.TextFlag.TextWordWrap), shown)
            y += box.height() + 2
        painter.setFont(small)
        painter.setPen(muted)
        fm_small = QFontMetrics(small)
        detail = fm_small.elidedText(index.data(DetailRole) or "",
                                     Qt.TextElideMode.ElideRight, tw)
        painter.drawText(QRect(tx, y, tw, fm_small.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), detail)
        painter.restore()
        return None


def _text_width(full_width: int) -> int:
    """The text column of a card in a list this wide (as laid out by paint())."""
    return max(1, full_width - 4 - 2 * PAD - 2 - ICON - 6)


def _text_lines(fm: QFontMetrics, text: str, width: int) -> int:
    """Lines the note takes when word-wrapped at ``width`` (at most two are shown)."""
    wrapped = fm.boundingRect(QRect(0, 0, max(1, width), 10_000),
                              int(Qt.TextFlag.TextWordWrap), text.replace("\n", " "))
    return min(2, max(1, round(wrapped.height() / max(1, fm.lineSpacing()))))
