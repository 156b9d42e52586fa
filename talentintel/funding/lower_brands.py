"""Lowercase brands ("zentra", "bolttech"): read as names, given back as written.

Every name rule of the parser starts a name at a capital letter, so a brand its owner writes in lowercase was never a
candidate: the invariance harness (scripts/funding_invariance.py, 2026-12-06) swapped the company of 144 devset
rounds the parser got right for "zentra" and got it back on 55 (0.382; every capitalised shape 0.986-0.993). English
capitalises a sentence's first word, so a lowercase word that opens a sentence (or the headline) is written that way
on purpose: a brand. Such a word is capitalised for the rules and the deals' names are given back in its own spelling.
"""

from __future__ import annotations

import re

from talentintel.funding.company_function_words import is_function_word
from talentintel.funding.company_words import is_function
from talentintel.funding.names import sentence_end
from talentintel.funding.types import Deal

_WORD = r"[a-z][a-z0-9]{2,}(?:\.(?:ai|io|com|net|xyz|app|co|fi|so|gg))?"
# A sentence's first word: the text's (the headline's) or the one after a sentence end ("U.S." and "Inc." end none).
_OPENING = re.compile(rf"(?:^|(?<=[.!?])[ \t]+|\n[ \t]*)[\"“‘]?(?P<word>{_WORD})(?![\w-])(?=(?P<next>[^\n]{{0,20}}))")
# ... as a subject: a comma, a possessive or a finite verb after it ("zentra, the", "zentra's", "zentra raises"), where
# a hard-wrapped or careless sentence's lowercase start goes on with a noun ("digital bank", "venture capital").
_SUBJECT = re.compile(r"(?:,|\s?\(|['’]s\s|\s(?:has|is|was|will|said|says|[a-z]+(?:ed|es|[bdgkmnprtw]s))\b)")
# An ordinary word: after an article or determiner ("a digital bank", "the venture").
_DETERMINER = r"(?i:a|an|the|this|that|its|their|our|of|in|for|to|and|or)\s"


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
    """Lowercase words the text writes as names: one opens a sentence, none of its uses follows a determiner, it is
    never capitalised and it is no function word."""
    out = set()
    for match in _OPENING.finditer(text):
        word = match.group("word")
        if word in out or not _SUBJECT.match(match.group("next")) or is_function(word) or is_function_word(word):
            continue
        if not _opens_sentence(text, match.start("word")):
            continue
        uses = re.findall(rf"(?<![\w.-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE)
        if any(u != word for u in uses):
            continue
        if re.search(rf"{_DETERMINER}{re.escape(word)}(?![\w-])", text):
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


def given_back(deals: list[Deal], spelling: dict[str, str]) -> list[Deal]:
    """The deals with every name spelled as the text spells its brands."""
    # In place: the lead ranker's training (scripts/train_lead_ranker.py) finds a deal's leads by the list's identity.
    for deal in deals if spelling else []:
        deal.company = as_written(deal.company, spelling)
        deal.fund_name = as_written(deal.fund_name, spelling)
        deal.investors[:] = [as_written(n, spelling) or n for n in deal.investors]
        deal.lead_investors[:] = [as_written(n, spelling) or n for n in deal.lead_investors]
    return deals


def as_written(name: str | None, spelling: dict[str, str]) -> str | None:
    """A name the rules read, with the brands in it spelled as the text spells them."""
    if not name or not spelling:
        return name
    for capital, word in spelling.items():
        name = re.sub(rf"(?<![\w.-]){re.escape(capital)}(?![\w-])", word, name)
    return name
