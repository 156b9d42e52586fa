"""The rounds a non-English period report names after its total (issue 13, tuning_hs21; branch fund86).

A market report opens on the period's total and then names the largest rounds, one clause each with the company as
the subject of the language's raise verb: "CoreWeave, ki nudi računanje v oblaku za AI, je zbral 1,1 milijarde
dolarjev svežega kapitala" (Slovenian, hs21-monitor-us-q2-2024-ai-27bn-coreweave-scale-xai-sl), "compania AI
Synthesia a atras recent 200 de milioane de dolari" (Romanian, hs21-observatornews-europe-vc-2025-66bn-synthesia-
elevenlabs-ro). The English rules read such clauses (segments, roundup_phrases); these languages' verbs they do not.
Only after a period total read as deal 1 (`other`, "market total"), so a single round's story is never split.
"""

from __future__ import annotations

import re
from datetime import date

from talentintel.funding.company_nonnames import not_a_name
from talentintel.funding.company_sector_prefix import SECTOR_WORD
from talentintel.funding.deal_sector import tag_deal
from talentintel.funding.fx import to_usd
from talentintel.funding.money import find_money
from talentintel.funding.types import Deal

# Slovenian/Croatian/Serbian, Romanian, Polish, Czech/Slovak, Dutch: "has raised / attracted / secured".
_VERB = (
    r"(?:je\s(?:zbral[ao]?|pridobil[ao]?|prikupio|prikupila|prikupilo|dobil[ao]?)|"
    r"a[uş]?\s(?:atras|strâns|obținut|obţinut)|pozyskał[aoy]?|zebrał[aoy]?|získal[ao]?|haalde|haalt)"
)
_TOKEN = r"(?:[A-Z]|[a-z]{1,3}[A-Z])[\w.&-]*"
_CLAUSE = re.compile(
    rf"(?P<name>{_TOKEN}(?:\s{_TOKEN}){{0,2}})(?:,\s(?:ki|care|koji|koja|który|która|która|die)\s[^,.\n]{{3,120}},)?"
    rf"\s(?:(?:recent|že|nedavno|onlangs)\s)?{_VERB}\s(?:(?:recent|že|nedavno|kar)\s)?(?P<rest>[^.\n]{{0,50}})"
)
# Romanian writes "200 de milioane de dolari", which find_money does not read.
_RO_MONEY = re.compile(r"(?P<num>\d+(?:,\d+)?)\s(?:de\s)?(?P<unit>milioane|miliarde)\s(?:de\s)?(?P<cur>dolari|euro)")


# A name after a preposition is a place or an owner, not the clause's subject: "De onderneming met vestiging in
# Eindhoven haalde 26 miljoen euro binnen" (hs9-haarlemsdagblad-2016-dutch-startups-nl, whose company is G-Therapeutics).
_PREPOSITION_BEFORE = re.compile(
    r"(?:^|\s)(?i:in|met|van|uit|bij|voor|v|w|z|ze|na|u|iz|pri|od|do|în|din|la|de|pe|cu|ve)\s$"
)


def _sum(rest: str) -> tuple[float, str, str] | None:
    found = find_money(rest)
    if found and found[0].start <= 12:
        return found[0].amount, found[0].currency, found[0].original
    ro = _RO_MONEY.match(rest)
    if ro:
        value = float(ro.group("num").replace(",", ".")) * (1e6 if ro.group("unit") == "milioane" else 1e9)
        return value, "USD" if ro.group("cur") == "dolari" else "EUR", ro.group(0)
    return None


# The report's period, in its opening: "V minulem četrtletju" (in the last quarter), "au crescut cu 5% în 2025", "in het
# tweede kwartaal", "w pierwszym kwartale", "v prvním čtvrtletí".
_PERIOD = re.compile(
    r"(?i:četrtletj\w*|tromjesečj\w*|kvartal\w*|kwarta\w*|trimestr\w*|čtvrtlet\w*|štvrťro\w*)|"
    r"\b(?:v|w|în|in|u)\s(?:letu\s|roku\s|anul\s)?20\d\d\b"
)


def period_rounds(text: str, when: date | None) -> list[Deal]:
    """The rounds told one clause each with a raise verb of these languages and a sum after it, in text order, when
    the opening (first 1,000 characters) names the report's period; none otherwise."""
    out: list[Deal] = []
    if not _PERIOD.search(text[:1000]):
        return out
    for m in _CLAUSE.finditer(text):
        money = _sum(m.group("rest"))
        # "compania AI Synthesia": the sector word before the name is the company's kind, not its name
        name = SECTOR_WORD.sub("", m.group("name"))
        if money is None or not_a_name(name) or _PREPOSITION_BEFORE.search(text[max(0, m.start() - 6) : m.start()]):
            continue
        amount, currency, original = money
        usd = amount if currency == "USD" else to_usd(amount, currency, when.year if when else None)
        deal = Deal(kind="round", company=name, amount_usd=usd, currency=currency, amount_original=original)
        out.append(deal)
    return out


def with_period_rounds(text: str, deals: list[Deal], when: date | None, announced: date | None) -> list[Deal]:
    """`deals`, when they are no deal or one `other`, followed by the rounds `period_rounds` reads; the total stays
    deal 1 (a text that gave no deal at all gets an `other` first)."""
    if deals and (len(deals) > 1 or deals[0].kind != "other"):
        return deals
    named = period_rounds(text, when)
    for deal in named:
        deal.announced_on = announced
        tag_deal(deal, text)
    return (deals or [Deal(kind="other", announced_on=announced)]) + named if named else deals
