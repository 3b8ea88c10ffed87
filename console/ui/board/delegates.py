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
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem


class StatusCellDelegate(QStyledItemDelegate):
    """Cheap where nothing is to be done: a cell without a status (the model gives a tint
    exactly when it gives a status icon) and not selected is Qt's own painting; the others fill
    the style option once (Qt's ``initStyleOption``) and adjust it, rather than Qt's ``paint``
    calling back into a Python ``initStyleOption``. These are the two busiest columns of a
    board that repaints every second."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.data(Qt.ItemDataRole.BackgroundRole) is None and not (
                option.state & QStyle.StateFlag.State_Selected):
            # no status (no tint, no icon) and not selected: Qt's own painting, all in C++
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if opt.displayAlignment & Qt.AlignmentFlag.AlignRight:
            opt.decorationPosition = QStyleOptionViewItem.Position.Right
        if opt.state & QStyle.StateFlag.State_Selected:
            opt.backgroundBrush = QBrush()  # the selection colour wins over the tint
            colour = index.data(Qt.ItemDataRole.ForegroundRole)
            if isinstance(colour, (QColor, QBrush)):
                opt.palette.setBrush(QPalette.ColorRole.HighlightedText, QBrush(colour))
        elif opt.backgroundBrush.style() != Qt.BrushStyle.NoBrush:
            painter.fillRect(opt.rect.adjusted(1, 1, -1, -1), opt.backgroundBrush)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
