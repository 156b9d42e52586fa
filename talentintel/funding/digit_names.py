"""Names that open with a digit ("3Commas", "1inch", "0G Labs", "42dot", "54gene"): read as names, given back as written.

Most name patterns of the parser (the Arabic, Hindi, Polish, Vietnamese and Turkish readers, the Romance article and
the lead phrases among them) start a name at a capital letter, so a digit-led name was cut to its letters ("0xRelay"
-> "xRelay", "2K Quorvane" -> "K Quorvane"), glued to an article ("A 3Quorvane") or lost. The invariance harness
(scripts/funding_invariance.py, session 12) swapped the company of 803 tuning rounds the parser got right for
digit-led names and got 0.934-0.941 back where a coined capitalised name ("Veltrix") got 0.986. As `lower_brands`
does for lowercase brands, such a word is written for the rules with a capital letter before it ("Xq3Commas") and
every name of the deals is given back without it. Numbers with a unit ("5bn", "24h", "3rd", "10x", "$5M", "4K",
"1990s") are no name and stay as they are.
"""

from __future__ import annotations

import re

from talentintel.funding.lower_brands import respelled
from talentintel.funding.types import Deal

_MARK = "Xq"
_TOKEN = re.compile(r"(?<![\w$€£¥₹.,/:+#@%-])(?P<digits>\d+)(?P<rest>[A-Za-z][A-Za-z0-9]*)(?![\w-])")
_LETTERS = re.compile(r"[A-Za-z]+")
# A number's unit, scale, ordinal or time: "5bn", "10mln", "24h", "3rd", "2x", "100kg", "4pm".
_UNITS = frozenset(
    "k m b mn bn mln mio mrd mds md tn trn cr crore crores lakh lakhs lac million millions billion billions trillion "
    "thousand usd eur gbp inr jpy cny yen rs kg km mm cm gb tb mb kb mw gw kw kwh mwh gwh hrs hr min mins sec secs am "
    "pm st nd rd th yrs yr days years months weeks hours minutes seconds percent times fold x ms fps hz ghz mhz nm pc "
    "pct bps s d g h p q v w gen sats "
    # ... in the other languages the press writes amounts in: "900mila dollari" (intelligonews-horus), "5mln zł".
    "mila mil mille milioni milione miliardi miliardo millones millón milhões milhão millionen milliarden mld mlrd "
    "bln tys tysięcy milyon milyar bin juta miliar rb ribu ty trieu".split()
)
# A number before a currency is an amount whatever its unit ("300mila euro", "5tys zł").
_CURRENCY_NEXT = re.compile(
    r"[^\S\n]?(?:[$€£¥₹]|(?i:usd|eur|gbp|inr|dollars?|dollari|dólares|dolares|euros?|pounds?|rupees?|yen|yuan|zł|pln|"
    r"lire|reais|rs\.?)\b)"
)
# One capital letter after the digits ("0G", "8i", "24M") is a name only before a capitalised word that is no money,
# round or preposition: "0G Labs", "8i Ventures", "24M Technologies", not "5M Series A" or "3D In".
_SINGLE_NEXT = re.compile(
    r"[^\S\n](?!(?:Series|Seed|Round|Funding|Financing|Investment|Valuation|Revenue|Users|Euros?|Dollars?|USD|EUR|"
    r"GBP|Shares|Tokens?|Pre|Bridge|Raise|Deal|In|At|Of|To|From|And|For|With|On|By|The|An?)\b)[A-Z][a-z]+"
)
_MARKED = re.compile(rf"(?<![A-Za-z]){_MARK}(?=\d)")


def _is_name(match: re.Match[str], text: str) -> bool:
    rest = match.group("rest")
    letters = _LETTERS.match(rest)
    alpha = letters.group(0) if letters else ""
    if (alpha.lower() in _UNITS and len(alpha) > 1) or _CURRENCY_NEXT.match(text, match.end()):
        return False
    if len(alpha) == 1:
        return bool(_SINGLE_NEXT.match(text, match.end()))
    # A hash or an address ("0x5a3fe9c1d2"), not a name.
    return not (len(match.group(0)) >= 10 and re.fullmatch(r"[0-9a-fA-Fx]+", match.group(0)))


def lettered(text: str) -> str:
    """The text with a capital mark before every digit-led name (`with_digit_names` takes it off the deals' names)."""
    if _MARK in text:
        return text
    return _TOKEN.sub(lambda m: _MARK + m.group(0) if _is_name(m, text) else m.group(0), text)


def as_written(name: str | None) -> str | None:
    return _MARKED.sub("", name) if name else name


def with_digit_names(deals: list[Deal]) -> list[Deal]:
    """The deals with every digit-led name spelled as the text spells it."""
    return respelled(deals, as_written)
