"""Caller numbers in the raw text of lines the reader could not use (the Ingest problems dock).

Everywhere else a caller's number leaves the services masked to its last four digits unless
the floor shows numbers in full (``mask_caller``). A line that failed to parse has no trusted
fields, so the policy here works on the text itself:

* in a queue_log line (``epoch|uniqueid|queue|agent|EVENT|data1|data2|...``) the time and the
  call id are kept when they look like one (the PBX admin needs them to find the line);
* an ``ENTERQUEUE``'s ``data2`` is the caller id: masked whatever its length;
* any other run of seven or more digits (with ``+``, spaces, hyphens or brackets between) is
  taken for a phone number and masked; call ids (``1700000000.42``), durations and positions
  are shorter or dotted and stay;
* the reason quotes pieces of the line: phone-like runs there are masked the same way.

Masking too much costs a PBX admin a look at the file; masking too little shows a number the
floor chose not to show, so the rules lean that way.
"""

from __future__ import annotations

import re

from console.domain.flags import mask_caller

_PHONE = re.compile(r"(?<![\d.])\+?\d(?:[ \-()]{0,2}\d){6,}(?![\d.])")
_TIME_OR_ID = re.compile(r"\d{1,10}(?:\.\d+)?")
_CALLER_FIELD = 6  # ENTERQUEUE|url|callerid|position: data2


def mask_numbers(text: str) -> str:
    """Every phone-like run of digits in ``text`` masked to its last four digits."""
    return _PHONE.sub(lambda m: mask_caller(m.group(0)), text)


def mask_raw_line(text: str, show_full: bool = False) -> str:
    """The raw text of an unreadable line, with caller numbers masked (unless shown)."""
    if show_full or not text:
        return text
    fields = text.split("|")
    out: list[str] = []
    enterqueue = len(fields) > 4 and fields[4].strip().upper() == "ENTERQUEUE"
    for i, field in enumerate(fields):
        if i < 2 and _TIME_OR_ID.fullmatch(field.strip()):
            out.append(field)
        elif i == _CALLER_FIELD and enterqueue and field.strip():
            out.append(mask_caller(field))
        else:
            out.append(mask_numbers(field))
    return "|".join(out)


def mask_reason(reason: str, show_full: bool = False) -> str:
    """A problem's reason may quote a piece of the line (the time field, the event name)."""
    if show_full or not reason:
        return reason
    return mask_numbers(reason)
