"""Abuse text detector for call notes and transcripts (Chinese, simplified or traditional; English).

It only *suggests*: a verdict names the category, the severity and the exact words found, and a
person confirms it before it becomes an abuse flag. It looks for words and phrases, which are
events of language that anyone can check in the text; it never scores tone, sentiment or anyone's
emotional state (DESIGN.md section 6, "we count events, we never infer emotions"). Angry is not
abusive: a complaint, however heated, is no match, because the lexicon holds no complaint words
and insult-like words that only hurt when aimed at a person need a second person before them.

The text is first folded by :func:`console.domain.abuse_normalise.normalise` (full-width,
traditional characters, leetspeak, spacers, repeated letters), keeping a map back to the original
characters so that every match can be highlighted where it was written. Then three things look:

1. the curated lexicon (:mod:`abuse_lexicon`), matched in one pass. English entries match whole
   words only ("class", "Scunthorpe", "therapist" never match); Chinese has no word boundaries,
   so precision there comes from context flags (``not_before``, ``standalone``, safe phrases
   such as "废物利用");
2. phrase rules (:mod:`abuse_rules`): regular expressions for the *shape* of a threat or of
   harassment ("I'm going to come down there and break your neck", "河南人都是骗子") that no word
   list can enumerate;
3. rules about who is meant: an insult right after a second-person marker and a few filler words
   ("you are such a", "你就是个", "你们都是") is aimed at the agent and one severity higher
   (insults stop at 2, slurs reach 3); words such as "垃圾" or "useless" count only when so aimed;
   a veiled threat ("等着瞧") is dropped when the same text speaks of a complaint or legal step;
   a word in quotation marks is dropped when the text talks about words ("the word 'idiot'",
   "客户转述…") — a mention, not abuse.

Multi-pattern matching uses pyahocorasick (a C Aho-Corasick automaton; a binary wheel installs
cleanly here, and one pass over the text finds all of several thousand generated threat spellings
at once). When it is not installed a small pure-Python trie does the same job more slowly (it
walks from every position), so the detector never depends on a compiled package to work.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any, Literal

from console.domain import abuse_lexicon as lex
from console.domain.abuse_lexicon import HARASSMENT, INSULT, THREAT, Term
from console.domain.abuse_normalise import (
    T2S,
    NormalisedText,
    default_t2s,
    is_cjk,
    is_word,
    normalise,
    table_t2s,
)
from console.domain.abuse_rules import RULES, PhraseRule

__all__ = ["AbuseDetector", "Dropped", "Match", "NormalisedText", "Verdict", "default_detector",
           "default_t2s", "detect", "normalise", "table_t2s"]

Backend = Literal["auto", "pyahocorasick", "python"]

_CATEGORY_RANK = {THREAT: 3, HARASSMENT: 2, INSULT: 1}
_MAX_SEVERITY = {INSULT: 2, HARASSMENT: 3, THREAT: 3}

_CLAUSE_BREAK = re.compile(r"[.!?;。！？；…]")
_EN_WORD = re.compile(r"[a-z0-9*]+")
_MAX_FILLERS = 5
_WINDOW = 80  # characters looked at before a match for "you are such a ..." (keeps it linear)
_CODE_AFTER = re.compile(r"[-_/.]?\d")  # "SB-2000", "SB1": a product or postcode, not pinyin
_CODE_BEFORE = re.compile(r"\d[-_/.]?$")
# quoted words, for the use/mention rule; ASCII single quotes are apostrophes too often
_QUOTED = re.compile(r'"[^"\n]{1,120}"|“[^”\n]{1,120}”|「[^」\n]{1,120}」|『[^』\n]{1,120}』'
                     r"|‘[^’\n]{1,120}’|《[^》\n]{1,120}》")


@dataclass(frozen=True)
class Match:
    """One lexicon or phrase-rule hit: the entry (or the rule's name), its effective severity,
    and where it is in the original."""

    term: str
    category: str
    severity: int
    start: int
    end: int
    original: str
    directed: bool = False
    veiled: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Dropped:
    """A hit that did not count, and why, for the UI to word: ``complaint`` (a veiled threat
    next to a complaint or legal step) or ``mention`` (a quoted word the text talks about);
    ``cue`` is the word that decided it."""

    original: str
    start: int
    end: int
    reason: Literal["complaint", "mention"]
    cue: str


@dataclass(frozen=True)
class Verdict:
    """A suggestion for a person to confirm; never a flag by itself."""

    abusive: bool
    category: str | None
    severity: int
    matches: tuple[Match, ...] = ()
    reasons: tuple[str, ...] = ()
    dropped: tuple[Dropped, ...] = ()

    @property
    def explanation(self) -> str:
        return "; ".join(self.reasons) if self.reasons else "no abusive words found"

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(m.original for m in self.matches)

    def to_json(self) -> dict[str, Any]:
        return {"abusive": self.abusive, "category": self.category, "severity": self.severity,
                "words": list(self.words), "matches": [m.to_json() for m in self.matches],
                "reasons": list(self.reasons)}


@dataclass(frozen=True)
class _Pattern:
    key: str
    runs: tuple[int, ...]
    kind: Literal["term", "safe", "context"]
    term: Term | None = None


class _TrieMatcher:
    """Pure-Python fallback: a character trie walked from every position (O(n x depth))."""

    def __init__(self, patterns: dict[str, tuple[_Pattern, ...]]) -> None:
        self._root: dict[Any, Any] = {}
        for key, value in patterns.items():
            node = self._root
            for c in key:
                node = node.setdefault(c, {})
            node[None] = value

    def iter(self, text: str) -> Iterator[tuple[int, tuple[_Pattern, ...]]]:
        for i in range(len(text)):
            node = self._root
            for j in range(i, len(text)):
                node = node.get(text[j])
                if node is None:
                    break
                if None in node:
                    yield j, node[None]


class _AhoMatcher:
    def __init__(self, patterns: dict[str, tuple[_Pattern, ...]]) -> None:
        import ahocorasick  # lazy: optional C extension, see module docstring

        self._automaton = ahocorasick.Automaton()
        for key, value in patterns.items():
            self._automaton.add_word(key, value)
        if patterns:
            self._automaton.make_automaton()

    def iter(self, text: str) -> Iterable[tuple[int, tuple[_Pattern, ...]]]:
        return self._automaton.iter(text) if len(self._automaton) else ()


def _masked_variants(key: str, runs: tuple[int, ...]) -> Iterator[tuple[str, tuple[int, ...]]]:
    """``fuck`` -> ``f*ck``, ``fu*k``, ``f*k``: a word with a contiguous inner part masked."""
    for w in re.finditer(r"[a-z]{4,}", key):
        lo, hi = w.span()
        size = hi - lo
        for i in range(lo + 1, hi - 1):
            for j in range(i + 1, hi):
                if size - (j - i) >= max(2, (size + 1) // 2):
                    yield key[:i] + "*" + key[j:], (*runs[:i], 1, *runs[j:])


@dataclass
class _Hit:
    start: int
    end: int
    term: Term
    directed: bool = False


def _outermost(hits: list[_Hit], safe: list[tuple[int, int]]) -> list[_Hit]:
    """Hits in text order, without those inside a safe phrase or inside a longer hit.

    One sweep (hits sorted by start, longest first) keeps this linear for long transcripts.
    """
    out: list[_Hit] = []
    covered, safe_end, k = -1, -1, 0
    for h in sorted(hits, key=lambda h: (h.start, -h.end, -h.term.severity)):
        while k < len(safe) and safe[k][0] <= h.start:
            safe_end = max(safe_end, safe[k][1])
            k += 1
        if h.end <= safe_end or h.end <= covered:
            continue
        out.append(h)
        covered = h.end
    return out


class AbuseDetector:
    """Matches the curated lexicon (plus rules for abuse aimed at the agent) against a text.

    Build once and reuse: compiling the lexicon normalises a few thousand entries.
    ``min_severity`` drops matches below it (1 keeps plain profanity as a suggestion);
    ``rules`` replaces the built-in phrase rules (``()`` turns them off).
    """

    def __init__(self, terms: Iterable[Term] | None = None, *, t2s: T2S | None = None,
                 backend: Backend = "auto", min_severity: int = 1,
                 rules: Iterable[PhraseRule] | None = None) -> None:
        self._t2s = t2s or default_t2s()
        self._rules = tuple(RULES if rules is None else rules)
        self.min_severity = min_severity
        patterns: dict[str, list[_Pattern]] = {}

        def add(text: str, kind: Literal["term", "safe", "context"], term: Term | None = None,
                mask: bool = False) -> None:
            nt = normalise(text, self._t2s)
            variants = [(nt.text, nt.runs)]
            if " " in nt.text and nt.text.count(" ") <= 2 and nt.text.isascii():
                keep = [k for k, c in enumerate(nt.text) if c != " "]  # "fuckyou", "shutup"
                joined = "".join(nt.text[k] for k in keep)
                variants.append((joined, tuple(nt.runs[k] for k in keep)))
            if mask:
                variants += list(_masked_variants(nt.text, nt.runs))
            for key, runs in variants:
                if key.strip():
                    patterns.setdefault(key, []).append(_Pattern(key, runs, kind, term))

        for term in lex.TERMS if terms is None else terms:
            add(term.text, "term", term, term.mask)
        for phrase in lex.SAFE_PHRASES:
            add(phrase, "safe")
        for word in lex.COMPLAINT_CONTEXT:
            add(word, "context")
        frozen = {k: tuple(v) for k, v in patterns.items()}
        self._matcher = self._make_matcher(frozen, backend)
        fold = lambda ws: frozenset(normalise(w, self._t2s).text for w in ws)  # noqa: E731
        self._markers_en, self._fillers_en = fold(lex.SECOND_PERSON_EN), fold(lex.FILLERS_EN)
        self._markers_zh = tuple(lex.SECOND_PERSON_ZH)
        self._fillers_zh = sorted(lex.FILLERS_ZH, key=len, reverse=True)
        # folded cue -> the cue as written (for the explanation)
        self._mention_cues = {normalise(c, self._t2s).text: c for c in lex.MENTION_CUES}

    @staticmethod
    def _make_matcher(
        patterns: dict[str, tuple[_Pattern, ...]], backend: Backend
    ) -> _AhoMatcher | _TrieMatcher:
        if backend in ("auto", "pyahocorasick"):
            try:
                return _AhoMatcher(patterns)
            except ImportError:
                if backend == "pyahocorasick":
                    raise
        return _TrieMatcher(patterns)

    @property
    def backend(self) -> str:
        return "pyahocorasick" if isinstance(self._matcher, _AhoMatcher) else "python"

    def normalise(self, text: str) -> NormalisedText:
        return normalise(text, self._t2s)

    def detect(self, text: str) -> Verdict:
        """Find abusive words in ``text`` and explain the suggestion."""
        nt = self.normalise(text)
        hits, safe, context = self._collect(nt)
        reasons: list[str] = []
        dropped: list[Dropped] = []
        matches = []
        for h in self._aimed(nt, _outermost(hits, sorted(safe)), context, reasons, dropped):
            m = self._to_match(nt, h)
            if m.severity < self.min_severity:
                continue
            matches.append(m)
            how = " aimed at the agent (second person)" if m.directed else ""
            veiled = "veiled " if h.term.veiled else ""
            reasons.append(f"{veiled}{m.category} '{m.original}'{how}: severity {m.severity}")
        if not matches:
            return Verdict(False, None, 0, (), tuple(reasons), tuple(dropped))
        top = max(matches, key=lambda m: (m.severity, _CATEGORY_RANK[m.category]))
        return Verdict(True, top.category, top.severity, tuple(matches), tuple(reasons),
                       tuple(dropped))

    def _collect(self, nt: NormalisedText
                 ) -> tuple[list[_Hit], list[tuple[int, int]], list[str]]:
        """Lexicon hits, phrase-rule hits, safe phrases and complaint words, in one pass each."""
        s = nt.text
        hits: list[_Hit] = []
        safe: list[tuple[int, int]] = []
        context: list[str] = []
        for end_index, pats in self._matcher.iter(s):
            end = end_index + 1
            for p in pats:
                start = end - len(p.key)
                if not self._fits(nt, start, end, p):
                    continue
                if p.kind == "safe":
                    safe.append((start, end))
                elif p.kind == "context":
                    context.append(nt.original[slice(*nt.original_span(start, end))])
                else:
                    assert p.term is not None
                    hits.append(_Hit(start, end, p.term))
        for rule in self._rules:
            hits.extend(_Hit(start, end, rule.term) for start, end in rule.spans(s))
        return hits, safe, context

    def _aimed(self, nt: NormalisedText, candidates: list[_Hit], context: list[str],
               reasons: list[str], dropped: list[Dropped]) -> list[_Hit]:
        """The hits that count: aimed where they must be, not veiled next to a complaint, not
        a quoted word that the text talks about."""
        s = nt.text
        starts = [h.start for h in candidates]
        quoted = self._quoted_mentions(nt)
        kept: list[_Hit] = []
        for h in candidates:
            h.directed = h.term.category != THREAT and self._directed(s, h.start)
            if h.directed and self._intensifier(s, h, candidates, starts):
                h.directed = False  # "you fucking moron": the insult is aimed, not the adverb
            if h.term.directed_only and not h.directed:
                continue
            ostart, oend = nt.original_span(h.start, h.end)
            word = nt.original[ostart:oend]
            if h.term.veiled and context:
                reasons.append(f"veiled threat '{word}' not counted: the text speaks of a "
                               f"complaint or legal step ('{context[0]}')")
                dropped.append(Dropped(word, ostart, oend, "complaint", context[0]))
                continue
            cue = next((c for a, b, c in quoted if a <= ostart and oend <= b), None)
            if cue is not None:
                reasons.append(f"'{word}' not counted: it is quoted and the text talks "
                               f"about the words ('{cue}'), a mention, not abuse")
                dropped.append(Dropped(word, ostart, oend, "mention", cue))
                continue
            kept.append(h)
        return kept

    def _quoted_mentions(self, nt: NormalisedText) -> list[tuple[int, int, str]]:
        """Quoted spans of the original, when the text also talks about words or reported
        speech ("the word", "spam message", "转述"): (start, end, the cue found)."""
        spans = [(m.start(), m.end()) for m in _QUOTED.finditer(nt.original)]
        if not spans:
            return []
        cue = next((c for c in self._mention_cues if c in nt.text), None)
        if cue is None:
            return []
        return [(a, b, self._mention_cues[cue]) for a, b in spans]

    def _to_match(self, nt: NormalisedText, h: _Hit) -> Match:
        t = h.term
        severity = t.severity
        if h.directed:
            severity = min(_MAX_SEVERITY[t.category], severity + 1)
        start, end = nt.original_span(h.start, h.end)
        return Match(t.text, t.category, severity, start, end, nt.original[start:end],
                     h.directed, t.veiled)

    @staticmethod
    def _fits(nt: NormalisedText, start: int, end: int, p: _Pattern) -> bool:
        s = nt.text
        if is_word(p.key[0]) and start > 0 and is_word(s[start - 1]):
            return False
        if is_word(p.key[-1]) and end < len(s) and is_word(s[end]):
            return False
        if any(nt.runs[start + k] < r for k, r in enumerate(p.runs)):
            return False  # "as" is not "ass", "Niger" is not a slur
        ostart, oend = nt.original_span(start, end)
        if is_word(p.key[-1]) and _CODE_AFTER.match(nt.original, oend):
            return False
        if is_word(p.key[0]) and _CODE_BEFORE.search(nt.original, max(0, ostart - 2), ostart):
            return False
        t = p.term
        if t is None:
            return True
        after = s[end:end + 8].lstrip(" ")
        if t.not_before and end < len(s) and s[end] in t.not_before:
            return False
        bounded = lambda c: not (is_cjk(c) or is_word(c))  # noqa: E731
        if t.clause_end and after and not bounded(after[0]):
            return False
        before = s[max(0, start - 8):start].rstrip(" ")
        return not (t.standalone and ((before and not bounded(before[-1]))
                                      or (after and not bounded(after[0]))))

    def _intensifier(self, s: str, h: _Hit, hits: list[_Hit], starts: list[int]) -> bool:
        """Is this hit a filler word ("fucking", "他妈的") before another hit in its clause?"""
        word = s[h.start:h.end]
        if word not in self._fillers_en and word not in self._fillers_zh:
            return False
        i = bisect.bisect_left(starts, h.end)
        return i < len(hits) and hits[i].start < h.end + _WINDOW and not _CLAUSE_BREAK.search(
            s[h.end:hits[i].start])

    def _directed(self, s: str, start: int) -> bool:
        """Is the match right after a second-person marker ("you are such a", "你这个")?"""
        clause = _CLAUSE_BREAK.split(s[max(0, start - _WINDOW):start])[-1]
        zh = clause.rstrip(" ")
        for _ in range(_MAX_FILLERS + 2):
            if zh.endswith(self._markers_zh):
                return True
            filler = next((f for f in self._fillers_zh if zh.endswith(f)), None)
            if filler is None:
                break
            zh = zh[: -len(filler)].rstrip(" ")
        tail = re.split(r"[^a-z0-9*,\s]", clause)[-1]  # English words right before the match
        words = _EN_WORD.findall(tail)
        for count, word in enumerate(reversed(words)):
            if word in self._markers_en:
                return True
            if word not in self._fillers_en or count >= _MAX_FILLERS:
                return False
        return False


@lru_cache(maxsize=1)
def default_detector() -> AbuseDetector:
    """A shared detector with the built-in lexicon (compiled once per process)."""
    return AbuseDetector()


def detect(text: str) -> Verdict:
    """Convenience: :meth:`AbuseDetector.detect` with the shared default detector."""
    return default_detector().detect(text)
