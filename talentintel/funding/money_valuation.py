"""Amounts a round text states that price the company or its shares, not the money raised.

`money._score` drops these mentions. The valuation patterns moved here from money.py; tuning_batch31 (first score
amount 0.455 on 11 rounds, fund51) added two forms the old ones let through:
- a valuation told with an adjective or an approximation between "at" and the figure: "a monster round of funding to
  value the car-booking company at a whopping $50 billion" beat the round's "close to $1 billion"
  (b31-workingwomanreport-uber-1b-2015), and "that valued the company at around $12 billion" scored as a raise
  (b31-dailymail-getir-500m-2023);
- a price per share: "SpaceX raised the funds at $419.99 (roughly Rs. 30,600) a share" gave the round Rs 30,600
  over its "$850 million" (b31-gadgetsndtv-spacex-850m); Indian filings say "at Rs 52,467 each".
"""

from __future__ import annotations

import re

from talentintel.funding.clause import clause_before

# "$1B post-money valuation" is a valuation; "$100M at a valuation of $1B" is not (its valuation comes later). "at a $157
# billion price tag" prices the company too (hs19-newslettercollector-perplexity-500m-9bn scored it as a raise).
_VALUATION_AFTER = re.compile(
    r"^[\s)+]{0,3}(?:(?!(?:at|with|and|in|on|of|for|to|from|as|by)\b)[\w-]+\s){0,2}?(?:valuation|valued|price\stag)\b",
    re.IGNORECASE,
)
# The words that may stand between "valued at" and the figure: an approximation ("around"), or an article with an
# adjective ("a whopping", "an estimated", "a reported").
_QUALIFIER = (
    r"(?:(?:about|over|more\sthan|nearly|roughly|around|approximately|almost|some|close\sto|just\sunder|"
    r"just\sover|up\sto)\s|an?\s(?:whopping|staggering|reported|estimated|record|hefty|massive|lofty|stunning|"
    r"rumou?red|eye-watering|cool|mere|reputed|near)\s)*"
)
_VALUATION_BEFORE = re.compile(
    r"(valued at|valuation (?:of|to|at)|valu(?:e|es|ed|ing) (?:[\w-]+\s){1,5}?at|market cap\w* of)\W*"
    + _QUALIFIER
    + r"$",
    re.IGNORECASE,
)
# "at $419.99 (roughly Rs. 30,600) a share", "at Rs 52,467 each", "à 12 euros par action": a share's price.
_PER_SHARE_AFTER = re.compile(
    r"^[\s)]{0,3}(?:(?:a|per|each|/)\s?(?:share|unit|ordinary\sshare|preferred\sshare)\b|each\b|apiece\b|"
    r"par\saction\b|por\sacci[óo]n\b|por\sa[çc][ãa]o\b|(?:pro|je)\sAktie\b|per\sazione\b)",
    re.IGNORECASE,
)


# The valuation in other languages: "alcanzar una valoración de 1,000 millones de dólares", "valorisée à 1,4 milliard",
# "avaliada em US$ 1,5 bilhão", "mit 400 Millionen Euro bewertet", "Bewertung von", "valutata", "估值", "企業価値", "기업가치"
# (tuning_batch31: the Glovo text's only amounts before its round were its valuation and the unicorn threshold).
_VALUATION_BEFORE_INTL = re.compile(
    r"(?:valoraci[óo]n|valuaci[óo]n|valorizaci[óo]n|valorisation|avalia[çc][ãa]o|valuation|Bewertung|valutazione|"
    # Every form of the French verb, "qui la valorise à plus de cinq milliards de dollars" too (b49-senefoot-ssi-1bn-
    # seed-fr, once money_f23 read "cinq" as a number).
    r"valorad[oa]s?|valoris(?:e|é|ée|és|ées|ent|ant|ait|aient|era|erait)|avaliad[oa]s?|valutat[oa]|bewertet)\s(?:[\w-]+\s){0,2}?"
    r"(?:de|en|à|a|em|von|auf|di|in|mit|of)\s(?:(?:cerca\sde|m[áa]s\sde|plus\sde|mais\sde|über|rund|oltre|près\sde|"
    r"environ|unos|alrededor\sde)\s)?$"
    r"|(?:估值|企业价值|企業價值|企業価値|評価額|기업가치|밸류에이션)\S{0,6}$"
    # The valuation named before a colon: "Post-raise valuation: $1 billion" (hs18-cryptonuggs-nous-research-50m-...),
    # "(Valuation: $2.6 billion)" (b14-511host-nft-infrastructure), "Valuation: $30B (post-money)" (hs7-crewyou-ai-
    # briefing-2026-04-27), "la valutazione attribuita alla neonata impresa: 12 miliardi di dollari"
    # (b49-ai4business-thinking-machines-2bn-seed-it, read as the round over its "seed round da 2 miliardi").
    r"|\b(?:valuation|valoraci[óo]n|valuaci[óo]n|valorisation|avalia[çc][ãa]o|Bewertung|valutazione)\b[^.;:\n]{0,60}:\s"
    r"(?:(?:about|around|over|circa|oltre|plus\sde|m[áa]s\sde|mais\sde|über|rund)\s)?$",
    re.IGNORECASE,
)
# The valuation as the subject of a comparison: "Getir’s valuation passed $7.5 billion after an investment round of $555
# million" (b31-hurriyetdailynews-getir-555m), "empresas privadas cuya valoración -basada en ...- supera los 1,000
# millones de dólares" (b31-elceo-glovo-150m-eur-es): the figure measures the valuation, not the round.
_VALUATION_SUBJECT = re.compile(
    r"\b(?:valuation|valoraci[óo]n|valuaci[óo]n|valorisation|avalia[çc][ãa]o|Bewertung|valutazione|market\scap\w*)\b"
    r"[^.;]{0,100}?\b(?:passed|passes|exceeds?|exceeded|tops?|topped|reach(?:es|ed)?|hit|hits|surpass\w*|crossed|"
    r"super[ae]\w*|alcanz\w*|atteint|d[ée]pass\w*|übersteigt|überstieg|erreicht\w*|ultrapass\w*|supera\w*)\s"
    r"(?:(?:los|las|les|the|o|a|la|die|den)\s)?(?:(?:about|over|nearly|some|rund|m[áa]s\sde)\s)?$",
    re.IGNORECASE,
)


def measures_valuation(text: str, start: int) -> bool:
    """The valuation is the subject the amount at `start` completes ("cuya valoración ... supera los 1,000 millones"),
    read over the sentence's last 140 characters: the subject stands further back than the words `_score` reads."""
    before = clause_before(text, start, 140)
    return bool(_VALUATION_SUBJECT.search(before))


def prices_the_company(before: str, after: str) -> bool:
    """True for an amount its words call a valuation or a price per share: neither is the money raised."""
    if _VALUATION_AFTER.match(after) or _VALUATION_BEFORE.search(before):
        return True
    if _VALUATION_BEFORE_INTL.search(before):
        return True
    return bool(_PER_SHARE_AFTER.match(after))
