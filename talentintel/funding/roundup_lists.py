"""A roundup's rounds told as one enumeration of "Name (amount)" items (issue 13, tuning_batch29; branch fund48roundup).

Reviews and recaps list a period's rounds in one sentence: "Substanzielle Finanzierungsrunden abschliessen konnten etwa
Bitcoin Suisse (48 Millionen Dollar), 4ART Technologies (45 Mio), Metaco (20 Mio), ... oder die Sygnum Bank (Betrag
nicht bekanntgegeben)" (b29-handelszeitung-crypto-valley-h1-2020-de), "The top seven deals—Cursor ($2.3B), Applied
Digital ($787.5M), ..., and Parallel Web Systems ($100M)—accounted for about $4.46 billion" (b29-roundly). No raise verb
stands beside each name, so the sentence rules read one deal or none (first score: extra deals 0 of 13 for the two).
Each item is a deal: its name, its amount in the currency and unit the item writes or, when it writes only a number
and a short unit ("45 Mio"), those of the item before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talentintel.funding.company_nonnames import not_a_name
from talentintel.funding.fx import to_usd
from talentintel.funding.types import Deal

# "($2.3B)", "(48 Millionen Dollar)", "(45 Mio)", "(12,1 Mio)", "(€20m)", "(US$ 5 million)".
_AMOUNT = re.compile(
    r"(?P<cur>US\$|US\s\$|\$|€|£)?\s?(?P<num>\d[\d.,]*)\s?(?P<unit>[MBK]\b|mn?\b|bn\b|Mio\.?|Mrd\.?|Millionen|Milliarden|"
    r"million|billion|millones|milhões|millions|milliards?)?\s?(?P<cur2>Dollar|US-Dollar|Euro|dollars|euros|USD|EUR)?$"
)
_UNDISCLOSED = re.compile(
    r"undisclosed|not disclosed|nicht bekannt|no revelad|não divulgad|non communiqu|non divulgu", re.IGNORECASE
)
_ITEM = re.compile(r"([^()\n]{1,80}?)\s\(([^()\n]{1,40})\)")
# What a list item's name never is: a sector, a stage or a market label ("DeFi ($111M)", "Seed (7)").
_LABEL = re.compile(
    r"(?i:defi|cefi|nfts?|web3|gaming|infrastructure|fintech|healthtech|edtech|saas|ai|crypto|seed|pre-seed|"
    r"series\s[a-h]|debt|equity|total|others?)"
)
# A deal word in the sentence: the list is of rounds, not of market shares or valuations.
DEAL_CUE = re.compile(
    r"\b(?:deals?|rounds?|raised|raises|funding|financing|investments?|Finanzierungsrunden?|Runden|rondas?|rodadas?|"
    r"levées?|tours? de table)\b|融资|투자|資金調達",
    re.IGNORECASE,
)
_SCALE = {"k": 1e3, "m": 1e6, "mn": 1e6, "mio": 1e6, "millionen": 1e6, "million": 1e6, "millones": 1e6,
          "milhões": 1e6, "millions": 1e6, "b": 1e9, "bn": 1e9, "mrd": 1e9, "milliarden": 1e9, "billion": 1e9,
          "milliard": 1e9, "milliards": 1e9}  # fmt: skip
_CURRENCY = {"$": "USD", "us$": "USD", "us $": "USD", "dollar": "USD", "us-dollar": "USD", "dollars": "USD",
             "usd": "USD", "€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR", "£": "GBP"}  # fmt: skip
_MIN_ITEMS = 3
# A sentence ends at a stop before a capital, not after an abbreviation ("12 Mio. Euro", "Acme Inc. (…)").
_SENTENCE = re.compile(
    r"(?<!\bMio\.)(?<!\bMrd\.)(?<!\bInc\.)(?<!\bCo\.)(?<!\bCorp\.)(?<!\bLtd\.)(?<=[.!?])\s+(?=[A-Z])|\n"
)


@dataclass
class _Money:
    number: float | None
    scale: float | None
    currency: str | None
    written: str = ""


def _money(inside: str) -> _Money | None:
    """The item's bracketed amount; None when the brackets hold something else (a place, a year, a ticker)."""
    m = _AMOUNT.match(inside.strip())
    if not m:
        return _Money(None, None, None, inside) if _UNDISCLOSED.search(inside) else None
    unit = (m.group("unit") or "").rstrip(".").lower()
    cur = (m.group("cur") or m.group("cur2") or "").lower()
    if not unit and not cur:
        return None  # "(2019)", "(20)": no money
    raw = m.group("num")
    # "12,1 Mio", "1,05 Milliarden": a decimal comma; "1,500" with a dollar sign and no unit: thousands.
    number = float(
        raw.replace(".", "").replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", raw) else raw.replace(",", "")
    )
    return _Money(number, _SCALE.get(unit), _CURRENCY.get(cur), inside.strip())


def _name(before: str) -> str | None:
    """The company name that ends `before`: its last capitalised words after a list separator."""
    piece = re.split(r"[,;:—–]|\s(?:and|und|oder|or|y|e|et|sowie)\s", before)[-1].strip()
    words: list[str] = []
    for word in reversed(piece.split()[-4:]):
        if not re.search(r"[A-Z0-9&]", word):
            break  # "konnten etwa Bitcoin Suisse", "die Sygnum Bank": the words before the name
        words.insert(0, word)
    name = " ".join(words)
    if not name or _LABEL.fullmatch(name) or not_a_name(name):
        return None
    return name


def _items(sentence: str) -> list[tuple[str, _Money]]:
    out = []
    for m in _ITEM.finditer(sentence):
        money = _money(m.group(2))
        name = _name(m.group(1)) if money else None
        if money and name:
            out.append((name, money))
    return out


def listed_deals(text: str, year: int | None) -> list[Deal]:
    """Rounds a sentence enumerates as "Name (amount)" items, three or more with an amount, in order."""
    deals: list[Deal] = []
    for sentence in _SENTENCE.split(text):
        items = _items(sentence)
        priced = [money for _, money in items if money.number is not None]
        if len(priced) < _MIN_ITEMS or not DEAL_CUE.search(sentence):
            continue
        scale, currency = priced[0].scale, priced[0].currency
        for name, money in items:
            scale, currency = money.scale or scale, money.currency or currency
            deals.append(_deal(name, money, scale, currency, year))
    return deals


def _deal(name: str, money: _Money, scale: float | None, currency: str | None, year: int | None) -> Deal:
    deal = Deal(kind="round", company=name)
    if money.number is not None and scale and currency:
        usd = to_usd(money.number * scale, currency, year)
        deal.amount_usd = round(usd, 2) if usd is not None else None
        deal.currency, deal.amount_original = currency, money.written
    return deal
