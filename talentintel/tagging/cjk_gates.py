"""Cheap tests that tell a sentence can hold no word of cjk_terms' network pattern, before the pattern is run.

cjk_intersects runs for every sentence beyond ASCII, most of which are English with a curly quote or a dash; its
network pattern (an alternation with lookbehinds, which the regex engine tries at every character) was 17 us of a
bench posting's CPU. A sentence holds a match only if it holds one of the pattern's words, and each word either has a
CJK character or is a plain Latin word ("web3", "crypto"): a search for a CJK character and a substring test per
Latin word tell first. The words are read from the pattern itself, so a word added there is tested here too; a word
that is no plain string (a class, a group, a repeat) turns the gate off.
"""

from __future__ import annotations

import functools
import re

from talentintel.tagging.cjk_terms import CJK_NETWORK
from talentintel.tagging.matcher import CJK_CHAR

_LOOKAROUND = re.compile(r"\(\?<?[=!][^()]*\)")


@functools.cache
def _latin_words(pattern: str) -> tuple[str, ...] | None:
    """The pattern's words without a CJK character, or None when a word is not a plain string."""
    latin = []
    for alternative in pattern.split("|"):
        word = _LOOKAROUND.sub("", alternative)
        if word and CJK_CHAR.search(word) and re.escape(word.replace(" ", "")) == word.replace(" ", ""):
            continue  # a plain CJK word, spaces and all ("스마트 컨트랙트"): the gate's CJK test finds it
        if not word or re.escape(word) != word:
            return None  # a class, group or quantifier: the word may match text without these characters
        latin.append(word)
    return tuple(latin)


def network_possible(part: str) -> bool:
    """False only where cjk_terms' network pattern finds nothing in the sentence."""
    return bool(CJK_CHAR.search(part)) or network_latin_possible(part)


def network_latin_possible(part: str) -> bool:
    """network_possible for a sentence without a CJK character: one of the pattern's Latin words is in it."""
    latin = _latin_words(CJK_NETWORK.pattern)
    return latin is None or any(word in part for word in latin)
