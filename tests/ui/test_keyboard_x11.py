"""The keyboard tests whose outcome depends on the window system, run on a real X server.

Qt's offscreen platform gives a line edit no Emacs-style keys, so there Ctrl+E reaches the
window's shortcut even without the fix; on X11 the search box used to swallow it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from console.ui.platform_check import missing_libraries

ROOT = Path(__file__).resolve().parents[2]


def test_shortcuts_pass_through_the_search_box_on_x11(xvfb_display: str) -> None:
    missing = missing_libraries()
    if missing:
        pytest.skip(f"Qt's xcb plugin cannot load here: {', '.join(missing)}")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=xvfb_display)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/ui/test_keyboard.py", "-k", "search_box"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:]
    assert "1 passed" in run.stdout
