"""Cheap exact tests before the regexes regions._description_places runs over a description without a location.

That function took ~130 us a call on bench postings without a location field (24% of them): its hint regexes open
with \\b, which gives the regex engine no first character to skip to, so each tried every place of a 2 KB text
(~29 us each); and each capitalized word of the lead was tested for a rank ("the largest ... in the") and an
investor ("backed by ...") with a regex over the 80 characters before it (~50 us). Here the hints are tried only
where one of their cue words starts, and the rank and investor regexes only where their last words can stand.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

# What IGNORECASE matches to an ASCII letter but lowercasing does not turn into it ("ſ" for s, "ı" and "İ" for i),
# and the Kelvin sign, which lowercasing makes a "k" (tests/tagging/test_tagging_speedups.py tries all of Unicode).
FOLDS = ("ſ", "ı", "İ", "\u212a")
# _RANK_SCOPE's end: a preposition, perhaps an article, then white space.
RANK_PREPOSITIONS = ("in", "of", "across", "da", "de", "do", "dos", "das", "en", "del", "du", "des", "im", "der")
RANK_ARTICLES = ("the", "la", "le")
# _BACKERS' verbs ("backed by", "invested in by").
BACKER_VERBS = ("backed", "funded", "financed", "invested in", "supported")


def rank_end_possible(text: str, end: int, reach: int) -> bool:
    """False only when _RANK_SCOPE cannot match text[end - reach : end]: it ends in a preposition, perhaps an
    article, and white space (or a line break after them: "$" also matches before a last "\\n")."""
    window = text[max(0, end - reach) : end]
    if not window[-1:].isspace():
        return False
    tail = window.rstrip()  # str.isspace and \\s are the same test (Py_UNICODE_ISSPACE)
    if any(c in tail for c in FOLDS):
        return True
    low = tail.lower()
    ends = [low]
    for article in RANK_ARTICLES:
        if low.endswith(article) and low[: -len(article)][-1:].isspace():
            ends.append(low[: -len(article)].rstrip())
    return any(e.endswith(RANK_PREPOSITIONS) for e in ends)


def backers_possible(text: str, end: int, reach: int) -> bool:
    """False only when _BACKERS cannot match text[end - reach : end]: it holds a backing verb and "by"."""
    window = text[max(0, end - reach) : end]
    if any(c in window for c in FOLDS):
        return True
    low = window.lower()
    return "by" in low and any(v in low for v in BACKER_VERBS)


def literal_starts(alternation: str) -> tuple[str, ...] | None:
    """The literal text each alternative of a regex alternation opens with ("remote|residen(?:ce|cy)|(?:eligible|right)
    to work" -> remote, residen, eligible, right), or None when one opens with anything else."""
    out: list[str] = []
    for alt in _top_level(alternation):
        if alt.startswith("(?:"):
            close = _closing(alt)
            inner = literal_starts(alt[3:close])
            if inner is None or alt[close + 1 : close + 2] in ("?", "*", "{"):
                return None
            out.extend(inner)
            continue
        literal = re.match(r"[\w ]*", alt).group(0)  # type: ignore[union-attr]
        if alt[len(literal) : len(literal) + 1] in ("?", "*", "{"):
            literal = literal[:-1]  # "residents?": the quantifier takes the last letter
        if not literal:
            return None
        out.append(literal)
    return tuple(c for c in dict.fromkeys(out) if not any(o != c and c.startswith(o) for o in out))


def _top_level(alternation: str) -> list[str]:
    parts, depth, start, i = [], 0, 0, 0
    while i < len(alternation):
        c = alternation[i]
        if c == "\\":
            i += 1  # an escaped character is no operator
        elif c == "[":
            i = _class_end(alternation, i)
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            parts.append(alternation[start:i])
            start = i + 1
        i += 1
    return [*parts, alternation[start:]]


def _class_end(source: str, i: int) -> int:
    """The place of the "]" that closes the class opened at i ("[|]", "[]a]", "[\\]]")."""
    i += 2 if source[i + 1 : i + 2] in ("]", "^") else 1
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i


def _closing(alt: str) -> int:
    """The place of the ")" that closes the group alt opens."""
    depth, i = 0, 0
    while i < len(alt):
        c = alt[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = _class_end(alt, i)
        elif c in "()":
            depth += 1 if c == "(" else -1
            if depth == 0:
                return i
        i += 1
    return len(alt)


def finditer_at(pattern: re.Pattern[str], starts: tuple[str, ...] | None, text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a case-sensitive pattern whose every match opens with one of `starts`: the
    leftmost match from a place is the first match tried at one of their places after it (a match at a place sees
    the text before it, for \\b and lookbehinds, as a search does)."""
    if starts is None or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        yield from pattern.finditer(text)
        return
    places = sorted({at for cue in starts for at in _places(text, cue)})
    end = 0
    for at in places:
        if at >= end:
            match = pattern.match(text, at)
            if match is not None:
                yield match
                end = max(match.end(), at + 1)


def _places(text: str, cue: str) -> Iterator[int]:
    at = text.find(cue)
    while at >= 0:
        yield at
        at = text.find(cue, at + 1)


def first_present(text: str, words: tuple[str, ...]) -> str | None:
    """next((w for w in words if w in text), None), after a test for one character of each word beyond ASCII: a text
    beyond ASCII is mostly English with a curly quote, and 16 CJK remote words took ~9 us a 2 KB bench description."""
    keys = _key_characters(words)
    if keys is not None and not any(k in text for k in keys):
        return None
    return next((w for w in words if w in text), None)


@functools.cache
def _key_characters(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The first character beyond ASCII of each word (distinct), or None when a word has none."""
    keys = [next((c for c in word if not c.isascii()), "") for word in words]
    return None if "" in keys else tuple(dict.fromkeys(keys))
