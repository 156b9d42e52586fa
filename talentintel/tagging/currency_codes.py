"""A currency's prefix names no place: "US$238 million in capital costs" (unseen30, a Guyanese gold mine's news item,
read as the US beside Guyana), "A$5m", "C$ 120,000", "NZ$", "HK$", "S$". README region rule 10 reads capital codes in
free text as places; a code glued to a dollar sign is money. The prefixes are blanked before the description's places
are read (regions._description_places).
"""

from __future__ import annotations

import re

# a country's dollar: US, A(ustralian), C(anadian), NZ, HK, S(ingapore), NT (Taiwan), R (Brazil's real), Mex
_DOLLAR_PREFIX = re.compile(r"\b(?:US|USD|AU|A|CA|CAD|C|NZ|HK|S|SG|NT|R|Mex)\s?\$")


def without_currency_codes(text: str) -> str:
    """The text with each "US$"-like prefix blanked (same length: positions elsewhere stay valid)."""
    if "$" not in text:
        return text
    return _DOLLAR_PREFIX.sub(lambda m: " " * (len(m.group(0)) - 1) + "$", text)
