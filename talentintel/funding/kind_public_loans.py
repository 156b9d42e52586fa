"""A loan from a development lender to a government: public debt, no company's raise.

`kind` reads SOVEREIGN_LOAN as a "public loan" trigger (before the opening's first completed raise, through
kind_more_intl). Seen on tuning_batch57 (kind_f24, read as rounds of a ministry or a country at its one score in the
rules and hybrid modes), both labelled other: "Ministry Signs $200m Agreement with World Bank" (Ethiopia's finance
ministry, addisfortune.news), "The World Bank approved a loan of 149.7 million dollars for Pakistan" (dawntv.co.uk).
The lenders named are the multilateral banks that lend to states (World Bank, IMF, IDA, IBRD, ADB, AfDB, AIIB); the
World Bank Group's private-sector arm (IFC) lends to companies, so a possessive ("World Bank's IFC") is not read.
"""

from __future__ import annotations

import re

_LENDER = (
    r"(?:(?-i:World\sBank)|International\sMonetary\sFund|(?-i:IMF|IDA|IBRD|ADB|AfDB|AIIB)|International\sDevelopment\s"
    r"Association|(?:Asian|African|Inter-American)\sDevelopment\sBank|Asian\sInfrastructure\sInvestment\sBank)"
    r"(?!(?:\sGroup)?['’]s\b)"
)
SOVEREIGN_LOAN = re.compile(
    # "The World Bank approved a loan of ...", "the IMF agreed a $3bn credit".
    rf"\b{_LENDER}\s(?:has\s|had\s|have\s)?(?:approv|sign|agre|extend|grant|disburs|sanction)\w*\s[^.\n]{{0,40}}?"
    r"\b(?:loans?|credits?|financing|bailout)\b|"
    # "Signs $200m Agreement with World Bank", "a 200-million-dollar loan from the World Bank".
    rf"\b(?:loans?|credits?|financing|agreements?)\s(?:with|from)\s(?:the\s)?{_LENDER}",
    re.IGNORECASE,
)
