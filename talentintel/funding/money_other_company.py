"""Amounts that are (not) the deal's: another company's raise, an investor's vehicle, a round named first (fund26).

"In April, another China-based firm, SenseTime, announced that it had raised $600 million through its own series-C
funding round" (b19-mobileidworld-yitu): the sentence says the raiser is another company than the text's, so its
amount and stage are not the deal's. The words before the amount in its sentence are read back further than the
raise-verb window, since the descriptor ("another China-based firm, SenseTime,") comes first.
"""

from __future__ import annotations

import re

from talentintel.funding.clause import clause_before

_ANOTHER = re.compile(
    r"\b(?:another|a\srival|a\scompetitor|rival|competitor)\s(?:[\w-]+\s){0,3}?"
    r"(?:firm|company|startup|start-up|unicorn|player|lab|developer|maker|provider|platform|exchange)\b"
)


def told_of_another(text: str, start: int) -> bool:
    """The sentence up to the amount at `start` says another company raised it ("another China-based firm, X, ...")."""
    before = clause_before(text, start, 160)
    return bool(_ANOTHER.search(before))


# "investing in BIO Protocol through its $10 billion venture arm" (b15-blockworkscom-bio-pharos): the size of the
# investor's own vehicle, not money raised.
_ITS_BEFORE = re.compile(r"\b(?:through|via|from|with)\s(?:its|their|the\sfirm['’]s|the\scompany['’]s)\s$", re.I)
_VEHICLE_AFTER = re.compile(r"^\s(?:venture|investment|VC|corporate\sventure)\s(?:arm|unit|division)\b", re.I)


# A named investor's fund told in apposition or by its possessive: "raised $15 million from Fund X, a $500 million fund,
# in its Series A", "from Lightspeed's $500 million fund" (fund51: the appositive scored +3 for the raise verb and +2 for
# "Series A" after it and won over the round's own amount).
_NAMED_BEFORE = re.compile(
    r"(?:[A-Z][\w&.'’-]*,\s(?:an?|its|the)\s(?:new\s|newly\sclosed\s|latest\s)?|[A-Z][\w&.-]*['’]s\s)$"
)
_FUND_AFTER = re.compile(r"^\s(?:[\w-]+\s){0,2}?(?:funds?|vehicle)\b(?!\s(?:round|raise|raising))", re.I)


def investor_vehicle(before: str, after: str) -> bool:
    """The amount sizes the investor's venture arm ("through its $10 billion venture arm") or its fund ("from Fund X,
    a $500 million fund", "Lightspeed's $500 million fund")."""
    if _NAMED_BEFORE.search(before) and _FUND_AFTER.match(after):
        return True
    return bool(_ITS_BEFORE.search(before) and _VEHICLE_AFTER.match(after))


# "anunciou uma rodada seed de US$ 220 milhões" (b19-grandesobras-pt-scale-h), "una ronda Serie A de 10 millones":
# Portuguese, Spanish and French name the round before its amount, where English names it after ("a $X seed round").
# Italian says it with "da" after "round", "finanziamento" or "aumento di capitale", a stage word on either side of
# "round": "un seed round da 2 miliardi di dollari" (b49-ai4business-thinking-machines-2bn-seed-it, where the valuation
# after it was read), "un round di finanziamento Serie B da 135 milioni di dollari" (ihal-sakana-b), "un round da 2
# milioni di euro" (backtowork24-week8-2021), "un nuovo finanziamento da 13,2 milioni" (repubblica-genenta).
_ROUND_BEFORE = re.compile(
    r"\b(?:rodada|ronda|tour\sde\stable|lev[ée]e)\s(?:(?:de\s)?(?:investimento|inversi[óo]n|financiamento|"
    r"financiaci[óo]n|fonds)\s)?(?:(?:seed|semente|pre-seed|s[ée]rie\s[a-h])\s)?(?:de|da|del)\s$|"
    r"\b(?:(?:seed|pre-seed|serie\s[a-h])\s)?(?:round|finanziamento|aumento\sdi\scapitale)\s"
    r"(?:di\s(?:finanziamento|investimento)\s)?(?:(?:seed|pre-seed|serie\s[a-h])\s)?da\s$",
    re.IGNORECASE,
)


def round_of_amount(before: str) -> bool:
    """The words before the amount name its round ("uma rodada seed de ")."""
    return bool(_ROUND_BEFORE.search(before))
