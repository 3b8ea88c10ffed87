"""Renders resources/icons/app.svg to packaging/composure.png (256 px) for the .desktop entry and
the executable: desktop environments and PyInstaller's icon option want a bitmap.

Run after changing app.svg:  QT_QPA_PLATFORM=offscreen python packaging/render_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent


def render(size: int = 256) -> Path:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg")).render(painter)
    painter.end()
    out = ROOT / "packaging" / "composure.png"
    image.save(str(out))
    return out


if __name__ == "__main__":
    app = QGuiApplication(sys.argv)
    print(render())
