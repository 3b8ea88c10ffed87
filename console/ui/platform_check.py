"""Name the missing system library before Qt's X11 plugin fails to load.

Why: on a bare Linux desktop Qt aborts (exit 134) with "xcb-cursor0 or libxcb-cursor0 is
needed", whatever is really missing (often libxcb-icccm4 and libxcb-keysyms1). Before the
first QApplication we ask the dynamic linker (``ldd``) which libraries the xcb plugin cannot
find, check the one Qt opens by hand (libxcb-cursor), and print the Debian/Ubuntu package names
to install instead.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Qt dlopen()s this one itself, so ldd never lists it
DLOPENED = ("libxcb-cursor.so.0",)
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def debian_package(soname: str) -> str:
    """libxcb-icccm.so.4 -> libxcb-icccm4, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0,
    libEGL.so.1 -> libegl1 (Debian's rule for library package names)."""
    stem, _, version = soname.partition(".so")
    major = version.lstrip(".").split(".")[0]
    stem = stem.lower()
    return f"{stem}-{major}" if stem[-1:].isdigit() and major else f"{stem}{major}"


def missing_from_ldd(output: str) -> list[str]:
    return sorted(set(_NOT_FOUND.findall(output)))


def uses_xcb(environ: os._Environ[str] | dict[str, str] = os.environ) -> bool:
    """Whether Qt will try its X11 plugin: on Linux, with a display, xcb asked for or implied."""
    if not sys.platform.startswith("linux"):
        return False
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return False
    return bool(environ.get("DISPLAY"))


def xcb_plugin() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_libraries(plugin: Path | None = None) -> list[str]:
    """The shared libraries the xcb plugin needs and this computer lacks ([] when unsure)."""
    plugin = plugin or xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return []
    try:
        out = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=10,
                             check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    missing = missing_from_ldd(out)
    for name in DLOPENED:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return sorted(set(missing))


def explain(missing: list[str]) -> str:
    packages = " ".join(sorted({debian_package(m) for m in missing}))
    return (f"composure: Qt cannot open its X11 window plugin: missing {', '.join(missing)}.\n"
            f"Install them (Debian, Ubuntu): sudo apt install {packages}\n"
            "or run without a window with QT_QPA_PLATFORM=offscreen.")


def check_platform() -> str | None:
    """The message to print and stop on, or None when the window can open (or we cannot tell)."""
    if not uses_xcb():
        return None
    missing = missing_libraries()
    return explain(missing) if missing else None
