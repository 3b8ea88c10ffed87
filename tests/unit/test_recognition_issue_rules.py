"""Recognition kinds and validation; the issues-for-management repeat rule and counting."""

from __future__ import annotations

import pytest

from console.domain import mgmt_issues as mi
from console.domain import recognition as rec


def _r(i: int, ts: int, agent: str = "a", kind: str = rec.COMPLIMENT,
       withdrawn: bool = False) -> rec.Recognition:
    return rec.Recognition(i, ts, agent, kind, "", None, None, "lead",
                           withdrawn_at=ts + 1 if withdrawn else None)


def test_recognition_clean_trims_and_checks() -> None:
    assert rec.clean(" agent101 ", rec.RESOLVED_COMPLAINT, "  well done ") == (
        "agent101", rec.RESOLVED_COMPLAINT, "well done")
    assert rec.clean("a", rec.COMPLIMENT, None) == ("a", rec.COMPLIMENT, "")
    with pytest.raises(ValueError, match="agent"):
        rec.clean("  ", rec.COMPLIMENT, "x")
    with pytest.raises(ValueError, match="kind"):
        rec.clean("a", "gold_star", "x")
    with pytest.raises(ValueError, match="what the agent did"):
        rec.clean("a", rec.OTHER, "   ")
    with pytest.raises(ValueError, match="longer"):
        rec.clean("a", rec.COMPLIMENT, "x" * (rec.MAX_TEXT + 1))
    assert rec.needs_text(rec.OTHER) and not rec.needs_text(rec.HELPED_COLLEAGUE)


def test_shift_positives_counts_in_window_without_withdrawn() -> None:
    rows = [_r(1, 100, "a"), _r(2, 200, "b", rec.HELPED_COLLEAGUE), _r(3, 300, "a"),
            _r(4, 250, "c", withdrawn=True), _r(5, 50, "d"), _r(6, 1000, "e")]
    sp = rec.shift_positives(rows, 100, 1000)
    assert [r.id for r in sp.recognitions] == [3, 2, 1]
    assert sp.total == 3 and sp.agents == 2
    assert dict(sp.by_kind) == {rec.COMPLIMENT: 2, rec.RESOLVED_COMPLAINT: 0,
                                rec.HELPED_COLLEAGUE: 1, rec.OTHER: 0}
    assert [k for k, _ in sp.by_kind] == list(rec.KINDS)
    assert sp.to_json()["by_kind"][rec.COMPLIMENT] == 2


@pytest.mark.parametrize(("a", "b"), [
    ("Riverside District", "riverside  district"),
    ("Riverside District.", " RIVERSIDE DISTRICT "),
    ("ＡＢＣ １号楼", "abc 1号楼"),
    ("", "  "),
])
def test_location_key_matches_spellings(a: str, b: str) -> None:
    assert mi.location_key(a) == mi.location_key(b)


def test_location_key_keeps_different_places_apart() -> None:
    assert mi.location_key("Riverside") != mi.location_key("Riverside District")
    assert mi.location_key("1号楼") != mi.location_key("2号楼")


def _issue(i: int, cause: str, location: str, status: str = mi.OPEN) -> mi.ManagementIssue:
    return mi.ManagementIssue(i, cause, location, "d", status, 0, "lead", None, None, 0, 1)


def test_find_repeat_joins_only_unfixed_same_cause_and_place() -> None:
    issues = [_issue(1, mi.LOCATION_FAULT, "Riverside", mi.FIXED),
              _issue(2, mi.LOCATION_FAULT, "Riverside", mi.SENT),
              _issue(3, mi.BILLING_ERROR, "Riverside")]
    assert mi.find_repeat(issues, mi.LOCATION_FAULT, " riverside ").id == 2
    assert mi.find_repeat(issues, mi.BILLING_ERROR, "riverside").id == 3
    assert mi.find_repeat(issues, mi.PRODUCT_DEFECT, "Riverside") is None
    assert mi.find_repeat(issues[:1], mi.LOCATION_FAULT, "Riverside") is None


def test_clean_report_checks() -> None:
    assert mi.clean_report("other", "  a   b ", " x ", " agent1 ", mi.AGENT) == (
        "other", "a b", "x", "agent1", mi.AGENT)
    with pytest.raises(ValueError, match="describe"):
        mi.clean_report("other", "", "  ", "a", mi.AGENT)
    with pytest.raises(ValueError, match="cause"):
        mi.clean_report("", "", "x", "a", mi.AGENT)
    with pytest.raises(ValueError, match="role"):
        mi.clean_report("other", "", "x", "a", "customer")
    with pytest.raises(ValueError, match="who"):
        mi.clean_report("other", "", "x", " ", mi.LEAD)
    with pytest.raises(ValueError, match="status"):
        mi.check_status("closed")
    with pytest.raises(ValueError, match="name"):
        mi.clean_label("   ")


def test_count_by_cause_orders_by_occurrences_then_list_order() -> None:
    causes = [mi.Cause(code, None, pos) for pos, (code, _) in enumerate(mi.DEFAULT_CAUSES, 1)]
    rows = [(mi.BILLING_ERROR, 1, mi.OPEN), (mi.LOCATION_FAULT, 2, mi.SENT),
            (mi.LOCATION_FAULT, 2, mi.SENT), (mi.LOCATION_FAULT, 5, mi.FIXED),
            (mi.BILLING_ERROR, 1, mi.OPEN), (mi.PRODUCT_DEFECT, 3, mi.OPEN),
            (mi.OTHER, 4, mi.OPEN)]
    counts = mi.count_by_cause(rows, causes)
    assert [(c.cause, c.occurrences, c.issues) for c in counts] == [
        (mi.LOCATION_FAULT, 3, 2), (mi.BILLING_ERROR, 2, 1), (mi.PRODUCT_DEFECT, 1, 1),
        (mi.OTHER, 1, 1)]
    fault = counts[0]
    assert (fault.open, fault.sent, fault.fixed) == (0, 1, 1)
    assert mi.Cause("custom_1", "Courier", 7).english() == "Courier"
    assert mi.Cause(mi.BILLING_ERROR, None, 2).english() == "Billing error"
