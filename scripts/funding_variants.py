"""Labeled SYNTHETIC variants of a real funding text: its company, a lead investor or its amount swapped for an
unseen one of a given shape, with the answer the swap implies (used by `funding_invariance.py`).

A swap is kept only when it is clean: after it no spelling of the old name (or money mention of the old amount)
is left in the text, so the only right answer is the swapped one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talentintel.funding.fx import to_usd

# Unseen names by shape. Two of each, so a text with two leads gets two different names of one shape.
COMPANY_SHAPES: dict[str, tuple[str, ...]] = {
    "coined": ("Veltrix", "Quorvane"),
    "two_words": ("Harbor Lane", "Copper Ridge"),
    "x_ai": ("Nuvola AI", "Tessary AI"),
    "x_labs": ("Quillon Labs", "Brenvik Labs"),
    "x_protocol": ("Tessary Protocol", "Orvane Protocol"),
    "lowercase": ("zentra", "plinko"),
    "person_like": ("Morgan & Reyes", "Hale & Okafor"),
    "digits": ("0xRelay", "Nodex42"),
    # Names that open with a digit ("3Commas", "1inch", "0G Labs") or a lowercase letter inside a camel case
    # ("bitsCrunch"): session 12 added these after the fund46probe run listed them among its open failures.
    "digit_led": ("3Quorvane", "7Tessary"),
    "digit_lower": ("9vantor", "4kelby"),
    "digit_labs": ("2K Quorvane", "5X Tessary"),
    "lower_camel": ("velTrix", "quorVane"),
}
CJK_COMPANY_SHAPES: dict[str, tuple[str, ...]] = {
    "han": ("星澜科技", "云栖智能"),
    "katakana": ("ベルトリクス", "クオルバン"),
    "hangul": ("벨트릭스", "쿠오르반"),
}
LEAD_SHAPES: dict[str, tuple[str, ...]] = {
    "x_capital": ("Kelvar Capital", "Ostrand Capital"),
    "x_ventures": ("Brightmoor Ventures", "Tessellate Ventures"),
    "x_partners": ("Quarrystone Partners", "Velden Partners"),
    "coined": ("Ambrova", "Kestrix"),
    "two_words": ("Harbor Lane", "Copper Ridge"),
    "x_labs": ("Quillon Labs", "Brenvik Labs"),
    "person_like": ("Morgan & Reyes", "Hale & Okafor"),
    "digits": ("0xRelay", "Nodex42"),
}
CJK_LEAD_SHAPES: dict[str, tuple[str, ...]] = {
    "han": ("星澜资本", "云栖创投"),
    "katakana": ("ベルトリクス・キャピタル", "クオルバン・パートナーズ"),
    "hangul": ("벨트릭스벤처스", "쿠오르반파트너스"),
}

_HAN = re.compile(r"[\u3400-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")


@dataclass
class Variant:
    field: str  # company / amount / leads
    shape: str
    text: str
    swap: dict[str, str]  # old spelling -> new, applied to the parser's answer on the real text to get the expected one
    amount_factor: float | None = None  # amount: the new USD value is the old one times this
    amount_usd: float | None = None  # amount, currency swapped: the new USD value


def script_of(name: str) -> str:
    if _HANGUL.search(name):
        return "hangul"
    if _KANA.search(name):
        return "katakana"
    if _HAN.search(name):
        return "han"
    return "latin"


def _pattern(spelling: str) -> re.Pattern[str]:
    # A CJK name has no word boundary: it is glued to its particle ("벨트릭스는", "星澜科技完成").
    if script_of(spelling) != "latin":
        return re.compile(re.escape(spelling))
    # "Sequoia-led" is Sequoia; "Porter-Cable" is another name.
    return re.compile(rf"(?<![\w@/.-]){re.escape(spelling)}(?!\w|-(?-i:[A-Z0-9])|\.\w)", re.IGNORECASE)


def spellings(name: str, alts: list[str]) -> list[str]:
    """The name and its alternatives, longest first, so "Wefox Group" is swapped before "Wefox"."""
    seen = {s.strip() for s in [name, *alts] if s and s.strip()}
    return sorted(seen, key=len, reverse=True)


def swap_names(text: str, olds: list[str], new: str) -> str | None:
    """`text` with every spelling in `olds` replaced by `new`; None when a spelling's core word stays behind."""
    out = text
    for old in olds:
        out = _pattern(old).sub(lambda _m: new, out)
    for old in olds:
        if _pattern(old).search(out):
            return None
        core = old.split()[0] if script_of(old) == "latin" else old
        if script_of(old) == "latin" and len(core) >= 4 and core[0].isupper() and _pattern(core).search(out):
            return None
    return out


def shapes_for(name: str, latin: dict[str, tuple[str, ...]], cjk: dict[str, tuple[str, ...]]) -> dict[str, tuple]:
    script = script_of(name)
    return latin if script == "latin" else {script: cjk[script]}


def company_variants(text: str, company: str, alts: list[str]) -> list[Variant]:
    out = []
    olds = spellings(company, alts)
    for shape, names in shapes_for(company, COMPANY_SHAPES, CJK_COMPANY_SHAPES).items():
        new = names[0]
        swapped = swap_names(text, olds, new)
        if swapped is not None and swapped != text:
            out.append(Variant("company", shape, swapped, {o: new for o in olds}))
    return out


# Money as English text writes it: "$3.2 million", "US$ 12m", "USD 4.5 billion", "€15M", "$4,500,000".
_SYMBOL = r"(?P<cur>US\$|USD\s?|\$|€|EUR\s?|£|GBP\s?|₹|INR\s?|Rs\.?\s?)"
_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_SCALE = r"(?P<scale>\s?(?:million|billion|mn|bn|crore|lakh)\b|[mMbBkK]\b)?"
MONEY = re.compile(rf"(?<![\w.]){_SYMBOL}{_NUMBER}{_SCALE}")
_CURRENCY = {"US$": "USD", "USD": "USD", "$": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP"}
_CURRENCY |= {"₹": "INR", "INR": "INR", "Rs": "INR", "Rs.": "INR"}
_SCALES = {"million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "k": 1e3}
_SCALES |= {"crore": 1e7, "lakh": 1e5}


def money_value(match: re.Match[str]) -> tuple[str, float]:
    currency = _CURRENCY[match.group("cur").strip()]
    number = float(match.group("num").replace(",", ""))
    scale = (match.group("scale") or "").strip().lower()
    return currency, number * _SCALES.get(scale, 1.0)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.02 * max(a, b)


def _mentions(text: str, currency: str, value: float) -> list[re.Match[str]]:
    found = []
    for match in MONEY.finditer(text):
        cur, amount = money_value(match)
        if cur == currency and amount and _close(amount, value):
            found.append(match)
    return found


# (shape, new number, scale word per old scale word): same currency, the number or the scale changed.
_NUMBER_SHAPES: tuple[tuple[str, float, dict[str, str]], ...] = (
    ("other_number", 47.0, {}),
    ("decimal", 12.75, {}),
    ("scale_up", 1.3, {"million": "billion", "mn": "bn", "m": "bn", "M": "B"}),
)
# Another currency and scale in place of the whole mention.
_CURRENCY_SHAPES: tuple[tuple[str, str, str, float], ...] = (
    ("inr_crore", "₹40 crore", "INR", 40e7),
    ("eur", "€15 million", "EUR", 15e6),
    ("gbp_short", "£6.5m", "GBP", 6.5e6),
    ("full_digits", "$4,500,000", "USD", 4.5e6),
)


def _renumber(match: re.Match[str], number: float, scales: dict[str, str]) -> tuple[str, float]:
    scale = match.group("scale") or ""
    word = scale.strip()
    if scales and word not in scales:
        return match.group(0), 0.0
    new_scale = scale.replace(word, scales[word]) if scales else scale
    written = f"{number:g}"
    _, old = money_value(match)
    value = number * _SCALES.get(new_scale.strip().lower(), 1.0)
    if not new_scale.strip():
        # A bare full-digit amount ("$4,500,000") stays one: 47 -> $47,000,000.
        value = number * 1e6
        written = f"{int(value):,}"
    return f"{match.group('cur')}{written}{new_scale}", value / old if old else 0.0


def _restated(text: str, currency: str, usd: float, year: int | None) -> bool:
    """The amount is also written in another currency ("Rs 10 crore ($1.37 million)"): a swap would leave it."""
    for match in MONEY.finditer(text):
        cur, amount = money_value(match)
        other = to_usd(amount, cur, year) if cur != currency else None
        if other and abs(other - usd) <= 0.15 * usd:
            return True
    return False


def amount_variants(text: str, original: str | None, usd: float, year: int | None) -> list[Variant]:
    """Swaps of the amount the parser read (`original`, as the text writes it) for other numbers and scales."""
    first = MONEY.search(original or "")
    if not first or first.group(0) != (original or "").strip():
        return []
    currency, value = money_value(first)
    mentions = _mentions(text, currency, value)
    if not mentions or _restated(text, currency, usd, year):
        return []
    out: list[Variant] = []
    for shape, number, scales in _NUMBER_SHAPES:
        pieces = [_renumber(m, number, scales) for m in mentions]
        if any(not factor for _, factor in pieces) or any(not _close(f, pieces[0][1]) for _, f in pieces):
            continue
        new_text = _replace(text, mentions, [p for p, _ in pieces])
        out.append(Variant("amount", shape, new_text, {}, amount_factor=pieces[0][1]))
    for shape, written, cur, amount in _CURRENCY_SHAPES:
        new_usd = to_usd(amount, cur, year)
        if new_usd is None:
            continue
        new_text = _replace(text, mentions, [written] * len(mentions))
        out.append(Variant("amount", shape, new_text, {}, amount_usd=new_usd))
    return out


def _replace(text: str, matches: list[re.Match[str]], news: list[str]) -> str:
    out = text
    for match, new in sorted(zip(matches, news, strict=True), key=lambda p: p[0].start(), reverse=True):
        out = out[: match.start()] + new + out[match.end() :]
    return out
