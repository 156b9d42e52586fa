"""Every taxonomy phrase in one compiled regex: the matches of a token-by-token walk, found in C in one pass.

Sector scoring used to tokenize each sentence of a description and look every token up among the phrases' first
tokens; at ~25 sentences a posting that Python loop was a quarter of tagging time. The same matches come from one
regex over the string the tokens are read from (`normalized`): a phrase's tokens joined by runs of non-token
characters, starting where a token starts and ending where one ends. The phrases form a trie ("machine(?:[gap]
learning)?"), so at each place the regex tries one branch per character and the longest phrase wins, as the walk's
longest-first candidates did; matches do not overlap and the scan resumes after a match (the walk's i += size).

A description's sentences are read in one pass too: joined by "\\n", which no sentence contains (the sentence split
breaks at every line break, and NFKD makes none), and which the gap between two tokens of a phrase may not cross.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence

from talentintel.tagging.taxonomy import CJK_CLASS, COMBINING, SCRIPT_EDGE, TOKEN, Taxonomy, Term, ascii_tokens

_TOKEN_CHAR = r"[^\W_]"
_GAP = r"(?:[^\w\n]|_)+"  # what stands between two tokens of a phrase: non-token characters, no line break
_GAP_MARK = " "  # stands for _GAP in the trie: a phrase is its tokens joined by one space
CJK_CHAR = re.compile(f"[{CJK_CLASS}]")


def normalized(text: str) -> str:
    """The string taxonomy.tokens() finds its tokens in: lowercased, and beyond ASCII accents folded and a space
    where Latin letters meet CJK characters. Each step works character by character (or on a Latin/CJK pair), so the
    normalized join of sentences is the join of the normalized sentences."""
    text = text.lower()
    if not text.isascii():
        text = COMBINING.sub("", unicodedata.normalize("NFKD", text))
        if CJK_CHAR.search(text):  # a Latin/CJK edge needs a CJK character; the search is cheaper than the sub
            text = SCRIPT_EDGE.sub(" ", text)
    return text


def _normalized_parts(parts: Sequence[str]) -> list[str]:
    return [part.lower() if part.isascii() else normalized(part) for part in parts]


def near_tokens(norm: str) -> list[str]:
    """taxonomy.tokens of a normalized string; for ASCII with bytes methods, four times faster than the regex."""
    return ascii_tokens(norm) if norm.isascii() else TOKEN.findall(norm)


# Characters beyond ASCII that are no token characters ("’", "–", "•", "\u3000"). The phrase regex and the token reads
# treat every non-token character alike ("\n" aside, which is ASCII), so each may be a space instead: most texts are
# then ASCII, which the faster ASCII regex and near_tokens' bytes path read (same matches, same places).
_WIDE_GAP = re.compile(r"[^\x00-\x7f\w]")


def wide_gaps_as_spaces(norm: str) -> str:
    return norm if norm.isascii() else _WIDE_GAP.sub(" ", norm)


# The characters beyond ASCII of most English texts that have any: curly quotes, dashes, bullets. Each is lowercase,
# its own NFKD and no accent, so normalized() keeps it and wide_gaps_as_spaces then makes it a space; a text whose only
# characters beyond ASCII they are normalizes to itself with them as spaces, lowercased (47 of the 52 bench
# descriptions beyond ASCII: the NFKD of each sentence and the _WIDE_GAP pass took 10.5 us a cold bench posting, the
# replacements 0.8 us; tests/tagging/test_tagging_speedups_speed59.py checks each character).
COMMON_GAPS = ("\u2019", "\u2018", "\u201c", "\u201d", "\u2013", "\u2014", "\u2022", "\u00b7")


def _ascii_with_common_gaps_as_spaces(text: str) -> str | None:
    """The text with COMMON_GAPS as spaces, when that leaves it ASCII; else None."""
    for gap in COMMON_GAPS:
        if gap in text:
            text = text.replace(gap, " ")
    return text if text.isascii() else None


class PhraseMatcher:
    """The taxonomy's phrases as one regex, and the term each one names. `ascii_pattern` is the same regex for ASCII
    strings: its classes are bitmaps, where [\\W_] costs a Unicode lookup for each character (27% faster)."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self.terms = {" ".join(t.phrase): t for t in terms}
        self._cap = 4 * len(self.terms)
        self.pattern = re.compile(_trie_pattern(self.terms))
        self.ascii_pattern = re.compile(_trie_pattern(self.terms, _ASCII_CLASSES))
        self.spaced_pattern = re.compile(_trie_pattern(self.terms, _SPACED_CLASSES))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return (self.ascii_pattern if text.isascii() else self.pattern).finditer(text)

    def term(self, matched: str) -> Term:
        """The term a match names; its gaps may be any non-token characters ("machine-learning", "on-chain")."""
        term = self.terms.get(matched)
        if term is None:
            term = self.terms[" ".join(TOKEN.findall(matched))]
            if len(self.terms) < self._cap:  # spelled so once, spelled so again: remember (a bounded number)
                self.terms[matched] = term
        return term


@functools.cache
def phrase_matcher(tax: Taxonomy) -> PhraseMatcher:
    return PhraseMatcher(t for cands in tax.by_first.values() for t in cands)


# (token character, gap, character before a phrase): the pattern's classes, and their ASCII equals (A-Z too: NFKD
# makes capitals of some characters a lowercased text keeps, "㎆" -> "MB").
_UNICODE_CLASSES = (_TOKEN_CHAR, _GAP, r"[\W_]")
_ASCII_CLASSES = ("[a-zA-Z0-9]", r"[^a-zA-Z0-9\n]+", "[^a-zA-Z0-9]")
# ...and for spaced(): every character before a phrase and in a gap is a space, so the pattern opens with a literal,
# which the regex engine skips along to, where it tested each character against [^a-zA-Z0-9] (the phrase pass over
# the bench's cold postings: 282k -> 217k instructions a posting, callgrind).
_SPACED_CLASSES = ("[a-zA-Z0-9]", " +", " ")
# ASCII characters that are no token characters and no line break: spaces
_SPACES_BUT_LINES = bytes(c if chr(c).isalnum() or c == 10 else 32 for c in range(128)) + bytes(range(128, 256))


def spaced(norm: str) -> str:
    """An ASCII normalized string with every non-token character a space and a space after each line break: the
    phrase pattern's matches in it are the ASCII pattern's in norm, each moved on by one character per line break
    before it (line L, counted from 0 after norm's first "\n", by L + 1)."""
    return norm.encode().translate(_SPACES_BUT_LINES).decode().replace("\n", "\n ")


def _trie_pattern(phrases: Iterable[str], classes: tuple[str, str, str] = _UNICODE_CLASSES) -> str:
    token_char, gap, before = classes
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [(gap if ch == _GAP_MARK else re.escape(ch)) + build(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            alts.append(rf"(?!{token_char})")  # a phrase ends where a token ends; a longer phrase is tried first
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    # The character before a phrase is read too, a non-token one: a pattern that opens with a character class lets the
    # regex engine skip to the places a phrase can start (a lookbehind first made the pass 2.5x slower).
    return rf"{before}({build(trie)})"


class Scan:
    """A field's sentences joined by "\\n" and normalized, read in one pass: the positive terms of each sentence that
    has a phrase (None when one is boilerplate). Negative phrases only take their words from the terms they overlap.
    A field read whole (one part) may hold line breaks: they are spaces to it, and it is all one line."""

    def __init__(self, tax: Taxonomy, parts: Sequence[str], *, contexts: bool) -> None:
        matcher = phrase_matcher(tax)
        # Each line starts after a "\n", the character read before a phrase at its start. Normalized sentence by
        # sentence: most are ASCII, and normalizing beyond ASCII costs three passes over the text.
        if len(parts) == 1:
            norm = "\n" + normalized(parts[0]).replace("\n", " ")
        else:
            whole = "\n".join(parts)
            # mostly English with a curly quote or a dash beyond ASCII: see COMMON_GAPS
            joined = whole if whole.isascii() else _ascii_with_common_gaps_as_spaces(whole)
            # an ASCII sentence only needs lowercasing: normalized() for every sentence of a text beyond ASCII cost a
            # call and three checks each (bench descriptions beyond ASCII: 27 -> 16 us)
            norm = "\n" + (joined.lower() if joined is not None else "\n".join(_normalized_parts(parts)))
        self.norm = norm = wide_gaps_as_spaces(norm)
        self.hits: dict[int, list[Term] | None] = {}
        # An ASCII text is read spaced (see spaced()); `step` is how far a line's places there lie from norm's, per line
        text, pattern, step = (
            (spaced(norm), matcher.spaced_pattern, 1) if norm.isascii() else (norm, matcher.pattern, 0)
        )
        line, line_start, line_end, shift = -1, 0, 0, 0
        hits: list[Term] | None = None
        for match in pattern.finditer(text):
            pos = match.start(1)
            if pos > line_end:  # a new line: the matches come in order
                line += text.count("\n", line_start, pos)
                line_start = text.rfind("\n", 0, pos) + 1
                line_end = text.find("\n", pos) % (len(text) + 1)  # -1 (the last line) -> len(text)
                hits = self.hits[line] = []
                shift = step * (line + 1)
            elif hits is None:
                continue  # boilerplate: the rest of the line does not count
            term = matcher.term(match.group(1))
            if term.kind == "boilerplate":
                hits = self.hits[line] = None
            elif term.kind != "negative" and not (
                ((contexts and term.unless_near) or term.not_after_number)
                and self._vetoed(
                    term, (pos - shift, match.end(1) - shift), (line_start + step - shift, line_end - shift), contexts
                )
            ):
                hits.append(term)  # type: ignore[union-attr]

    def _vetoed(self, term: Term, span: tuple[int, int], line: tuple[int, int], contexts: bool) -> bool:
        """Whether a context word stands within the term's window (both sides), or a number right before it."""
        start, end = span
        window = term.window if contexts and term.unless_near else 0
        before = self._tokens_before(line[0], start, max(window, 1))
        if term.not_after_number and before and before[-1].isdigit():
            return True
        if window <= 0:
            return False
        near = before[-window:] + self._tokens_after(end, line[1], window)
        return not term.unless_near.isdisjoint(near)

    # A window is a few tokens, a line can be a whole description: the tokens next to a term are read from a stretch
    # of NEAR_CHARS characters, twice as long while it may cut a token that counts (reading up to the line's ends
    # each time made a long line of terms quadratic).
    NEAR_CHARS = 64

    def _tokens_before(self, line_start: int, start: int, count: int) -> list[str]:
        """At least the last `count` tokens between line_start and start (all of them when fewer)."""
        size = self.NEAR_CHARS
        while True:
            lo = max(line_start, start - size)
            found = near_tokens(self.norm[lo:start])
            if lo == line_start or len(found) > count:  # the first one may be cut: more than count are whole
                return found
            size *= 2

    def _tokens_after(self, end: int, line_end: int, count: int) -> list[str]:
        """The first `count` tokens between end and line_end."""
        size = self.NEAR_CHARS
        while True:
            hi = min(line_end, end + size)
            found = near_tokens(self.norm[end:hi])
            if hi == line_end or len(found) > count:  # the last one may be cut: more than count are whole
                return found[:count]
            size *= 2

    def span(self, pos: int) -> tuple[int, int]:
        """Start and end of the line that holds pos."""
        end = self.norm.find("\n", pos)
        return self.norm.rfind("\n", 0, pos) + 1, len(self.norm) if end < 0 else end

    def lines_containing(self, cues: Iterable[str]) -> dict[int, int]:
        """The lines in which one of the cues occurs, each with the place of one."""
        lines: dict[int, int] = {}
        for cue in cues:
            line, last, pos = 0, 1, self.norm.find(cue)
            while pos >= 0:
                line += self.norm.count("\n", last, pos)  # counted on from the last place, not from the start
                lines.setdefault(line, pos)
                last, pos = pos, self.norm.find(cue, pos + 1)
        return lines

    def tokens(self, pos: int) -> list[str]:
        """The tokens of the line that holds pos (taxonomy.tokens of that sentence)."""
        start, end = self.span(pos)
        return near_tokens(self.norm[start:end])


def text_hits(tax: Taxonomy, text: str, *, contexts: bool = True) -> list[Term] | None:
    """Positive terms in one string read as one sentence, or None when it is boilerplate."""
    return Scan(tax, (text,), contexts=contexts).hits.get(0, [])
