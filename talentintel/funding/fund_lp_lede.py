"""A fund told by its limited partner's money going in: the lede's subject puts money into a fund.

The news of a fund is often an investor joining it: "Mubadala ... and Bpifrance have co-invested in an Africa-focused
venture capital fund" (hs20-alhadath, read as a round), "A Hong Kong billionaire-linked family office is backing a new
$100m artificial intelligence venture fund" (hs17-peinsights), "The state's biggest public pension fund has committed
$5 million to ... a projected $20 million venture capital fund" (f21-mcall), "Rabobank steekt geld in een tweede
investeringsfonds van Innovation Industries" (f19-ednl), "BBVA斥资5000万美元参投创新工场AI基金" (b52-weiyangx) and Czech
"Ti do fondu ... vložili ... 430 milionů korun" (b52-eurocz): seven publishers in five languages whose fund was read
as a round or as no deal. The money flows into a fund, so the text announces a fund raise (its manager is the fund's
owner, read by the fund path; `fund_lp` keeps the LP from being taken for it).

Only the opening's sentences count, and the fund must be the object of the investing verb: "Acme, a fund-backed
startup, raised" or "the fund invested in Acme" are no LP commitment.
"""

from __future__ import annotations

import re

from talentintel.funding.kind_opening import opening
from talentintel.funding.money import Money, find_money

# Words that may stand between the article and "fund": a size, "new", "second", "Africa-focused", "venture capital".
_FUND_NP = (
    r"(?:(?:a|an|the|its|their|his|her)\s)?(?:(?:US)?[$€£][\d.,]+\s?(?:[mb]n?|million|billion)?\s|[\w’'&.-]+\s){0,6}?"
    r"fund(?![\w-])(?!['’]s\s(?:portfolio|investment))"
)
_LP_INTO_FUND = re.compile(
    # English: "have co-invested in an ... fund", "has also invested in the Partech Africa II VC fund", "committed $200
    # million as part of a joint $400 million fund". Not "backs"/"anchors" (an LP backing a fund whose close is not
    # told is `other` in the labels: f14-weetracker "BII Backs Alterra's USD 400M Fund", f16-oodaloop "anchors AFF's
    # first fund"), nor the participle "-backed fund" ("the first government-backed fund, has invested in Chaldal").
    r"\b(?:(?:co-)?invest(?:s|ed)|is\sinvesting|committed|commits|pledged)\s(?:(?:also|now|just)\s)?"
    r"(?:(?:US)?[$€£][\d.,]+\s?(?:[mb]n?|million|billion)?\s)?(?:in(?:to)?\s|to\s)?"
    + _FUND_NP
    # Dutch: "steekt geld in een tweede investeringsfonds van X" (any compound in -fonds: "durfkapitaalfonds").
    + r"|\bsteekt\s(?:geld|[\d.,]+\s(?:miljoen|miljard)\s(?:euro|dollar))\sin\s(?:een|het|de)\s(?:[\w-]+\s){0,3}?"
    r"[\w-]*fonds\b"
    # Czech: "Ti do fondu ... vložili ... 430 milionů korun", "vložila do fondu".
    r"|\bdo\sfondu\b[^.\n]{0,120}?\bvložil[aiy]?\b|\bvložil[aiy]?\b[^.\n]{0,60}?\bdo\s(?:nového\s)?fondu\b"
    # Chinese: "斥资5000万美元参投创新工场AI基金" (参投 = invest as a participant, the object a fund).
    r"|参投[^，。；\n]{0,24}基金",
    re.IGNORECASE,
)
# The subject is the fund's own manager investing its fund's money: "the fund invested in Acme", "X Ventures invested
# from its fund in Acme" name a portfolio company after the verb, not a fund.
_FUND_INVESTS = re.compile(r"\bfund\s(?:has\s|have\s)?(?:co-)?invest(?:s|ed)\s", re.IGNORECASE)


def lp_backs_fund(text: str) -> bool:
    """Whether the opening tells an investor putting money into a fund (a limited partner's commitment)."""
    head = opening(text, 3)
    m = _LP_INTO_FUND.search(head)
    if m is None:
        return False
    before = head[max(0, m.start() - 40) : m.start()]
    return not _FUND_INVESTS.search(before + m.group(0)[:20])


# The fund's owner after the fund: "een tweede investeringsfonds van Innovation Industries", "the third fund of Acme".
_OWNER_AFTER = re.compile(
    r"\s(?:of|van|von|de|da|del|di)\s(?:the\s|het\s|de\s)?([A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})"
)
# The subject before the verb: "Mubadala just committed $200 million as part of a joint $400 million fund with
# SoftBank" (f12-ameinfo): in a joint fund the investor is one of the fund's own managers.
_SUBJECT = re.compile(r"([A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})\s(?:(?:has|have|had|just|also|now)\s)*$")


def lp_fund_owner(text: str) -> str | None:
    """The manager an LP lede names: the firm whose fund the money goes into, or the investor itself in a joint fund."""
    head = opening(text, 3)
    m = _LP_INTO_FUND.search(head)
    if m is None:
        return None
    owner = _OWNER_AFTER.match(head, m.end())
    if owner:
        return owner.group(1)
    if re.search(r"\bjoint\b", m.group(0), re.IGNORECASE):
        sentence_start = max(head.rfind(". ", 0, m.start()) + 2, head.rfind("\n", 0, m.start()) + 1, 0)
        subject = _SUBJECT.search(head[sentence_start : m.start()])
        return subject.group(1) if subject else None
    return None


# A joint fund's own size inside the object: "committed $200 million as part of a joint $400 million fund".
_JOINT_SIZE = re.compile(r"\bjoint\s((?:US)?[$€£][\d.,]+\s?(?:[mb]n?|million|billion))\s(?:[\w-]+\s){0,3}?fund\b", re.I)


def joint_fund_size(text: str) -> Money | None:
    """The size a joint fund is given in an LP lede (the fund's, not the investor's share), read as money."""
    m = _LP_INTO_FUND.search(opening(text, 3))
    size = _JOINT_SIZE.search(m.group(0)) if m else None
    money = find_money(size.group(1)) if size else []
    return money[0] if money else None
