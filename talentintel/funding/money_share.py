"""Amounts that are a share of a market total, a running total told from a start date, or a bulleted item's own
figure (tuning_batch21, first score amount 0.385 on 13 rounds).

- a share of a total: "Nigerian startups received 35% ($160m) of Africa's total $466m investment, the bulk of which
  was Moove's joint equity and debt financing of $110m" (b21-verivafrica-moove-equity-debt): the figure in brackets
  after a percentage restates that percentage of a total; it is nobody's round;
- a running total told from a start: "Since then, the startup has raised over $100 million in funding ... In March,
  the team closed an $80 million funding round" (b21-prosperplanetpulse-carputty-debt): what a company has raised
  since its first round or its founding adds up every round;
- a possessive's total: "of Africa's total $466m investment" (the same text): a continent's, a market's or a
  sector's total before the amount sums many rounds;
- a size threshold for a plural: "plus de levées de fonds à plus de 100 millions d’euros que sur l’ensemble de l’année
  2019" (b21-ladn-fr-january-2020-megarounds), "rounds of over $100 million": the amount bounds a class of rounds;
- a bulleted "Name : amount" line: "- EcoVadis : 180 millions d’euros" (b21-ladn-fr-january-2020-megarounds): the
  amount after a bullet's name (French sets a space before the colon) is that item's deal, as "Name - $amount" is
  in numbered roundups (segment_turns).
"""

from __future__ import annotations

import re

# "35% ($160m) of", "12 per cent (US$40 million)": the bracket restates a percentage of something.
_PERCENT_BRACKET_BEFORE = re.compile(r"\d\s?(?:%|per\s?cent|percent|por\sciento|pour\scent)\s?\(\s?$", re.IGNORECASE)
# "Since then, the startup has raised over", "Since its founding in 2015, Acme has raised more than".
_SINCE_RAISED_BEFORE = re.compile(
    r"\bsince\s(?:then|(?:its|their)\s(?:founding|launch|inception|creation)|(?:19|20)\d\d)\b[^.;!?]{0,45}?"
    r"\b(?:has|have|had)\s(?:now\s|already\s)?(?:raised|secured|received|collected|amassed)\s"
    r"(?:(?:over|more\sthan|nearly|almost|about|around|roughly|some|a\stotal\sof)\s)?$",
    re.IGNORECASE,
)
# "To date, the Sacramento, California-based company has raised $25 million in seed funding" after "Azra Games has
# raised another $10 million" (hs5-gamesbeat-azra-seed-ext): a sentence that opens on "to date" or "so far" sums every
# round, even the stage's own ("in seed funding") (tuning_batch22 study, branch fund32).
_TO_DATE_OPENER_BEFORE = re.compile(
    r"^(?:To\sdate|So\sfar|Thus\sfar|Until\snow|Up\sto\snow|All\stold|Altogether|In\sall),\s[^.;!?]{0,70}?"
    r"\b(?:has|have|had)\s(?:now\s|already\s)?(?:raised|secured|received|collected|amassed|attracted)\s"
    r"(?:(?:over|more\sthan|nearly|almost|about|around|roughly|some|a\stotal\sof)\s)?$",
    re.IGNORECASE,
)
_POSSESSIVE_TOTAL_BEFORE = re.compile(r"['’]s\s(?:total|combined|overall|aggregate)\s(?:of\s)?$", re.IGNORECASE)
# "levées de fonds à plus de", "rounds of over", "deals above", "rondas de más de": a plural bounded by the amount.
_PLURAL_THRESHOLD_BEFORE = re.compile(
    r"\b(?:rounds|deals|raises|levées(?:\sde\sfonds)?|tours\sde\stable|opérations|rondas|rodadas|aportes)\s"
    r"(?:of|above|over|exceeding|topping|à|de|supérieures?\sà|superiores\sa|acima\sde)\s"
    r"(?:plus\sde\s|more\sthan\s|over\s|at\sleast\s|más\sde\s|mais\sde\s)?$",
    re.IGNORECASE,
)
# "... has raised $5M in a seed round": a stage after the amount makes it one round, not a sum.
_STAGE_AFTER = re.compile(
    r"^\s?(?:in\s)?(?:an?\s|its\s|the\s)?(?:[\w-]+\s)?(?:series\s[a-h]\b|seed\b|pre-seed\b|round\b)", re.IGNORECASE
)
# "- EcoVadis : 180 millions", "• Qonto: €104M": a bullet, a capitalised name of up to six words, a colon.
# A French digest writes the sector in brackets and a comma: "- Mistral AI (IA générative), 1,7 Md€ en Série C",
# "- Cailabs (photonique / communications optiques), 57 M€, financement structuré" (polesocietes-mistral-c, fund83).
_BULLET_NAME_COLON = re.compile(
    r"\s*[-–•*·]\s?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,5}(?:\s?:|\s\([^()\n]{1,60}\)\s?[,:])\s?"
)


def share_or_running_total(before: str, after: str) -> bool:
    """The amount is a share of a total, a total, a threshold or a company's sum since a start date: not the round."""
    if any(p.search(before) for p in (_PERCENT_BRACKET_BEFORE, _POSSESSIVE_TOTAL_BEFORE, _PLURAL_THRESHOLD_BEFORE)):
        return True
    if _TO_DATE_OPENER_BEFORE.search(before.lstrip()):
        return True
    return bool(_SINCE_RAISED_BEFORE.search(before) and not _STAGE_AFTER.match(after))


def bullet_item_amount(before: str) -> bool:
    """The line so far is a bullet's "- Name : ": the amount is that item's deal."""
    return bool(_BULLET_NAME_COLON.fullmatch(before))


# "Moove’s joint equity and debt financing of $110m" (b21-verivafrica-moove-equity-debt): a company's financing,
# named before the amount with "of", is that company's round even with no raise verb in the sentence.
_POSSESSIVE_FINANCING_BEFORE = re.compile(
    r"(?-i:[A-Z])[\w.&-]*['’]s\s(?:[\w-]+\s){0,5}?(?:financing|funding|round|raise|fundraise|fundraising)\sof\s$",
    re.IGNORECASE,
)


def named_financing_of(before: str) -> bool:
    """The words before the amount are a company's "X's ... financing of ": the amount is that round's."""
    return bool(_POSSESSIVE_FINANCING_BEFORE.search(before))
