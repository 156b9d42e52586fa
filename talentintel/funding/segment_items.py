"""Roundup items (issue 13, tuning_batch19; branch fund26): a raise told as "announced a $X Series C", a headline deal told.

A roundup's items tell their raises with "announced" and the amount: "XiaoduoAI, which develops customer service
robots, announced a $28 million Series C", "Biobot Analytics ... announced $6.7 million in funding"
(b19-morningbrew-china-ai-april). Unread as raises, such items stayed in the part before them and that deal took their
amount and round: Intellifusion read as $28 million with XiaoduoAI's Series C. "announced" counts only with an amount
right after it that a round word follows, so "announced a $1 billion fund" or "announced revenue of $15 million" stay
what they were. (Its sibling "brought in $230 million" is a raise verb of `segments._TRIGGER` and `money._RAISE`.)
"""

from __future__ import annotations

import re

_AMOUNT = r"(?:US|CA|A|S)?[$€£¥]\s?\d[\d.,]*\s?(?:[mbk]n?|million|billion)?|\d[\d.,]*\s?(?:million|billion)\s(?:dollars|euros)"
_ANNOUNCED_ROUND = re.compile(
    rf"\b(?:announc|unveil)(?:ed|es)\s(?:an?\s)?(?:{_AMOUNT})\s(?:in\s)?(?:new\s|fresh\s)?"
    r"(?:pre-seed|seed|series\s[a-h]\b|funding|financing|round|investment)",
    re.IGNORECASE,
)


# Portuguese and Spanish put the round first: "a H ... anunciou uma rodada seed de US$ 220 milhões"
# (b19-grandesobras-pt-scale-h), "anunció una ronda Serie A de 10 millones de dólares".
_ANNOUNCED_ROUND_OF = re.compile(
    r"\banunci(?:ou|ó|a)\s(?:uma|una)\s(?:nova\s|nueva\s)?(?:rodada|ronda)\s(?:(?:seed|semente|pre-seed|s[ée]rie\s[a-h])\s)?"
    r"(?:de\s)?(?:US\$|R\$|\$|€|\d)",
    re.IGNORECASE,
)


def item_raise(unit: str) -> re.Match[str] | None:
    """The raise a sentence tells as "announced (a) $X <round word>" (or "anunciou uma rodada ... de $X"), if any."""
    return _ANNOUNCED_ROUND.search(unit) or _ANNOUNCED_ROUND_OF.search(unit)


def headline_deal_told(part: list[tuple[int, str]], headline_company: str | None) -> bool:
    """The body already told the headline's company by name before another company's raise.

    "Funding Roundup: Binance Labs invests in BIO Protocol", a body on Binance's investment in BIO Protocol, then "And
    finally, the Pharos layer-1 closed an $8 million seed round" (b15-blockworkscom-bio-pharos): the headline states no
    amount, so its deal and the first body raise looked like one deal told twice, and Pharos's amount and leads went to
    BIO Protocol. A headline company named again in the body had its deal told there.
    """
    if not headline_company or not part:
        return False
    body = " ".join(s for line, s in part if line > part[0][0]).lower()
    return headline_company.lower() in body


# "• Sport Ngin, Minneapolis, Mn.-based company that helps sports organizations ..., has raised $25M in Series D"
# (jtam-weekly-2014-06-30): a bulleted item opens on its company's name and a comma, whatever describes it after;
# the subject rules want "Name, a/an/the ..." and took a city, so the item stayed in the fund item before it.
_NAME = r"((?-i:[A-Z])[\w.&'’+-]*(?:\s(?-i:[A-Z0-9])[\w.&'’+-]*){0,4})"
_RAISED_AMOUNT = r"\b(?:has\s|have\s)?(?:raised|secured|closed|landed|received|announced|unveiled)\s(?:an?\s)?(?:US|CA|A|S)?[$€£]\s?\d"
_BULLET_SUBJECT = re.compile(rf"^\s*[•·▪◦‣*-]\s+{_NAME},\s[^\n]{{0,200}}?{_RAISED_AMOUNT}", re.IGNORECASE)
# A newsletter's paragraph item does the same with an article: "Round, a London-based company offering an AI-driven
# treasury ... platform ..., has raised $5m in seed funding" (b19-joyceshen-ai-deals-0420), a name the subject rules
# refuse as a round word, so Qoro Quantum's item before it took its $5m.
_ITEM_SUBJECT = re.compile(rf"^{_NAME},\s(?:a|an)\s[^\n]{{0,200}}?{_RAISED_AMOUNT}", re.IGNORECASE)


# A deal digest's bullet gives the company's place in brackets: "- deepull (Barcelona, Spain) raised $50M in Series C
# funding" (tuning_batch24 scileads; first score company 0.750): a brand written in lower case is still the subject,
# and without it the item and its Series C went to the bullet before (Etiome).
_BULLET_PLACE = re.compile(
    rf"^\s*[•·▪◦‣*-]\s+([\w.&'’+-]+(?:\s[\w.&'’+-]+){{0,3}}?)\s\((?-i:[A-Z])[^()\n]{{1,40}}\)\s{_RAISED_AMOUNT}",
    re.IGNORECASE,
)


# A digest's item names its company as a label before a colon and tells the raise with no subject: "• Betterness (US):
# Raised $2.5M seed and launched Bett-i, a voice-first AI life-coaching system" (b48-healthaiforesight-betterness-2-5m-
# seed-roundup read the product, Bett-i), "- Alterra Capital Partners: Raised $140 million from Aliko Dangote’s backing"
# (f15-coinscribe-africa-funds-update). The label is the subject wherever the item stands in the unit.
_LABEL_SUBJECT = re.compile(
    rf"^\s*(?:[•·▪◦‣*-]\s+)?{_NAME}(?:\s\([^()\n]{{1,40}}\))?:\s{_RAISED_AMOUNT}", re.IGNORECASE | re.MULTILINE
)


def label_subject(unit: str) -> str | None:
    """The label a digest item's subject-less raise follows ("Name (US): Raised $X ..."), if any."""
    m = _LABEL_SUBJECT.search(unit)
    return m.group(1) if m else None


def bullet_subject(unit: str) -> str | None:
    """The name a bulleted raise item opens on ("• Name, <description>, has raised $X"), if any."""
    m = _BULLET_SUBJECT.match(unit) or _ITEM_SUBJECT.match(unit.strip()) or _BULLET_PLACE.match(unit)
    return m.group(1) if m else None
