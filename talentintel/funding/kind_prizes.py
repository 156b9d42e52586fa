"""A prize won in a competition: money awarded to winners raises no round.

`kind` reads PRIZE as a "prize" trigger (before the opening's first completed raise). Seen on tuning_batch39 (read as a
round at its one score, both kind modes): "MicroOptx, was awarded the $50,000 grand prize at the 13th annual MN Cup
awards celebration" (b39-carlsonschool-mn-cup-2017-microoptx-prize). The class on other real texts (pages corpus):
"The company scooped a $1 million prize for their success" (techcabal.com, NovFeed), "to award $330,000 in prizes to the
winners" (emporiaindependentmessenger.com), "offering $50,000 to $200,000 in prize awards" (fundsforngos.org). Only a
sum tied to the noun is read ("the $50,000 grand prize", "$330,000 in prizes"); a round that also "wins a $2M NIH
grant" keeps its raise, which comes first.
"""

from __future__ import annotations

import re

_MONEY = r"(?:(?:US|A|C|S)?[$€£₹]|Rs\.?|USD|EUR)\s?\d[\d.,]*\s?(?:[mbk]n?\b|million|billion|crore|lakh)?"
PRIZE = re.compile(
    # "awarded the $50,000 grand prize", "scooped a $1 million prize", "a $20,000 prize".
    rf"{_MONEY}\s(?:(?:grand|cash|first|top|second|third)\s)?prize\b(?!\s(?:pool\sof\sinvestors))|"
    # "$330,000 in prizes", "$260,000 in grant-based prizes", "in prize awards", "prize money".
    rf"{_MONEY}\s(?:in\s)?(?:[\w-]+\s)?prizes\b|\bprize\s(?:money|awards?|purse)\b|"
    # The headline form without the sum: "MicroOptx wins first place at 2017 MN Cup", "Grand Prize Winner".
    r"\bwins?\s(?:the\s|a\s)?(?:grand\sprize|first\s(?:place|prize))\b|\bgrand\sprize\swinner\b|"
    # Awards announced (tuning_batch57, kind_f24, both read as rounds by the rules): "revealed the winners of its
    # annual innovation awards, with prizes for the cities of Dortmund and Vantaa" (adhugger.net), "a new €100 million
    # “Fast Track to Innovation” (FTI) pilot action and five innovation prizes under Horizon 2020" (boldventureblog.com).
    r"\bwinners\sof\s(?:its|the|this\syear['’]s)\s(?:[\w-]+\s){0,3}(?:awards?|prizes?|competitions?|challenges?)\b|"
    r"\b(?:innovation|inducement)\sprizes\b|\bprizes?\sunder\s",
    re.IGNORECASE,
)
