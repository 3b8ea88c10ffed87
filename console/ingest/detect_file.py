"""Run the abuse text detector over a file of call notes or transcript lines.

Input is one record per line: plain text, or for ``.jsonl`` / ``.ndjson`` files a JSON object
with a ``"text"`` field and an optional ``"id"``. The file is read line by line in binary and
each line decoded on its own, so a huge transcript never sits in memory and one bad line (broken
JSON, invalid UTF-8, no ``"text"``) is reported with its file and line number while every other
line still gets its verdict: bad input gets a clear message and loses nothing (DESIGN.md 7).

Memory stays bounded whatever the input: the detector needs about 200 bytes per character it
looks at, so a line is read at most :data:`MAX_LINE_BYTES` at a time (a longer one is refused
with its line number, and skipped without being held), and a long line's text is looked at in
windows of :data:`WINDOW` characters overlapping by :data:`OVERLAP`, so a word cut by a window
edge is whole in the next one. The matches of the windows are merged into the line's verdict.

The output is a suggestion per line; a person confirms it before it becomes an abuse flag.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from console.domain.abuse_detector import AbuseDetector, Dropped, Match, Verdict, default_detector
from console.domain.abuse_lexicon import HARASSMENT, INSULT, THREAT

log = logging.getLogger(__name__)

Format = Literal["auto", "text", "jsonl"]
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_BOM = b"\xef\xbb\xbf"
MAX_LINE_BYTES = 1024 * 1024  # a note or a transcript turn; 1 MiB is far past any real one
WINDOW = 8192  # characters given to the detector at once (~2 MB of its working memory)
OVERLAP = 256  # longer than any lexicon term or phrase rule with its context
MAX_MATCHES = 1000  # per line: a wall of swearing needs no more to be suggested
_SKIP = 1024 * 1024
_RANK = {THREAT: 3, HARASSMENT: 2, INSULT: 1}


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
        for line_no, data in _bounded_lines(f):
            if data is None:
                report(LineError(path, line_no, f"line longer than {MAX_LINE_BYTES // 1024 // 1024}"
                                                " MiB, not read: split it into one note or "
                                                "transcript turn a line"))
                continue
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
            yield line_no, rid, detect_windowed(detector, text)


def _bounded_lines(f) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)`` per line; None for a line over :data:`MAX_LINE_BYTES`, whose
    rest is read past in pieces rather than held."""
    line_no = 0
    while data := f.readline(MAX_LINE_BYTES + 1):
        line_no += 1
        if len(data) > MAX_LINE_BYTES and not data.endswith(b"\n"):
            while data and not data.endswith(b"\n"):
                data = f.readline(_SKIP)
            yield line_no, None
            continue
        yield line_no, data


def detect_windowed(detector: AbuseDetector, text: str, window: int = WINDOW,
                    overlap: int = OVERLAP) -> Verdict:
    """The detector's verdict on ``text``, looked at ``window`` characters at a time."""
    if len(text) <= window:
        return detector.detect(text)
    matches: dict[tuple[int, int, str], Match] = {}
    reasons: dict[str, None] = {}
    dropped: dict[tuple[int, int], Dropped] = {}
    start = 0
    while True:
        end = min(len(text), start + window)
        verdict = detector.detect(text[start:end])
        for m in verdict.matches:
            key = (m.start + start, m.end + start, m.term)
            if key not in matches and len(matches) < MAX_MATCHES:
                matches[key] = replace(m, start=key[0], end=key[1])
        for d in verdict.dropped:
            if (d.start + start, d.end + start) not in dropped and len(dropped) < MAX_MATCHES:
                dropped[(d.start + start, d.end + start)] = replace(
                    d, start=d.start + start, end=d.end + start)
        for r in verdict.reasons:
            if len(reasons) < MAX_MATCHES:
                reasons.setdefault(r)
        if end >= len(text):
            break
        start = end - overlap
    found = sorted(matches.values(), key=lambda m: (m.start, m.end))
    if not found:
        return Verdict(False, None, 0, (), tuple(reasons), tuple(dropped.values()))
    top = max(found, key=lambda m: (m.severity, _RANK.get(m.category, 0)))
    return Verdict(True, top.category, top.severity, tuple(found), tuple(reasons),
                   tuple(dropped.values()))


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
