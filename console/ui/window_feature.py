"""Features installed on the main window (coaching, positives, escalations, data safety) start
their worker thread when the window is first shown and stop it when the window closes, without
the window having to know each of them: they watch the window's events instead."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class StartsWithWindow:
    """Mixin for a QObject feature with ``window``, ``_started``, ``start()`` and ``stop()``;
    install with ``window.installEventFilter(feature)``."""

    window: QObject
    _started: bool

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Show and not self._started:
                self.start()
            elif event.type() == QEvent.Type.Close:
                self.stop()
        return False

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError
