"""The report's pages as pictures, one under the other, in a scroll area.

PySide6-Essentials has no QPdfView, and the pages would have to be written to a file first
anyway; instead the worker paints the very layout the PDF uses into QImages (console.reports.
pdf.PrintedReport.image), and this widget only shows them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


class ReportPreview(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportPreview")
        self.setWidgetResizable(True)
        self.setMinimumWidth(420)
        self._holder = QWidget()
        self._holder.setObjectName("ReportPreviewPages")
        self._layout = QVBoxLayout(self._holder)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(12)
        self.setWidget(self._holder)
        self.pages: list[QLabel] = []
        self.show_message(self.tr("Choose a shift and press Preview to see the report here."))

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.pages = []

    def show_message(self, text: str) -> None:
        self._clear()
        label = QLabel(text)
        label.setObjectName("ReportPreviewMessage")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(label)

    def show_pages(self, images: list[QImage]) -> None:
        self._clear()
        for i, image in enumerate(images):
            label = QLabel()
            label.setObjectName(f"ReportPreviewPage{i + 1}")
            label.setPixmap(QPixmap.fromImage(image))
            label.setFrameShape(QFrame.Shape.Box)
            label.setToolTip(self.tr("Page {page} of {pages}").format(page=i + 1,
                                                                      pages=len(images)))
            self._layout.addWidget(label)
            self.pages.append(label)
        self.verticalScrollBar().setValue(0)
