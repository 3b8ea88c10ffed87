"""Pseudonyms: stable per agent and database, the secret kept (and its creation audited),
collisions lengthened, free text scrubbed, and no real name in any anonymised format."""

from __future__ import annotations

import csv
import io
import re
import zipfile

import openpyxl
import pytest
from pypdf import PdfReader

from console.reports.build import build_report
from console.reports.export import export_report
from console.reports.model import ReportRequest
from console.reports.pseudonyms import SECRET_KEY, Pseudonyms, database_secret
from console.services.session import open_database
from console.store import audit, settings_store
from tests.reports.conftest import Shift


def test_the_secret_is_made_once_and_audited(conn) -> None:
    first = database_secret(conn)
    assert len(first) == 32
    assert database_secret(conn) == first
    assert settings_store.get_value(conn, SECRET_KEY) == first.hex()
    made = [e for e in audit.entries(conn) if e.action == "report.pseudonym_secret"]
    assert len(made) == 1


def test_pseudonyms_are_stable_per_database_and_differ_between_databases(fresh_conn) -> None:
    a, b = fresh_conn("a"), fresh_conn("b")
    names = ["王伟", "Grace Li", "Kevin Xu"]
    one = Pseudonyms(database_secret(a), names)
    again = Pseudonyms(database_secret(a), list(reversed(names)))
    other = Pseudonyms(database_secret(b), names)
    assert [one.name(n) for n in names] == [again.name(n) for n in names]
    assert all(re.fullmatch(r"Agent [0-9A-F]{4}", one.name(n)) for n in names)
    assert [one.name(n) for n in names] != [other.name(n) for n in names]
    assert len({one.name(n) for n in names}) == 3


def test_colliding_short_pseudonyms_get_eight_digits() -> None:
    secret = b"k" * 32
    names = [f"agent{i}" for i in range(2000)]  # 2,000 names in 65,536 codes: clashes certain
    p = Pseudonyms(secret, names)
    shown = [p.name(n) for n in names]
    assert len(set(shown)) == len(names)
    assert any(len(s) == len("Agent ") + 8 for s in shown)
    assert any(len(s) == len("Agent ") + 4 for s in shown)


def test_scrub_replaces_names_and_display_names_in_notes() -> None:
    p = Pseudonyms(b"s" * 32, ["王伟", "gli"], {"gli": "Grace Li"})
    text = p.scrub("与王伟谈过; Grace Li covered")
    assert "王伟" not in text and "Grace Li" not in text
    assert p.name("王伟") in text and p.name("gli") in text
    plain = Pseudonyms(None, ["gli"], {"gli": "Grace Li"})
    assert plain.name("gli") == "Grace Li" and plain.scrub("x") == "x"


def test_a_report_uses_the_same_pseudonym_in_every_section(shift_copy: Shift) -> None:
    conn = open_database(shift_copy.db)
    try:
        data = build_report(conn, ReportRequest(shift_copy.start, shift_copy.end,
                                                anonymize=True), shift_copy.now)
        names = Pseudonyms(database_secret(conn), shift_copy.agents)
    finally:
        conn.close()
    noted = names.name(shift_copy.noted_agent)
    assert noted in {a.agent for a in data.agents}
    assert noted in {f.agent for f in data.flags}
    assert data.notes[0].about == noted and noted in data.notes[0].text
    assert names.name(shift_copy.one_to_one_agent) in {s.agent for s in data.sessions.rows}


@pytest.mark.usefixtures("qapp")
def test_no_real_name_in_any_anonymised_format(shift_copy: Shift, tmp_path) -> None:
    texts: dict[str, str] = {}
    request = ReportRequest(shift_copy.start, shift_copy.end, anonymize=True)
    for fmt, name in (("pdf", "r.pdf"), ("xlsx", "r.xlsx"), ("csv", "r.zip")):
        export_report(shift_copy.db, request, fmt, tmp_path / name, now=shift_copy.now)
    texts["pdf"] = "".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages)
    wb = openpyxl.load_workbook(tmp_path / "r.xlsx")
    texts["xlsx"] = " ".join(str(c) for ws in wb for row in ws.iter_rows(values_only=True)
                             for c in row if c is not None)
    with zipfile.ZipFile(tmp_path / "r.zip") as zf:
        texts["csv"] = " ".join(
            " ".join(",".join(r) for r in csv.reader(io.StringIO(
                zf.read(n).decode("utf-8-sig")))) for n in zf.namelist())
    for fmt, text in texts.items():
        flat = "".join(text.split())
        leaked = [n for n in shift_copy.agents if "".join(n.split()) in flat]
        assert not leaked, f"{fmt} shows {leaked}"
        assert re.search(r"Agent [0-9A-F]{4}", " ".join(text.split())), fmt
