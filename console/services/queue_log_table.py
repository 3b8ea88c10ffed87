"""`composure ingest queue-log-table FILE` (and `ingest queue-log` on a file with a header):
a queue_log exported from a database table, imported like the flat file."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from console.ingest.queue_log_table import QueueLogTableImporter, TableFormatError
from console.services.session import StoreError, open_database


def import_queue_log_table(db_path: Path, path: Path) -> tuple[int, int]:
    """(rows imported, rows refused); raises TableFormatError or StoreError."""
    conn = open_database(db_path)
    try:
        return QueueLogTableImporter(conn, path).run()
    finally:
        conn.close()


def cmd_ingest_table(db_path: Path, path: Path) -> int:
    if not path.exists():
        print(f"composure: {path}: no such file", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        rows, problems = import_queue_log_table(db_path, path)
    except TableFormatError as exc:
        print(f"composure: {path}: {exc}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"composure: {exc}", file=sys.stderr)
        return 2
    took = time.perf_counter() - started
    print(f"{path}: {rows} rows imported, {problems} unreadable, in {took:.1f} s -> {db_path}")
    if problems:
        from console.services.ingest import recent_problems

        listed = recent_problems(db_path, limit=min(problems, 10))
        for p in sorted(listed, key=lambda p: p.line_no):
            print(f"  {p.file}:{p.line_no}: {p.reason}", file=sys.stderr)
    return 1 if problems else 0  # bad input: non-zero, the good rows are kept
