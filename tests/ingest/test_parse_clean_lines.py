"""parse_clean_lines (the follower's block parser) gives what parse_line gives, line for line,
and counts every line it did not read inline."""

from __future__ import annotations

from console.ingest.queue_log import MAX_LINE, parse_clean_lines, parse_line

# lines a block without CR or NUL can hold: the common ones, read inline ...
COMMON = [
    "1795421196|1795421195.1|support|NONE|ENTERQUEUE||+14665552454|1",
    "1795421198|1795421195.1|support|Alice|CONNECT|2|1795421196.2|2",
    "1795421228|1795421200.9|support|Bob|COMPLETECALLER|21|7|2",
    "1795421300|NONE||NONE|PAUSE||NONE| |none",
    "1795421300|NONE|support|Alice|UNPAUSE|",
    "1795421300|NONE|NONE|NONE|QUEUESTART",
    "32503680000|c|q|a|PAUSE|Lunch",
]
# ... and the others, which go through parse_line
ODD = [
    "",
    "   ",
    "1795421300|c|q",
    "1795421300|c|q|a|CUSTOMERSURVEY|5|very good|x",
    "1795421300|c|q|a| PAUSE |Lunch",
    "1795421300|c|q|a|bad name|x",
    "1795421300.75|c|q|a|PAUSE|Lunch",
    "17954213xx|c|q|a|PAUSE|Lunch",
    "inf|c|q|a|PAUSE|Lunch",
    "32503680001|c|q|a|PAUSE|Lunch",
    "179542130000000|c|q|a|PAUSE|Lunch",
    "9" * 5000 + "|c|q|a|PAUSE|Lunch",
    "1795421300|c|q|a|PAUSE|" + "x" * MAX_LINE,
]


def test_every_line_as_parse_line_reads_it() -> None:
    lines = [line for pair in zip(COMMON * 2, ODD, strict=False) for line in pair] + COMMON
    parsed, odd = parse_clean_lines(lines, 41)
    assert parsed == [parse_line(line, n) for n, line in enumerate(lines, 41)]
    assert odd == len(ODD)


def test_a_block_of_common_lines_has_no_odd_one() -> None:
    parsed, odd = parse_clean_lines(COMMON, 1)
    assert odd == 0
    assert [p.line_no for p in parsed] == list(range(1, len(COMMON) + 1))
    assert parsed[3].data == (None, None, " ", "none")
