"""The two parties of a loan: the borrower is the raiser, the one named lender is the round's lead (issue 13, fund79).

Labels take a round's only named investor as its lead, and a loan's lender is that investor (tuning_hs17: "secured a
... debt financing facility amounting to EUR 575 million from a company affiliated with the Tether Group"
(hs17-cryptotale-northern-data-575m-eur-tether-loan), "arranged a debt facility of up to $500 million with USD.AI"
(hs17-chainreport-sharon-ai-500m-usd-ai-gpu-loan)). The equity readers look for "led by" and investor verbs, which a
loan is told without; and "arranged" / "signed" a facility is no raise verb, so the borrower went unread.

Read only when the round is already classified `debt`, and only for one lender: "from A and B" or "from A, B" names
a syndicate, which the labels leave without a lead.
"""

from __future__ import annotations

import re

from talentintel.funding.names import INVESTOR_NAME as _NAME

_DEBT_NOUN = (
    r"(?:loans?|credit\s(?:facility|line)|(?:debt|loan|financing)\s(?:financing\s)?facility|debt\sfinancing|"
    r"(?:convertible\s|senior\s|secured\s)+notes?|term\sloan|credit\sagreement|loan\sagreement|"
    # A sum "in debt" / "of debt": "raised $200 million in debt for the purchase of GPUs from Upper90, a VC firm ..."
    # (hs19-sendgrid-sfbt-crusoe-200m-gpu-debt-upper90, fund82).
    r"(?<=\sin\s)debt|(?<=\sof\s)debt)"
)
# "an unsecured loan from a Tether Group affiliate", "a facility ... from a company affiliated with the Tether Group",
# "a $50 million credit line with Silicon Valley Bank". The lender is cut before a list goes on (", B" / " and B").
_LENDER = re.compile(
    # "debt backed by Nvidia GPUs" names the collateral, not the lender (the same Crusoe text).
    rf"(?i:{_DEBT_NOUN})\b(?:[^.\n]|\.(?=\d)){{0,80}}?(?<!backed\s)(?<!secured\s)(?<!collateralized\s)"
    r"\b(?:from|with|by)\s"
    r"(?:(?:an?\s)?(?:company|entity|subsidiary|unit|vehicle)\s(?:affiliated\swith|owned\sby|of)\s|an\saffiliate\sof\s)?"
    rf"(?:the\s|an?\s)?(?P<inv>{_NAME})(?:\s(?:affiliate|subsidiary|entity|unit))?(?P<more>,\s[A-Z]|\sand\s[A-Z]|\s&\s)?"
)
# "Sharon AI arranged a debt facility of up to $500 million": the borrower as subject of a verb that takes a loan.
_BORROWER = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<co>{_NAME})\s(?:has\s|have\s)?(?:arranged|signed|entered\sinto|obtained|"
    rf"drew\sdown|closed|secured|agreed)\s(?:an?\s|the\s)?(?:[\w$€£.,-]+\s){{0,6}}?(?i:{_DEBT_NOUN})\b"
)
_NOT_A_NAME = re.compile(r"^(?:The|A|An|It|This|That|They|We|He|She|Its|Their|Our)$")


def lender_lead(text: str) -> list[str]:
    """The one lender a loan is told to come from, as the round's lead; [] when none or several."""
    for m in _LENDER.finditer(text):
        name = m.group("inv")
        if m.group("more") or _NOT_A_NAME.match(name):
            return []
        return [name]
    return []


def borrower(text: str) -> str | None:
    """The subject that arranged or signed a loan, when no raise verb named the raiser."""
    m = _BORROWER.search(text)
    return m.group("co") if m and not _NOT_A_NAME.match(m.group("co")) else None
