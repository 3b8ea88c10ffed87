"""Terminal tables stay aligned with Chinese names (two columns a character)."""

from __future__ import annotations

from console.domain import text_width as tw


def test_widths_count_terminal_columns() -> None:
    assert tw.display_width("Alice") == 5
    assert tw.display_width("罗敏") == 4
    assert tw.display_width("ＡＢ") == 4  # full-width Latin
    assert tw.display_width("e\u0301") == 1  # e + combining acute
    assert tw.ljust("罗敏", 6) == "罗敏  " and tw.rjust("12", 4) == "  12"


def test_columns_line_up_under_chinese_names() -> None:
    lines = tw.table([["AGENT", "CALLS"], ["罗敏", "12"], ["Alice Johnson", "3"]], right={1})
    ends = {tw.display_width(line) for line in lines}
    assert len(ends) == 1, lines  # every right-aligned number ends in the same column
    starts = {tw.display_width(line[: line.index(n)]) for line, n in
              zip(lines[1:], ("12", "3"), strict=True)}
    assert starts == {tw.display_width(lines[0]) - 2, tw.display_width(lines[0]) - 1}
