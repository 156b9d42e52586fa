"""The intersection's ambiguous phrases: "decentralized AI" is crypto x AI at a GPU network and edge AI at a company
that trains on device (webAI, unseen9). Such a phrase counts for crypto only when the posting names crypto in another
word too; otherwise its crypto points, and the bonuses it earned, are withdrawn and the phrase counts for AI alone."""

from __future__ import annotations

import tomllib
from functools import cache
from typing import TYPE_CHECKING

from talentintel.tagging.taxonomy import taxonomy_path

if TYPE_CHECKING:
    from talentintel.tagging.sector import SectorScore


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    with taxonomy_path().open("rb") as fh:
        table = tomllib.load(fh).get("intersection", {})
    return frozenset(table.get("needs_crypto_word", ())), frozenset(table.get("not_crypto_words", ()))


def corroborate(result: SectorScore) -> None:
    """Withdraw crypto when its only evidence is a phrase of [intersection] needs_crypto_word (plus the bonuses and
    bare network words that come with it). Runs on the text's evidence, before any company prior is added."""
    ambiguous, not_crypto = _lists()
    terms = {e["term"] for e in result.evidence["crypto"]}
    if not terms & ambiguous or terms - ambiguous - not_crypto:
        return  # no ambiguous phrase, or another crypto word corroborates it
    result.scores["crypto"] = 0.0
    result.description["crypto"] = 0.0
    result.core["crypto"] = False
    result.spread["crypto"] = 0
    result.evidence["crypto"] = [
        {"term": "decentralized phrase, no crypto word: not counted", "field": "description", "weight": 0.0}
    ]
