"""German report sentences that name the raiser and the sum without a raise verb.

"Wie das schweizerisch-russische Fintech Tangem am Dienstag vermeldete, beteiligen sich die Japaner mit 15 Millionen
Dollar am Startup." (b25-finews-tangem-sbi-15m-de, first score: company 'Idee' from "Die Idee, digitale Devisen ...
zu laden, findet offenbar Anklang", no amount, leads from "Unter der Führung von Chef Andrey Kurennykh"):
- "Wie das <Art> <Name> (am Dienstag) vermeldete/mitteilte/bekanntgab": the company that reported, named after its
  kind (Fintech, Startup, Unternehmen, Firma);
- "beteiligt sich / beteiligen sich ... mit <Betrag> an/am ...": the sum an investor puts in, the round's size;
- "unter der Führung von Chef/CEO/Gründer X": who runs the company, not who led a round;
- "bei einem Grossinvestor eingesammelt" (raised from one big investor) with one "Investmentfirma X" named: X alone
  made the round, so X is its lead (a round from exactly one named investor).

Later, from the other German tuning misses: "Mit einem Engagement von 50 Millionen US-Dollar beteiligt sich Paradigm an
dem dezentral organisierten KI-Startup Nous Research" (hs6-dasgeld-nous-research: the sum before the verb, the company
after "an dem ... Startup"), "hat über seine Beteiligungsgesellschaft Alstin rund 2,7 Millionen Euro in das
Jungunternehmen gesteckt" after "einen Großinvestor an Land gezogen" (cio-orderbird: a sum put into the company).
"""

from __future__ import annotations

import re

from talentintel.funding.money import Money, find_money

# A name of capitalised words; a full stop ends it ("der Investmentfirma Nordlicht. Wie die ..." names Nordlicht).
NAME = r"[A-ZÄÖÜ][\w&-]*(?:\s[A-ZÄÖÜ][\w&-]*){0,3}"

_KIND = r"(?:[\w-]+-)?(?:Fintech|Startup|Start-up|Unternehmen|Jungunternehmen|Firma|Scale-up|Plattform)"
_REPORTED = re.compile(
    rf"\b[Ww]ie\s(?:das|die|der)\s(?:[\w-]+\s){{0,2}}?{_KIND}\s(?P<name>{NAME})\s(?:[\w-]+\s){{0,3}}?"
    r"(?:vermeldete|mitteilte|meldete|bekanntgab|bekannt\sgab|verkündete)\b"
)
_STAKE = re.compile(
    r"\bbeteilig(?:t|en|te|ten)\ssich\s(?:[\w-]+\s){0,4}?mit\s|"
    r"\b[Mm]it\s(?:einem|einer)\s(?:Engagement|Investment|Investition|Beteiligung)\svon\s"
)
# "<Betrag> in das Jungunternehmen gesteckt" (put into the young company): the sum ends just before "in das".
_PUT_IN = re.compile(
    r"\s(?:in\s(?:das|die|den)\s(?:[\w-]+\s)?(?:Jungunternehmen|Startup|Start-up|Unternehmen|Firma))\s"
    r"(?:gesteckt|investiert|gepumpt|geschossen)\b"
)
_STAKE_IN = re.compile(
    rf"\bbeteilig(?:t|en|te|ten)\ssich\s(?:[\w-]+\s){{0,3}}?an\s(?:dem|der|den)\s(?:[\w-]+\s){{0,3}}?"
    rf"[\w-]*(?:Startup|Start-up|Unternehmen|Fintech|Firma)\s(?P<name>{NAME})"
)
_MANAGED = re.compile(
    r"\b[Uu]nter\s(?:der\s)?(?:Führung|Leitung)\s(?:von|des|der)\s(?:Chef|CEO|Firmenchef|Geschäftsführer(?:in)?|"
    r"Gründer(?:in)?|Vorstand|Vorstandschef(?:in)?|Mitgründer(?:in)?)\b"
)


def reporting_company(text: str) -> str | None:
    """The company a "Wie das Fintech X vermeldete" clause names."""
    m = _REPORTED.search(text)
    return m.group("name") if m else None


def stake_amount(text: str) -> Money | None:
    """The sum of a "beteiligen sich ... mit X an ..." sentence: the first amount right after "mit"."""
    found = find_money(text)
    for m in _STAKE.finditer(text):
        money = next((f for f in found if f.start == m.end() or 0 < f.start - m.end() <= 6), None)
        if money is not None:
            return money
    return next((f for f in found if _PUT_IN.match(text, f.end)), None)


_LED_BY = re.compile(rf"\bvon\s(?P<name>{NAME})\sangeführte[nrs]?\b")


def led_by_before_noun(text: str) -> list[str]:
    """The lead of "Das von Paradigm angeführte Funding" (the funding led by Paradigm): the participle before its noun."""
    return list(dict.fromkeys(m.group("name") for m in _LED_BY.finditer(text)))


def stake_company(text: str) -> str | None:
    """The company an investor takes a stake in: "beteiligt sich Paradigm an dem ... KI-Startup Nous Research"."""
    m = _STAKE_IN.search(text)
    return m.group("name") if m else None


def without_management(text: str) -> str:
    """The text with "unter der Führung von Chef" written as a role of running the firm, so no lead is read from it."""
    return _MANAGED.sub(lambda m: "geführt von", text)


_ONE_INVESTOR = re.compile(
    r"\b(?:bei|von)\seinem\s(?:einzigen\s)?(?:Gross|Groß|Finanz|Anker)?[Ii]nvestor\b|"
    r"\beinen\s(?:Gross|Groß)investor\s(?:an\sLand\sgezogen|gewonnen)"
)
_INVESTOR_KIND = re.compile(
    rf"\b(?:Investmentfirma|Investmentgesellschaft|Beteiligungsgesellschaft|Risikokapitalgeber|Wagniskapitalgeber|"
    rf"Finanzinvestor|Investmentbank)\s(?P<name>{NAME})"
)


def single_investor(text: str) -> list[str]:
    """The one investor of a round the text says came from a single investor, when it names exactly one."""
    if not _ONE_INVESTOR.search(text):
        return []
    names = list(dict.fromkeys(m.group("name") for m in _INVESTOR_KIND.finditer(text)))
    return names if len(names) == 1 else []
