"""The app opens no network listener: the running demo's sockets, read from /proc."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

LISTEN = "0A"  # TCP state in /proc/net/tcp*


def composure() -> list[str]:
    script = Path(sys.executable).with_name("composure")
    if script.exists():
        return [str(script)]
    found = shutil.which("composure")
    return [found] if found else [sys.executable, "-m", "console"]


def socket_inodes(pid: int) -> set[str]:
    out = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            m = re.match(r"socket:\[(\d+)\]", os.readlink(fd))
        except OSError:
            continue
        if m:
            out.add(m.group(1))
    return out


def listening_inodes(pid: int) -> set[str]:
    found = set()
    for name in ("tcp", "tcp6", "udp", "udp6"):
        table = Path(f"/proc/{pid}/net/{name}")
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            fields = line.split()
            # a bound UDP socket receives from anyone: count it like a TCP listener
            if name.startswith("udp") or fields[3] == LISTEN:
                found.add(fields[9])
    return found


def test_the_demo_opens_no_listening_socket(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    proc = subprocess.Popen([*composure(), "demo", "--db", str(tmp_path / "d.sqlite"),
                             "--quit-after", "20", "--lang", "en"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 60
        # wait until the floor is live: the demo has written into its database
        while not (tmp_path / "d.sqlite-wal").exists() or proc.poll() is not None:
            assert proc.poll() is None, "the demo ended early"
            assert time.monotonic() < deadline
            time.sleep(0.2)
        time.sleep(2)  # workers up, first snapshots built
        mine = socket_inodes(proc.pid)
        assert not mine & listening_inodes(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
