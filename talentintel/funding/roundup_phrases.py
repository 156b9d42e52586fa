"""A roundup sentence that names two or more rounds as noun phrases (issue 13, tuning_batch29; branch fund48roundup).

Reviews list rounds without a raise verb per company: "Other significant deals included Flashbots' Series B of $60
million and Futureverse's $54 million Series A round" (b29-fanews-crypto-q3-2023-bitgo-flashbots), "Other notable seed
funding include Mistral’s $113 million round, and $100 million for Poolside" (b29-thomaswdinsmore), "a $250 million debt
round by Saudi buy-now-pay-later platform Tamara and $200 million for the rival platform Tabby" (b29-agbi). The
sentence rules read one deal or none there (first score: extra deals 0 of 7 for these). Each phrase is a round:
"Name's $X <round>", "Name's <round> of $X", or "$X [<round>] for/by <lowercase description> Name" (a people's
adjective may open the description: "by Saudi buy-now-pay-later platform Tamara"). Only a sentence
with two such phrases is read, so one "Acme's $2 million seed" told in passing stays with the sentence rules.
"""

from __future__ import annotations

import re

from talentintel.funding.company_nonnames import not_a_name
from talentintel.funding.types import Deal

_NAME = r"(?-i:[A-Z])[\w.&-]*(?:\s(?-i:[A-Z0-9])[\w.&-]*){0,2}"
_AMT = r"(?:US)?\$\s?\d[\d.,]*\s?(?:million|billion|bn|[MB])\b"
_ROUND = r"(?:(?:[\w-]+\s){0,2}?(?:round|raise|funding|financing)|Series\s[A-H]\b(?:\sround)?|seed(?:\sround)?)"
_PHRASES = (
    re.compile(rf"(?P<name>{_NAME})['’]s?\s(?P<amt>{_AMT})\s(?P<round>{_ROUND})"),
    re.compile(rf"(?P<name>{_NAME})['’]s?\s(?P<round>Series\s[A-H]|seed round|round)\sof\s(?P<amt>{_AMT})"),
    re.compile(
        rf"(?P<amt>{_AMT})\s(?:(?P<round>{_ROUND})\s)?(?:for|by)\s(?:the\s)?(?:(?-i:[A-Z])[a-z]+\s(?=(?-i:[a-z])))?"
        rf"(?:(?-i:[a-z])[\w-]*\s){{0,5}}(?P<name>{_NAME})"
    ),
)
# A list's own words: the sentence names deals ("Other significant deals included ...", "Top investments ...").
_LIST_CUE = re.compile(
    r"\b(?:deals?|rounds?|included?|includes|including|such as|among|notable|top|biggest|largest)\b", re.IGNORECASE
)
# Not a raiser: a fund ("Core Fund III", teknovation-critical-venture-sempervirens), a sector label ("AI"); nor a
# price near a purchase ("Kraken's $100M acquisition of SMALL Exchange", b16-pricpr-tempo-a).
_NOT_RAISER = re.compile(r"(?:.*\b(?:Fund|Fonds)(?:\s[IVX]+|\s\d+)?|AI|IPO|SPAC)", re.IGNORECASE)
_PURCHASE = re.compile(
    r"acqui|\bbuys?\b(?!-)|\bbought\b|purchase|merger|takeover", re.IGNORECASE
)  # not "buy-now-pay-later"
_SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9}
_MIN_PHRASES = 2
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|\n")


def _usd(written: str) -> float | None:
    m = re.search(r"(\d[\d.,]*)\s?(million|billion|bn|[MB])", written)
    if not m:
        return None
    return float(m.group(1).replace(",", "")) * _SCALE[m.group(2).lower()]


def _round_of(words: str | None) -> str | None:
    if not words:
        return None
    series = re.search(r"Series\s([A-H])", words)
    if series:
        return f"series_{series.group(1).lower()}"
    if re.search(r"\bseed\b", words, re.IGNORECASE):
        return "seed"
    return "debt" if re.search(r"\bdebt\b", words, re.IGNORECASE) else None


def _bad_name(name: str) -> bool:
    return len(name) < 3 or bool(_NOT_RAISER.fullmatch(name)) or not_a_name(name)


def _phrases(sentence: str) -> list[tuple[int, Deal]]:
    found: dict[int, Deal] = {}
    taken: list[tuple[int, int]] = []
    for pattern in _PHRASES:
        for m in pattern.finditer(sentence):
            name = m.group("name").rstrip(".")  # "for the rival platform Tabby." ends the sentence
            near = sentence[max(0, m.start() - 40) : m.end() + 40]
            if (
                any(m.start() < end and start < m.end() for start, end in taken)
                or _bad_name(name)
                or _PURCHASE.search(near)
            ):
                continue
            taken.append((m.start(), m.end()))
            deal = Deal(kind="round", company=name, amount_usd=_usd(m.group("amt")), currency="USD")
            deal.amount_original, deal.round = m.group("amt"), _round_of(m.group("round"))
            found[m.start()] = deal
    return sorted(found.items(), key=lambda item: item[0])


def phrase_deals(text: str) -> list[Deal]:
    """Rounds a sentence names as two or more noun phrases ("X's $A Series B", "$B for Y"), in text order."""
    deals: list[Deal] = []
    for sentence in _SENTENCE.split(text):
        phrases = _phrases(sentence) if _LIST_CUE.search(sentence) else []
        if len(phrases) >= _MIN_PHRASES:
            deals += [deal for _, deal in phrases]
    return deals
