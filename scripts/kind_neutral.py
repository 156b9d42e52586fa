"""Kind features meant to read the same in every language, tried for the kind model (session 23, kind_f23) and not
shipped: `kind_variants.py --neutral` measures them.

The words model learns a cue from the words of the languages it has texts in; these name the cue's family and where
it stands instead, so a Turkish "yatırım aldı" and an English "raises" in a headline give the same feature: a raise,
fund, acquisition, IPO, period-total or sought-raise cue in the headline, the first sentence or the rest of the
opening (the rules' own patterns where they have one), the number of money amounts and whether the headline has one,
plural raisers ("startups", "家公司"), a fund word just before the first raise cue, the number of capitalized names in
the first sentence, and the opening's script. No feature names a company or depends on one text's words.
Why not shipped (figures in train_kind_model.py's docstring): the grouped CV rose (hybrid 0.761 -> 0.786) but
leave-one-holdout-out did not (0.747 -> 0.747; tuning_hs22, the one file today's rule patterns never read, 0.865 ->
0.757), and without the rules' own patterns (acquisition, IPO, total, sought) the CV gain goes too (0.769): the gain
was the rule patterns, written on these very texts, read back.
"""

from __future__ import annotations

import re

from talentintel.funding.company_span_neutral import _RAISE_CUE as RAISE_CUE
from talentintel.funding.company_span_neutral import _ROUND_CUE as ROUND_CUE
from talentintel.funding.kind import _ACQUIRE as ACQUIRE
from talentintel.funding.kind import _IPO as IPO
from talentintel.funding.kind import _NOT_CLOSED as NOT_CLOSED
from talentintel.funding.kind_acquire_intl import ACQUIRE_INTL
from talentintel.funding.kind_market import MARKET
from talentintel.funding.kind_opening import opening
from talentintel.funding.kind_sought_intl import SOUGHT_INTL
from talentintel.funding.kind_totals import PERIOD_TOTAL

SENTENCES = 4  # as kind_model.SENTENCES: headline and three sentences

FUND_CUE = re.compile(
    r"(?i:\b(?:funds?|fonds|fondo|fondos|fundo|fundos|fondi|фонд\w*|quỹ|vehicle|first\sclose|final\sclose|"
    r"limited\spartners|LPs)\b)|基金|ファンド|펀드"
)
# Many raisers, one sum: the plural subject of a market total or a roundup, in the languages of the tuning texts.
PLURAL_RAISERS = re.compile(
    r"(?i:\b(?:startups|start-ups|companies|firms|deals|rounds|empresas|entreprises|unternehmen|aziende|bedrijven|"
    r"perusahaan|стартап(?:ы|ов)|компаний|şirket(?:ler|i))\b)|家(?:公司|企业|企業|初创|初創)|개\s?(?:사|기업|스타트업)|社が"
)
_MONEY = re.compile(
    r"(?i:(?:US\$|[$€£¥₹₩]|\b(?:USD|EUR|GBP|RMB|CNY|JPY|KRW|INR|Rs\.?))\s?\d[\d.,]*|"
    r"\d[\d.,]*\s?(?:million|billion|bn|mn|crore|lakh|millones|milhões|millions|milliards?|millionen|miljoen|"
    r"milioni|miliardi|juta|miliar|triệu|tỷ|млн|млрд|milyon|milyar)\b)|\d[\d.,]*\s?(?:亿|億|억|万|萬|만)"
)
_NAME = re.compile(r"\b[A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*)*")
_SCRIPTS = (
    ("latin", re.compile(r"[A-Za-z\u00c0-\u024f]")),
    ("cjk", re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("arabic", re.compile(r"[\u0600-\u06ff]")),
)
CUES: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...] = (
    ("raise", (RAISE_CUE,)),
    ("round", (ROUND_CUE,)),
    ("fund", (FUND_CUE,)),
    ("acquire", (ACQUIRE, ACQUIRE_INTL)),
    ("ipo", (IPO,)),
    ("total", (PERIOD_TOTAL, MARKET)),
    ("sought", (NOT_CLOSED, SOUGHT_INTL)),
    ("plural", (PLURAL_RAISERS,)),
)


def _parts(text: str) -> tuple[str, str, str]:
    """Headline, first sentence and the rest of the opening (kind_opening's cut)."""
    lines = opening(text, SENTENCES).split(" \n")
    return lines[0], lines[1] if len(lines) > 1 else "", " ".join(lines[2:])


def _fund_before_raise(part: str) -> bool:
    """A fund word in the 60 characters before the part's first raise cue: the fund is the raiser's subject."""
    raise_at = RAISE_CUE.search(part)
    return raise_at is not None and bool(FUND_CUE.search(part[max(0, raise_at.start() - 60) : raise_at.start()]))


def _script(text: str) -> dict[str, float]:
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS}
    letters = sum(counts.values())
    if not letters:
        return {"nt:script=none": 1.0}
    feats = {f"nt:script={max(counts, key=lambda n: counts[n])}": 1.0}
    if sum(n / letters >= 0.2 for n in counts.values()) > 1:
        feats["nt:script_mixed"] = 1.0
    return feats


def neutral_features(text: str) -> dict[str, float]:
    """The features of one (cleaned) text's opening."""
    parts = dict(zip(("head", "first", "rest"), _parts(text), strict=True))
    feats: dict[str, float] = {}
    for cue, patterns in CUES:
        for where, part in parts.items():
            if part and any(p.search(part) for p in patterns):
                feats[f"nt:{cue}@{where}"] = 1.0
    amounts = sum(len(_MONEY.findall(part)) for part in parts.values())
    feats[f"nt:amounts={min(amounts, 3)}"] = 1.0
    if _MONEY.search(parts["head"]):
        feats["nt:amount@head"] = 1.0
    if _fund_before_raise(parts["head"]) or _fund_before_raise(parts["first"]):
        feats["nt:fund_before_raise"] = 1.0
    names = len(_NAME.findall(parts["first"]))
    feats[f"nt:names={min(names, 4)}"] = 1.0
    feats.update(_script(" ".join(parts.values())))
    return feats
