"""German compound amounts: the figure, its scale and its currency hyphenated onto the noun they size.

German press writes a round's size as the first part of a compound noun: "Nach der 500-Millionen-Dollar-
Finanzierungsrunde für das Start-up Aleph Alpha" (b49-rnz-aleph-alpha-500m-de), "Gropyus mit 100-Mio.-Euro-Runde ganz
oben" (brutkasten-2023-investments). The spaced forms ("500 Millionen Dollar") are read in `money_words`; the hyphens
hid these from it, and the Aleph Alpha round read no amount (tuning_batch49, first score).
"""

from __future__ import annotations

import re

_SCALES = {"millionen": 1e6, "mio.": 1e6, "mio": 1e6, "milliarden": 1e9, "mrd.": 1e9, "mrd": 1e9}
_CURRENCIES = {"euro": "EUR", "dollar": "USD", "us-dollar": "USD", "franken": "CHF", "pfund": "GBP"}
# The compound goes on with a hyphen to the noun ("-Finanzierungsrunde", "-Runde", "-Investment").
_COMPOUND = re.compile(
    r"(?<![\w.,-])(?P<num>\d{1,3}(?:\.\d{3})*(?:,\d+)?)-(?P<scale>Millionen|Milliarden|Mio\.?|Mrd\.?)-"
    r"(?P<cur>US-Dollar|Dollar|Euro|Franken|Pfund)(?=-[A-ZÄÖÜ])"
)


def compound_money(text: str) -> list[tuple[int, int, float, str, str]]:
    """(start, end, amount, currency, original) of each hyphenated compound amount: "500-Millionen-Dollar"."""
    found = []
    for m in _COMPOUND.finditer(text):
        number = float(m.group("num").replace(".", "").replace(",", "."))
        amount = number * _SCALES[m.group("scale").lower()]
        found.append((m.start(), m.end(), amount, _CURRENCIES[m.group("cur").lower()], m.group(0)))
    return found
