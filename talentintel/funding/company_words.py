"""Word-list and whole-text features of company candidates, for the learned ranker (`company_features`).

Grouped-CV misses of the ranker on the tuning texts (2026-12-05, 161 of 692) were mostly not names at all: a
sentence opener of another language ("Où", "Desde", "Concretamente", "Danach"), a currency or unit ("USD", "CHF",
"M€", "Millionen Euro"), a round name ("Serie C", "Series A"), a sector word ("Metaverse", "Web3", "Bitcoin"), or a
demonym ("Chinese", "Saudi"); and a name the text mentions once against one it keeps returning to. These features
say so from the language (function words of seven languages, ISO currency codes, round words, the tagger's sector
terms), never from a company's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from talentintel.tagging.taxonomy import taxonomy, tokens

# Function words and sentence openers of English, German, French, Spanish, Italian, Portuguese and Dutch: a
# capitalised one opens a sentence, it does not name a company.
_FUNCTION = frozenset(
    """
    additionally also although another any both but dear each either every good here however indeed just last latest
    led let meanwhile more most much next no nothing now other others our previous released some still such than then
    there these they this those through thus today together when whereas while with within written yet
    der die das den dem des ein eine einer eines und oder aber auch mit für nach bei von zum zur im am um aus wie
    was wer wo danach erst dann doch noch schon damit dabei laut seit jahr heute insgesamt zudem außerdem
    le la les un une des du au aux ce ces cet cette c'est elle il ils elles où avec pour dans sur par mais aussi
    selon après avant depuis donc ainsi alors lors cela
    el los las una uno con por para desde además este esta estos estas también según tras entre sin sobre hoy
    concretamente asimismo así mientras
    il lo gli uno una con per dopo oltre anche questo questa questi secondo tra fra nel nella della dello
    o os as um uma com após também segundo pelo pela nos nas numa
    het een met voor na ook maar dit deze
    """.split()
)
_CURRENCY = frozenset(
    """
    usd eur gbp chf jpy cny rmb inr hkd sgd aud cad nzd brl mxn krw idr ngn zar aed sar egp kes try pln sek nok dkk
    thb myr php vnd clp cop ars pen ils twd czk huf ron uah rub btc eth usdt usdc
    us$ a$ c$ s$ hk$ r$ rs rs. m€ mio mln mn bn million millions millionen milliard milliarden milliards billion
    billions crore crores lakh mil millones milioni milhões euro euros dollar dollars yuan yen rupees rupee naira
    """.split()
)
_ROUND = re.compile(
    r"\b(?:series|serie|série|seed|pre-seed|pre-series|round|runde|finanzierungsrunde|ronda|rodada|tranche|ipo|"
    r"funding|financing|finanzierung|financement|financiamiento|investment|investimento|kapital|capital)\b",
    re.IGNORECASE,
)
# Nationality and region adjectives ("Chinese", "Saudi", "African"): they qualify the company, never name it.
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ese|ian|ish|ean|can|ic|i)$")


def is_function(word: str) -> bool:
    """True for a function word or sentence opener of the languages above ("die", "also", "selon")."""
    return word.lower() in _FUNCTION


def first_word(name: str) -> str:
    return re.split(r"['’]", name.split()[0].lower())[0] if name.split() else ""


@cache
def _sector_phrases() -> frozenset[tuple[str, ...]]:
    return frozenset(
        t.phrase for terms in taxonomy().by_first.values() for t in terms if t.kind not in ("negative", "boilerplate")
    )


def word_features(name: str) -> dict[str, float]:
    """Features of the candidate's words alone."""
    toks = name.split()
    lowered = [t.lower().strip(".,") for t in toks]
    return {
        "function_word_any": float(first_word(name) in _FUNCTION or lowered[0] in _FUNCTION),
        "currency_word": float(any(t in _CURRENCY for t in lowered) or bool(re.search(r"[$€£¥₹%]", name))),
        "round_word": float(bool(_ROUND.search(name))),
        "sector_term": float(tuple(tokens(name)) in _sector_phrases()),
        "demonym": float(len(toks) == 1 and bool(_DEMONYM.match(name)) and not name.endswith(("ai", "Ai"))),
        "all_upper": float(name.isupper() and len(name) > 4),
    }


def relative_features(found: Iterable[tuple[dict[str, float], int, int]], offset: int) -> None:
    """Whole-text features, set in place on each (features, raw mentions, first start): the most-mentioned
    candidate, the first one of the headline and the first one of the body."""
    rows = list(found)
    if not rows:
        return
    most = max(n for _, n, _ in rows)
    head = [s for _, _, s in rows if s < offset]
    body = [s for _, _, s in rows if s >= offset]
    for features, n, start in rows:
        features["most_mentioned"] = float(n == most and most > 1)
        features["mention_share"] = n / most if most else 0.0  # only the rules' choice, never in the text
        features["first_in_headline"] = float(bool(head) and start == min(head))
        features["first_in_body"] = float(bool(body) and start == min(body))
