"""Whole amounts written with dots between thousands and no scale word: "US$600.000", "R$ 1.200.000", "€250.000".

Spanish, Portuguese, Italian and German texts group thousands with dots, so "US$600.000" is six hundred thousand
dollars; the English reader takes it for 600.0 and drops it as too small (b25-lanacion-ripio-600k-es: "consiguió una
inversión inicial de US$600.000" read no amount on its first score). Only a currency sign before the number and at
least two groups or a value of 10,000 or more count: "$1.500" is a price, not a round.
"""

from __future__ import annotations

import re

_SIGNS = {"us$": "USD", "u$s": "USD", "usd": "USD", "r$": "BRL", "€": "EUR", "$": "USD"}
# The sign, then 1-3 digits and one or more ".ddd" groups, and no decimal or scale word after it.
_GROUPED = re.compile(
    r"(?<![A-Za-z])(?P<pre>US\$|U\$S|R\$|USD|€|\$)\s?(?P<num>\d{1,3}(?:\.\d{3})+)(?![\d.,]*\d)(?!\s?(?:mil|mi[lo]|m\b|bi|k\b))",
    re.IGNORECASE,
)


def grouped_money(text: str) -> list[tuple[int, int, float, str, str]]:
    """(start, end, amount, currency, original) of each dot-grouped whole amount of 10,000 or more."""
    found = []
    for m in _GROUPED.finditer(text):
        value = float(m.group("num").replace(".", ""))
        if value >= 10_000:
            found.append((m.start(), m.end(), value, _SIGNS[m.group("pre").lower()], m.group(0)))
    return found
