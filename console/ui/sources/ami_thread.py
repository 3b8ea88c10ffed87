"""The AMI link's thread and its wiring into the window (status bar light).

The blocking client (:mod:`console.ingest.ami_client`) runs inside :meth:`AmiThread.run`
with its own SQLite connection, like the ingest thread; it wakes every 250 ms at most, so
:meth:`stop` (set the event, then wait) ends it promptly. Statuses cross to the GUI thread as
queued signals carrying immutable :class:`AmiStatus` objects.

The link is started when the window shows if Data sources has it switched on (the demo floor
has no PBX, so never there), and restarted after the page saves new settings.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from console.ingest.ami_client import AmiConfig, AmiStatus
from console.services import ami
from console.services.data_sources import ami_config

log = logging.getLogger(__name__)


class AmiThread(QThread):
    status_changed = Signal(object)  # AmiStatus
    disabled = Signal()  # Data sources has no AMI link switched on
    failed = Signal(str)

    def __init__(self, db_path: Path, config: AmiConfig | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composure-ami")
        self._db_path = db_path
        self._config = config
        self._stop = threading.Event()

    def run(self) -> None:
        try:
            config = self._config or ami_config(self._db_path)
            if config is None:
                self.disabled.emit()
                return
            ami.follow(self._db_path, config, self._stop, self.status_changed.emit)
        except Exception as exc:  # the board must live on without its AMI link
            log.exception("the AMI link failed")
            self.failed.emit(str(exc) or type(exc).__name__)

    def stop(self, timeout_ms: int = 5000) -> bool:
        self._stop.set()
        return self.wait(timeout_ms)


class FloorAmi(QObject):
    """Owns the window's AMI thread; ``restart`` after Data sources was saved."""

    def __init__(self, window, db_path: Path, enabled: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.db_path = db_path
        self.enabled = enabled
        self.thread: AmiThread | None = None
        self.last_status: AmiStatus | None = None

    def start(self) -> None:
        if not self.enabled or (self.thread is not None and self.thread.isRunning()):
            return
        thread = AmiThread(self.db_path, parent=self)
        status_bar = self.window.status
        thread.status_changed.connect(self._on_status)
        thread.status_changed.connect(status_bar.set_ami_status)
        thread.disabled.connect(status_bar.hide_ami)
        thread.failed.connect(status_bar.set_ami_error)
        self.thread = thread
        thread.start()

    def _on_status(self, status: AmiStatus) -> None:
        self.last_status = status

    def stop(self) -> None:
        if self.thread is not None:
            self.thread.stop()
            self.thread = None

    def restart(self) -> None:
        self.stop()
        self.start()
