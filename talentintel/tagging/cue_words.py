"""Which rules' cue words a text holds, found for every rule in one pass (an Aho-Corasick automaton, in C).

Most rules open with a cheap gate, `any(word in low for word in _CUES)`: most texts hold none of the rule's words, and
its regexes need not run. Each such test is a substring search of the whole text (~1.1 us on a 2 KB description), and
a cold posting ran over a hundred of them on the same few texts: 21 of the rules' word lists, tested one by one on a
bench description, cost 162 us; one automaton of all their words reads it once in 25 us (pyahocorasick's iterator, 13
matches a text on average). A rule declares its words once (`Cues`) and asks `holds_any(text, cues)`; the words a
text holds are found on the first question and kept for the next ones on the same text (the lowered description is
asked of by most rules), so each text is read once whatever the number of rules.

The answer is the gate's own: a word is found wherever it occurs as a substring, overlapping others or not, exactly
as `word in text`; only the order of the work changes.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import ahocorasick  # type: ignore[import-not-found]  # pyahocorasick ships no type hints

_WORDS: set[str] = set()
_automata: tuple[ahocorasick.Automaton, ahocorasick.Automaton, ahocorasick.Automaton] | None = None


class Cues:
    """One rule's cue words (a gate: does the text hold any of them?)."""

    __slots__ = ("words",)

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        if "" in self.words:
            raise ValueError("an empty cue word is in every text: no gate")
        if not self.words <= _WORDS:  # a rule imported after the first text was read: build again with its words
            global _automata
            _WORDS.update(self.words)
            _automata = None
            found.cache_clear()


# pyahocorasick looks a character up among a node's children one by one, and a text's characters mostly start from
# the root, whose children are the words' first characters: 59 of them for all the words, 22 for the lowercase ASCII
# ones. So the words are kept in three automata, each read only where its words can be: lowercase ASCII words in every
# text, ASCII words with a capital ("AWS", "MOU") where a capital is, other words where a character beyond ASCII is;
# and a node's children are added commonest first character first (English letter frequencies).
_COMMON_FIRST = " etaoinsrhldcumfpgwybvkxjqz0123456789"


def _order(word: str) -> tuple[int, str]:
    at = _COMMON_FIRST.find(word[0])
    return (at if at >= 0 else len(_COMMON_FIRST), word)


def _automaton(words: Iterable[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in sorted(words, key=_order):
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _built() -> tuple[ahocorasick.Automaton, ahocorasick.Automaton, ahocorasick.Automaton]:
    global _automata
    if _automata is None:
        lower = {w for w in _WORDS if w.isascii() and w == w.lower()}
        capital = {w for w in _WORDS if w.isascii()} - lower
        _automata = (_automaton(lower), _automaton(capital), _automaton(_WORDS - lower - capital))
    return _automata


# A posting's texts are asked of together (the description, its lowered form, a region head): a few kept suffice.
@functools.lru_cache(maxsize=8)
def found(text: str) -> frozenset[str]:
    """Every registered cue word that occurs in the text."""
    lower, capital, wide = _built()
    words = [word for _, word in lower.iter(text)] if lower else []
    if capital and not text.islower():  # a word with a capital needs one in the text (islower: none, and a cased one)
        words += [word for _, word in capital.iter(text)]
    if wide and not text.isascii():
        words += [word for _, word in wide.iter(text)]
    return frozenset(words)


def holds_any(text: str, cues: Cues) -> bool:
    """any(word in text for word in cues.words), from the one pass over the text."""
    return not cues.words.isdisjoint(found(text))
