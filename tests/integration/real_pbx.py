"""A real Asterisk 22 for integration tests, started from ``../shared/asterisk/asterisk.sh``.

The build (``COMPOSURE_ASTERISK_PREFIX``, default ``/tmp/composure-ast``) is made once by the
shared script and reused. Each test session runs it from its own folder: ``asterisk.sh`` writes
``[directories](!)`` in asterisk.conf, and ``(!)`` makes that section a template Asterisk ignores,
so a build would otherwise keep its compiled-in var/ paths and share queue_log, control socket and
astdb with every other instance of the same build. The run folder's ``sbin/asterisk`` is a
two-line shim that drops the mark before starting the real binary; everything else (the sample
queues, dialplan, features and AMI users) is exactly what the shared script writes.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

from tests.integration.ami_wire import AmiWire, Message, connect_when_up, members

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SCRIPT = SHARED / "asterisk" / "asterisk.sh"
TARBALL = SHARED / "asterisk" / "asterisk-22.10.1.tar.xz"
SAMPLES = SHARED / "samples" / "asterisk-22"
RW = ("composure-rw", "test-rw-secret")
RO = ("composure-ro", "test-ro-secret")
BUILD_PACKAGES = ("libjansson-dev", "uuid-dev", "libedit-dev", "libxml2-dev", "libsqlite3-dev",
                  "libssl-dev")


def build_prefix() -> Path:
    return Path(os.environ.get("COMPOSURE_ASTERISK_PREFIX", "/tmp/composure-ast"))


def why_unavailable(build: Path) -> str | None:
    """None when a PBX can be had (built, or buildable here); else why not, for the skip."""
    if not SCRIPT.exists():
        return f"{SCRIPT} is missing (the shared folder must sit beside the repository)"
    if (build / "sbin" / "asterisk").exists():
        return None
    if not TARBALL.exists():
        return f"no Asterisk build at {build} and no source tarball {TARBALL}"
    if shutil.which("gcc") is None or shutil.which("make") is None:
        return f"no Asterisk build at {build} and no gcc/make to build it (.ci/run installs them)"
    missing = [p for p in BUILD_PACKAGES
               if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode != 0]
    if missing and (os.geteuid() != 0 or shutil.which("apt-get") is None):
        return f"no Asterisk build at {build}; build packages missing: {' '.join(missing)}"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ensure_built(build: Path) -> None:
    """Build once with the shared script (about 3 minutes); later runs find the binary."""
    if (build / "sbin" / "asterisk").exists():
        return
    build.parent.mkdir(parents=True, exist_ok=True)
    with open(f"{build}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two test runs must not build into one prefix
        if (build / "sbin" / "asterisk").exists():
            return
        env = dict(os.environ, PREFIX=str(build), AMI_PORT=str(free_port()))
        subprocess.run(["bash", str(SCRIPT), "start"], env=env, check=True, timeout=1800,
                       stdout=subprocess.DEVNULL)
        subprocess.run(["bash", str(SCRIPT), "stop"], env=env, check=True, timeout=60)


class RealPbx:
    """One running Asterisk: CLI, AMI sessions, its queue_log, restarts."""

    def __init__(self, build: Path, run_dir: Path, port: int) -> None:
        self.build = build
        self.run_dir = run_dir
        self.port = port
        self.etc = run_dir / "etc" / "asterisk"
        self.queue_log = run_dir / "var" / "log" / "asterisk" / "queue_log"
        self._env = dict(os.environ, PREFIX=str(run_dir), AMI_PORT=str(port))

    # -- lifecycle ----------------------------------------------------------------------------
    def _prepare(self) -> None:
        run = self.run_dir
        (run / "sbin").mkdir(parents=True, exist_ok=True)
        (run / "var" / "lib" / "asterisk").mkdir(parents=True, exist_ok=True)
        (run / "var" / "cache" / "asterisk").mkdir(parents=True, exist_ok=True)
        for link, target in ((run / "lib", self.build / "lib"),
                             (run / "var" / "lib" / "asterisk" / "documentation",
                              self.build / "var" / "lib" / "asterisk" / "documentation")):
            if not link.exists() and target.exists():
                link.symlink_to(target)
        conf = self.etc / "asterisk.conf"
        shim = run / "sbin" / "asterisk"
        shim.write_text(
            "#!/bin/sh\n"
            "# drop the template mark so Asterisk uses this folder, then run the real build\n"
            f"sed -i 's|^\\[directories\\](!)$|[directories]\\nastcachedir => "
            f"{run}/var/cache/asterisk|' '{conf}' 2>/dev/null\n"
            f"exec '{self.build}/sbin/asterisk' \"$@\"\n")
        shim.chmod(0o755)

    def start(self) -> None:
        self._prepare()
        subprocess.run(["bash", str(SCRIPT), "start"], env=self._env, check=True, timeout=120,
                       stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while "|QUEUESTART|" not in self.log_text():  # the new process owns this folder
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"Asterisk under {self.run_dir} wrote no QUEUESTART to "
                                   f"{self.queue_log}")
            time.sleep(0.1)

    def stop(self) -> None:
        pid_file = self.run_dir / "run.pid"
        pid = int(pid_file.read_text()) if pid_file.exists() else None
        subprocess.run(["bash", str(SCRIPT), "stop"], env=self._env, timeout=60)
        deadline = time.monotonic() + 20
        while pid and Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
            time.sleep(0.2)

    def cli(self, command: str) -> str:
        done = subprocess.run([str(self.run_dir / "sbin" / "asterisk"), "-C",
                               str(self.etc / "asterisk.conf"), "-rx", command],
                              capture_output=True, text=True, timeout=30)
        return done.stdout

    def ami(self, user: tuple[str, str] = RW) -> AmiWire:
        return connect_when_up("127.0.0.1", self.port, *user)

    def restart_now(self) -> None:
        """`core restart now` and wait until the new process has written QUEUESTART."""
        before = self.log_text().count("|QUEUESTART|")
        subprocess.run([str(self.run_dir / "sbin" / "asterisk"), "-C",
                        str(self.etc / "asterisk.conf"), "-rx", "core restart now"],
                       capture_output=True, timeout=30)
        deadline = time.monotonic() + 60
        while self.log_text().count("|QUEUESTART|") == before:
            if time.monotonic() > deadline:
                raise RuntimeError("no QUEUESTART after core restart now")
            time.sleep(0.2)
        self.ami().close()  # AMI answers again

    def log_text(self) -> str:
        return self.queue_log.read_text() if self.queue_log.exists() else ""


# -- Asterisk's own answer, as the per-queue state the console must show ----------------------
BUSY = {"2", "3"}  # device state: in use, busy (on a call, whichever queue it came from)
RINGING = {"6", "7"}


def truth(status: list[Message]) -> dict[tuple[str, str], dict[str, object]]:
    """QueueStatus -> {(member name, queue): state}. Not listed = not a member.

    ``in_call`` is the member's device state, not QueueMember's InCall: InCall is set only in
    the queue the call came from, while an agent on a complaints call cannot take a support
    call either (ringinuse = no), so the board must not show her available there.
    """
    return {(m["Name"], m["Queue"]): {"paused": m.get("Paused") == "1",
                                      "reason": (m.get("PausedReason") or None)
                                      if m.get("Paused") == "1" else None,
                                      "in_call": m.get("Status") in BUSY}
            for m in members(status)}


def settled_status(ami: AmiWire, log: Path, tries: int = 40) -> tuple[list[Message], bytes]:
    """A QueueStatus answer and the queue_log bytes of the same moment: both unchanged across
    two reads, and no caller waiting. A waiting caller means an agent may be ringing, and a
    ringing Local/ agent phone reads as device state "in use" (2) while queue_log has no line
    yet (CONNECT comes at the answer); with nobody waiting, "in use" is a connected call."""
    for _ in range(tries):
        first = ami.event_list("QueueStatus")
        text = log.read_bytes()
        time.sleep(0.3)
        second = ami.event_list("QueueStatus")
        if (truth(first) == truth(second) and text == log.read_bytes()
                and not any(m.get("Event") == "QueueEntry" for m in second)
                and not any(m.get("Status") in RINGING for m in members(second))):
            return second, text
        time.sleep(0.25)
    raise RuntimeError("Asterisk never settled (callers kept waiting or states kept changing)")
