"""The README's screenshot set: the main view at 1920x1080 and 1366x768, English and Simplified
Chinese, light and dark (8 PNGs in resources/screenshots).

    python packaging/screenshots.py [--out resources/screenshots] [--only 1366x768] [--wait 30]

Each shot is ``composure demo`` on a fresh demo floor (same seed, so the set is comparable)
under its own Xvfb server whose screen is exactly that size: the window is sized by a real X
server and its screen, not by the offscreen platform's pretend 800x600, so a widget that pushes
the window past the screen shows up here as it would on a laptop. Settings and data go to a
temporary home, never the user's. Every PNG is then checked to be the size of its screen; a
missing or mis-sized one fails the run (exit 1) and says which.

Needs ``xvfb-run`` (Debian/Ubuntu: ``sudo apt install xvfb``) and the app installed in the
running Python (``pip install -e .``). Re-run it after merging UI work, then look at every PNG.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ((1920, 1080), (1366, 768))
LANGS = ("en", "zh_CN")
THEMES = ("light", "dark")


@dataclass(frozen=True)
class Shot:
    width: int
    height: int
    lang: str
    theme: str

    @property
    def size(self) -> str:
        return f"{self.width}x{self.height}"

    @property
    def name(self) -> str:
        return f"board-{self.size}-{self.lang}-{self.theme}.png"


def all_shots() -> list[Shot]:
    return [Shot(w, h, lang, theme) for w, h in SIZES for lang in LANGS for theme in THEMES]


def _command() -> list[str]:
    """``composure`` of this Python (a venv's), whichever is first on PATH otherwise."""
    beside = Path(sys.executable).with_name("composure")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("composure")
    return [found] if found else [sys.executable, "-m", "console"]


def take(shot: Shot, out: Path, wait: float) -> str | None:
    """Take one shot into ``out``; None when it is there at the right size, else why not."""
    target = out / shot.name
    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="composure-shot-") as tmp:
        home = Path(tmp)
        env = {k: v for k, v in os.environ.items()
               if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "LANGUAGE")}
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
                   XDG_DATA_HOME=str(home / "data"), XDG_CACHE_HOME=str(home / "cache"),
                   LANG="C.UTF-8", LC_ALL="C.UTF-8", QT_QPA_PLATFORM="xcb")
        cmd = ["xvfb-run", "-a", "-s", f"-screen 0 {shot.size}x24", *_command(), "demo",
               "--db", str(home / "demo.sqlite"), "--lang", shot.lang, "--theme", shot.theme,
               "--window-size", shot.size, "--screenshot", str(target),
               "--quit-after", f"{wait:g}"]
        try:
            run = subprocess.run(cmd, env=env, capture_output=True, text=True,
                                 timeout=wait + 120)
        except subprocess.TimeoutExpired:
            return f"{shot.name}: composure demo did not quit within {wait + 120:g} s"
    if run.returncode != 0:
        tail = (run.stderr or run.stdout).strip().splitlines()[-5:]
        return f"{shot.name}: composure demo exited {run.returncode}: " + " | ".join(tail)
    if not target.exists():
        return (f"{shot.name}: no PNG written within {wait:g} s (the first refresh came "
                "later; try a longer --wait)")
    size = _png_size(target)
    if size != (shot.width, shot.height):
        return (f"{shot.name}: the window was {size[0]}x{size[1]}, not the screen's "
                f"{shot.size}: something made it larger or smaller than asked")
    return None


def _png_size(path: Path) -> tuple[int, int]:
    """Width and height from the PNG header (IHDR), without an image library."""
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return (0, 0)
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots",
                   help="folder for the PNGs (default: resources/screenshots)")
    p.add_argument("--only", action="append", default=[], metavar="PART",
                   help="only shots whose name has this part (1366x768, zh_CN, dark); "
                        "repeatable, all must match")
    p.add_argument("--wait", type=float, default=25.0,
                   help="seconds each window stays open; the shot comes after its first "
                        "full refresh (default 25)")
    args = p.parse_args(argv)
    if shutil.which("xvfb-run") is None:
        print("screenshots: xvfb-run not found; install it (Debian/Ubuntu: sudo apt install "
              "xvfb) and run again", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    shots = [s for s in all_shots() if all(part in s.name for part in args.only)]
    failed = 0
    for shot in shots:
        problem = take(shot, args.out, args.wait)
        if problem is None:
            print(f"saved {args.out / shot.name}")
        else:
            failed += 1
            print(f"screenshots: {problem}", file=sys.stderr)
    print(f"{len(shots) - failed} of {len(shots)} screenshots in {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
