"""Text normalisation for the abuse detector: the same folding for the text and the lexicon.

Pipeline (:func:`normalise`):

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
highlighted in the original text. Because lexicon entries and phrase rules pass through the same
function, they are written naturally ("I'll kill you", "他妈的") and need no spelling variants.
Apostrophes disappear ("I'll" -> "il", after the double l collapses), which is why rules are
always written in plain English and normalised, never as hand-folded strings.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from console.domain import abuse_context as lex

T2S = Callable[[str], str]

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


def is_cjk(c: str) -> bool:
    cp = ord(c)
    return (0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0x3040 <= cp <= 0x30FF
            or 0x20000 <= cp <= 0x3134F)


def is_word(c: str) -> bool:
    """Latin-like word character: a match must not continue into one (Scunthorpe problem)."""
    return c == "*" or (c.isalnum() and not is_cjk(c))


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
    if is_cjk(c):
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
    if any(is_cjk(it[0]) for it in items):
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
