"""Amounts a round text states that are not the round: several companies' sum, a period's total, an investor's fund.

`money._score` drops these before scoring. Each class was seen on fresh text (tuning_batch13, first score amount 0.593):
- a sum over several raisers: "two raising over $180 million combined", "raised a combined $1.1 billion"
  (b13-highk-etched-a, b13-awesomeagents-chip-week);
- a period's total told as the subject's value: "the total venture dollars raised in February was just under
  $1.8 billion" (b13-firstword-yuanxin-january);
- the investor's own fund the money came from: "which utilized its $600 million game investment fund",
  "through ... its new $600 million game fund" (b13-gamepost-azra-seed-ext).
"""

from __future__ import annotations

import re

from talentintel.funding.money_allocated import allocating

_COMBINED_BEFORE = re.compile(
    r"\b(?:a\s)?(?:combined|collective(?:ly)?|cumulative|joint|aggregate)\s(?:total\sof\s)?"
    r"(?:about\s|over\s|more\sthan\s|nearly\s|some\s|roughly\s)?$",
    re.IGNORECASE,
)
# "combined" before the kinds of money one raiser took sums instruments, not raisers: "announced pricing of $3.6 billion in
# combined equity and convertible note offerings" (hs18-louisvelazquez-iren-3-6bn-equity-and-convertibles: the round
# itself, dropped as a sum over several raisers, so its $2 billion notes part was taken). "$106 million in combined seed
# and Series A" still sums two rounds.
_COMBINED_AFTER = re.compile(
    r"^[\s)]{0,2}(?:\w+\s){0,2}?(?:combined(?!\s(?:[\w-]+\s){0,2}?(?:equity|debt|convertible|notes?|loans?|credit|"
    r"cash|grants?)\b)|collectively|between\sthem)\b",
    re.IGNORECASE,
)
# "the total venture dollars raised in February was just under $1.8 billion": a total as the sentence's subject.
_TOTAL_WAS = re.compile(
    r"\btotal\b[^.;]{0,70}?\b(?:was|were|is|reached|hit|stood\sat|came\sto|amounted\sto)\s"
    r"(?:just\s|only\s)?(?:under|over|about|nearly|almost|some|around|roughly|more\sthan|less\sthan)?\s?$",
    re.IGNORECASE,
)
# "its $600 million game investment fund", "a new $600 million games fund": the fund is the investor's.
_FUND_AFTER = re.compile(r"^\s(?:[\w-]+\s){0,3}?(?:funds?|vehicle)\b(?!\s(?:round|raise|raising))", re.IGNORECASE)
# "The medtech sector has already seen an increase of CHF50m in funding" (b18-manufacturingchemist-swiss-medtech), "up
# by $2 billion on last year": a change in a total, not a round.
_DELTA_BEFORE = re.compile(
    r"\b(?:(?:an?\s)?(?:increase|rise|growth|jump|drop|decline|fall|decrease)\s(?:of|by)|(?:up|down)\sby)\s"
    r"(?:about\s|over\s|more\sthan\s|nearly\s|some\s|roughly\s)?$",
    re.IGNORECASE,
)
_OWNER_BEFORE = re.compile(r"\b(?:its|their|his|her|the\sfirm['’]s|(?:a\s)?new)\s(?:new\s)?$", re.IGNORECASE)


# "Following a new $1.5 billion investment round led by US-based investment fund General Atlantic"
# (turkeynewsgazette-trendyol): the amount of a round the text says someone led is that round's, as "raised by" says.
_LED_ROUND_AFTER = re.compile(
    r"^\s(?:[\w+-]+\s){0,2}?(?:round|financing|funding|raise)\s(?:was\s)?(?:co-?)?led\sby\b", re.IGNORECASE
)


# "had raised a Series C funding round of $318.8 million, co-led by SoftBank Vision Fund 2i" (medcitynews-xtalpi-c),
# "rodada de financiamento de US$ 150 milhões, liderada pelo fundo Greenoaks" (noticiasinstantaneas-botcompany), "the
# $34 million round by cell-culture seafood startup Finless Foods" (b13-tlw-agrifood-weekly): the amount is a led
# round's, or a round said with its raiser.
_LED_AFTER = re.compile(
    r"^,\s(?:and\s)?(?:co-?)?(?:led\sby|liderad[ao]s?\s(?:por|pelo|pela)|menée?\spar|angeführt\svon|guidat[oa]\sda)\b"
    r"|^\s(?:[\w-]+\s){0,2}?(?:round|raise)\sby\s(?!(?:the\s)?(?:end|close|time)\b)",
    re.IGNORECASE,
)


# "The startup announced in February that it had landed a R167-million deal" (b18-ventureburn-sa-2019): a deal that a
# raise verb lands is the round; "revealing a $3 billion AI cloud hosting deal" (aicoin-cipher-notes) is a contract.
_LANDED_BEFORE = re.compile(r"\b(?:landed|landing|lands|secured|securing|secures|bagged|clinched|closed)\san?\s$", re.I)
_DEAL_AFTER = re.compile(r"^\s(?:funding\s|investment\s|financing\s)?deal\b", re.IGNORECASE)


def landed_deal(before: str, after: str) -> bool:
    """A "deal" a raise verb lands right before the amount: "landed a R167-million deal"."""
    return bool(_LANDED_BEFORE.search(before) and _DEAL_AFTER.match(after))


def led_round_after(after: str) -> bool:
    """The words after an amount say the round was led: "$1.5 billion investment round led by ..."."""
    return bool(_LED_ROUND_AFTER.match(after) or _LED_AFTER.match(after))


def not_this_round(before: str, after: str) -> bool:
    """True for an amount the words around it describe as a sum over several raises, a change in a total or as an
    investor's fund."""
    if _COMBINED_BEFORE.search(before) or _COMBINED_AFTER.match(after) or _TOTAL_WAS.search(before):
        return True
    if _DELTA_BEFORE.search(before) or allocating(before):
        return True  # ... or the proceeds' planned use (money_allocated)
    return bool(_OWNER_BEFORE.search(before) and _FUND_AFTER.match(after))
