"""Tell a fund raise ("Polychain raises $200M for its fourth fund", "X launches $100M Fund III") from a round.

A venture firm raising its own fund is news in the same feeds as company rounds and in the same words (raises,
closes, $N million), but it is not a round of a portfolio company: stored as one, it would make the fund a company
with a bogus round. The test: in the headline or the first sentence, a raising verb whose object is a fund
("new fund", "fourth fund", "$850M fund", "Fund III"), with no lead-investor, round or verb-"to fund" words in the phrase, and no
round named in that sentence.
"""

from __future__ import annotations

import re

_VERB = (
    r"\b(?:rais(?:es|ed|ing|e)|clos(?:es|ed|ing|e)|launch(?:es|ed|ing)?|announc(?:es|ed|ing|e)|unveil(?:s|ed|ing)?|"
    r"debut(?:s|ed)?|secur(?:es|ed|e)|hits?|reach(?:es|ed)?|complet(?:es|ed|e)|finaliz(?:es|ed|e)|"
    r"wrap(?:s|ped)? up|target(?:s|ed|ing)?|amass(?:es|ed)?)\b"
)
_ADJ = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|new|debut|inaugural|"
    r"maiden|latest|flagship|oversubscribed|early-stage|late-stage|growth|opportunity|opportunities|venture|vc|"
    r"crypto|web3|blockchain|ai|seed|ecosystem|token|two|three|several)"
)
_AMOUNT = r"(?:us)?\$\s?[\d.,]+\s*(?:[mbk]n?|million|billion|mln)?"
_FUND = (
    rf"(?:\bfund\s+(?-i:[IVX]+|\d+)\b|\b{_ADJ}\s+(?:[\w$.,-]+\s+){{0,3}}?funds?\b|{_AMOUNT}\s+(?:[\w-]+\s+){{0,3}}?funds?\b)"
)
_RAISE = re.compile(rf"{_VERB}[^.;:\n]{{0,90}}?{_FUND}", re.IGNORECASE)
# Words that make the fund someone's investor ("led by Sequoia's growth fund") or the money a company's round.
_NOT_OWN = re.compile(
    r"\b(?:led|by|from|with|participation|backed|round|series|that|which|to|will|would|investors?)\b", re.IGNORECASE
)
_ROUND = re.compile(r"\b(?:series [a-h]|(?:pre-?)?seed round|funding round|financing round|round of funding)\b",
                    re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def _opening(text: str) -> list[str]:
    """The headline (first line) and the first sentence of what follows it: where a story says what it is about."""
    head, _, rest = text.strip().partition("\n")
    parts = [head]
    body = rest.strip() or head
    first = _SENTENCE_END.split(body, maxsplit=1)[0]
    if first != head:
        parts.append(first)
    return [p[:400] for p in parts if p.strip()]


def is_fund_raise(text: str) -> bool:
    """True when the text announces a venture firm raising (closing, launching) a fund, not a company round."""
    for sentence in _opening(text):
        if _ROUND.search(sentence):
            continue
        for match in _RAISE.finditer(sentence):
            if not _NOT_OWN.search(match.group(0)):
                return True
    return False
