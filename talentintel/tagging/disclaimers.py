"""A text that says its employer does not work in crypto earns no crypto from its other crypto words: "Embora o banco
não tenha atuação direta no mercado de criptoativos" above a bank clerk's exam syllabus of "bitcoin, criptomoedas e
blockchain" (unseen21, Caixa: none read as crypto), "although we are not a crypto company, ...". The words then name
what candidates should know about, not what the employer builds; the title still counts.

A negation must be followed, within a few words, by both a crypto word and a word of the business (market, operate,
company): a product's "walletless, no crypto" after "operators connect once" disclaims nothing (unseen9, Floe). A
negation of the candidate's record is no such sentence: "Clean record with no history of fraud, hacking, or involvement
in black/grey-market crypto activities" asks an exchange's support agent for integrity (unseen31, a Malaysian
exchange's ad: crypto read as none), and a black or grey market is an illicit trade, not the employer's market.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from talentintel.tagging.sentence_places import CRYPTO_WORDS, crypto_places, sentences_at
from talentintel.tagging.text import lowered

HEAD_CHARS = 6000
_SENTENCE = re.compile(r"[^.!?;\n]+")
_NEGATION = re.compile(
    r"\b(?:n[ãa]o|not|no|never|nicht|kein\w*|pas|sin|ni|don'?t|doesn'?t|isn'?t|aren'?t)\b", re.IGNORECASE
)
_CRYPTO = re.compile(r"cript|crypt|krypt|blockchain|bitcoin", re.IGNORECASE)
_BUSINESS = re.compile(
    r"\b(?:atua\w*|opera\w*|mercado|market|markt|march[ée]|business|company|empresa|firm|unternehmen|neg[oó]cio)\b",
    re.IGNORECASE,
)

_REACH = 80  # characters after the negation: "não tenha atuação direta no mercado de criptoativos" is 48

# "no history of", "no record of", "no prior involvement in", "never been involved in": the candidate's past, not the
# employer's business; "black-market", "grey market": an illicit trade named, not a market the employer works in.
_RECORD = re.compile(
    r"(?:(?:criminal|prior|previous)\s+)?(?:history|record|involvement|convictions?)\b|been\s+(?:involved|convicted)\b",
    re.IGNORECASE,
)
_ILLICIT_MARKET = re.compile(r"\b(?:black|gr[ae]y)[\s/-]*(?:market|markt)\w*", re.IGNORECASE)


# Substrings every match of _CRYPTO, of _BUSINESS holds, lowercased. Case-insensitive regex scans cost ~25 ns a
# character: searching the whole text for a crypto word and a negation was ~75 us a description on bench_tagging, ~15%
# of the tagger's time; str.lower and substring tests first cut that to a few us (tagperf4). Outputs are the same: a
# sentence without both substrings holds no match of both patterns. IGNORECASE also reads "İ", "ı" as "i" and "ſ" as
# "s", which str.lower does not: a text with one of them is read by the regexes alone.
_CRYPTO_WORDS = CRYPTO_WORDS
_BUSINESS_WORDS = (
    "atua",
    "opera",
    "mercado",
    "market",
    "markt",
    "march",
    "business",
    "company",
    "empresa",
    "firm",
    "unternehmen",
    "neg",
)
_ODD_CASES = ("\u0130", "\u0131", "\u017f")


def _may_disclaim(text: str, *, business: bool = True) -> bool:
    """False when the text holds no crypto word (and, with business, no business word): a substring test."""
    if any(odd in text for odd in _ODD_CASES):
        return True
    low = text.lower()
    return any(w in low for w in _CRYPTO_WORDS) and (not business or any(w in low for w in _BUSINESS_WORDS))


def disclaims_crypto(text: str) -> bool:
    """True when a sentence of the text says the employer is not in the crypto business."""
    head = text[:HEAD_CHARS]
    if any(odd in head for odd in _ODD_CASES):
        sentences: Iterable[str] = _SENTENCE.findall(head)  # the regexes alone read these (see _ODD_CASES)
    else:
        # Only the sentences holding a crypto word can disclaim: found from the words' places in the cached
        # lowercase (the same places: no other character changes length), not by lowercasing every sentence (a
        # crypto posting has ~25; disclaims_crypto was ~4% of bench_tagging's CPU).
        places = crypto_places(lowered(text), HEAD_CHARS)
        if not places:
            return False  # cheap test first: most texts hold no such sentence
        sentences = sentences_at(_SENTENCE, head, places)
    for sentence in sentences:
        if not _may_disclaim(sentence):
            continue  # the words after a negation lie in its sentence: without both, no negation disclaims
        for negation in _NEGATION.finditer(sentence):
            after = sentence[negation.end() : negation.end() + _REACH]
            if _RECORD.match(after.lstrip()):
                continue  # "no history of ... crypto activities": a condition on the candidate
            if _CRYPTO.search(after) and _BUSINESS.search(_ILLICIT_MARKET.sub(" ", after)):
                return True
    return False
