"""Running the abuse detector over plain-text and JSONL files, bad lines included."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from console.domain.abuse_detector import detect
from console.ingest.detect_file import (
    LineError,
    detect_file,
    format_verdict_text,
    verdict_json,
)


def test_plain_text_with_bom_crlf_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    lines = ["客户说：我要杀了你", "", "The customer wants a refund, very angry.", "   ", "你媽的"]
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    got = list(detect_file(path))
    assert [(n, rid) for n, rid, _ in got] == [(1, None), (3, None), (5, None)]
    first, second, third = (v for _, _, v in got)
    assert (first.abusive, first.category, first.severity) == (True, "threat", 3)
    assert first.words == ("我要杀了你",)
    assert not second.abusive
    assert third.abusive and third.words == ("你媽的",)


def test_jsonl_with_ids_and_broken_lines(tmp_path: Path) -> None:
    path = tmp_path / "transcripts.jsonl"
    rows = [
        json.dumps({"id": "c-1", "text": "you are an idiot"}),
        '{"id": "c-2", "text": "broken',
        json.dumps({"id": 3, "text": "谢谢，问题解决了"}, ensure_ascii=False),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "c-5"}),
        json.dumps({"text": "ｓｂ客服"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with path.open("ab") as f:
        f.write(b"\xff\xfe not utf-8\n")
        f.write(json.dumps({"id": "c-8", "text": "I know where you live"}).encode() + b"\n")
    errors: list[LineError] = []
    got = list(detect_file(path, on_error=errors.append))
    assert [(n, rid, v.abusive) for n, rid, v in got] == [
        (1, "c-1", True), (3, "3", False), (6, None, True), (8, "c-8", True),
    ]
    assert [e.line_no for e in errors] == [2, 4, 5, 7]
    assert str(errors[0]).startswith(f"{path}:2: broken JSON")
    assert "JSON object" in errors[1].message
    assert errors[2].message == 'missing "text" field'
    assert "UTF-8" in errors[3].message


def test_bad_lines_are_logged_by_default(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "t.ndjson"
    path.write_text('{"text": "fine"}\nnot json\n', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        got = list(detect_file(path))
    assert len(got) == 1
    assert f"{path}:2:" in caplog.text


def test_format_override(tmp_path: Path) -> None:
    path = tmp_path / "notes.log"
    path.write_text('{"id": "x", "text": "fuck you"}\n', encoding="utf-8")
    ((_, rid, verdict),) = detect_file(path, fmt="jsonl")
    assert rid == "x" and verdict.abusive
    ((_, rid, verdict),) = detect_file(path, fmt="text")  # the whole line is the text
    assert rid is None and verdict.abusive


def test_format_verdict_text() -> None:
    assert format_verdict_text(12, detect("我要杀了你")) == "12: abusive threat (sev 3): 我要杀了你"
    assert format_verdict_text(13, detect("谢谢")) == "13: ok"
    assert format_verdict_text(4, detect("sb, sb"), record_id="c-4") == (
        "4 [c-4]: abusive insult_profanity (sev 2): sb"
    )


def test_verdict_json() -> None:
    data = verdict_json(7, "c-7", detect("你这个蠢货"))
    assert data["line"] == 7 and data["id"] == "c-7"
    assert data["abusive"] is True and data["category"] == "insult_profanity"
    assert data["severity"] == 2 and data["words"] == ["蠢货"]
    json.dumps(data, ensure_ascii=False)


# ------------------------------------------------------------- bounded memory (issue 12)


def test_windows_find_what_the_whole_text_finds() -> None:
    from console.domain.abuse_detector import default_detector
    from console.ingest.detect_file import detect_windowed

    detector = default_detector()
    filler = "the parcel was late again and nobody called back. "
    text = filler * 30 + "you are an idiot. " + filler * 30 + "我要杀了你" + filler * 5
    whole = detector.detect(text)
    for window in (300, 517, 1000):
        cut = detect_windowed(detector, text, window=window, overlap=64)
        assert (cut.abusive, cut.category, cut.severity) == (whole.abusive, whole.category,
                                                             whole.severity)
        assert [(m.start, m.end, m.original) for m in cut.matches] == [
            (m.start, m.end, m.original) for m in whole.matches]
        for m in cut.matches:  # offsets are in the line, not in the window
            assert text[m.start:m.end] == m.original


def test_a_word_cut_by_a_window_edge_is_found_in_the_overlap() -> None:
    from console.domain.abuse_detector import default_detector
    from console.ingest.detect_file import detect_windowed

    text = "x" * 995 + " 我要杀了你 " + "y" * 500
    cut = detect_windowed(default_detector(), text, window=1000, overlap=64)
    assert cut.abusive and cut.words == ("我要杀了你",)


def test_a_line_over_the_limit_is_refused_and_the_next_ones_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from console.ingest import detect_file as module

    monkeypatch.setattr(module, "MAX_LINE_BYTES", 1000)
    monkeypatch.setattr(module, "_SKIP", 100)
    path = tmp_path / "notes.txt"
    path.write_text("ok line\n" + "z" * 5000 + "\n" + "我要杀了你\n", encoding="utf-8")
    errors: list[LineError] = []
    got = list(detect_file(path, on_error=errors.append))
    assert [n for n, _, _ in got] == [1, 3] and got[1][2].abusive
    assert [(e.line_no, "longer than" in e.message) for e in errors] == [(2, True)]
