"""The GUI-thread collector: automatic collection off while it runs, cycles still freed."""

from __future__ import annotations

import gc
import weakref

from console.ui.gc_guard import MainThreadCollector


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_collects_cycles_on_the_gui_thread_and_restores_gc(qapp) -> None:
    gc.enable()
    collector = MainThreadCollector(interval_ms=10_000)
    try:
        assert not gc.isenabled()
        node = _Node()
        ref = weakref.ref(node)
        del node
        assert ref() is not None  # nothing collected it behind our back
        for _ in range(gc.get_threshold()[0] + 10):
            _Node()  # push generation 0 past its threshold
        assert collector.collect_if_due() >= 0
        gc.collect()  # older generations: what the timer does once they are due
        assert ref() is None
    finally:
        collector.stop()
    assert gc.isenabled()
