""""Edit causes…": the floor's own list of causes for issues for management.

Add a cause, rename one (a built-in can get its own name back), archive one that no longer
applies (its issues and counts stay, it is just no longer offered). Every change is a request
to the positives thread, audited there; the list redraws from the view that follows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.mgmt_issues import Cause
from console.services.positives import PositivesView
from console.ui import palette
from console.ui.positives import texts
from console.ui.positives.positives_client import PositivesClient

CodeRole = int(Qt.ItemDataRole.UserRole) + 1


class CausesDialog(QDialog):
    def __init__(self, client: PositivesClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CausesDialog")
        self.setWindowTitle(self.tr("Causes of issues for management"))
        self.setMinimumSize(440, 360)
        self.client = client
        self.causes: list[Cause] = []
        self._requests: set[int] = set()
        intro = QLabel(self.tr("The causes leads choose from when they report an issue. "
                               "Archived causes are no longer offered; their issues stay "
                               "counted."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("CausesList")
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.archive_button.clicked.connect(self.toggle_archived)
        side = QVBoxLayout()
        for b in (self.add_button, self.rename_button, self.archive_button):
            b.setAutoDefault(False)
            side.addWidget(b)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(
            f"color: {palette.status_color(palette.Status.DANGER).name()};")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        client.view_ready.connect(self.apply_view)
        client.replied.connect(self._on_reply)
        client.failed.connect(self._on_failed)
        if client.last_view is not None:
            self.apply_view(client.last_view)

    def apply_view(self, view: PositivesView) -> None:
        current = self.current()
        self.causes = list(view.causes)
        self.list.clear()
        for c in self.causes:
            text = texts.cause_text(c.code, self.causes)
            if c.archived:
                text = self.tr("{cause} (archived)").format(cause=text)
            item = QListWidgetItem(text)
            item.setData(CodeRole, c.code)
            if c.archived:
                item.setForeground(palette.status_color(palette.Status.NEUTRAL))
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
            self.list.addItem(item)
            if current is not None and c.code == current.code:
                self.list.setCurrentItem(item)
        self._update()

    def current(self) -> Cause | None:
        item = self.list.currentItem()
        if item is None:
            return None
        code = item.data(CodeRole)
        return next((c for c in self.causes if c.code == code), None)

    def _update(self) -> None:
        c = self.current()
        self.rename_button.setEnabled(c is not None)
        self.archive_button.setEnabled(c is not None)
        self.archive_button.setText(self.tr("Restore") if c is not None and c.archived
                                    else self.tr("Archive"))

    def _send(self, action: str, *args: object) -> None:
        self.error.hide()
        self._requests.add(self.client.request(action, *args))

    def add(self) -> None:
        label, ok = QInputDialog.getText(self, self.tr("Add a cause"), self.tr("Name:"))
        if ok and label.strip():
            self._send("add_cause", label.strip())

    def rename(self) -> None:
        c = self.current()
        if c is None:
            return
        hint = self.tr("Name (leave empty for the standard name):") if c.builtin \
            else self.tr("Name:")
        label, ok = QInputDialog.getText(self, self.tr("Rename cause"), hint,
                                         text=texts.cause_text(c.code, self.causes))
        if not ok:
            return
        label = label.strip()
        if c.builtin and (not label or label == texts.cause_text(c.code)):
            self._send("rename_cause", c.code, None)
        elif label:
            self._send("rename_cause", c.code, label)

    def toggle_archived(self) -> None:
        c = self.current()
        if c is not None:
            self._send("set_cause_archived", c.code, not c.archived)

    def _on_reply(self, request: int, action: str, result: object) -> None:
        self._requests.discard(request)

    def _on_failed(self, request: int, action: str, error: str) -> None:
        if request in self._requests:
            self._requests.discard(request)
            self.error.setText(self.tr("Not saved: {error}").format(error=error))
            self.error.show()
