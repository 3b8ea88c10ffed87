"""Bad input to the `composure` command, run as a user would (issue 12): each case is one
line on stderr naming the file (and line) with the fix, a non-zero exit, never a traceback,
and the good rows of a damaged file are kept."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.test_cli import composure, run

INPUT_COMMANDS = {
    "queue-log": ["ingest", "queue-log"],
    "queue-log-table": ["ingest", "queue-log-table"],
    "flags": ["ingest", "flags"],
    "roster": ["ingest", "roster"],
    "escalations": ["ingest", "escalations"],
    "detect": ["detect"],
    "follow": ["ingest", "queue-log", "--follow"],
}
GOOD_LINE = "1795421200|c1|support|NONE|ENTERQUEUE||100|1\n"


def command(name: str, path: Path, db: Path) -> list[str]:
    args = [*INPUT_COMMANDS[name], str(path)]
    return args if name == "detect" else [*args, "--db", str(db)]


def one_clear_line(done: subprocess.CompletedProcess, *words: str) -> str:
    assert "Traceback" not in done.stderr, done.stderr
    lines = [ln for ln in done.stderr.splitlines() if ln.startswith("composure: ")]
    assert len(lines) == 1, done.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


# ------------------------------------------------------------------- unreadable inputs


def _folder(tmp: Path) -> Path:
    path = tmp / "logs"
    path.mkdir()
    return path


def _fifo(tmp: Path) -> Path:
    path = tmp / "pipe"
    os.mkfifo(path)  # opening it would block for ever: it must be refused unopened
    return path


INPUTS = {
    "folder": (_folder, "is a folder"),
    "fifo": (_fifo, "not a regular file"),
    "io-error": (lambda tmp: Path("/proc/self/mem"), "cannot be read"),  # EIO on read
}


@pytest.mark.parametrize("kind", sorted(INPUTS))
@pytest.mark.parametrize("name", sorted(INPUT_COMMANDS))
def test_an_input_that_cannot_be_read_is_one_line(name: str, kind: str, tmp_path: Path) -> None:
    make, words = INPUTS[kind]
    path = make(tmp_path)
    done = run(*command(name, path, tmp_path / "c.sqlite"), timeout=60)
    assert done.returncode == 2
    one_clear_line(done, str(path), words)


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder the user nobody may enter (pytest's own tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="composure-bad-input-", dir="/tmp"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def as_nobody(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                           *args], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME="/tmp"))


def _nobody_can_run_composure() -> str | None:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        return "needs root and setpriv to run the command as another user"
    try:
        check = as_nobody(*composure(), "--version")
    except (OSError, subprocess.SubprocessError) as exc:
        return f"setpriv failed: {exc}"
    if check.returncode != 0:
        return f"the user nobody cannot run this checkout's Python ({check.stderr[-200:]})"
    return None


NOBODY = _nobody_can_run_composure()


@pytest.mark.skipif(NOBODY is not None, reason=NOBODY or "")
@pytest.mark.parametrize("name", sorted(INPUT_COMMANDS))
def test_a_file_this_user_may_not_read_is_one_line(name: str, open_folder: Path) -> None:
    """Root reads a chmod 000 file anyway, so the command runs as nobody."""
    secret = open_folder / "queue_log"
    secret.write_text(GOOD_LINE, encoding="utf-8")
    secret.chmod(0)
    dbs = open_folder / "dbs"
    dbs.mkdir()
    dbs.chmod(0o777)
    done = as_nobody(*composure(), *command(name, secret, dbs / "c.sqlite"))
    assert done.returncode == 2
    one_clear_line(done, str(secret), "permission denied", "chmod")


@pytest.mark.parametrize("name", ["queue-log", "queue-log-table", "flags", "roster",
                                  "escalations", "detect"])
def test_permission_denied_on_open_is_one_line(name: str, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The same refusal without a second user: os.open raising as it does for them."""
    from console import cli

    path = tmp_path / "input.csv"
    path.write_text("id,time\n", encoding="utf-8")
    real_open = os.open

    def refusing_open(file, flags, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    assert cli.main(command(name, path, tmp_path / "c.sqlite")) == 2
    err = capsys.readouterr().err
    assert f"{path} cannot be read: permission denied" in err and "Traceback" not in err


@pytest.mark.parametrize("name", ["queue-log", "queue-log-table", "flags", "roster",
                                  "escalations", "detect", "follow"])
def test_a_read_failing_after_the_check_is_still_one_line(name: str, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys) -> None:
    """The check at the start passes, then the reader meets the error (a file replaced by a
    folder in between, say): the command still words it instead of a traceback."""
    import signal

    from console import cli
    from console.ingest import input_file

    monkeypatch.setattr(input_file, "input_problem", lambda path, **kw: None)
    monkeypatch.setattr(signal, "signal", lambda *args: None)  # pytest keeps its handlers
    folder = tmp_path / "queue_log"
    folder.mkdir()
    assert cli.main(command(name, folder, tmp_path / "c.sqlite")) == 2
    err = capsys.readouterr().err
    assert f"composure: {folder}" in err and "folder" in err


# ------------------------------------------------------------------------- --db places


DB_CASES = [("queue-log", "under-a-file"), ("queue-log", "proc"), ("queue-log", "is-a-folder"),
            *((name, "under-a-file") for name in ("flags", "roster", "escalations",
                                                   "queue-log-table", "follow"))]


@pytest.mark.parametrize(("name", "where"), DB_CASES)
def test_a_db_that_cannot_be_created_is_one_line(name: str, where: str, tmp_path: Path) -> None:
    log = tmp_path / "input"
    log.write_text(GOOD_LINE, encoding="utf-8")
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    db = {"under-a-file": blocker / "sub" / "c.sqlite", "proc": Path("/proc/none/c.sqlite"),
          "is-a-folder": tmp_path}[where]
    done = run(*command(name, log, db))
    assert done.returncode == 2
    line = one_clear_line(done, "--db")
    assert str(db if where != "proc" else db.parent) in line


@pytest.mark.skipif(NOBODY is not None, reason=NOBODY or "")
def test_a_db_in_a_read_only_folder_is_one_line(open_folder: Path) -> None:
    log = open_folder / "queue_log"
    log.write_text(GOOD_LINE, encoding="utf-8")
    read_only = open_folder / "ro"
    read_only.mkdir()
    read_only.chmod(0o555)
    done = as_nobody(*composure(), "ingest", "queue-log", str(log), "--db",
                     str(read_only / "c.sqlite"))
    assert done.returncode == 2
    one_clear_line(done, str(read_only), "cannot be written", "--db")
    done = as_nobody(*composure(), "ingest", "queue-log", str(log), "--db",
                     str(read_only / "sub" / "c.sqlite"))
    assert done.returncode == 2
    one_clear_line(done, str(read_only / "sub"), "cannot be created", "--db")


# ------------------------------------------------------------- queue_log nothing readable


def test_a_table_export_fed_to_queue_log_fails_with_the_right_command(tmp_path: Path) -> None:
    export = tmp_path / "pbxware.csv"
    export.write_text("Date,Time,Queue,Caller,Agent,Event,Wait\n" + "".join(
        f"2026-11-20,10:{i % 60:02d}:00,sales,0123,agent{i},CONNECT,5\n" for i in range(1000)),
        encoding="utf-8")
    done = run("ingest", "queue-log", str(export), "--db", str(tmp_path / "c.sqlite"))
    assert done.returncode == 1
    assert "0 lines read, 1001 unreadable" in done.stdout
    one_clear_line(done, str(export), "table export", "ingest queue-log-table")


def test_a_cr_only_queue_log_is_refused_with_the_conversion(tmp_path: Path) -> None:
    log = tmp_path / "queue_log"
    log.write_bytes(GOOD_LINE.replace("\n", "\r").encode() * 3)
    done = run("ingest", "queue-log", str(log), "--db", str(tmp_path / "c.sqlite"))
    assert done.returncode == 1
    assert "0 lines read, 1 unreadable" in done.stdout
    assert f"{log}:1: carriage return" in done.stderr
    one_clear_line(done, str(log), "CR only", "tr '\\r' '\\n'")
    conn = sqlite3.connect(tmp_path / "c.sqlite")
    try:  # not one event made of three lines
        assert conn.execute("SELECT count(*) FROM calls").fetchone()[0] == 0
    finally:
        conn.close()


def test_blank_lines_in_a_damaged_log_are_counted(tmp_path: Path) -> None:
    log = tmp_path / "queue_log"
    log.write_text(GOOD_LINE + "\n\n" + GOOD_LINE.replace("c1", "c2"), encoding="utf-8")
    done = run("ingest", "queue-log", str(log), "--db", str(tmp_path / "c.sqlite"))
    assert done.returncode == 1  # damage is a non-zero exit; the good lines are stored
    assert "2 lines read, 2 unreadable" in done.stdout
    assert f"{log}:2: blank line" in done.stderr and f"{log}:3: blank line" in done.stderr


# ------------------------------------------------------------------ times out of range


def test_table_export_with_inf_1e999_and_a_huge_field_keeps_the_good_rows(
        tmp_path: Path) -> None:
    export = tmp_path / "ql.csv"
    export.write_text("time,callid,queuename,agent,event,data1,data2,data3\n"
                      "1795421200,c1,support,NONE,ENTERQUEUE,,100,1\n"
                      "inf,c2,support,NONE,ENTERQUEUE,,100,1\n"
                      "1e999,c3,support,NONE,ENTERQUEUE,,100,1\n"
                      f"1795421203,c4,support,NONE,ENTERQUEUE,{'x' * 140_000},100,1\n"
                      "1795421204,c5,support,NONE,ENTERQUEUE,,100,1\n", encoding="utf-8")
    done = run("ingest", "queue-log-table", str(export), "--db", str(tmp_path / "c.sqlite"))
    assert "Traceback" not in done.stderr and done.returncode == 1
    assert "2 rows imported, 3 unreadable" in done.stdout
    assert f"{export}:3: time 'inf' is not a finite number" in done.stderr
    assert f"{export}:4: time '1e999'" in done.stderr
    assert f"{export}:5: a field is longer than 128 KiB" in done.stderr


@pytest.mark.parametrize("source", ["flags", "escalations"])
def test_epoch_of_2_63_and_year_9999_are_refused_on_their_line(source: str,
                                                             tmp_path: Path) -> None:
    path = tmp_path / f"{source}.csv"
    if source == "flags":
        path.write_text("time,agent,severity,category\n"
                        f"{2**63},a1,2,insult\n9999-12-31 10:00,a2,2,insult\n"
                        "2026-11-24 09:00,a3,2,insult\n", encoding="utf-8")
    else:
        path.write_text(f"reference,opened_at\nT-1,{2**63}\nT-2,9999-12-31 10:00\n"
                        "T-3,2026-11-24 09:00\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    done = run("ingest", source, str(path), "--db", str(db))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and "OverflowError" not in done.stderr
    assert "2 rows skipped" in done.stdout
    assert f"{path}:2: " in done.stderr and f"{path}:3: " in done.stderr
    assert "after 2999" in done.stderr and "out of range" in done.stderr
    listed = run("escalations", "--json", "--db", str(db))
    assert listed.returncode == 0, listed.stderr


def test_stats_and_report_near_year_9999_are_refused(tmp_path: Path) -> None:
    log = tmp_path / "queue_log"
    log.write_text(GOOD_LINE, encoding="utf-8")
    db = tmp_path / "c.sqlite"
    assert run("ingest", "queue-log", str(log), "--db", str(db)).returncode == 0
    for args in (["stats", "--from", "9999-12-31"], ["stats", "--from", "9999-12-31T10:00"],
                 ["report", "--from", "9999-12-30", "--to", "9999-12-31", "-o",
                  str(tmp_path / "r.pdf")]):
        done = run(*args, "--db", str(db))
        assert done.returncode == 2
        one_clear_line(done, "9999", "between 1970 and 2999")
    assert run("stats", "--from", "2999-12-31", "--db", str(db)).returncode == 0


def test_escalations_stored_with_year_9999_say_which_and_how_to_fix(tmp_path: Path) -> None:
    """A database written before times were checked: the listing names the item."""
    path = tmp_path / "tickets.csv"
    path.write_text("reference,opened_at\nT-9,2026-11-24 09:00\n", encoding="utf-8")
    db = tmp_path / "c.sqlite"
    assert run("ingest", "escalations", str(path), "--db", str(db)).returncode == 0
    conn = sqlite3.connect(db)
    try:
        conn.execute("UPDATE escalations SET opened_at = 253402290000")  # 9999-12-31 20:20
        conn.execute("UPDATE escalation_events SET ts = 253402290000")
        conn.commit()
    finally:
        conn.close()
    for args in (["escalations", "--json"], ["escalations"]):
        done = run(*args, "--db", str(db))
        assert done.returncode == 2
        one_clear_line(done, "T-9", "ingest escalations")


# ------------------------------------------------------------------------ AMI secret

FAIL_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def run_env(*args: str, env: dict[str, str], stdin: int | None = subprocess.DEVNULL,
            text_in: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*composure(), *args], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
                          stdin=None if text_in is not None else stdin, input=text_in)


def test_set_secret_at_the_end_of_input_is_a_message(tmp_path: Path) -> None:
    done = run_env("ami", "set-secret", "--user", "sup", env=FAIL_KEYRING)
    assert done.returncode == 2
    one_clear_line(done, "no secret given", "end of input")
    assert "EOFError" not in done.stderr


def test_set_secret_from_a_pipe_without_a_keyring_names_the_other_ways(tmp_path: Path) -> None:
    done = run_env("ami", "set-secret", "--user", "sup", env=FAIL_KEYRING, text_in="s3cret\n")
    assert done.returncode == 2
    one_clear_line(done, "no keyring backend", "--secret-file", "COMPOSURE_AMI_SECRET")


def test_ami_without_a_keyring_backend_says_so(tmp_path: Path) -> None:
    done = run_env("ami", "--user", "sup", "--port", "9", "--db", str(tmp_path / "c.sqlite"),
                   env={**FAIL_KEYRING, "COMPOSURE_AMI_SECRET": ""})
    assert done.returncode == 2
    line = one_clear_line(done, "no keyring backend", "--secret-file", "COMPOSURE_AMI_SECRET")
    assert "no secret stored" not in line


def test_ami_with_an_unreadable_secret_file_says_so(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    done = run_env("ami", "--user", "sup", "--port", "9", "--secret-file", str(missing),
                   "--db", str(tmp_path / "c.sqlite"), env=FAIL_KEYRING)
    assert done.returncode == 2
    one_clear_line(done, str(missing), "cannot be read")


# ----------------------------------------------------------------- detect memory bound

LIMIT_KB = 200 * 1024


def peak_rss_kb(args: list[str]) -> tuple[int, subprocess.CompletedProcess]:
    """Peak RSS of the command, measured in a fresh parent so no earlier child counts."""
    probe = ("import json, resource, subprocess, sys\n"
             "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
             "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
             "print(json.dumps([peak, done.returncode, done.stdout[-3000:],"
             " done.stderr[-3000:]]))\n")
    out = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True,
                         timeout=600, check=True)
    import json

    peak, code, stdout, stderr = json.loads(out.stdout)
    return peak, subprocess.CompletedProcess(args, code, stdout, stderr)


def test_detect_memory_stays_bounded_on_a_50_mb_line(tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    with open(path, "w", encoding="utf-8") as fh:
        piece = "you are an idiot, 我要杀了你 " * 1000
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(piece)
    peak, done = peak_rss_kb([*composure(), "detect", str(path)])
    assert peak < LIMIT_KB, f"peak RSS {peak} kB"
    assert done.returncode == 1
    assert f"{path}:1: line longer than 1 MiB" in done.stderr and "Traceback" not in done.stderr


def test_detect_memory_stays_bounded_on_a_10_mb_file(tmp_path: Path) -> None:
    """Long lines refused, a 120 000-character line looked at in windows, short ones read."""
    path = tmp_path / "notes.txt"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("the customer said you are an idiot\n")
        for _ in range(9):
            fh.write("x" * (1100 * 1024) + "\n")
        fh.write(("lorem ipsum dolor sit amet " * 4500)[:119_990] + " 我要杀了你\n")
        fh.write("thank you, all solved\n")
    assert path.stat().st_size > 10 * 1000 * 1000
    peak, done = peak_rss_kb([*composure(), "detect", str(path)])
    assert peak < LIMIT_KB, f"peak RSS {peak} kB"
    assert done.returncode == 1
    assert done.stdout.splitlines()[0].startswith("1: abusive")
    assert "11: abusive threat" in done.stdout  # found in the last window of the long line
    assert "12: ok" in done.stdout
    assert done.stderr.count("line longer than 1 MiB") == 9
