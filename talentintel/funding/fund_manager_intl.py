"""A fund's manager when the other manager rules name none: the firm a fund is "managed by" in Spanish, Italian,
French, Portuguese, Dutch or German, the firm that opens a sentence telling the close or launch ("F2i sgr ha chiuso la
raccolta", "First State Investments a annoncé ... avoir levé", "The Qatar Investment Authority (QIA) is launching a $1
billion ... fund of funds"), the Dutch "gelanceerde fonds Invest-NL" and the Turkish "Türkiye Kalkınma Fonu bünyesinde".

`deals_fund.fund_deal` reads `intl_manager` only when `_rule_manager` found no manager, so no manager the rules chose
changes. Seen on tuning_funds18 (fund_company 0.286 at its one score, 14 funds; after fund_closes_intl its new funds
read with no manager): bebeez, agefi, sprout, cialisoral, gazeteoksijen, cepymenews ("El fondo, que será gestionado
por N+1 Capital Privado").
"""

from __future__ import annotations

import re

from talentintel.funding.kind import opening

# A name: capitalised words (with "sgr", "SGR", "N+1", "&", "de", "d'" inside), at most six.
_NAME = r"((?:[A-ZÀ-ÖØ-Þİ][\w+&.’'-]*|N\+1)(?:\s(?:[A-ZÀ-ÖØ-Þİ][\w+&.’'-]*|sgr|SGR|de|di|d['’]\w+|ve|&)){0,5})"

_MANAGED_BY = re.compile(
    r"\b(?:gestionad[oa]|gestit[oa]|gérée?|gerid[oa]|beheerd|verwaltet|administrad[oa])\s(?:por|da|dal|dalla|par|"
    r"door|von|pela|pelo)\s(?:la\s|el\s|le\s|la\s|a\s|o\s|de\s)?" + _NAME
)
# The firm the managers run the fund through: "Gli Hutchins (padre e figlio) e Scher gestiranno il fondo attraverso la
# società North Island Ventures" (f21-itcointelegraph-north-island-72m-crypto-fund).
_RUN_THROUGH = re.compile(
    r"\b(?:gestir\w*|gestion\w*)\s(?:il|el|o)\s(?:fondo|fundo)\s(?:attraverso|a\stravés\sde|através\sda)\s(?:la\s|a\s)?"
    r"(?:società|sociedad|empresa|firma|gestora)\s" + _NAME
)
# A sentence that opens with the firm and tells its fund closed, raised or launched.
_SUBJECT_CLOSES = re.compile(
    r"^(?:The\s|La\s|Le\s|Il\s|El\s)?" + _NAME + r"(?:\s\([A-Z]{2,6}\))?\s(?:ha\schiuso|ha\sconcluso|"
    r"a\sannoncé\s[^.\n]{0,30}?avoir\slevé|a\slevé|is\slaunching|has\slaunched|launches|launched|has\sclosed|closed)\b",
    re.MULTILINE,
)
_DUTCH_LAUNCHED = re.compile(r"\bgelanceerde\s(?:\w+\s)?fonds\s" + _NAME)
_TURKISH_WITHIN = re.compile(_NAME + r"\sbünyesinde\b")


def _trim(name: str) -> str | None:
    name = re.sub(r"[\s.’',-]+$", "", name)
    return name if len(name) >= 2 else None


def intl_manager(part: str) -> str | None:
    """The fund's manager from the phrases above, or None."""
    head = opening(part, 3)
    for pattern, text in (
        (_SUBJECT_CLOSES, head),
        (_DUTCH_LAUNCHED, head),
        (_TURKISH_WITHIN, head),
        (_MANAGED_BY, part),
        (_RUN_THROUGH, part),
    ):
        found = pattern.search(text)
        if found:
            return _trim(found.group(1))
    return None
