"""PySide6 6.12 on CPython 3.11 over-releases None and True; console.ui pins them."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

import console.ui  # noqa: F401 - importing the package applies the pin
from console.ui.pyside_workarounds import PIN, pin_singletons


class _Emitter(QObject):
    fired = Signal()


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="singletons are immortal on 3.12+")
def test_singletons_are_pinned_and_survive_many_emits(qapp) -> None:
    assert pin_singletons() is True  # idempotent
    e = _Emitter()
    e.fired.connect(lambda: None)
    for _ in range(20_000):  # more than True's natural reference count on 3.11
        e.fired.emit()
    assert sys.getrefcount(True) > PIN // 2
    assert sys.getrefcount(None) > PIN // 2
