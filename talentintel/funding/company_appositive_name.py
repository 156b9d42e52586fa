"""A kind of company capitalised before the name it describes: "The US arm of the world’s largest crypto Exchange,
Binance, secured $200 million" (b40-cryptoslate-binance-us-200m-seed-4-5bn) read "Exchange" as the raiser. A lone
descriptor word ("Exchange", "Platform", "Startup") set off before a name in commas is that name's description; the
name is the company. The headline may write the raiser's own form of it, glued on ("Binance.US valued at ..."): the
arm that raised, which the headline's subject names.
"""

from __future__ import annotations

import re

from talentintel.funding.company_grammar import DESCRIPTOR_WORDS, NAME


def appositive_name(company: str | None, header: str, text: str) -> str | None:
    """The name set off after a lone descriptor word read as the company, in its headline form when glued on."""
    if company is None or company.lower() not in DESCRIPTOR_WORDS:
        return company
    m = re.search(rf"(?<![\w-]){re.escape(company)},\s({NAME}),\s", text)
    if m is None:
        return company
    name = m.group(1)
    glued = re.match(rf"\s*({re.escape(name)}[.-][A-Z]{{2,4}})\b", header)  # "Binance.US", "Kraken-EU"
    return glued.group(1) if glued else name
