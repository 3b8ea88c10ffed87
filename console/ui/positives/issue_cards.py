"""The issues list drawn as cards: "cause — where ×3 10:04 / the problem / status · who".

The Issues dock shares the bottom of the window with flags, positives and breaks; seven table
columns do not fit a third of a 1366-pixel screen, while a card keeps the cause, the place,
the count and the status on screen together and the problem on its own line.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from console.domain.mgmt_issues import ManagementIssue
from console.ui import palette
from console.ui.positives.issue_models import (
    STATUS_COLOR,
    IssueColumn,
    IssueRole,
)

PAD = 7
ICON = 14


class IssueCardDelegate(QStyledItemDelegate):
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
        height = (QFontMetrics(bold).height() + QFontMetrics(base).height()
                  + QFontMetrics(small).height() + 2 * PAD + 8)
        return QSize(200, height)

    def _cell(self, index: QModelIndex | QPersistentModelIndex, column: IssueColumn) -> str:
        return index.siblingAtColumn(column).data() or ""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        issue: ManagementIssue | None = index.data(IssueRole)
        if issue is None:
            return super().paint(painter, option, index)
        base, bold, small = self._fonts(option)
        t = palette.theme()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        status = STATUS_COLOR.get(issue.status, palette.Status.NEUTRAL)
        accent = palette.status_color(status)
        # the selection is pale (palette.Theme.selection): ordinary text colours read on it
        text_color = option.palette.color(QPalette.ColorRole.HighlightedText) if selected \
            else QColor(t.text)
        muted = QColor(t.muted)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 2, -2, -2)
        painter.setPen(QColor(t.border))
        painter.setBrush(option.palette.color(QPalette.ColorRole.Highlight) if selected
                         else QColor(t.surface))
        painter.drawRoundedRect(rect, 6, 6)
        painter.fillRect(QRect(rect.left(), rect.top() + 4, 3, rect.height() - 8), accent)
        fm_bold, fm, fm_small = QFontMetrics(bold), QFontMetrics(base), QFontMetrics(small)
        x = rect.left() + PAD + 3
        width = rect.width() - 2 * PAD - 3
        y = rect.top() + PAD - 1

        # line 1: cause — where, then ×N and the time at the right
        right = f"{self._cell(index, IssueColumn.REPORTS)}   " \
                f"{self._cell(index, IssueColumn.SEEN)}"
        right_w = fm_small.horizontalAdvance(right)
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(QRect(x + width - right_w, y, right_w, fm_bold.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), right)
        title = self._cell(index, IssueColumn.CAUSE)
        if issue.location:
            title += " — " + issue.location
        painter.setFont(bold)
        painter.setPen(text_color)
        painter.drawText(QRect(x, y, width - right_w - 8, fm_bold.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         fm_bold.elidedText(title, Qt.TextElideMode.ElideRight,
                                            width - right_w - 8))
        y += fm_bold.height() + 2

        # line 2: the problem, as first reported
        painter.setFont(base)
        painter.drawText(QRect(x, y, width, fm.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         fm.elidedText(self._cell(index, IssueColumn.PROBLEM),
                                       Qt.TextElideMode.ElideRight, width))
        y += fm.height() + 2

        # line 3: status (icon and colour) · who reported it
        icon = palette.tinted_icon("issue", accent)
        icon.paint(painter, QRect(x, y + (fm_small.height() - ICON) // 2, ICON, ICON))
        status_text = self._cell(index, IssueColumn.STATUS)
        painter.setFont(small)
        painter.setPen(accent)
        sx = x + ICON + 4
        status_w = min(fm_small.horizontalAdvance(status_text) + 3, width - ICON - 4)
        painter.drawText(QRect(sx, y, status_w, fm_small.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         fm_small.elidedText(status_text, Qt.TextElideMode.ElideRight, status_w))
        who = self._cell(index, IssueColumn.REPORTED_BY)
        if who:
            wx = sx + status_w
            rest = x + width - wx
            painter.setPen(muted)
            painter.drawText(QRect(wx, y, max(0, rest), fm_small.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             fm_small.elidedText(" · " + who, Qt.TextElideMode.ElideRight,
                                                 max(0, rest)))
        painter.restore()
        return None
