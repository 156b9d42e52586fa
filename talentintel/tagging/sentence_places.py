"""The sentences of a text that hold a word, found from the word's places instead of reading every sentence.

disclaimers.disclaims_crypto read each sentence of a text holding a crypto word (~25 in a crypto posting), lowercasing
each and testing five crypto words in it; only the few sentences holding one can disclaim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Substrings every match of disclaimers._CRYPTO holds, lowercased.
CRYPTO_WORDS = ("cript", "crypt", "krypt", "blockchain", "bitcoin")


def crypto_places(low: str, end: int) -> list[int]:
    """Where a crypto word starts in low[:end], in order (a word must end by `end`)."""
    places = []
    for word in CRYPTO_WORDS:
        at = low.find(word, 0, end)
        while at >= 0:
            places.append(at)
            at = low.find(word, at + 1, end)
    return sorted(places)


def sentences_at(sentence: re.Pattern[str], text: str, places: list[int]) -> Iterator[str]:
    """The matches of `sentence` (runs of characters no place's word can span) that hold one of the places, in order.
    A word holds no sentence break, so a word starting inside a match lies wholly in it."""
    i = 0
    for match in sentence.finditer(text):
        start, end = match.span()
        while i < len(places) and places[i] < start:
            i += 1
        if i == len(places):
            return
        if places[i] < end:
            yield match.group()
