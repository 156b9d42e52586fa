"""Lead phrases met on tuning_batch16 (first score lead F1 0.417 on its 21 kept unseen rounds): the Spanish "a cargo de"
("la recaudación ... estuvo a cargo del fondo X"), a debt facility's lead arrangers, and a headline whose "leads" has a
deal, not an investor, as its subject."""

from __future__ import annotations

import re

# Spanish: "La recaudación de fondos de Mistral AI estuvo a cargo del fondo internacional de capital de riesgo
# Lightspeed Venture Partners" (b16-politicayeconomia-mistral). Only after a round word: "la empresa está a cargo de
# Juan Pérez" says who runs a company.
A_CARGO = re.compile(
    r"\b(?:ronda|recaudaci[oó]n|inversi[oó]n|financiaci[oó]n|financiamiento|operaci[oó]n|capta[cç][aã]o|rodada)\b"
    r"[^.;\n]{0,80}?\b(?:estuvo|est[aá]|fue|estar[aá]|ha\sestado|esteve|foi)\s+a\s+cargo\s+(?:del?|de\sla|da|do)\s+",
    re.IGNORECASE,
)
# Word order carried over from Chinese or Russian ("本轮由X领投"): "The token sale led Sequoia Capital India, featured over
# 40 investors" (coinjournal-polygon-450m): the round is the subject and the lead its object, a name right after
# "led". "The round led Acme to expand" is a cause, not a lead: "to" and a verb after the name.
ROUND_LED_OBJECT = re.compile(
    r"\b(?i:the|this)\s(?:[\w-]+\s){0,2}?(?i:round|sale|financing|raise|funding|investment|placement)\s(?i:co-)?led\s"
    r"(?=[A-Z])(?![^.,;\n]{0,60}?\sto\s[a-z])"
)
# "The facility was arranged by Banco Santander, Investec, and Nomura as Coordinating Lead Arrangers" (b16-mercomindia-
# aypa-debt): a debt facility's lead arrangers are its leads, all of the list before "as".
ARRANGED_AS_LEADS = re.compile(
    r"\b(?:arranged|provided|underwritten|structured)\sby\s([A-Z][^.;\n]{1,150}?)\sas\s(?:the\s)?"
    r"(?:(?:coordinating|mandated|joint|global|sole)\s)?lead\s(?:arrangers?|lenders?)\b",
    re.IGNORECASE,
)
# "Commonwealth Fusion’s Giant Financing Leads Otherwise Slow Week For Big Deals" (b16-travelstoriz-cfs-b2): a deal
# that "leads" a week or a list is no investor leading a round.
DEAL_SUBJECT = re.compile(
    r"(?i)\b(?:financing|funding|round|raise|deal|megadeal|investment|fundraise|fundraising|rounds|deals)$"
)


def deal_subject(subject: str) -> bool:
    """True when the words before "leads" end in a deal noun: the deal tops a list, no investor leads."""
    return bool(DEAL_SUBJECT.search(subject.strip()))
