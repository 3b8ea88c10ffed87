"""Shared fixtures: a fresh database per test, the real Asterisk sample, queue_log helpers."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from console.store import db as store_db
from console.ui.pyside_workarounds import pin_singletons

# Every test process, not only those that import the window: a run that only drew reports
# (tests/bench) aborted at exit with "Fatal Python error: none_dealloc" (PySide6 6.12, 3.11).
pin_singletons()

FIXTURES = Path(__file__).parent / "fixtures"
# A verbatim copy of ../shared/samples/asterisk-22/queue_log (Asterisk 22.10.1, 378 lines).
ASTERISK22_QUEUE_LOG = FIXTURES / "asterisk22_queue_log"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    """Delete the test's closed windows before the next test starts.

    pytest-qt closes a test's widgets and calls ``deleteLater``, but the deletion waited for
    the next test's event loop, where the next window's worker threads were starting. A
    widget's destructor holds Qt's connection lock while PySide6 waits for the GIL, and a
    worker thread's ``connect`` holds the GIL while it waits for that lock: the run hung (seen
    in ``tests/ui/test_small_screen.py``'s fixture under pytest-xdist, and before in one
    process). Deleting here, with no worker starting, leaves nothing to race.
    """
    result = yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return result


@pytest.fixture(autouse=True)
def collect_on_main_thread() -> Iterator[None]:
    """No cyclic collection inside a test, one on the main thread after it.

    A collection started by a worker thread (the board's snapshot builder allocates a lot) can
    free a cycle holding a Qt wrapper of an earlier test's window on the wrong thread and
    segfault the run; the app avoids the same with console.ui.gc_guard.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        if was_enabled:
            gc.enable()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "t.sqlite"


@pytest.fixture
def conn(db_path: Path) -> Iterator:
    """A fresh, migrated database in the test's own temporary folder."""
    c = store_db.connect(db_path)
    try:
        yield c
    finally:
        c.close()


@pytest.fixture
def fresh_conn(tmp_path: Path) -> Callable:
    """Open further fresh databases (``fresh_conn("other")``), all closed at teardown."""
    opened = []

    def make(name: str):
        c = store_db.connect(tmp_path / f"{name}.sqlite")
        opened.append(c)
        return c

    yield make
    for c in opened:
        c.close()


@pytest.fixture
def asterisk22_log() -> Path:
    return ASTERISK22_QUEUE_LOG


@pytest.fixture
def local_tz() -> Callable[[str], None]:
    """Switch the process's local time zone for one test (restored afterwards)."""
    old = os.environ.get("TZ")

    def use(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield use
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()



@pytest.fixture
def xvfb_display() -> Iterator[str]:
    """A real X server (Xvfb) for the few tests where a real window system matters."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed (.ci/run installs it: apt package xvfb)")
    read_fd, write_fd = os.pipe()  # Xvfb picks a free display and writes its number here
    proc = subprocess.Popen([xvfb, "-displayfd", str(write_fd), "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        proc.kill()
        pytest.fail("Xvfb did not start")
    display = f":{number}"
    try:
        yield display
    finally:
        proc.terminate()
        proc.wait(timeout=10)


