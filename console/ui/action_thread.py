"""One background thread per feature that writes: the flags and breaks, escalations, coaching.

A feature's service object (for example :class:`console.services.actions.FloorActions`) owns
one SQLite connection, so it is built, used and closed on its own thread. The GUI never calls it
directly: an :class:`ActionClient` sends ``(request id, action name, args, kwargs)`` through a
queued signal and gets ``done(request, action, result)`` or ``failed(request, action, error)``
back. Only names listed in ``actions`` can be called, so a typo fails loudly instead of reaching
an arbitrary attribute. Requests made before the thread is up wait in order.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from console.ui.workers import stop_thread

log = logging.getLogger(__name__)


class _Worker(QObject):
    done = Signal(int, str, object)
    failed = Signal(int, str, str)

    def __init__(self, factory: Callable[[], Any], actions: frozenset[str]) -> None:
        super().__init__()
        self._factory = factory
        self._actions = actions
        self.service: Any = None

    @Slot(int, str, object, object)
    def call(self, request: int, action: str, args: object, kwargs: object) -> None:
        if action not in self._actions:
            self.failed.emit(request, action, f"unknown action {action}")
            return
        try:
            if self.service is None:
                self.service = self._factory()
            result = getattr(self.service, action)(*args, **kwargs)  # type: ignore[misc]
        except Exception as exc:  # a failed action is reported, never kills the thread
            if not isinstance(exc, ValueError):
                log.exception("action %s failed", action)
            self.failed.emit(request, action, str(exc) or type(exc).__name__)
            return
        self.done.emit(request, action, result)

    def close(self) -> None:
        if self.service is not None and hasattr(self.service, "close"):
            self.service.close()
        self.service = None


class ActionThread(QThread):
    """Builds the service with ``factory()`` on first use, on this thread, and closes it on
    this thread when the loop ends."""

    ready = Signal()
    requested = Signal(int, str, object, object)
    done = Signal(int, str, object)
    failed = Signal(int, str, str)

    def __init__(self, name: str, factory: Callable[[], Any], actions: Iterable[str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"composure-{name}")
        self._factory = factory
        self._actions = frozenset(actions)

    def run(self) -> None:
        worker = _Worker(self._factory, self._actions)
        self.requested.connect(worker.call)
        worker.done.connect(self.done)
        worker.failed.connect(self.failed)
        self.ready.emit()
        try:
            self.exec()
        finally:
            self.requested.disconnect(worker.call)
            try:
                worker.close()
            except Exception:
                log.exception("closing the %s service failed", self.objectName())


class ActionClient(QObject):
    """The GUI side: numbered requests, replies as signals, ``changed`` after every write so
    the owner can refresh what it shows."""

    replied = Signal(int, str, object)  # request id, action, result
    failed = Signal(int, str, str)  # request id, action, error text
    changed = Signal()  # a write succeeded

    def __init__(self, name: str, factory: Callable[[], Any], actions: Iterable[str],
                 writes: Iterable[str] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writes = frozenset(writes)
        self._thread = ActionThread(name, factory, actions, self)
        self._thread.ready.connect(self._on_ready)
        self._thread.done.connect(self._on_done)
        self._thread.failed.connect(self._on_failed)
        self._ready = False
        self._pending: list[tuple[int, str, tuple, dict]] = []
        self._next = 0
        self._started = False

    def start(self) -> None:
        if not self._started:
            self._started = True
            self._thread.start()

    def stop(self) -> None:
        stop_thread(self._thread)

    def request(self, action: str, *args: Any, **kwargs: Any) -> int:
        """Queue ``service.action(*args, **kwargs)``; returns the request id."""
        self._next += 1
        if self._ready:
            self._thread.requested.emit(self._next, action, args, kwargs)
        else:
            self._pending.append((self._next, action, args, kwargs))
        return self._next

    @Slot()
    def _on_ready(self) -> None:
        self._ready = True
        pending, self._pending = self._pending, []
        for request, action, args, kwargs in pending:
            self._thread.requested.emit(request, action, args, kwargs)

    @Slot(int, str, object)
    def _on_done(self, request: int, action: str, result: object) -> None:
        self.handle_done(request, action, result)
        self.replied.emit(request, action, result)
        if action in self.writes:
            self.changed.emit()

    @Slot(int, str, str)
    def _on_failed(self, request: int, action: str, error: str) -> None:
        self.handle_failed(request, action, error)
        self.failed.emit(request, action, error)

    # hooks for subclasses that need to see replies before anyone else
    def handle_done(self, request: int, action: str, result: object) -> None:
        pass

    def handle_failed(self, request: int, action: str, error: str) -> None:
        pass


class PollingClient(ActionClient):
    """An :class:`ActionClient` that also keeps one view fresh.

    ``read_action`` is asked every ``interval_ms`` and after every write (another console, the
    demo or an import may change the data without a write of ours). Only one read is out at a
    time, so a slow disk cannot queue them up: asking while one is out asks once more after it.
    Subclasses get :meth:`read_done` / :meth:`read_failed` for the view and
    :meth:`handle_reply` for everything else.
    """

    def __init__(self, name: str, factory: Callable[[], Any], actions: Iterable[str],
                 writes: Iterable[str], read_action: str, interval_ms: int,
                 parent: QObject | None = None) -> None:
        super().__init__(name, factory, actions, writes, parent)
        self.read_action = read_action
        self._read_request: int | None = None
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.refresh)
        self.changed.connect(self.refresh)

    def start(self) -> None:
        super().start()
        self.timer.start()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()
        super().stop()

    def refresh(self) -> None:
        if self._read_request is not None:
            self._again = True
            return
        self._read_request = self.request(self.read_action)

    def handle_done(self, request: int, action: str, result: object) -> None:
        if request == self._read_request:
            self._read_request = None
            self.read_done(result)
            self._ask_again()
        else:
            self.handle_reply(request, action, result)

    def handle_failed(self, request: int, action: str, error: str) -> None:
        if request == self._read_request:
            self._read_request = None
            self.read_failed(error)
            self._ask_again()

    def _ask_again(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def read_done(self, result: object) -> None:
        pass

    def read_failed(self, error: str) -> None:
        pass

    def handle_reply(self, request: int, action: str, result: object) -> None:
        pass
