"""A dialog that talks to the coaching thread: it sends requests and hears only its own replies.

Replies arrive as queued signals on the GUI thread, matched by request id; a dialog closed
before its answer came simply disconnects and the answer goes nowhere.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from console.ui import palette
from console.ui.action_thread import ActionClient


class RequestDialog(QDialog):
    def __init__(self, controller: ActionClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._pending: dict[int, str] = {}
        self.error = QLabel()
        self.error.setObjectName("DialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(
            f"color: {palette.status_color(palette.Status.DANGER).name()}")
        self.error.hide()
        controller.replied.connect(self._on_reply)
        controller.failed.connect(self._on_failed)

    def ask(self, action: str, *args: Any, **kwargs: Any) -> int:
        request = self.controller.request(action, *args, **kwargs)
        self._pending[request] = action
        return request

    def waiting_for(self, action: str) -> bool:
        return action in self._pending.values()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # hooks
    def on_reply(self, action: str, result: object) -> None:
        pass

    def on_failed(self, action: str, error: str) -> None:
        # the base class names its own context: self.tr() would use the subclass's
        self.show_error(QCoreApplication.translate("Coaching", "Not saved: {error}").format(
            error=error))

    def _on_reply(self, request: int, action: str, result: object) -> None:
        if self._pending.pop(request, None) is not None:
            self.on_reply(action, result)

    def _on_failed(self, request: int, action: str, error: str) -> None:
        if self._pending.pop(request, None) is not None:
            self.on_failed(action, error)

    def done(self, result: int) -> None:
        try:
            self.controller.replied.disconnect(self._on_reply)
            self.controller.failed.disconnect(self._on_failed)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
