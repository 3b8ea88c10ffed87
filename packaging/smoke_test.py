"""Smoke test of the frozen one-folder build: does the bundle hold everything the app loads?

    python packaging/smoke_test.py [build/dist/composure/composure] [--keep DIR]

PyInstaller builds happily when a data file or a lazily imported module is missing; the app then
fails at run time (a migration not found, a blank icon, a translation not loaded) or, worse,
quietly falls back (OpenCC and pyahocorasick are optional at run time). So this runs the frozen
executable, offscreen, in an empty HOME, through what a user does first:

1. ``composure about --json``: frozen, the app's version from its metadata, every bundled
   library's metadata present, and the detector really on OpenCC and pyahocorasick;
2. ``composure demo --quit-after 5 --screenshot``: the window opens on the simulated floor
   (migrations, icons, theme, Qt platform and image plugins) and a PNG is written;
3. ``composure stats --json`` on the demo's database;
4. ``composure report`` to PDF (Chinese text: the CJK font comes from the system) and XLSX;
5. ``composure detect`` on traditional-Chinese and English lines, and a harmless one.

Any non-zero exit, missing output, or a Python error on stderr fails the run (exit status 1).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_APP = ROOT / "build" / "dist" / "composure" / "composure"
# what a missing module, data file or Qt plugin looks like on stderr
BAD_OUTPUT = ("Traceback", "ImportError", "ModuleNotFoundError", "FileNotFoundError",
              "No such file", "Could not load the Qt platform plugin",
              "Could not find the Qt platform plugin", "Cannot load library")
BUNDLED = ("console/_db/0001_initial.sql", "console/_resources/icons/app.svg",
           "console/_resources/themes/board.qss",
           "console/_resources/translations/composure_zh_CN.qm",
           "opencc/clib/share/opencc/t2s.json", "share/applications/composure.desktop",
           "PySide6/Qt/plugins/platforms/libqoffscreen.so",
           "PySide6/Qt/plugins/platforms/libqxcb.so",
           "PySide6/Qt/plugins/imageformats/libqsvg.so",
           "PySide6/Qt/plugins/iconengines/libqsvgicon.so")


class SmokeFailure(Exception):
    pass


def run(app: Path, env: dict[str, str], *args: str, timeout: float = 120) -> str:
    cmd = [str(app), *args]
    print("$", " ".join(cmd[1:]), flush=True)
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    bad = [token for token in BAD_OUTPUT if token in proc.stderr]
    if proc.returncode != 0 or bad:
        raise SmokeFailure(f"`composure {' '.join(args)}` exited {proc.returncode}"
                           f"{' with ' + ', '.join(bad) if bad else ''}\n--- stdout\n"
                           f"{proc.stdout[-3000:]}\n--- stderr\n{proc.stderr[-3000:]}")
    return proc.stdout


def check_file(path: Path, magic: bytes, min_size: int) -> None:
    if not path.is_file():
        raise SmokeFailure(f"{path} was not written")
    data = path.read_bytes()
    if not data.startswith(magic) or len(data) < min_size:
        raise SmokeFailure(f"{path}: {len(data)} bytes starting {data[:8]!r}, expected "
                           f"{magic!r} and at least {min_size} bytes")


def smoke(app: Path, work: Path) -> None:
    if not app.is_file():
        raise SmokeFailure(f"{app} does not exist: build it first (see README, Packaging)")
    internal = app.parent / "_internal"
    missing = [name for name in BUNDLED if not (internal / name).is_file()]
    if missing:
        raise SmokeFailure(f"missing from the bundle: {', '.join(missing)}")

    home = work / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "XDG_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"), LANG="C.UTF-8")
    db = work / "demo.sqlite"

    about = json.loads(run(app, env, "about", "--json", "--db", str(db)))
    if not about["frozen"]:
        raise SmokeFailure("`composure about` does not report a frozen build")
    if about["detector"] != {"opencc": True, "pyahocorasick": True}:
        raise SmokeFailure(f"the detector runs on its fallbacks: {about['detector']}")
    no_metadata = [row["name"] for row in about["libraries"] if not row["version"]]
    if no_metadata:
        raise SmokeFailure(f"no metadata bundled for {', '.join(no_metadata)}")
    print(f"  Composure {about['version']}, Qt {about['qt']}, detector {about['detector']}")

    shot = work / "demo.png"
    run(app, env, "demo", "--db", str(db), "--quit-after", "5", "--screenshot", str(shot),
        "--lang", "en")
    check_file(shot, b"\x89PNG", 20_000)

    stats = json.loads(run(app, env, "stats", "--db", str(db), "--json"))
    if not stats:
        raise SmokeFailure("`composure stats --json` printed nothing")

    today = date.today()
    span = ("--from", (today - timedelta(days=1)).isoformat(), "--to",
            (today + timedelta(days=1)).isoformat())
    pdf = work / "report.pdf"
    run(app, env, "report", *span, "--db", str(db), "--lang", "zh_CN", "-o", str(pdf))
    check_file(pdf, b"%PDF", 5_000)
    xlsx = work / "report.xlsx"
    run(app, env, "report", *span, "--db", str(db), "-o", str(xlsx))
    check_file(xlsx, b"PK", 3_000)

    notes = work / "notes.txt"
    # traditional characters go through OpenCC's t2s before matching
    notes.write_text("你這個傻逼\n我找人把你打殘\nI will kill you\nthanks for your help today\n",
                     encoding="utf-8")
    verdicts = [json.loads(line) for line in
                run(app, env, "detect", str(notes), "--json").splitlines() if line.strip()]
    flagged = [bool(v.get("abusive", v.get("verdict", {}).get("abusive"))) for v in verdicts]
    if flagged != [True, True, True, False]:
        raise SmokeFailure(f"detector verdicts {flagged} for 4 lines, expected "
                           f"[True, True, True, False]: {verdicts}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("app", nargs="?", type=Path, default=DEFAULT_APP,
                        help=f"the frozen executable (default: {DEFAULT_APP.relative_to(ROOT)})")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="write the screenshot, reports and database here, and keep them")
    args = parser.parse_args(argv[1:])
    with tempfile.TemporaryDirectory(prefix="composure-smoke-") as tmp:
        work = Path(tmp)
        if args.keep:
            work = args.keep.resolve()
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
        try:
            smoke(args.app.resolve(), work)
        except (SmokeFailure, subprocess.TimeoutExpired) as exc:
            print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
            return 1
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
