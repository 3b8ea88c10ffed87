"""Abuse text detector for call notes and transcripts (Chinese, simplified or traditional; English).

It only *suggests*: a verdict names the category, the severity and the exact words found, and a
person confirms it before it becomes an abuse flag. It looks for words and phrases, which are
events of language that anyone can check in the text; it never scores tone, sentiment or anyone's
emotional state (DESIGN.md section 6, "we count events, we never infer emotions"). Angry is not
abusive: a complaint, however heated, is no match, because the lexicon holds no complaint words
and insult-like words that only hurt when aimed at a person need a second person before them.

Pipeline (:func:`normalise`, then the lexicon match):

1. per character: drop invisible format characters and combining marks, NFKC (full-width ``ｓｂ``
   becomes ``sb``, ``𝐟𝐮𝐜𝐤`` becomes ``fuck``), case-fold, and map Cyrillic/Greek look-alikes;
2. traditional -> simplified with OpenCC when it is installed (official ``opencc`` binding,
   imported lazily; ``opencc-python-reimplemented`` has the same API), else a built-in table that
   covers every character of the lexicon (:data:`abuse_lexicon.T2S_FALLBACK`);
3. leetspeak inside Latin words (``sh1t``, ``b!tch``, ``@`` for a, ``$`` for s) and ``*``/``#``
   masks (``f*ck``); digits in words without letters ("3 times") are left alone;
4. spacers between CJK characters go (``傻 逼``, ``傻*逼``), and so do the gaps in spelled-out
   letters (``f u c k``, ``s.b``);
5. runs of a repeated Latin letter collapse to one (``fuuuuck``), remembering the run length so
   that "as" does not match "ass".

Every normalised character keeps the span of original characters it came from, so a match can be
highlighted in the original text. Lexicon entries pass through the same function, which is why
they are written naturally. English entries match whole words only ("class", "Scunthorpe",
"therapist" never match); Chinese has no word boundaries, so precision there comes from context
flags in the lexicon (``not_before``, ``standalone``, safe phrases such as "废物利用").

Rules on top of the lexicon: an insult right after a second-person marker and a few filler words
("you are such a", "你就是个", "你们都是") is aimed at the agent and one severity higher
(insults stop at 2, slurs reach 3); words such as "垃圾" or "useless" count only when so aimed;
a veiled threat ("等着瞧") is dropped when the same text speaks of a complaint or legal step.

Multi-pattern matching uses pyahocorasick (a C Aho-Corasick automaton; a binary wheel installs
cleanly here, and one pass over the text finds all of several thousand generated threat spellings
at once). When it is not installed a small pure-Python trie does the same job more slowly (it
walks from every position), so the detector never depends on a compiled package to work.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any, Literal

from console.domain import abuse_lexicon as lex
from console.domain.abuse_lexicon import HARASSMENT, INSULT, THREAT, Term

T2S = Callable[[str], str]
Backend = Literal["auto", "pyahocorasick", "python"]

_CATEGORY_RANK = {THREAT: 3, HARASSMENT: 2, INSULT: 1}
_MAX_SEVERITY = {INSULT: 2, HARASSMENT: 3, THREAT: 3}

_HOMOGLYPHS = str.maketrans(
    "абвеһіјкмнопрсѕтуцхԁɡӏαβεικνορτυχ",
    "abbehijkmhonpcstyuxdgiabeikvoptux",
)
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
         "@": "a", "$": "s", "!": "i", "€": "e", "+": "t", "*": "*", "#": "*"}
_APOSTROPHES = "'’‘`´"
_WORDISH = set("abcdefghijklmnopqrstuvwxyz0123456789") | set(_LEET) | set(_APOSTROPHES)
_LEADING_OK = "@$"
_HARD_PUNCT = set(",!?;:，。！？；：、…()[]{}<>《》「」【】\"“”")
_CLAUSE_BREAK = re.compile(r"[.!?;。！？；…]")
_EN_WORD = re.compile(r"[a-z0-9*]+")
_MAX_FILLERS = 5
_WINDOW = 80  # characters looked at before a match for "you are such a ..." (keeps it linear)
_CODE_AFTER = re.compile(r"[-_/.]?\d")  # "SB-2000", "SB1": a product or postcode, not pinyin
_CODE_BEFORE = re.compile(r"\d[-_/.]?$")


def _is_cjk(c: str) -> bool:
    cp = ord(c)
    return (0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x3040 <= cp <= 0x30FF
            or 0x20000 <= cp <= 0x3134F)


def _is_word(c: str) -> bool:
    """Latin-like word character: a match must not continue into one (Scunthorpe problem)."""
    return c == "*" or (c.isalnum() and not _is_cjk(c))


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if unicodedata.category(ch) == "Cf":  # zero-width space/joiner, soft hyphen, BOM
        return ""
    s = unicodedata.normalize("NFKD", ch)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFKC", s).casefold().translate(_HOMOGLYPHS)


def table_t2s(text: str) -> str:
    """Traditional -> simplified for the lexicon's characters only (used without OpenCC)."""
    return "".join(lex.T2S_FALLBACK.get(c, c) for c in text)


@lru_cache(maxsize=1)
def _opencc_t2s() -> T2S | None:
    try:
        import opencc  # lazy: optional, and its dictionaries load on first use
    except ImportError:
        return None
    for config in ("t2s", "t2s.json"):
        try:
            return opencc.OpenCC(config).convert
        except Exception:  # a broken OpenCC install must not break detection
            continue
    return None


def default_t2s() -> T2S:
    """OpenCC's converter when installed, else the built-in table."""
    return _opencc_t2s() or table_t2s


@dataclass(frozen=True)
class NormalisedText:
    """Text prepared for matching, with the way back to the original characters.

    ``spans[i]`` is the original ``[start, end)`` that normalised character ``i`` came from;
    ``runs[i]`` is how many repeated letters it stands for (``fuuuck`` -> ``fuck``, run 3 at u).
    """

    original: str
    text: str
    spans: tuple[tuple[int, int], ...]
    runs: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` covering normalised characters ``start..end-1``."""
        if start >= end:
            pos = self.spans[start][0] if start < len(self.spans) else len(self.original)
            return pos, pos
        return self.spans[start][0], self.spans[end - 1][1]


# One character on its way through the pipeline: [char, start, end, kind, run].
# kind: C (CJK), L (Latin letter or mask in a word), D (other word char), W (space),
# S (soft spacer: dots, dashes, symbols, emoji), P (hard punctuation).
_Item = list[Any]


def _kind(c: str) -> str:
    if _is_cjk(c):
        return "C"
    if c.isspace():
        return "W"
    if c.isalpha():
        return "L"
    if c.isdigit():
        return "D"
    if c in _HARD_PUNCT:
        return "P"
    return "S"


def _fold(text: str, t2s: T2S) -> list[_Item]:
    items: list[_Item] = []
    for i, ch in enumerate(text):
        items.extend([c, i, i + 1, "", 1] for c in _fold_char(ch))
    if any(_is_cjk(it[0]) for it in items):
        joined = "".join(it[0] for it in items)
        converted = t2s(joined)
        if len(converted) != len(joined):  # phrase conversion changed a length: go char by char
            converted = "".join(c if len(s := t2s(c)) != 1 else s for c in joined)
        for it, c in zip(items, converted, strict=True):
            it[0] = lex.EXTRA_FOLD.get(c, c)
    for it in items:
        it[3] = _kind(it[0])
    return items


def _leet(items: list[_Item]) -> list[_Item]:
    """Undo leetspeak and masks inside Latin words; drop apostrophes ("I'll" -> "ill")."""
    n, i = len(items), 0
    while i < n:
        if items[i][0] not in _WORDISH:
            i += 1
            continue
        j = i
        while j < n and items[j][0] in _WORDISH:
            j += 1
        a, b = i, j
        while a < b and not items[a][0].isalnum() and items[a][0] not in _LEADING_OK:
            a += 1
        while b > a and not items[b - 1][0].isalnum():
            b -= 1
        if any(items[k][0].isalpha() for k in range(a, b)):
            for k in range(a, b):
                c = items[k][0]
                if c in _APOSTROPHES:
                    items[k][0] = ""
                else:
                    items[k][0] = _LEET.get(c, c)
                    items[k][3] = "L"
        i = j
    return [it for it in items if it[0]]


def _join_gaps(items: list[_Item]) -> list[_Item]:
    """Drop spacers inside CJK and spelled-out letters; other gaps become one space or a dot."""
    out: list[_Item] = []
    n, i = len(items), 0

    def single_letter(k: int) -> bool:  # a lone letter, or a lone digit ("s h 1 t")
        return (0 <= k < n and items[k][3] in "LD" and items[k][0] != "*"
                and (k == 0 or items[k - 1][3] not in "LD")
                and (k + 1 >= n or items[k + 1][3] not in "LD"))

    while i < n:
        if items[i][3] not in "WS":
            out.append(items[i])
            i += 1
            continue
        j = i
        while j < n and items[j][3] in "WS":
            j += 1
        left = items[i - 1][3] if i > 0 else ""
        right = items[j][3] if j < n else ""
        cjk_join = (left == "C" and right in ("C", "L")) or (left == "L" and right == "C")
        letter_join = j - i <= 3 and single_letter(i - 1) and single_letter(j)
        if not (cjk_join or letter_join) and left and right:
            dot = next((it for it in items[i:j] if it[0] in ".…。"), None)
            first = dot or items[i]
            out.append(["." if dot else " ", first[1], first[2], "P" if dot else "W", 1])
        i = j
    return out


def _collapse(items: list[_Item]) -> list[_Item]:
    out: list[_Item] = []
    for it in items:
        prev = out[-1] if out else None
        if prev is not None and it[3] == "L" == prev[3] and it[0] == prev[0]:
            prev[2] = it[2]
            prev[4] += it[4]
        else:
            out.append(list(it))
    return out


def normalise(text: str, t2s: T2S | None = None) -> NormalisedText:
    """Fold ``text`` for matching; see the module docstring for the steps and why."""
    # leetspeak again after joining: "s h 1 t" only becomes one word, "sh1t", in _join_gaps
    items = _collapse(_leet(_join_gaps(_leet(_fold(text, t2s or default_t2s())))))
    return NormalisedText(
        original=text,
        text="".join(it[0] for it in items),
        spans=tuple((it[1], it[2]) for it in items),
        runs=tuple(it[4] for it in items),
    )


@dataclass(frozen=True)
class Match:
    """One lexicon hit: the entry, its effective severity, and where it is in the original."""

    term: str
    category: str
    severity: int
    start: int
    end: int
    original: str
    directed: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Verdict:
    """A suggestion for a person to confirm; never a flag by itself."""

    abusive: bool
    category: str | None
    severity: int
    matches: tuple[Match, ...] = ()
    reasons: tuple[str, ...] = ()

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
    ``min_severity`` drops matches below it (1 keeps plain profanity as a suggestion).
    """

    def __init__(self, terms: Iterable[Term] | None = None, *, t2s: T2S | None = None,
                 backend: Backend = "auto", min_severity: int = 1) -> None:
        self._t2s = t2s or default_t2s()
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
        reasons: list[str] = []
        candidates = _outermost(hits, sorted(safe))
        starts = [h.start for h in candidates]
        kept: list[_Hit] = []
        for h in candidates:
            h.directed = h.term.category != THREAT and self._directed(s, h.start)
            if h.directed and self._intensifier(s, h, candidates, starts):
                h.directed = False  # "you fucking moron": the insult is aimed, not the adverb
            if h.term.directed_only and not h.directed:
                continue
            if h.term.veiled and context:
                word = nt.original[slice(*nt.original_span(h.start, h.end))]
                reasons.append(f"veiled threat '{word}' not counted: the text speaks of a "
                               f"complaint or legal step ('{context[0]}')")
                continue
            kept.append(h)
        matches = []
        for h in kept:
            m = self._to_match(nt, h)
            if m.severity < self.min_severity:
                continue
            matches.append(m)
            how = " aimed at the agent (second person)" if m.directed else ""
            veiled = "veiled " if h.term.veiled else ""
            reasons.append(f"{veiled}{m.category} '{m.original}'{how}: severity {m.severity}")
        if not matches:
            return Verdict(False, None, 0, (), tuple(reasons))
        top = max(matches, key=lambda m: (m.severity, _CATEGORY_RANK[m.category]))
        return Verdict(True, top.category, top.severity, tuple(matches), tuple(reasons))

    def _to_match(self, nt: NormalisedText, h: _Hit) -> Match:
        t = h.term
        severity = t.severity
        if h.directed:
            severity = min(_MAX_SEVERITY[t.category], severity + 1)
        start, end = nt.original_span(h.start, h.end)
        return Match(t.text, t.category, severity, start, end, nt.original[start:end], h.directed)

    @staticmethod
    def _fits(nt: NormalisedText, start: int, end: int, p: _Pattern) -> bool:
        s = nt.text
        if _is_word(p.key[0]) and start > 0 and _is_word(s[start - 1]):
            return False
        if _is_word(p.key[-1]) and end < len(s) and _is_word(s[end]):
            return False
        if any(nt.runs[start + k] < r for k, r in enumerate(p.runs)):
            return False  # "as" is not "ass", "Niger" is not a slur
        ostart, oend = nt.original_span(start, end)
        if _is_word(p.key[-1]) and _CODE_AFTER.match(nt.original, oend):
            return False
        if _is_word(p.key[0]) and _CODE_BEFORE.search(nt.original, max(0, ostart - 2), ostart):
            return False
        t = p.term
        if t is None:
            return True
        after = s[end:end + 8].lstrip(" ")
        if t.not_before and end < len(s) and s[end] in t.not_before:
            return False
        bounded = lambda c: not (_is_cjk(c) or _is_word(c))  # noqa: E731
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
