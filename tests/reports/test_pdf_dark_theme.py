"""A report page is paper: its text stays dark even when the app runs the dark theme."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from console.reports.pdf import INK, _draw_on_paper


def test_text_is_ink_under_a_dark_palette(qapp) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter, QTextDocument

    previous = qapp.palette()
    dark = QPalette(previous)
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    qapp.setPalette(dark)
    try:
        doc = QTextDocument()
        doc.setHtml("<p style='font-size:40pt'>█████</p>")
        img = QImage(400, 120, QImage.Format.Format_RGB32)
        img.fill(QColor("white"))
        painter = QPainter(img)
        _draw_on_paper(doc, painter, QRectF(0, 0, 400, 120))
        painter.end()
        darkest = min(QColor(img.pixel(x, y)).lightness()
                      for x in range(0, 400, 4) for y in range(0, 120, 4))
        assert darkest <= QColor(INK).lightness() + 10  # ink, not the theme's light grey
    finally:
        qapp.setPalette(previous)
