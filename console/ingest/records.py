"""Rows of an imported CSV or JSONL file, numbered by the line they start on.

Every importer (QA flags, roster, escalations) reads files the same way and reports the same
problems, so the reading lives here once: UTF-8 (a BOM is fine), ``.jsonl`` / ``.ndjson`` /
``.json`` as one object a line, anything else as CSV with a header. Blank rows are skipped; a
bad row becomes a :class:`RowProblem` and reading goes on, so the good rows are kept.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")


@dataclass(frozen=True, slots=True)
class RowProblem:
    line_no: int  # 0: the file as a whole
    reason: str


def read_records(path: Path) -> Iterator[tuple[int, dict] | RowProblem]:
    """``(line number, record)`` for each row, or a problem naming the line."""
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield RowProblem(0, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        return
    if path.suffix.lower() in JSON_SUFFIXES:
        yield from _json_lines(content)
    else:
        yield from _csv_rows(content)


def _json_lines(content: str) -> Iterator[tuple[int, dict] | RowProblem]:
    for n, line in enumerate(content.split("\n"), 1):  # not splitlines: U+2028 is JSON text
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RowProblem(n, f"not valid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield RowProblem(n, "expected a JSON object")
            continue
        yield n, record


def _csv_rows(content: str) -> Iterator[tuple[int, dict] | RowProblem]:
    reader = csv.DictReader(io.StringIO(content, newline=""))
    try:
        for record in reader:
            n = reader.line_num
            if None in record:
                yield RowProblem(n, "more fields than the header has")
                continue
            if not any((v or "").strip() for v in record.values()):
                continue
            yield n, record
    except csv.Error as exc:
        yield RowProblem(reader.line_num, f"broken CSV ({exc})")
