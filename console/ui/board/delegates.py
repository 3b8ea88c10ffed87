"""Item delegate for cells that carry a status: tint, then text, with the icon beside the text.

Qt puts a cell's icon at the far left even when the number is right-aligned, which separates a
warning sign from the time it qualifies; and a style sheet on ``QTableView::item`` stops the
model's BackgroundRole tint from being drawn. This delegate fixes both for status cells. On a
selected row the selection colour wins over the tint (a tint under white selection text was
unreadable), and the text keeps the cell's status colour, which reads on the pale selection.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


class StatusCellDelegate(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.displayAlignment & Qt.AlignmentFlag.AlignRight:
            option.decorationPosition = QStyleOptionViewItem.Position.Right
        if option.state & QStyle.StateFlag.State_Selected:
            option.backgroundBrush = QBrush()
            colour = index.data(Qt.ItemDataRole.ForegroundRole)
            if isinstance(colour, (QColor, QBrush)):
                option.palette.setBrush(QPalette.ColorRole.HighlightedText, QBrush(colour))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        tint = index.data(Qt.ItemDataRole.BackgroundRole)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if isinstance(tint, (QColor, QBrush)) and not selected:
            painter.fillRect(option.rect.adjusted(1, 1, -1, -1), tint)
        super().paint(painter, option, index)
