"""Which rules' cue words a text holds, found for every rule in one pass (an Aho-Corasick automaton, in Rust).

Most rules open with a cheap gate, `any(word in low for word in _CUES)`: most texts hold none of the rule's words, and
its regexes need not run. Each such test is a substring search of the whole text, and a cold posting ran 8.7 gates
(~49 words) on the same few texts: 65-70 us a cold bench posting as substring tests, 24-27 us as 1.41 passes of one
automaton of all their words (ahocorasick-rs, a DFA; pyahocorasick, whose nodes look a character up among their
children one by one, took 48-54 us and saved nothing measurable: bench/README.md, session 17). A rule declares its
words once (`Cues`) and asks `holds_any(text, cues)`; the words a text holds are found on the first question and kept
for the next ones on the same text (the lowered description is asked of by most rules).

The answer is the gate's own: every occurrence is reported, overlapping others or not, so a word is found wherever
`word in text` is true; only the order of the work changes.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from ahocorasick_rs import AhoCorasick, Implementation

_WORDS: set[str] = set()
_automaton: AhoCorasick | None = None


class Cues:
    """One rule's cue words (a gate: does the text hold any of them?)."""

    __slots__ = ("words",)

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        if "" in self.words:
            raise ValueError("an empty cue word is in every text: no gate")
        if not self.words <= _WORDS:  # a rule imported after the first text was read: build again with its words
            global _automaton
            _WORDS.update(self.words)
            _automaton = None
            found.cache_clear()


def _built() -> AhoCorasick:
    global _automaton
    if _automaton is None:
        # the standard match kind, which reports overlapping matches. A DFA explicitly: for 169 words the crate's own
        # choice is a contiguous NFA, and the DFA found them in half the time (bench texts: 21 -> 11 us a cold posting)
        _automaton = AhoCorasick(sorted(_WORDS), implementation=Implementation.DFA)
    return _automaton


# A posting's texts are asked of together (the description, its lowered form, a region head): a few kept suffice.
@functools.lru_cache(maxsize=8)
def found(text: str) -> frozenset[str]:
    """Every registered cue word that occurs in the text."""
    if not _WORDS:
        return frozenset()
    return frozenset(_built().find_matches_as_strings(text, overlapping=True))


def holds_any(text: str, cues: Cues) -> bool:
    """any(word in text for word in cues.words), from the one pass over the text."""
    return not cues.words.isdisjoint(found(text))
