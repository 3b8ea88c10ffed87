"""Reading notes files for the abuse check: text, JSON lines and CSV, bad lines reported."""

from __future__ import annotations

from pathlib import Path

from console.ingest.detect_file import LineError
from console.ingest.notes_file import NoteRecord, read_notes, split_lines


def test_pasted_text_keeps_the_editor_line_numbers() -> None:
    got = list(split_lines("first\n\n  \nsecond one  \r\nthird"))
    assert got == [NoteRecord(1, "first"), NoteRecord(4, "second one"), NoteRecord(5, "third")]


def test_text_file_with_bom_and_a_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"\xef\xbb\xbfyou idiot\r\n\r\n\xff bad\r\n\xe4\xbd\xa0\xe5\xa5\xbd\r\n")
    got = list(read_notes(path))
    assert got[0] == NoteRecord(1, "you idiot")
    assert isinstance(got[1], LineError) and got[1].line_no == 3 and "UTF-8" in got[1].message
    assert got[2] == NoteRecord(4, "你好")


def test_jsonl_takes_ids_and_call_ids(tmp_path: Path) -> None:
    path = tmp_path / "t.ndjson"
    path.write_text('{"id": 7, "uniqueid": "1700000000.12", "text": "shut up"}\n'
                    '[1, 2]\n'
                    '{"text": "   "}\n', encoding="utf-8")
    got = list(read_notes(path))
    assert got[0] == NoteRecord(1, "shut up", "7", "1700000000.12")
    assert [(e.line_no, e.message) for e in got[1:]] == [
        (2, 'expected a JSON object with a "text" field'), (3, '"text" is empty or not a string')]


def test_csv_finds_the_text_column_and_numbers_records_by_their_first_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("\ufeffCallID,Agent,Note\n"
                    "c-1,ana,\"two\nlines\"\n"
                    "\n"
                    "c-2,bo,you moron\n"
                    "c-3,bo,\n"
                    "c-4,bo,extra,field\n", encoding="utf-8")
    got = list(read_notes(path))
    assert got[0] == NoteRecord(2, "two\nlines", None, "c-1")
    assert got[1] == NoteRecord(5, "you moron", None, "c-2")
    assert [(e.line_no, e.message) for e in got[2:]] == [
        (6, "the text column is empty"), (7, "more fields than the header has")]


def test_csv_without_a_text_column(tmp_path: Path) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    (error,) = list(read_notes(path))
    assert isinstance(error, LineError) and "no text column" in error.message
    assert str(error).startswith(f"{path}:1:")
