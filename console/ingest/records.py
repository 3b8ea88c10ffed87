"""Rows of an imported CSV or JSONL file, numbered by the line they start on.

Every importer (QA flags, roster, escalations) reads files the same way and reports the same
problems, so the reading lives here once: UTF-8 (a BOM is fine), ``.jsonl`` / ``.ndjson`` /
``.json`` as one object a line, anything else as CSV with a header. Blank rows are skipped; a
bad row (a bad byte, a field over 128 KiB, an unclosed quote, broken JSON) becomes a
:class:`RowProblem` at its own line and reading goes on, so the good rows are kept
(:mod:`console.ingest.csv_rows` does the line-by-line reading).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from console.ingest.csv_rows import (
    MAX_LINE_BYTES,
    CsvRecords,
    LineTooLong,
    RowProblem,
    physical_lines,
)

__all__ = ["JSON_SUFFIXES", "RowProblem", "read_records"]

JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")


def read_records(path: Path) -> Iterator[tuple[int, dict] | RowProblem]:
    """``(line number, record)`` for each row, or a problem naming the line.

    Raises OSError when the file cannot be opened or read (the caller words it).
    """
    with open(path, "rb") as fh:
        if path.suffix.lower() in JSON_SUFFIXES:
            yield from _json_lines(fh)
        else:
            yield from _csv_rows(fh)


def _json_lines(fh) -> Iterator[tuple[int, dict] | RowProblem]:
    # LF only, not splitlines: U+2028 is JSON text
    for n, raw in physical_lines(fh, split_cr=False):
        if isinstance(raw, LineTooLong):
            yield RowProblem(n, f"line longer than {MAX_LINE_BYTES // (1024 * 1024)} MiB")
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield RowProblem(n, f"not UTF-8 text (byte {exc.start + 1} of the line); save the "
                                "file as UTF-8")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RowProblem(n, f"not valid JSON ({exc.msg})")
            continue
        except RecursionError:
            yield RowProblem(n, "not valid JSON (nested too deeply)")
            continue
        if not isinstance(record, dict):
            yield RowProblem(n, "expected a JSON object")
            continue
        yield n, record


def _csv_rows(fh) -> Iterator[tuple[int, dict] | RowProblem]:
    records = CsvRecords(fh)
    header: list[str] | None = None
    for item in records:
        if isinstance(item, RowProblem):
            if header is None:
                yield RowProblem(item.line_no, f"the header cannot be read: {item.reason}")
                return
            yield item
            continue
        n, row = item
        if header is None:
            if not any(cell.strip() for cell in row):
                continue  # blank lines before the header
            header = row
            records.expected_fields = len(header)
            continue
        if len(row) > len(header):
            if any(cell.strip() for cell in row[len(header):]):
                yield RowProblem(n, "more fields than the header has")
                continue
            row = row[:len(header)]
        if not any(cell.strip() for cell in row):
            continue
        record: dict = dict(zip(header, row, strict=False))
        for name in header[len(row):]:
            record.setdefault(name, None)
        yield n, record
