"""Run the abuse text detector over a file of call notes or transcript lines.

Input is one record per line: plain text, or for ``.jsonl`` / ``.ndjson`` files a JSON object
with a ``"text"`` field and an optional ``"id"``. The file is read line by line in binary and
each line decoded on its own, so a huge transcript never sits in memory and one bad line (broken
JSON, invalid UTF-8, no ``"text"``) is reported with its file and line number while every other
line still gets its verdict: bad input gets a clear message and loses nothing (DESIGN.md 7).

The output is a suggestion per line; a person confirms it before it becomes an abuse flag.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from console.domain.abuse_detector import AbuseDetector, Verdict, default_detector

log = logging.getLogger(__name__)

Format = Literal["auto", "text", "jsonl"]
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class LineError:
    """A line that could not be read; the rest of the file is still processed."""

    path: Path
    line_no: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line_no}: {self.message}"


def _log_error(error: LineError) -> None:
    log.warning("%s", error)


def _record(raw: str, jsonl: bool) -> tuple[str | None, str]:
    """(id, text) of one decoded line; raises ValueError with a readable message."""
    if not jsonl:
        return None, raw
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as e:
        raise ValueError(f"broken JSON at column {e.colno}: {e.msg}") from None
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object with a \"text\" field, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise ValueError('missing "text" field' if text is None else '"text" is not a string')
    rid = obj.get("id")
    return (None if rid is None else str(rid)), text


def detect_file(
    path: str | Path,
    detector: AbuseDetector | None = None,
    *,
    fmt: Format = "auto",
    on_error: Callable[[LineError], None] | None = None,
) -> Iterator[tuple[int, str | None, Verdict]]:
    """Yield ``(line_no, id, verdict)`` for every non-empty line of ``path`` (1-based lines).

    ``fmt="auto"`` reads ``.jsonl``/``.ndjson`` as JSON lines and anything else as plain text.
    Unreadable lines go to ``on_error`` (default: a logged warning) and are skipped.
    A UTF-8 byte order mark at the start of the file is ignored.
    """
    path = Path(path)
    detector = detector or default_detector()
    report = on_error or _log_error
    jsonl = fmt == "jsonl" or (fmt == "auto" and path.suffix.lower() in _JSONL_SUFFIXES)
    with path.open("rb") as f:
        for line_no, data in enumerate(f, start=1):
            if line_no == 1 and data.startswith(_BOM):
                data = data[len(_BOM):]
            try:
                raw = data.decode("utf-8").rstrip("\r\n")
            except UnicodeDecodeError as e:
                report(LineError(path, line_no, f"not valid UTF-8 (byte {e.start + 1})"))
                continue
            if not raw.strip():
                continue
            try:
                rid, text = _record(raw, jsonl)
            except ValueError as e:
                report(LineError(path, line_no, str(e)))
                continue
            yield line_no, rid, detector.detect(text)


def format_verdict_text(line_no: int, verdict: Verdict, record_id: str | None = None) -> str:
    """One human-readable line: ``12: abusive threat (sev 3): 我要杀了你`` or ``13: ok``."""
    where = f"{line_no} [{record_id}]" if record_id is not None else str(line_no)
    if not verdict.abusive:
        return f"{where}: ok"
    words = ", ".join(dict.fromkeys(verdict.words))
    return f"{where}: abusive {verdict.category} (sev {verdict.severity}): {words}"


def verdict_json(line_no: int, record_id: str | None, verdict: Verdict) -> dict[str, Any]:
    """The verdict as a JSON-ready dict, with the line number and record id."""
    return {"line": line_no, "id": record_id, **verdict.to_json()}
