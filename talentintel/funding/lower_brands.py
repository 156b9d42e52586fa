"""Lowercase brands ("zentra", "bolttech"): read as names, given back as written.

Every name rule of the parser starts a name at a capital letter, so a brand its owner writes in lowercase was never a
candidate: the invariance harness (scripts/funding_invariance.py, 2026-12-06) swapped the company of 144 devset
rounds the parser got right for "zentra" and got it back on 55 (0.382; every capitalised shape 0.986-0.993). English
capitalises a sentence's first word, so a lowercase word that opens a sentence (or the headline) is written that way
on purpose: a brand. Such a word is capitalised for the rules and the deals' names are given back in its own spelling.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from talentintel.funding.brand_positions import SUBJECT, WORD, fronted_words, role_words
from talentintel.funding.company_function_words import is_function_word
from talentintel.funding.company_words import is_function
from talentintel.funding.names import sentence_end
from talentintel.funding.types import Deal

# ... or a camel-cased one ("bitsCrunch", "dYdX"), which no name rule opens at its lowercase letter either.
_WORD = WORD
# A sentence's first word: the text's (the headline's) or the one after a sentence end ("U.S." and "Inc." end none).
_OPENING = re.compile(rf"(?:^|(?<=[.!?])[ \t]+|\n[ \t]*)[\"“‘]?(?P<word>{_WORD})(?![\w-])(?=(?P<next>[^\n]{{0,20}}))")
# ... as a subject (`brand_positions.SUBJECT`): a comma, a possessive or a finite verb after it ("zentra, the",
# "zentra's", "zentra raises"), where a hard-wrapped or careless sentence's lowercase start goes on with a noun
# ("digital bank", "venture capital").
# An ordinary word: after an article or determiner ("a digital bank", "the venture"), on its line and as a word of its
# own: "Series A\nzentra, a Sarasota ..." (devset fh-1131 with the company swapped) ends the headline with a stage
# letter, no article; read as one, it hid the brand (session 12).
_DETERMINER = (
    r"(?<![\w-])(?i:a|an|the|this|that|these|those|its|their|our|of|in|for|to|and|or|many|most|some|all|such)[^\S\n]"
)
# A word in a name's place (`brand_positions.role_words`) may follow a preposition ("a round in zentra, which"), not an
# article.
_ARTICLE = r"(?<![\w-])(?i:a|an|the|this|that|these|those|its|their|our|many|most|some|all|such)[^\S\n]"


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(' \t"“‘')
    if not before or (before.endswith("\n") and _line_ended(text, start)):
        return True
    # "U.S. venture capital firms", "Inc. raised": an abbreviation's period ends no sentence.
    return before[-1] in "!?" or (before[-1] == "." and sentence_end(text, len(before) - 1) == len(before) - 1)


def _line_ended(text: str, start: int) -> bool:
    """A new line after a finished one (or after the headline), not a hard-wrapped sentence going on."""
    before = text[: text.rfind("\n", 0, start)].rstrip()
    return not before or before[-1] in '.!?:"”' or "\n" not in before


def brand_words(text: str) -> set[str]:
    """Lowercase words the text writes as names: one opens a sentence (or fills a place only a name fills,
    `brand_positions`) as a subject, it is never capitalised, no function word, and no use follows a determiner."""
    out: set[str] = set()
    opening = [m for m in _OPENING.finditer(text) if _opens_sentence(text, m.start("word"))]
    opening += fronted_words(text, lambda start: _opens_sentence(text, start))
    candidates = [(m, _DETERMINER) for m in opening] + [(m, _ARTICLE) for m in role_words(text)]
    for match, determiner in candidates:
        word = match.group("word")
        if word in out or not SUBJECT.match(match.group("next")) or is_function(word) or is_function_word(word):
            continue
        uses = re.findall(rf"(?<![\w.-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE)
        if any(u != word for u in uses):
            continue
        if re.search(rf"{determiner}{re.escape(word)}(?![\w-])", text):
            continue
        # A capitalised name with the word as its tail: the name with its first letter lost ("Valiu snags $5.25m"
        # then "aliu, a blockchain-based ..." in fh-1120), not a second name.
        if re.search(rf"(?<![\w-])[A-Z]{re.escape(word)}(?![\w-])", text):
            continue
        out.add(word)
    return out


def capitalized(text: str) -> tuple[str, dict[str, str]]:
    """The text with its lowercase brands capitalised, and capitalised spelling -> the text's spelling."""
    words = brand_words(text)
    for word in words:
        text = re.sub(rf"(?<![\w.-]){re.escape(word)}(?![\w-])", word[0].upper() + word[1:], text)
    return text, {word[0].upper() + word[1:]: word for word in words}


def respelled(deals: list[Deal], spell: Callable[[str | None], str | None]) -> list[Deal]:
    """The deals with `spell` applied to every name they carry (company, fund, investors, leads); also digit_names'."""
    # In place: the lead ranker's training (scripts/train_lead_ranker.py) finds a deal's leads by the list's identity.
    for deal in deals:
        deal.company = spell(deal.company)
        deal.fund_name = spell(deal.fund_name)
        deal.investors[:] = [spell(n) or n for n in deal.investors]
        deal.lead_investors[:] = [spell(n) or n for n in deal.lead_investors]
    return deals


def given_back(deals: list[Deal], spelling: dict[str, str]) -> list[Deal]:
    """The deals with every name spelled as the text spells its brands."""
    return respelled(deals, lambda name: as_written(name, spelling)) if spelling else deals


def as_written(name: str | None, spelling: dict[str, str]) -> str | None:
    """A name the rules read, with the brands in it spelled as the text spells them."""
    if not name or not spelling:
        return name
    for capital, word in spelling.items():
        name = re.sub(rf"(?<![\w.-]){re.escape(capital)}(?![\w-])", word, name)
    return name
