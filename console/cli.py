"""The `composure` command: the console window, the demo floor, and headless tools.

Qt is imported only by the GUI commands, so `composure stats` and `composure ingest` start
fast and run on servers without a display.
"""

from __future__ import annotations

import argparse
import json
import signal
import sqlite3
import sys
import threading
import time
from pathlib import Path

from console import __version__


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=Path, metavar="PATH",
                   help="SQLite database (default: the user data directory)")


def _add_gui(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", metavar="LANG", help="user interface language: en, zh_CN or zh_TW")
    p.add_argument("--screenshot", type=Path, metavar="PATH",
                   help="save a PNG of the main window after the first full refresh")
    p.add_argument("--quit-after", type=float, metavar="SECONDS",
                   help="quit after this many seconds")
    p.add_argument("--theme", choices=("light", "dark"),
                   help="colour theme (default: follow the system)")
    p.add_argument("--window-size", type=_window_size, metavar="WxH",
                   help="open the window at this size, e.g. 1366x768 (not remembered)")


def _window_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, got {text!r}") from None
    if width < 320 or height < 240:
        raise argparse.ArgumentTypeError(f"{text} is too small (at least 320x240)")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="composure",
        description="Supervisor console for contact-center floors. Without a command, opens "
                    "the team board.",
    )
    parser.add_argument("--version", action="version", version=f"composure {__version__}")
    _add_db(parser)
    parser.add_argument("--queue-log", type=Path, metavar="FILE",
                        help="follow this Asterisk queue_log (remembered for next time)")
    _add_gui(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="open the console on a simulated, living floor")
    _add_db(demo)
    _add_gui(demo)
    demo.add_argument("--agents", type=int, default=24, help="agents on the floor (default 24)")
    demo.add_argument("--teams", type=int, default=3, help="teams (default 3)")
    demo.add_argument("--speed", type=float, default=10.0,
                      help="simulated seconds per real second (default 10)")
    demo.add_argument("--seed", type=int, default=7, help="random seed (default 7)")

    ingest = sub.add_parser("ingest", help="read a source into the database without a window")
    isub = ingest.add_subparsers(dest="source", metavar="SOURCE", required=True)
    ql = isub.add_parser("queue-log", help="an Asterisk queue_log file")
    ql.add_argument("file", type=Path)
    ql.add_argument("--follow", action="store_true",
                    help="keep reading new lines (survives rotation) until interrupted")
    _add_db(ql)
    qt = isub.add_parser("queue-log-table", help="a queue_log table exported as CSV/TSV with a "
                                                 "header (time, callid, queuename, agent, "
                                                 "event, data1..data5)")
    qt.add_argument("file", type=Path)
    _add_db(qt)
    fl = isub.add_parser("flags", help="a QA list of abusive calls (CSV or JSONL)")
    fl.add_argument("file", type=Path)
    _add_db(fl)
    es = isub.add_parser("escalations", help="escalations from a ticketing system (CSV or "
                                             "JSONL; re-importing updates)")
    es.add_argument("file", type=Path)
    _add_db(es)
    ro = isub.add_parser("roster", help="an agent roster (CSV or JSONL: id, name, team, "
                                        "queues, start_date, coach)")
    ro.add_argument("file", type=Path)
    _add_db(ro)

    ami = sub.add_parser("ami", help="follow the Asterisk Manager Interface without a window "
                                     "(live agent states); the secret is in the system keyring")
    ami.add_argument("action", nargs="?", default="follow",
                     choices=["follow", "set-secret", "forget-secret"],
                     help="follow (default), or store / remove the secret in the keyring")
    ami.add_argument("--host", default="127.0.0.1", help="default 127.0.0.1")
    ami.add_argument("--port", type=int, default=5038, help="default 5038")
    ami.add_argument("--user", default="", help="the manager.conf section to log in as")
    _add_db(ami)

    agents = sub.add_parser("agents", help="every agent's state in every queue, from the "
                                           "store (as the board has it)")
    agents.add_argument("--at", help="a local date-time (2026-11-23T08:00) or epoch seconds; "
                                     "default now")
    agents.add_argument("--json", action="store_true", help="a JSON list, one object per "
                                                            "agent and queue")
    _add_db(agents)

    esc = sub.add_parser("escalations", help="list the escalation backlog")
    esc.add_argument("--open", dest="open_only", action="store_true", help="open ones only")
    esc.add_argument("--json", action="store_true", help="print JSON")
    _add_db(esc)

    stats = sub.add_parser("stats", help="print queue and agent statistics")
    stats.add_argument("--from", dest="start", metavar="WHEN",
                       help="date (2026-11-23) or local date-time (2026-11-23T08:00); "
                            "default: start of today")
    stats.add_argument("--to", dest="end", metavar="WHEN",
                       help="date (its end) or local date-time; default: end of the --from day")
    stats.add_argument("--queue", help="only this queue")
    stats.add_argument("--json", action="store_true", help="print JSON")
    _add_db(stats)
    from console.reports.command import add_parser as add_report_parser

    add_report_parser(sub, _add_db)
    detect = sub.add_parser("detect", help="suggest abusive lines in call notes or transcripts")
    detect.add_argument("file", type=Path, help="text (one note a line) or .jsonl with a text key")
    detect.add_argument("--json", action="store_true", help="one JSON object a line")
    about = sub.add_parser("about", help="versions, data directory, bundled libraries and "
                                         "their licences (what Help → About shows)")
    about.add_argument("--json", action="store_true", help="as one JSON object")
    _add_db(about)

    dbp = sub.add_parser("db", help="database safety: check, back up, restore, purge old notes")
    dsub = dbp.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    for name, text in (("check", "integrity check (PRAGMA quick_check)"),
                       ("backup", "back up the database now (kept beside it in backups/)"),
                       ("backups", "list the backups")):
        _add_db(dsub.add_parser(name, help=text))
    restore = dsub.add_parser("restore", help="put a backup (default: the latest) in place; "
                                              "the replaced file is kept")
    restore.add_argument("file", type=Path, nargs="?", help="the backup to restore")
    _add_db(restore)
    purge = dsub.add_parser("purge", help="remove free-text notes older than the retention "
                                          "limit (audited)")
    purge.add_argument("--dry-run", action="store_true", help="only count what would go")
    purge.add_argument("--days", type=int, help="this limit instead of the stored setting")
    _add_db(purge)

    staffing = sub.add_parser("staffing", help="Erlang C: service level and agents needed")
    staffing.add_argument("--calls-per-hour", type=float, required=True, metavar="X")
    staffing.add_argument("--aht", type=float, required=True, metavar="SECONDS",
                          help="average handle time in seconds (talk + wrap-up)")
    staffing.add_argument("--agents", type=int, required=True, metavar="N")
    staffing.add_argument("--target", metavar="SL/SECONDS",
                          help="service level target, e.g. 80/20 (default: the floor's, from "
                               "the database's settings; 80/20 without a database)")
    staffing.add_argument("--json", action="store_true", help="print JSON")
    _add_db(staffing)
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    from console.store.db import default_db_path

    return args.db if args.db else default_db_path()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "stats":
            return cmd_stats(args)
        if args.command == "ingest":
            return cmd_ingest(args)
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "escalations":
            from console.services.escalations_cli import cmd_escalations

            return cmd_escalations(_db_path(args), args.open_only, args.json)
        if args.command == "ami":
            from console.services.ami import cmd_ami

            return cmd_ami(_db_path(args), args.action, args.host, args.port, args.user)
        if args.command == "agents":
            from console.services.agents_cli import cmd_agents

            return cmd_agents(_db_path(args), args.at, args.json)
        if args.command == "detect":
            return cmd_detect(args)
        if args.command == "about":
            from console.ui.about_dialog import print_about

            return print_about(_db_path(args).parent, as_json=args.json)
        if args.command == "db":
            from console.services.db_cli import cmd_db

            return cmd_db(args.db_action, _db_path(args), file=getattr(args, "file", None),
                          dry_run=getattr(args, "dry_run", False),
                          days=getattr(args, "days", None))
        if args.command == "staffing":
            return cmd_staffing(args)
        if args.command == "report":
            from console.reports.command import run_report

            return run_report(args, _db_path(args))
        return cmd_gui(args)
    except KeyboardInterrupt:
        return 130
    except sqlite3.DatabaseError as exc:  # damaged pages found mid-command: say what to do
        db = getattr(args, "db", None) or _db_path(args)
        return _error(f"the database {db} cannot be read ({exc}). `composure db check --db "
                      f"{db}` tells what is wrong; `composure db restore --db {db}` puts back "
                      f"the latest backup.")
    except BrokenPipeError:  # output piped into `head` and closed: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def _error(message: str) -> int:
    print(f"composure: {message}", file=sys.stderr)
    return 2


def cmd_stats(args: argparse.Namespace) -> int:
    from console.services.session import StoreError, open_database
    from console.services.stats import compute_stats, parse_local

    try:
        start = parse_local(args.start) if args.start else None
        if start is None:
            start = parse_local(time.strftime("%Y-%m-%d"))
        if args.end:
            end = parse_local(args.end, end=True)
        elif args.start and len(args.start.strip()) == 10:
            end = parse_local(args.start, end=True)
        elif args.start:
            end = time.time()
        else:
            end = parse_local(time.strftime("%Y-%m-%d"), end=True)
    except ValueError as exc:
        return _error(str(exc))
    if end <= start:
        return _error("--to must be after --from")
    path = _db_path(args)
    if not path.exists():
        return _error(f"no database at {path} (use --db, or ingest a queue_log first)")
    try:
        conn = open_database(path)
    except StoreError as exc:
        return _error(str(exc))
    try:
        now = max(time.time(), _latest_ts(conn))
        report = compute_stats(conn, start, end, now, queue=args.queue)
    finally:
        conn.close()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        from console.services.stats_text import format_report

        print(format_report(report))
    return 0


def _latest_ts(conn) -> float:
    """The demo floor runs ahead of the wall clock; "now" is whichever is later."""
    from console.store.queries import latest_event_ts

    return float(latest_event_ts(conn) or 0.0)


def cmd_detect(args: argparse.Namespace) -> int:
    """Suggestions only: a person confirms before anything becomes a flag."""
    from console.ingest.detect_file import detect_file, format_verdict_text, verdict_json

    if not args.file.exists():
        return _error(f"{args.file}: no such file")
    errors: list[str] = []
    for line_no, record_id, verdict in detect_file(args.file, on_error=lambda e: errors.append(
            str(e))):
        if args.json:
            print(json.dumps(verdict_json(line_no, record_id, verdict), ensure_ascii=False))
        else:
            print(format_verdict_text(line_no, verdict, record_id))
    for err in errors:
        print(f"composure: {err}", file=sys.stderr)
    return 1 if errors else 0


def _floor_target(args: argparse.Namespace) -> str:
    """The service level target set for the floor (Preferences), if there is a database."""
    from console.services.floor_settings import stored_settings

    floor = stored_settings(_db_path(args))
    if floor is None:
        return "80/20"
    return f"{floor.kpi.sl_target * 100:g}/{floor.kpi.sl_seconds}"


def cmd_staffing(args: argparse.Namespace) -> int:
    from console.domain import staffing

    try:
        target_sl, target_s = staffing.parse_target(args.target or _floor_target(args))
        result = staffing.evaluate(args.agents, args.calls_per_hour, args.aht, target_sl,
                                   target_s)
        needed = staffing.agents_needed(args.calls_per_hour, args.aht, target_sl, target_s)
    except ValueError as exc:
        return _error(str(exc))
    asa = None if result.asa_s == float("inf") else round(result.asa_s, 1)
    if args.json:
        print(json.dumps({
            "agents": result.agents, "calls_per_hour": result.calls_per_hour,
            "aht_s": result.aht_s, "traffic_erlangs": round(result.traffic_erlangs, 3),
            "target": {"service_level": target_sl, "seconds": target_s},
            "service_level": round(result.service_level, 4),
            "probability_of_waiting": round(result.prob_wait, 4),
            "asa_s": asa, "occupancy": round(result.occupancy, 4),
            "stable": result.stable, "agents_needed": needed,
        }, indent=2))
        return 0
    print(f"Traffic: {result.traffic_erlangs:.2f} Erlangs ({args.calls_per_hour:g} calls/h,"
          f" AHT {args.aht:g} s)")
    if not result.stable:
        print(f"With {result.agents} agents the queue grows without limit: every caller waits.")
    else:
        print(f"With {result.agents} agents: service level {result.service_level * 100:.1f} %"
              f" within {target_s} s, average speed of answer {result.asa_s:.1f} s,"
              f" occupancy {result.occupancy * 100:.1f} %")
    verdict = "meets" if result.meets_target else "misses"
    print(f"Target {target_sl * 100:g}/{target_s}: {verdict}; agents needed: {needed}")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from console.services.ingest import ingest_queue_log, recent_problems
    from console.services.session import StoreError

    if args.source == "flags":
        return cmd_ingest_flags(args)
    if args.source == "escalations":
        from console.services.escalations_cli import cmd_ingest_escalations

        return cmd_ingest_escalations(_db_path(args), args.file)
    if args.source == "roster":
        from console.services.roster_import import run_roster_import

        return run_roster_import(_db_path(args), args.file)
    from console.ingest.queue_log_table import looks_like_table

    if args.source == "queue-log-table" or (not args.follow and looks_like_table(args.file)):
        from console.services.queue_log_table import cmd_ingest_table

        return cmd_ingest_table(_db_path(args), args.file)

    path: Path = args.file
    if not path.exists() and not args.follow:
        return _error(f"{path}: no such file")
    db = _db_path(args)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    if args.follow:
        signal.signal(signal.SIGINT, lambda *_: stop.set())
    started = time.perf_counter()

    def progress(batch) -> None:
        if args.follow:
            stamp = "-"
            if batch.last_ts:
                stamp = time.strftime("%H:%M:%S", time.localtime(batch.last_ts))
            print(f"+{batch.lines} lines, {batch.problems} problems (last event {stamp})",
                  flush=True)

    def locked(attempt: int, delay: float) -> None:
        print(f"database {db} is locked by another program; retrying ({attempt})",
              file=sys.stderr, flush=True)

    try:
        lines, problems = ingest_queue_log(db, path, follow=args.follow, stop=stop,
                                           on_batch=progress, on_locked=locked)
    except StoreError as exc:
        return _error(str(exc))
    took = time.perf_counter() - started
    print(f"{path}: {lines} lines read, {problems} unreadable, in {took:.1f} s -> {db}")
    if problems:
        for p in recent_problems(db, limit=min(problems, 10)):
            print(f"  {p.file}:{p.line_no}: {p.reason}", file=sys.stderr)
    return 0


def cmd_ingest_flags(args: argparse.Namespace) -> int:
    from console.services.flag_import import import_flags
    from console.services.session import StoreError, open_database

    if not args.file.exists():
        return _error(f"{args.file}: no such file")
    try:
        conn = open_database(_db_path(args))
    except StoreError as exc:
        return _error(str(exc))
    try:
        result = import_flags(conn, args.file)
    finally:
        conn.close()
    print(f"{args.file}: {result.imported} flags imported, {len(result.problems)} rows skipped")
    for p in result.problems:
        print(f"  {args.file}:{p.line_no}: {p.reason}", file=sys.stderr)
    return 1 if result.problems and not result.imported else 0


def cmd_demo(args: argparse.Namespace) -> int:
    from console.services.demo import DemoOptions
    from console.services.demo_db import default_demo_db, reset_demo_database

    db = args.db if args.db else default_demo_db()
    try:
        reset_demo_database(db)
    except PermissionError as exc:
        return _error(str(exc))
    from console.ui.app import AppOptions, run_app

    options = AppOptions(
        db_path=db,
        demo=DemoOptions(agents=args.agents, teams=args.teams, speed=args.speed, seed=args.seed),
        demo_dir=db.parent / (db.stem + "-queue-log"),
        lang=args.lang,
        screenshot=args.screenshot,
        quit_after=args.quit_after,
        theme=args.theme,
        window_size=args.window_size,
    )
    return run_app(options)


def cmd_gui(args: argparse.Namespace) -> int:
    from console.services.preferences import remembered_queue_log
    from console.ui.app import AppOptions, run_app

    db = _db_path(args)
    queue_log = remembered_queue_log(db, args.queue_log)
    options = AppOptions(db_path=db, queue_log=queue_log, lang=args.lang,
                         screenshot=args.screenshot, quit_after=args.quit_after,
                         theme=args.theme, window_size=args.window_size)
    return run_app(options)
