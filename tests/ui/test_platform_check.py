"""Naming the missing system library instead of Qt's misleading xcb-cursor0 abort."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from console.ui import platform_check as pc


@pytest.mark.parametrize(("soname", "package"), [
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libEGL.so.1", "libegl1"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
])
def test_debian_package_names_follow_the_soname(soname: str, package: str) -> None:
    assert pc.debian_package(soname) == package


@pytest.mark.skipif(shutil.which("ldd") is None, reason="ldd is Linux/glibc only")
def test_missing_libraries_are_read_from_real_ldd_output() -> None:
    real = subprocess.run(["ldd", sys.executable], capture_output=True, text=True).stdout
    assert pc.missing_from_ldd(real) == []  # the interpreter itself loads
    damaged = real + "\tlibxcb-keysyms.so.1 => not found\n\tlibxcb-icccm.so.4 => not found\n"
    assert pc.missing_from_ldd(damaged) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_the_message_names_libraries_and_the_apt_line() -> None:
    text = pc.explain(["libxcb-keysyms.so.1", "libxcb-icccm.so.4"])
    assert "libxcb-icccm.so.4" in text and "libxcb-keysyms.so.1" in text
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1" in text
    assert "QT_QPA_PLATFORM=offscreen" in text


@pytest.mark.parametrize(("env", "expected"), [
    ({"DISPLAY": ":0"}, True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
    ({"QT_QPA_PLATFORM": "xcb"}, True),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}, False),
    ({}, False),
])
def test_only_an_xcb_start_is_checked(env: dict[str, str], expected: bool) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the check is for Linux desktops")
    assert pc.uses_xcb(env) is expected


def test_the_real_plugin_is_found_and_checked() -> None:
    plugin = pc.xcb_plugin()
    if plugin is None:
        pytest.skip("this PySide6 build has no xcb plugin")
    missing = pc.missing_libraries(plugin)
    assert all(name.startswith("lib") and ".so" in name for name in missing)
