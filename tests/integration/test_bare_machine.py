"""The first command on a real X server: the window opens, or one line says what to install.

Runs `composure demo` under Xvfb with Qt left to pick its platform (as on a desktop). Before,
a missing libxcb-icccm4 aborted with rc 134 and Qt's "xcb-cursor0 is needed". Now the run
either succeeds or exits 3 naming the missing libraries and the apt line.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from console.ui.platform_check import missing_libraries
from tests.integration.test_cli import composure


def test_demo_under_a_real_x_server_opens_or_names_what_is_missing(
        xvfb_display: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=xvfb_display, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    shot = tmp_path / "board.png"
    run = subprocess.run(
        [*composure(), "demo", "--quit-after", "4", "--screenshot", str(shot)],
        env=env, capture_output=True, text=True, timeout=120)
    missing = missing_libraries()
    if missing:
        assert run.returncode == 3, run.stderr
        assert "sudo apt install" in run.stderr and all(m in run.stderr for m in missing)
    else:
        assert run.returncode == 0, run.stderr
        assert shot.is_file() and shot.stat().st_size > 10_000
    assert "Traceback" not in run.stderr and "xcb-cursor0" not in run.stderr
