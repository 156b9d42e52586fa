"""A fund's size said as its "corpus" (Indian English): the raise is a fund's, not a company's round.

"Eyeing a ₹350 Cr corpus, IAN raises ₹175 Cr in its first round." (b40-ettech-ian-175cr-first-close, read as a round:
"eyeing" is a plan trigger and "first round" a round word) and "Endiya Partners, an early-stage investment firm has
closed its maiden fund with a corpus of ₹175 Cr." (b40-harshalbot-endiya-maiden-fund-175cr). A company raises capital,
a round or a sum; only a pool of money has a corpus. The corpus eyed is the plan, the raise stated beside it is made:
the "eyeing" trigger names the corpus, not the raise. On the tuning split "corpus" is otherwise said of funds too
(12 texts, all a fund's or a fund programme's pool: "aiming at a corpus of Rs 750 crore", "the Rs 1,315-crore corpus").
"""

from __future__ import annotations

import re

from talentintel.funding.kind_opening import opening
from talentintel.funding.money import find_money

_CORPUS = re.compile(r"\bcorpus\b", re.IGNORECASE)
# A raise or a close stated as done (a finite verb, not "plans to raise the entire corpus").
_MADE = re.compile(
    r"(?<!\bto )\b(?:rais(?:es|ed)|clos(?:es|ed)|secur(?:es|ed)|mop(?:s|ped)\sup|garner(?:s|ed)|collect(?:s|ed)|"
    r"achiev(?:es|ed)\s(?:its\s|the\s|a\s)?(?:first|final)\sclose)\b",
    re.IGNORECASE,
)
_PLANNED = re.compile(r"\b(?:plans?|planning|aims?|aiming|seeks?|seeking|looking|hopes?|will|would)\b[^.]{0,20}$")


def _money_corpus(sentence: str) -> bool:
    """A sum said as the corpus: "a ₹350 Cr corpus", "a corpus of ₹175 Cr", "with a total corpus of Rs 500 crore"."""
    for m in _CORPUS.finditer(sentence):
        for money in find_money(sentence):
            if 0 <= m.start() - money.end <= 12 or 0 <= money.start - m.end() <= 12:
                return True
    return False


def corpus_raised(text: str) -> bool:
    """The opening's sentence sizes a corpus with a sum and states a raise or a close made."""
    for sentence in opening(text, 2).split(" \n"):
        if not _money_corpus(sentence):
            continue
        for verb in _MADE.finditer(sentence):
            if not _PLANNED.search(sentence[: verb.start()]):
                return True
    return False


def corpus_reason(part: str, reason: str | None) -> str | None:
    """No "not closed" for a corpus eyed beside a raise made: "Eyeing a ₹350 Cr corpus, IAN raises ₹175 Cr"."""
    if reason == "not closed" and corpus_raised(part):
        return None
    return reason
