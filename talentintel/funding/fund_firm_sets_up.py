"""A venture firm that sets up a fund of a stated size, or is named in apposition to "firm" as raising money.

tuning_hs7 (first score fund_company 0.500, kind 0.579) read two such funds as company rounds:
"Germany-based venture capital firm Cherry Ventures is launching its Web3 campaign after setting up a $34 million
crypto fund" (hs7-ainftgo-cherry-crypto-1; the fund's own name, "Cherry Crypto 1", was taken for the raiser) and
"He said his firm, Escape Velocity Ventures, has raised $20 million to invest in and around the decentralized wireless
(DeWi) sector" (hs7-lightreading-escape-velocity-dewi-fund). A firm's money is a fund, not a round.

A headline may name the fund as its owner's: "Factorial’s $25M Startup Venture Fund Targets AI Builders"
(hs7-aicerts-factorial-fund-ii, read as a round of "Modal", a portfolio company of the earlier fund).
"""

from __future__ import annotations

import re

_MONEY = r"(?:[$€£]|US\$)\s?[\d.,]+\s?(?:million|billion|bn|mn|[mMbB]\b)?"
_NAME = r"(?:[A-Z][\w&'’.-]*)(?:\s[A-Z][\w&'’.-]*){0,4}"
# "venture capital firm Cherry Ventures is launching ... after setting up a $34 million crypto fund".
_FIRM_SETS_UP = re.compile(
    rf"\b(?:venture capital|VC|venture|investment|crypto)\s(?:firm|investor)\s{_NAME}\b[^.;]{{0,80}}?"
    r"\b(?:set(?:ting|s)?\sup|launch(?:ed|es|ing)|unveil(?:ed|s|ing)|establish(?:ed|es|ing)|creat(?:ed|es|ing))\s"
    rf"(?:a|an|its)\s(?:new\s)?{_MONEY}\s(?:[\w-]+\s){{0,2}}?fund\b",
    re.IGNORECASE,
)
# "his firm, Escape Velocity Ventures, has raised $20 million": the appositive names the firm that raised.
_FIRM_APPOSITIVE_RAISED = re.compile(
    rf"\b(?:his|her|their|its|the)\s(?:venture\s|VC\s|investment\s)?firm,\s{_NAME},\s(?:has\s|had\s)?"
    rf"(?:raised|closed|secured)\s{_MONEY}"
)


# "Factorial’s $25M Startup Venture Fund Targets AI Builders": the headline's subject is the owner's sized fund; a
# fund that backs or leads is an investor in someone's round ("Acme's $50M Fund Backs Widgetco").
_HEADLINE_OWN_FUND = re.compile(
    rf"^({_NAME})['’]s\s(?:(?:new|debut|first|latest|second|third)\s)?{_MONEY}\s(?:[A-Z][\w-]*\s){{0,3}}?Fund\b"
    r"(?!\s(?i:backs|leads|led|invests|invested|co-leads|joins|participates|bets))"
)
# Both texts say it in their third sentence, after a summary bullet or a quote; the fund openings read two.
_WINDOW = 1000


def firm_sets_up_fund(text: str) -> bool:
    """The text's start has a named venture firm set up a fund of a stated size, or raise money as "his firm"."""
    start = text[:_WINDOW]
    return bool(_FIRM_SETS_UP.search(start) or _FIRM_APPOSITIVE_RAISED.search(start) or headline_fund_owner(text))


def headline_fund_owner(text: str) -> str | None:
    """The owner of the sized fund a headline names as "Owner's $N ... Fund", or None."""
    m = _HEADLINE_OWN_FUND.match(text.strip().split("\n", 1)[0])
    return m.group(1) if m else None
