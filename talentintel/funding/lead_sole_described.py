"""The sole investor of a round named after a description of it (issue 13; branch fund36).

`lead_sole` reads "<company> raised $X from <Investor>" only when the name follows "from" at once. Texts of several
publishers put a description between: a country's possessive ("has raised Rs.413 crore (around $62 million) from
Japan's SoftBank Group Corp.", b17-vanillanews-oyo-softbank), a "<place>-based" kind of firm ("raised debt funding of 6
million euros (₹48 crores) from the Netherlands- based asset management company, Triodos Investment Management",
f16-medianama-capital-float-triodos-debt; "the fund was supported by the London-based Angel Investment Network",
ripples-okhi). The money words may also hold a dot ("Rs.413"), which `lead_sole`'s clause stops at.

Only the described form is read here; `lead_sole.sole_investor` keeps its checks (one investor named in the text, the
company named just before).
"""

from __future__ import annotations

import re

from talentintel.funding.names import INVESTOR_NAME as _NAME

# "Japan's ", "the London-based ", "the Netherlands- based asset management company, ".
_DESCRIPTION = (
    r"(?:[A-Z][a-z]+['’]s\s"
    r"|(?:(?:the|a|an)\s)?[A-Z][\w.]*\s?-\s?based\s(?:(?:[a-z][\w-]*\s){0,3}[a-z][\w-]*,\s|(?:[a-z][\w-]*\s){0,3}?))"
)
DESCRIBED_FROM = re.compile(
    r"\b(?:secured|received|raised|got|obtained|bagged|supported|funded)\s(?:(?!\.\s)[^;\n]){0,80}?"
    rf"\b(?:from|by)\s{_DESCRIPTION}(?P<inv>{_NAME})(?=[.,;]|\s\(|\s(?:in|on|at|last|this|for|to)\b|$)"
)
# How far back the company may be named: ripples-okhi names it 190 characters before "supported".
DESCRIBED_REACH = 250
