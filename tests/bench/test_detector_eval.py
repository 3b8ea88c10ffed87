"""Precision and recall of the abuse detector on a hand-labelled evaluation set.

``tests/fixtures/abuse_eval.tsv`` holds call-note and transcript lines in Chinese (simplified and
traditional, ``zh``) and English (``en``), labelled by what a contact-center QA supervisor would
say: abusive (insult/profanity, threat, harassment) or not (heated complaints, legal steps,
sarcasm, quoted words, Scunthorpe-style words). The labels were written by hand, not from the
detector's output. This bench prints a table per language and overall, plus the first misses
and false alarms for whoever improves the lexicon. Run with
``pytest -m bench tests/bench/test_detector_eval.py -s -q``.

The phrase rules (``console/domain/abuse_rules.py``) were written while looking at this set's
misses, so its numbers flatter the detector. ``abuse_eval_heldout.tsv`` holds sentences written
afterwards, before running the detector on them: a fairer estimate of how the rules generalise.
Both must meet the same floors in each language; do not tune the lexicon to either file's exact
sentences (add unit tests with new sentences for each rule instead).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from console.domain.abuse_detector import AbuseDetector

pytestmark = pytest.mark.bench

EVAL_FILE = Path(__file__).resolve().parent.parent / "fixtures" / "abuse_eval.tsv"
HELDOUT_FILE = EVAL_FILE.with_name("abuse_eval_heldout.tsv")
LANGS = ("zh", "en")
CATEGORIES = {"insult_profanity", "threat", "harassment", "-"}
MIN_LINES = 300
MIN_HELDOUT_LINES = 100
# Floors for each language (zh and en separately); see the module docstring.
MIN_PRECISION = 0.85
MIN_RECALL = 0.62
SHOW = 10


@dataclass(frozen=True)
class Case:
    line: int
    lang: str
    label: bool
    category: str
    text: str


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, label: bool, predicted: bool) -> None:
        if label and predicted:
            self.tp += 1
        elif label:
            self.fn += 1
        elif predicted:
            self.fp += 1
        else:
            self.tn += 1


def load_cases(path: Path = EVAL_FILE) -> list[Case]:
    cases = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        assert len(fields) == 4, f"line {number}: expected 4 tab-separated columns: {raw!r}"
        lang, label, category, text = fields
        assert lang in LANGS, f"line {number}: bad lang {lang!r}"
        assert label in ("0", "1"), f"line {number}: bad label {label!r}"
        assert category in CATEGORIES, f"line {number}: bad category {category!r}"
        assert (label == "0") == (category == "-"), f"line {number}: label/category mismatch"
        assert text.strip(), f"line {number}: empty text"
        cases.append(Case(number, lang, label == "1", category, text))
    return cases


def _row(name: str, c: Counts) -> str:
    return (f"{name:<8}{c.n:>6}{c.tp + c.fn:>9}{c.tp:>5}{c.fp:>5}{c.fn:>5}"
            f"{c.precision:>11.3f}{c.recall:>8.3f}{c.f1:>8.3f}")


def _evaluate(path: Path, min_lines: int) -> None:
    cases = load_cases(path)
    assert len(cases) >= min_lines
    assert {c.lang for c in cases} == set(LANGS)

    detector = AbuseDetector()
    per_lang = {lang: Counts() for lang in LANGS}
    overall = Counts()
    misses: list[tuple[Case, str]] = []
    false_alarms: list[tuple[Case, str]] = []
    category_hits = 0
    for case in cases:
        verdict = detector.detect(case.text)
        per_lang[case.lang].add(case.label, verdict.abusive)
        overall.add(case.label, verdict.abusive)
        if case.label and verdict.abusive and verdict.category == case.category:
            category_hits += 1
        if case.label and not verdict.abusive:
            misses.append((case, case.category))
        elif verdict.abusive and not case.label:
            found = ", ".join(sorted({m.term for m in verdict.matches})) or "-"
            false_alarms.append((case, f"{verdict.category}: {found}"))

    print()
    print(f"abuse detector on {path.name}: {len(cases)} lines")
    print(f"{'lang':<8}{'lines':>6}{'abusive':>9}{'tp':>5}{'fp':>5}{'fn':>5}"
          f"{'precision':>11}{'recall':>8}{'f1':>8}")
    for lang in LANGS:
        print(_row(lang, per_lang[lang]))
    print(_row("overall", overall))
    if overall.tp:
        print(f"category agreement on true positives: {category_hits}/{overall.tp}")
    print(f"\nfalse negatives ({len(misses)}, first {SHOW}):")
    for case, why in misses[:SHOW]:
        print(f"  L{case.line} [{case.lang}] ({why}) {case.text}")
    print(f"\nfalse positives ({len(false_alarms)}, first {SHOW}):")
    for case, why in false_alarms[:SHOW]:
        print(f"  L{case.line} [{case.lang}] ({why}) {case.text}")

    for lang in LANGS:
        c = per_lang[lang]
        assert c.precision >= MIN_PRECISION, f"{path.name} {lang} precision {c.precision:.3f}"
        assert c.recall >= MIN_RECALL, f"{path.name} {lang} recall {c.recall:.3f}"


def test_detector_on_eval_set() -> None:
    _evaluate(EVAL_FILE, MIN_LINES)


def test_detector_on_heldout_set() -> None:
    _evaluate(HELDOUT_FILE, MIN_HELDOUT_LINES)
