"""Painting and editing for the suggestions table: matched words highlighted, combo editors.

The highlight is drawn from the match positions the detector gives in the *original* text
(:class:`console.domain.abuse_detector.Match` ``start``/``end``), so "傻 逼" or "ＦＵＣＫ" is marked
exactly as it was written, not as the normaliser folded it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QIcon, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from console.ui import palette
from console.ui.care.suggestion_table_model import MatchesRole

ModelIndex = QModelIndex | QPersistentModelIndex


def highlighted_html(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` as HTML with the ``[start, end)`` spans marked (overlaps merged)."""
    tint = palette.status_tint(palette.Status.CAUTION).name()
    ink = palette.status_color(palette.Status.DANGER).name()
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        start, end = max(0, start), min(len(text), end)
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        out.append(html.escape(text[pos:start]))
        out.append(f'<span style="background-color:{tint}; color:{ink}; font-weight:600">'
                   f"{html.escape(text[start:end])}</span>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


class HighlightDelegate(QStyledItemDelegate):
    """One line of text with the matched words marked; the full line is in the tooltip."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(opt.font)
        doc.setHtml(highlighted_html(text.replace("\n", " "), index.data(MatchesRole) or []))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.setClipRect(rect)
        top = rect.top() + max(0, (rect.height() - doc.size().height()) / 2)
        painter.translate(rect.left() + 2, top)
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(min(size.width(), 520), size.height())


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of fixed choices (text, value[, icon]); a pick is committed at once."""

    def __init__(self, choices: Sequence[tuple[str, object, QIcon | None]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: ModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("SuggestionChoice")
        for text, value, icon in self._choices:
            if icon is None:
                combo.addItem(text, value)
            else:
                combo.addItem(icon, text, value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
            editor.setCurrentIndex(max(0, found))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
