"""A period's recap and a trend piece's history told in a round's words, and a merger announced: no round.

tuning_batch37 (fund67; scored once at kind 0.762 on 21 texts) read as rounds:
- "The AI Healthcare Gold Rush: $1.29B Raised in September Alone" over "September was a big one, with $1.29 billion
  raised across 38 companies" (b37-aiinlabcoat-sept-1-29b-arsenalbio): a sum raised in a month, or across a count of
  companies, with no company as its subject.
- "The Robot Report tracked 38 robotics investments worth more than $4.8 billion in April 2021"
  (b37-therobotreport-april-2021-autostore-cruise): a tracker's count of deals with their worth.
- "directed his family investment company to dump $5 billion into AI startups" (b37-futurism-openai-io-6-4b-klarna):
  money put into a sector's startups in the plural is a portfolio, not one company's round (kind_totals'
  SECTOR_INFLOW reads the same with a plural subject only).
- "When Stripe-subsidiary Paystack raised its seed round of $1.3 million in 2016, it was one of the largest disclosed
  rounds" (b37-newzz-african-preseed-2020): a trend piece opening on a dated past raise, in a "When ..." clause.
- "the project also announced a merger with Hermez Network and a $1 billion investment"
  (b37-cryptopressmarket-polygon-hermez-merger-1b): "announced" took the merger's sum for a raise before the merger
  trigger; `ANNOUNCED` is `kind._RAISED`'s "announced" unless a merger or an acquisition is its object.
"""

from __future__ import annotations

import re

_MONEY = r"(?:US)?[$€£]\s?[\d.,]+\s?(?:[mbk]n?|million|billion)?"
_MONTH = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)(?!\s\d{1,2}\b)"
_SPAN = rf"(?:{_MONTH}|Q[1-4]|H[12]|(?:19|20)\d\d|the\s(?:first|second|third|fourth|last|past)\s(?:half|quarter|month|week))"
_FIRMS = r"\d[\d,]*\s(?:[\w-]+\s){0,2}?(?:companies|startups|start-ups|firms|ventures)\b"
# "across 38 deals" is a tally; "in 3 rounds" may be one company's history, so only firms follow "in".
_COUNTED = rf"(?:across|among|by)\s(?:{_FIRMS}|\d[\d,]*\s(?:[\w-]+\s){{0,2}}?(?:deals|rounds|transactions)\b)|(?:in|into)\s{_FIRMS}"
PERIOD_RECAP = re.compile(
    # A headline's sum with no subject, raised in a period: "$1.29B Raised in September Alone".
    rf"(?:^|\n|[:—–]\s){_MONEY}\s(?:was\s|were\s)?(?:raised|invested)\s(?:in|during)\s{_SPAN}|"
    # "with $1.29 billion raised across 38 companies", "$300 million invested in 45 startups".
    rf"{_MONEY}\s(?:was\s|were\s|has\sbeen\s)?(?:raised|invested|deployed)\s(?:{_COUNTED})|"
    # "tracked 38 robotics investments worth more than $4.8 billion": a count of deals and their worth.
    r"\b(?:tracked|recorded|counted|logged|registered)\s\d[\d,]*\s(?:[\w-]+\s){0,2}?(?:investments|deals|rounds|"
    r"transactions|financings|raises)\s(?:worth|totall?ing|valued\sat|amounting\sto)\b|"
    # "to dump $5 billion into AI startups": money put into a plural of startups.
    r"\b(?:dump|dumped|dumping|pour|poured|pouring|plow|plowed|pump|pumped|funnel|funnell?ed)\s(?:more\sthan\s|over\s|"
    rf"about\s|nearly\s|some\s)?{_MONEY}\s(?:into|in)\s(?:[\w-]+\s){{0,3}}?(?:startups|start-ups|companies)\b",
    re.IGNORECASE,
)
# "When Stripe-subsidiary Paystack raised its seed round of $1.3 million in 2016, it was ...": the opening's raise is
# dated in a past year by a "When" clause that frames what follows, and no raise follows it in the opening ("When
# Acme raised its seed in 2019, it had five staff. Now it has raised $50 million" is news of the second).
PAST_RAISE = re.compile(
    r"(?:^|\n)\s*When\s[^,.\n]{1,80}?\b(?:raised|secured|closed|landed|bagged)\b[^,\n]{0,80}?\bin\s(?:19|20)\d\d,"
    r"(?![\s\S]*\b(?:raised|raises|secured|secures|closed|closes|landed|lands|bagged|bags|completed)\b)",
)
ANNOUNCED = r"announced(?!\s(?:an?|the|its|their)\s(?:[\w-]+\s)?(?:merger|acquisition|takeover|buyout)\b)"
