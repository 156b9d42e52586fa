"""Fund news that is not a fund raised: a fund planned, sought or close to a close, an LP's commitment to someone
else's fund, a manager sought for a public programme, and generic statements about how funds are raised.

`kind` reads these as triggers of `other` (before the opening's first completed raise, like its other triggers):
- planned: "SoftBank ... is considering launching its third Vision Fund", "Mubadala is set to create a start-up
  ecosystem", "Tiger Global is planning to go back to market", "a venture capital fund ... is close to raising $1
  billion", "LaunchVic is looking for a fund manager to run a $120million startup fund", "received nearly 900 billion
  won in investment applications" (tuning_funds12);
- an LP commitment: "is going to invest $10 billion in the world's largest VC fund", "X committed $100M to Y's fourth
  fund" (the committer is no manager; investors as a group committing to a fund are that fund's close, not this);
- a generic statement is no news: "Many general partners are raising funds ...", "Would-be venture capitalists looking
  to raise a fund for the first time often face ...": a trigger in such a sentence is not the story's event.
"""

from __future__ import annotations

import re

from talentintel.funding.fund_plan_table import PLANNED_LEDE as _PLANNED
from talentintel.funding.fund_programs import made_public


class _Planned:
    """_PLANNED less a plan its subject made public with the fund's size ("unveiled his plan to set up a 10 billion
    yen ... fund" is the launch, fund_programs), searched like a pattern by `kind`'s triggers."""

    def finditer(self, head: str) -> list[re.Match[str]]:
        return [m for m in _PLANNED.finditer(head) if not made_public(head, m.start())]


PLANNED = _Planned()
# Money applied for is not money raised: "received nearly 900 billion won in investment applications".
APPLIED = re.compile(r"\bin\s(?:investment|funding)\s(?:applications|bids)\b", re.IGNORECASE)

LP_INVEST = re.compile(
    r"\b(?:invest(?:s|ed|ing)?|commit(?:s|ted|ting)?|pledg(?:es|ed|ing)|contribut(?:es|ed|ing))\s"
    r"(?:as\smuch\sas\s|up\sto\s|about\s|around\s|nearly\s|more\sthan\s)?(?:[$€£¥]|US\$|USD\s?)[\d.,]+\s?"
    r"(?:[mb]n?|million|billion)?\s(?:in|into|to)\s(?:what\s(?:is|will\sbe|is\sset\sto\sbecome)\s)?"
    r"(?:the\s|a\s|an\s|(?:[A-Z][\w&.-]*\s){0,3}[A-Z][\w&.-]*['’]s\s)(?:[\w$.,'’-]+\s){0,6}?(?:fund|vehicle)\b"
)
# An investor putting money into another manager's named fund, with or without the amount, is an LP, not the
# story's raise: "IDB Lab Invests in 500 Startups’ Luchadores III Fund" (tuning_funds14 lavca, read as a round),
# "IDB Lab announced it will be investing an undisclosed amount in 500 Luchadores III, a fund managed by ...".
_LP_IN_NAMED_FUND = re.compile(
    r"\b(?i:invest(?:s|ed|ing)?)\s(?:an\sundisclosed\s(?:amount|sum)\s)?(?:in|into)\s(?:"
    r"(?:[A-Z0-9][\w&.-]*\s){0,3}[A-Z][\w&.-]*['’]s?\s(?:[A-Z][\w&.-]*\s){0,4}Funds?\b|"
    r"(?:[A-Z0-9][\w&.-]*\s){1,5}(?:[IVX]+\s)?Fund\b|"
    r"(?:[A-Z0-9][\w&.-]*\s){1,5}[IVX]+,\sa\sfund\s(?:managed|run)\sby\b|"
    # Another manager's new fund by its owner: "IDB Lab to invest in new fund from DILA Capital" (tuning_funds20).
    r"(?:the\s|a\s)?new\s(?:[\w-]+\s){0,2}?fund\s(?:from|of|managed\sby|run\sby)\s(?:the\s)?[A-Z])"
)
# A fund of funds' approvals to many funds are LP commitments (Indian English "sanction"): "During FY 2015 and 2016
# sanctions were made to 11 funds (Rs. 314 crores)", "cleared for sanction requests from 9 Funds" (tuning_funds20 smestreet).
_LP_SANCTIONS = re.compile(
    r"\bsanctions?\s(?:were\s|was\s)?(?:made\s|given\s)?(?:to|for)\s\d+\s(?:[\w-]+\s){0,2}funds\b|"
    r"\bsanction\srequests\sfrom\s\d+\s(?:[\w-]+\s){0,2}funds\b",
    re.IGNORECASE,
)
# A fund of funds' approvals for many funds (its money "for venture capital funds"): "Small Industries Development Bank
# of India (SIDBI) has cleared another round of fund-of-funds for venture capital funds (VCFs)" (f22-businessworld-sidbi-
# india-aspiration-fund-200cr, read as SIDBI's round).
_FOF_CLEARED = re.compile(
    r"\b(?:sanction(?:ed|s)|cleared|approved)\s[^.\n]{0,60}?\bfund[\s-]of[\s-]funds\s(?:for|to)\s(?:\d+\s)?"
    r"(?:venture\scapital\s|VC\s|alternative\sinvestment\s|private\sequity\s)?funds\b",
    re.IGNORECASE,
)
# An investor's money into a fund in Portuguese, Spanish, French, Italian is its LP: "Finep investe R$ 8 milhões em
# fundo de capital semente" (f22-anpei-finep-horizonti-seed-fund, read as Finep's round); a fund's own raise says
# "capta", "levanta", "recauda", "lève".
_LP_INVEST_ROMANCE = re.compile(
    r"\b(?:invest(?:e|iu|irá|e-se)|invierte|invirtió|invertirá|investit|investira|aport(?:a|ou|ará|ó))\s"
    r"(?:cerca\sde\s|até\s|hasta\s|jusqu['’]à\s|près\sde\s)?(?:R\$|US\$|\$|€|MXN|COP|CLP)\s?[\d.,]+\s?"
    r"(?:mil\s|milh(?:ões|ão)\s|mill(?:ones|ón)\s|millions?\s|bilh(?:ões|ão)\s|milioni\s)?(?:de\s)?(?:d['’]euros\s)?"
    r"(?:em|en|dans|in|nel)\s(?:um\s|uma\s|un\s|una\s|el\s|o\s|le\s|il\s)?(?:novo\s|nuevo\s|nouveau\s|nuovo\s)?"
    r"(?:fundo|fondo|fonds)\b",
    re.IGNORECASE,
)
# An investor putting money into a fund in Korean is its LP: "미국 벤처캐피탈인 피닉스벤처파트너스(Phoenix Venture Partners)가
# 조성한 펀드에 공동투자했다", "미국 벤처기업 펀드에 투자하며" (f21-chemlocus-lg-tech-ventures-lp-phoenix-fund); a fund that
# invests in a company says "펀드가 … 에 투자했다" (fund_cjk.INVESTED_IN).
_LP_INTO_FUND_KO = re.compile(r"펀드에\s?(?:공동\s?)?투자(?:했|하였|하며|한다|해)")
# Investors as a group committing to a fund tell that fund's close ("LPs committed $300M to the fund").
_GROUP_SUBJECT = re.compile(
    r"\b(?:investors|LPs|limited\spartners|backers|institutions)\s(?:\w+\s){0,2}$", re.IGNORECASE
)

# A sentence about what many or typical actors do: a quantifier subject or a frequency adverb.
_QUANTIFIED = re.compile(r"^\s*(?:Many|Several|Some|Most|More|Numerous|Few|Other)\s")
_FREQUENCY = re.compile(r"\b(?:often|usually|typically|generally|tend\sto)\b")


class _LpCommitment:
    """LP_INVEST and _LP_IN_NAMED_FUND with the group-subject veto, searched like a pattern by `kind`'s triggers."""

    def finditer(self, head: str) -> list[re.Match[str]]:
        found = [*LP_INVEST.finditer(head), *_LP_IN_NAMED_FUND.finditer(head), *_LP_SANCTIONS.finditer(head)]
        found += [*_FOF_CLEARED.finditer(head), *_LP_INVEST_ROMANCE.finditer(head)]
        found += _LP_INTO_FUND_KO.finditer(head)
        found.sort(key=lambda m: m.start())
        return [m for m in found if not _GROUP_SUBJECT.search(head[max(0, m.start() - 40) : m.start()])]


LP_COMMITMENT = _LpCommitment()


def in_generic_sentence(head: str, start: int) -> bool:
    """The position is inside a sentence that states what many or typical actors do, not an event."""
    before = re.split(r"(?<=[.!?])\s+|\n", head[:start])[-1]
    end = re.search(r"[.!?](?:\s|$)|\n", head[start:])
    sentence = before + (head[start : start + end.start()] if end else head[start:])
    return bool(_QUANTIFIED.match(before) or _FREQUENCY.search(sentence))


# Money committed so far makes a fund being raised a close, not a fund only sought: "is raising a $250 million fund"
# then "AIC has garnered $160 million for the fund" (tuning_funds14 yahooau; tuning_funds5's convention: a fund's size
# is what is committed so far, M31's "$50M in commitments" of a $100M cap).
_SO_FAR = re.compile(
    r"\b(?:has|have)\s(?:so\sfar\s)?(?:garnered|amassed|gathered|collected|raised|secured)\s"
    r"(?:about\s|around\s|nearly\s|more\sthan\s)?(?:[$€£¥]|US\$|USD\s?)[\d.,]+\s?(?:[mb]n?|million|billion)?\s"
    r"(?:so\sfar|to\sdate|for\sthe\s(?:new\s)?fund)\b",
    re.IGNORECASE,
)


def committed_so_far(head: str) -> bool:
    """The opening says money was committed so far to the fund being raised."""
    return bool(_SO_FAR.search(head))
