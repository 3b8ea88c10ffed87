"""Work-arounds for defects of the Qt binding that would otherwise crash a long-running board.

PySide6 6.12 on CPython 3.11 drops references it does not own:

* every ``SignalInstance.emit()`` called from Python releases one reference to ``True``;
* every Python override of a C++ virtual that returns ``None`` to C++ (``data()`` answering
  "no value for this role", thousands of times a second while a table paints) releases one
  reference to ``None``.

On CPython 3.12+ these singletons are immortal and nothing happens. On 3.11 their reference
counts fall steadily (a few hundred per second on a live board) until the interpreter aborts
with "Fatal Python error: bool_dealloc: deallocating True or False" — after minutes of a busy
demo, or at exit. pyqtgraph emits signals internally too, so wrapping our own emits would not be
enough.

The fix here is the one CPython 3.12 itself adopted: make the three singletons effectively
immortal by adding 2**40 to their reference counts once (over-counting a singleton that is never
freed is harmless; 2**40 decrements at a thousand a second take decades). It is applied only on
CPython before 3.12, and only if the write is verified to land on the reference count.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

PIN = 1 << 40
_SLACK = 64
_pinned = False


def pin_singletons() -> bool:
    """Make None, True and False immortal in practice; idempotent. Returns True if applied."""
    global _pinned
    if _pinned:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for obj in (None, True, False):
        before = sys.getrefcount(obj)
        cell = ctypes.c_ssize_t.from_address(id(obj))
        # None's count moves by itself as the interpreter works, hence the tolerance
        if abs(cell.value - before) > _SLACK:
            # not the layout we expect (e.g. a debug build): leave it alone
            log.warning("cannot pin %r: unexpected object layout", obj)
            return False
        cell.value += PIN
        if abs(sys.getrefcount(obj) - before - PIN) > _SLACK:
            cell.value -= PIN
            log.warning("cannot pin %r: reference count did not move", obj)
            return False
    _pinned = True
    return True
