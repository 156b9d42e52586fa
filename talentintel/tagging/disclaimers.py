"""A text that says its employer does not work in crypto earns no crypto from its other crypto words: "Embora o banco
não tenha atuação direta no mercado de criptoativos" above a bank clerk's exam syllabus of "bitcoin, criptomoedas e
blockchain" (unseen21, Caixa: none read as crypto), "although we are not a crypto company, ...". The words then name
what candidates should know about, not what the employer builds; the title still counts.

A negation must be followed, within a few words, by both a crypto word and a word of the business (market, operate,
company): a product's "walletless, no crypto" after "operators connect once" disclaims nothing (unseen9, Floe).
"""

from __future__ import annotations

import re

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


def disclaims_crypto(text: str) -> bool:
    """True when a sentence of the text says the employer is not in the crypto business."""
    low = text[:6000]
    if not _CRYPTO.search(low) or not _NEGATION.search(low):
        return False  # cheap tests first: most texts hold no such sentence
    for sentence in _SENTENCE.findall(low):
        for negation in _NEGATION.finditer(sentence):
            after = sentence[negation.end() : negation.end() + _REACH]
            if _CRYPTO.search(after) and _BUSINESS.search(after):
                return True
    return False
