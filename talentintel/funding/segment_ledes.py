"""A roundup that opens on its period's total (issue 13, tuning_batch29; branch fund48roundup).

"Mena startup funding bounces back in November ... Investment totalled $764 million from 42 deals ... Egyptian
microfinance company MNT-halan secured $130 million" (b29-agbi-mena-november-2023-tamara-tabby): the headline names no
company, so the body's first raise was read as the headline's deal told again and every later sentence stayed in that
one part (first score: 16 of 21 batch29 texts one part or deal). A first part that names no raiser and states a sum
or count of the period's deals is the market's, not a company's: the first named raise after it is a deal of its own.
"""

from __future__ import annotations

import re

from talentintel.funding.money import Money, find_money
from talentintel.funding.money_valuation import prices_the_company

# A sum or a count of the period's deals or funded startups, in the languages of the roundups read so far. A bare
# "total" is no period's: "Bringing Total Funding to-date to Over US$100 Million" (fh-1089) is one company's, and
# "a pack of a total of 10startups" (b21-harmattan-hyperiondev-zar) a cohort: the total is a sum of money.
_PERIOD_SUM = re.compile(
    r"\b(?:start-?ups?|companies|firms|investments?|funding|capital|financing)\b[^.\n]{0,60}"
    r"\b(?:totall?ed|totall?ing|a total of)\s(?:about\s|around\s|more than\s|over\s|nearly\s)?"
    r"(?:US\$|[$€£¥₹]|\d[\d.,]*\s?(?:million|billion|bn|m)\b)"
    r"|\b(?:across|in|from|through)\s\d[\d,.]*\s(?:[\w-]+\s)?(?:deals|rounds|transactions|investments|startups)\b"
    r"|\b\d[\d,.]*\s(?:funding\s|financing\s|investment\s)?(?:deals|rounds|transactions)\b"
    r"|\b(?:insgesamt|in\s\d[\d.]*\s(?:Deals|Finanzierungsrunden|Runden))\b"
    r"|\b(?:en|em)\s\d[\d.]*\s(?:rondas|rodadas|operaciones|operações|acuerdos)\b|\b\d[\d.]*\s(?:rondas|rodadas)\b"
    r"|\b(?:au total|en \d+ (?:opérations|levées|tours de table))\b"
    # A class of companies raising in a period: "En el primer trimestre de 2025, las empresas respaldadas por capital
    # riesgo levantaron 80.100 millones de dólares" (hs19-elplural-thinking-machines-2bn-seed-roundup-es, fund82), "as
    # startups brasileiras captaram", "les start-up françaises ont levé": the definite plural is the market, not a raiser.
    r"|\b(?:las|los|as|os|les)\s(?:empresas|startups|start-ups?|compañías|companhias|sociétés|jeunes\spousses)\b"
    r"[^.\n]{0,60}\b(?:levantaron|recaudaron|captaron|obtuvieron|recibieron|levantaram|captaram|arrecadaram|"
    r"receberam|ont\slevé|ont\srécolté|ont\sobtenu)\b"
    r"|\d+\s?(?:起|笔|筆)(?:投资|投資|融资|融資)|(?:投资|融资)事件|\d+\s?건|투자\s?건수|\d+\s?件",
    re.IGNORECASE,
)


# A prize told after a competition's total is no round: "Silo Africa and Cladfy secured second place with US$60,000
# each" after "Six African startups have won a total of US$400,000" (b13-todayafrica-week-sep15).
_PRIZE = re.compile(r"\b(?:place|prizes?|awards?|competition|won)\b", re.IGNORECASE)


def is_prize(sentence: str) -> bool:
    return bool(_PRIZE.search(sentence))


def market_lede(sentences: list[str]) -> bool:
    """The sentences (a first part that names no raiser) state the period's sum or count of deals."""
    return any(_PERIOD_SUM.search(s) for s in sentences)


def is_period_total(sentences: list[str], amount_usd: float | None) -> bool:
    """`amount_usd` is a dollar sum a period-total sentence states: "In total, 58 funding rounds were announced,
    totalling $2.6b" read as the round of "Yep", the sentence's opener (fintechradar-fold-a), is the market's figure."""
    if not amount_usd:
        return False
    totals = [m.amount for s in sentences if _PERIOD_SUM.search(s) for m in find_money(s) if m.currency == "USD"]
    return any(abs(amount_usd - t) <= 0.02 * t for t in totals)


def own_sum(sentences: list[str], company: str | None) -> Money | None:
    """The one sum a sentence opening on `company` says it raised, outside the period-total sentences: "MatX pulled in
    $500 million" after "three startups closed funding rounds totaling $1.1 billion" (b13-awesomeagents-chip-week, once
    a roundup's comma clauses are units of their own): the head part's company's round, not the week's total."""
    if not company:
        return None
    for sentence in sentences:
        # "Thinking Machines Lab está valorada en 10.000 millones de dólares" before "... acaba de cerrar una ronda
        # semilla de 2.000 millones" (the same es text): a sum the sentence calls a valuation is no raise.
        said = [m for m in find_money(sentence) if not prices_the_company(sentence[: m.start], sentence[m.end :])]
        if sentence.strip().startswith(company) and len(said) == 1 and not _PERIOD_SUM.search(sentence):
            return said[0]
    return None
