"""Call notes and transcripts from a file, one remark a record, for the abuse check.

Three shapes, chosen by the file's suffix:

* ``.txt`` (or anything else): one remark a line;
* ``.jsonl`` / ``.ndjson``: a JSON object a line with ``"text"`` and optionally ``"id"``,
  ``"callid"`` (or ``"uniqueid"``, ``"call_id"``);
* ``.csv``: a header row; the text column is the first of ``text``, ``note``, ``notes``,
  ``transcript``, ``comment``, ``content``, ``message`` (or the Chinese ``内容``, ``备注``,
  ``文本``, ``记录``), and ``id`` / ``callid`` columns are used when present.

Lines are decoded one at a time, so one broken line (invalid UTF-8, broken JSON, no text) is
reported with its file, line and reason while every other line is still read (DESIGN.md 7).
Line numbers are the file's own (a CSV record that spans lines is numbered by its first line),
so the supervisor can find the remark in an editor.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from console.ingest.detect_file import LineError

_BOM = "\ufeff"
_JSONL = (".jsonl", ".ndjson")
_TEXT_KEYS = ("text", "note", "notes", "transcript", "comment", "comments", "content",
              "message", "内容", "备注", "文本", "记录", "通话内容")
_ID_KEYS = ("id", "record", "ref", "编号")
_CALL_KEYS = ("callid", "call_id", "uniqueid", "call", "通话编号", "通话id")


@dataclass(frozen=True, slots=True)
class NoteRecord:
    """One remark to check: where it is in the file, and the call it belongs to if known."""

    line_no: int
    text: str
    record_id: str | None = None
    callid: str | None = None


def split_lines(text: str) -> Iterator[NoteRecord]:
    """Pasted text: one remark a non-empty line, numbered from 1 like the editor shows it."""
    for n, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield NoteRecord(n, line.strip())


def _pick(record: dict[str, object], keys: tuple[str, ...]) -> str | None:
    lowered = {str(k).strip().lower(): v for k, v in record.items() if k is not None}
    for key in keys:
        value = lowered.get(key)
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def _read_text(path: Path, jsonl: bool) -> Iterator[NoteRecord | LineError]:
    with path.open("rb") as f:
        for n, data in enumerate(f, start=1):
            try:
                raw = data.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as e:
                yield LineError(path, n, f"not valid UTF-8 (byte {e.start + 1})")
                continue
            if n == 1:
                raw = raw.removeprefix(_BOM)
            if not raw.strip():
                continue
            if not jsonl:
                yield NoteRecord(n, raw.strip())
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as e:
                yield LineError(path, n, f"broken JSON at column {e.colno}: {e.msg}")
                continue
            if not isinstance(obj, dict):
                yield LineError(path, n, 'expected a JSON object with a "text" field')
                continue
            text = obj.get("text")
            if not isinstance(text, str) or not text.strip():
                yield LineError(path, n, 'missing "text" field' if text is None
                                else '"text" is empty or not a string')
                continue
            yield NoteRecord(n, text.strip(), _pick(obj, _ID_KEYS), _pick(obj, _CALL_KEYS))


def _read_csv(path: Path) -> Iterator[NoteRecord | LineError]:
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as e:
        yield LineError(path, 1, f"not UTF-8 text ({e.reason} at byte {e.start + 1})")
        return
    reader = csv.DictReader(io.StringIO(content, newline=""))
    header = [str(h).strip().lower() for h in (reader.fieldnames or [])]
    if not any(k in header for k in _TEXT_KEYS):
        yield LineError(path, 1, "no text column (expected one of: "
                        + ", ".join(_TEXT_KEYS[:7]) + ")")
        return
    last = 1
    try:
        for record in reader:
            # the record's first line: its last line less the line breaks inside its fields
            last = reader.line_num
            n = last - sum((v or "").count("\n") for v in record.values() if isinstance(v, str))
            if None in record:
                yield LineError(path, n, "more fields than the header has")
                continue
            text = _pick(record, _TEXT_KEYS)
            if text is None:
                if any((v or "").strip() for v in record.values()):
                    yield LineError(path, n, "the text column is empty")
                continue
            yield NoteRecord(n, text, _pick(record, _ID_KEYS), _pick(record, _CALL_KEYS))
    except csv.Error as e:
        yield LineError(path, last + 1, f"broken CSV ({e})")


def read_notes(path: str | Path) -> Iterator[NoteRecord | LineError]:
    """The file's remarks in order, with a :class:`LineError` for each line that cannot be
    read (and the rest still read)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        yield from _read_csv(path)
    else:
        yield from _read_text(path, suffix in _JSONL)
