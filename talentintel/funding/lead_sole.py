"""The lead of a round one investor made alone (issue 13, tuning_batch15; branch fund17).

Labels take a round's only named investor as its lead (PROVENANCE: "one named investor -> its lead"). Unseen texts
tell such a round with the investor as subject or after "from", never with "led": "Vertex Ventures has invested in
Binance" (b15-businessgurus-binance-vertex), "Chiratae has invested an additional $1.16 million ... in EarlySalary"
(b15-techcircle-earlysalary), "Binance Labs ... investing in BIO Protocol" (b15-blockworkscom-bio-pharos), "Dealoka
... secured Series A from SB ISAT Fund" (b15-hybrid-dealoka). On batch15 these are 4 of the lead misses.

Called by `extract.extract_round` right after the lead phrases, only when they name no lead. On the whole tuning set
(1,083 texts) lead F1 0.912 -> 0.915: three batch15 misses fixed, no text worse.
"""

from __future__ import annotations

import re

from talentintel.funding.from_list_tail import list_goes_on
from talentintel.funding.lead_sole_appositive import APPOSITIVE_SUBJECT, ROUND_FOR_SUBJECT
from talentintel.funding.lead_sole_bet import POSSESSIVE_BET
from talentintel.funding.lead_sole_commit import SUBJECTS as MORE_SUBJECTS
from talentintel.funding.lead_sole_described import DESCRIBED_FROM, DESCRIBED_REACH
from talentintel.funding.lead_sole_gate import distinct_investors, spacing_key
from talentintel.funding.lead_sole_intl import INTL_SUBJECT, investor_name
from talentintel.funding.lead_sole_romance import ROMANCE_FROM
from talentintel.funding.names import INVESTOR_NAME as _NAME

# "<Investor> has invested [an additional $X] in <company>", "<Investor> is investing ... in", "tops up ... in".
_INVESTOR_SUBJECT = re.compile(
    # "the decision by Stellar Development Foundation to invest $750K in Cowrie" (hs8-regtechafrica-cowrie-sdf-750k): the
    # investor as the subject of an infinitive after a noun ("decision by", "agreement for").
    # A headline writes the verb in title case, and a release "announces" the investment: "HTX Ventures Invests in Kelp
    # DAO to Accelerate Restaking Innovations", "HTX Ventures ... has announced a strategic investment in Kelp DAO"
    # (hs12-newsdirect-kelp-dao-9m-htx, fund56).
    rf"(?P<inv>{_NAME})(?:\s\([^)]*\))?\s(?:has\s|have\s|had\s)?(?i:invested|is\sinvesting|invests|to\sinvest|"
    # The sum between may hold a decimal point: "SoftBank invests $1.5 billion in ..." (fund67, SYNTHETIC probe).
    r"(?:has\s)?topped\sup|(?:made|announced|announces)\s(?:an?\s)?(?:\w+\s)?investment)\b(?:[^.]|\.(?=\d)){0,120}?\bin\s"
    r"(?P<co>[^.,;]{1,80})"
)
# A state or public fund approves its investment: "The country’s government-led National Growth Fund has approved about
# 800 billion won, or roughly $533 million, of investment for FuriosaAI" (hs15-berritmedia-furiosaai-800bn-won-...).
_APPROVED_FOR = re.compile(
    rf"(?P<inv>{_NAME})\s(?:has\s|have\s|had\s)?approved\s(?:[^.]|\.(?=\d)){{0,120}}?\binvestments?\s(?:for|in|into)\s"
    r"(?P<co>[^.,;]{1,80})"
)
# "<company> secured [its] Series A from <Investor>", "received $X from <Investor>".
_FROM_INVESTOR = re.compile(
    r"\b(?:secured|received|raised|got|obtained|bagged)\s[^.]{0,60}?\bfrom\s(?P<inv>"
    + _NAME
    + r")(?=[.,;]|\s(?:in|on|last|this)\b|$)"
)
# "Lucid Group, Inc. announced that it has entered into agreements with its majority stockholder, Ayar Third
# Investment Company (...), to secure $750,000,000" (b18-fundingsecured-lucid): the company's own shareholder, named in
# an appositive, is the one investor of the placement.
_OWN_SHAREHOLDER = re.compile(
    r"\b(?:agreements?|agreed|a\sdeal)\swith\s(?:its|their)\s(?:majority|largest|controlling|main|principal)\s"
    rf"(?:stockholder|shareholder|owner|investor),\s(?P<inv>{_NAME})"
)
# An investor that joined or took part in a round was not alone in it: "Polychain Capital ... has joined the latest
# funding round for Ritual" under "Crypto VC Firm Polychain Invests in Decentralized AI Platform Ritual"
# (s146-ritual-polychain, labeled without a lead; fund56).
_JOINED_ROUND = re.compile(
    r"\b(?:joined|joins|joining|participated\sin|participates\sin|took\spart\sin)\s(?:the\s|a\s|an\s|its\s)?"
    r"(?:[\w-]+\s){0,3}?(?:round|raise|financing)\b",
    re.IGNORECASE,
)
# ... unless the sentence denies it: "None of Oyo’s other existing investors ... participated in this round of funding"
# (b17-vanillanews-oyo-softbank) tells SoftBank was alone.
_DENIED = re.compile(r"\b(?:None|No|Neither|not|never|nor)\b[^.\n]*$")


def _joined_round(text: str) -> bool:
    return any(not _DENIED.search(text[: m.start()]) for m in _JOINED_ROUND.finditer(text))


_NOT_INVESTOR = re.compile(r"(?i)^(?:the|a|an|it|this|that|they|we|he|she|on|in|last|earlier)\b")


def _distinct(names: list[str]) -> set[str]:
    return {spacing_key(n) for n in names}


def _full_forms(names: list[str]) -> list[str]:
    """`names` without a short form of another: "Chiratae Ventures ... has topped up" then "Chiratae has invested an
    additional $1.16 million" (b15-techcircle-earlysalary) name one investor."""
    keys = _distinct(names)
    return [n for n in names if not any(k.startswith(spacing_key(n) + " ") for k in keys)]


def sole_investor(text: str, company: str | None, investors: list[str]) -> list[str]:
    """[the investor] when the text's one named investor made the company's round alone; [] otherwise.

    `investors` are all the investors the text names (participants included): a second one means the round had
    several investors and none is the lead unless the text says so. Called only when no phrase named a lead.
    """
    # An owner named to describe the investor, or a singular spelling of it, is no second investor (lead_sole_gate).
    if not company or len(distinct_investors(investors, text)) > 1 or _joined_round(text):
        return []
    found: list[str] = []
    # "Krealo, el Corporate Venture Capital de Credicorp, invirtió en ... Welli": an appositive (lead_sole_appositive).
    # "Prima Materia stecke 100 Millionen Euro in das ... Unternehmen Helsing" (lead_sole_intl).
    # "Boomerang Ventures, a ... fund, has completed a $2.1 million Series A2 funding round for Wicked Technologies".
    # "Temasek’s US$100 million bet on ... Scommerce": the investor's possessive bet (lead_sole_bet).
    subjects = (
        _INVESTOR_SUBJECT,
        _APPROVED_FOR,
        APPOSITIVE_SUBJECT,
        ROUND_FOR_SUBJECT,
        INTL_SUBJECT,
        POSSESSIVE_BET,
        *MORE_SUBJECTS,
    )
    for m in (m for pattern in subjects for m in pattern.finditer(text)):
        if company.lower() in m.group("co").lower() and not _NOT_INVESTOR.match(m.group("inv")):
            found.append(investor_name(m.group("inv")) if m.re is INTL_SUBJECT else m.group("inv"))
    # "from Japan's SoftBank Group Corp.": a description between "from" and the name (lead_sole_described).
    for m in (
        *_FROM_INVESTOR.finditer(text),
        *_OWN_SHAREHOLDER.finditer(text),
        *DESCRIBED_FROM.finditer(text),
        *ROMANCE_FROM.finditer(text),
    ):
        # The described form names the company up to a sentence back: "OkHi has announced raising ... The startup,
        # which developed ..., noted that the fund was supported by the London-based ..." (ripples-okhi).
        reach = DESCRIBED_REACH if m.re in (DESCRIBED_FROM, ROMANCE_FROM) else 120
        before = text[max(0, m.start() - reach) : m.start()]
        if list_goes_on(text[m.end("inv") :]):
            return []  # "from Sequoia, the Valley fund, and Accel": a second investor after an aside (from_list_tail)
        if company.lower() in before.lower() and not _NOT_INVESTOR.match(m.group("inv")):
            found.append(m.group("inv"))
    found = _full_forms(found)
    if len(_distinct(found)) != 1:
        return []
    return [found[0]]
