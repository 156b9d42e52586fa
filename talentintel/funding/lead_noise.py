"""Lead names cut from the wrong words: an enumerator, a clause opener, a nationality, a number, a date (issue 13,
tuning_batch22; branch fund32).

Seen across publishers, each read as a lead investor before this module:
- an enumerator before the name: "③ Ant Group led the investment in Xinghaitu" (b17-gushiio-xinghaitu-a) -> "3 Ant Group";
- a clause opener: "While Tiger Global led the round, ..." (b22-dataphoenix-cerebras-1b-tiger);
- a nationality written before a firm the reader knows: "led by ... General Atlantic and Japanese SoftBank Vision Fund 2"
  (turkeynewsgazette-trendyol), "from Japanese SoftBank" (b22-gettotext-revolut-800m-neobanks);
- no name at all: a year ("in 2016, leading its $27 million Series A", b22-dataphoenix-cerebras-1b-tiger), an amount
  ("un tour mené par ASML (≈ 1,3 Md€), valorisation 11,7 Md€" -> "11", "7 Md€", polesocietes-mistral-c; "ein neues
  Investment in Höhe von 100 Mio. US-Dollar" -> "100 Mio", b22-startupradar-de-n26-100m-extension), a date range
  ("funding rounds from September 22–29, 2025", b14-enginerds-oura-series-e).
Names with digits that are names stay: "500 Global", "1789 Capital", "3one4 Capital", "SoftBank Vision Fund 2", and
funds named by a number alone: "776" (lanetaneta-prenda-b), "2150" (hs4-cosmopolitant-leko-a).
"""

from __future__ import annotations

import re

from talentintel.funding.investors import dedupe_investors, is_known_investor
from talentintel.funding.openers import strip_opener

# Circled numbers, "(3)", "3)", "3." before a name.
_ENUMERATOR = re.compile(r"^(?:[\u2460-\u2473\u24f5-\u24fe\u2776-\u277f]|\(?\d{1,2}[.)])\s*")
_DEMONYM = re.compile(r"^(?:[A-Z][a-z]+(?:ese|ian|ish|ean|can|ic|i)|US|U\.S\.|UK)\s+(?=[A-Z0-9])")
# The same adjective in the languages that inflect it (branch fund86, tuning_hs21): Dutch "het Amerikaanse BlackRock"
# (hs21-nlaid-axelera-250m-innovation-industries-nl), German "der US-amerikanische Venrock", Scandinavian "amerikanske",
# Romance "l'americana 5Lion", "la estadounidense". A country stem plus an adjective ending, so "Pulse Ventures" or
# "Indiana Capital" keep their first word; stripped whether or not the firm is known, since no firm is named so. The
# English "Chinese"/"Japanese" stay with the guarded _DEMONYM ("Chinese Investment Corp" is a name).
_DEMONYM_INTL = re.compile(
    r"^(?!(?i:chinese|japanese)\s)(?i:(?:US-|U\.S\.-)?(?:amerik|europ|chin|japan|brit|fran[sz]|französ|schwed|zweed|belg|schweiz|zwitser|"
    r"nederland|niederländ|isra[eë]l|korea|kanad|canad|norweg|noor|ital|span|spaan|saud|saoed|singapor|duit|deutsch)"
    r"\w*?(?:aanse|ese|se|ische[nr]?|iske|ske)"
    r"|(?:norte-?)?american[oa]|estadounidense|europe[oa]|européen(?:ne)?|chinoise|japonaise|britannique|britânic[oa]|"
    r"francesa|française|israélien(?:ne)?|israelí|israelense|coréen(?:ne)?|canadien(?:ne)?|japon[eê]s[ae]?)"
    r"\s+(?=[A-Z0-9])"
)
# A CJK descriptor glued before a Latin-script firm: "由主權財富基金 GIC 和 ... Coatue 領投" (sovereign wealth fund GIC,
# hs21-creati-anthropic-30bn-series-g-gic-coatue-zh); stripped only when what follows is a known investor.
_CJK_DESCRIPTOR = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af・·]+\s*(?=[A-Za-z0-9])")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_NOT_A_NAME = re.compile(
    # a number with a money or size unit: "7 Md€", "100 Mio", "2,5 Mrd", "40 cr", "3 lakh"
    r"\d[\d.,]*\s?(?:[$€£¥₹%]|(?i:md|mds|mrd|mio|mn|bn|m|b|k|million\w*|billion\w*|milliard\w*|millon\w*|milh\w+|"
    r"crores?|cr|lakhs?)\b)[\s$€£¥₹]*(?i:us-?dollar|dollars?|euros?|d['’]euros?)?"
    # a date or a date range: "September 22–29", "22 September", "Sept. 3, 2025"
    rf"|{_MONTH}\s\d{{1,2}}(?:\s?[-–]\s?\d{{1,2}})?(?:,?\s(?:19|20)\d\d)?|\d{{1,2}}\s{_MONTH}(?:\s(?:19|20)\d\d)?"
)


# A title-case headline runs the name on through a preposition: "Applied Digital Gets Up To $5B From Macquarie For North
# American Data Center Investments" (b44-bisnow-applied-digital-macquarie-5bn read the whole run as the lead).
_HEADLINE_RUN_ON = re.compile(r"\s(?:For|With|As|In|On|At|After|Amid)\s[A-Z][\w-]*(?:\s[A-Z][\w-]*)+$")


def _clean(name: str) -> str | None:
    name = _HEADLINE_RUN_ON.sub("", _ENUMERATOR.sub("", name.strip()))
    name = strip_opener(name)
    name = _DEMONYM_INTL.sub("", name)
    if not is_known_investor(name):
        bare = _CJK_DESCRIPTOR.sub("", name)
        if bare != name and is_known_investor(bare):
            name = bare
    if not is_known_investor(name):
        bare = _DEMONYM.sub("", name)
        if bare != name and is_known_investor(bare):
            name = bare  # "Japanese SoftBank Vision Fund 2" is SoftBank's fund; "Indian Angel Network" stays whole
    if is_known_investor(name):
        return name
    # Digits alone name a fund ("776", "2150") unless they are a year or a stray one- or two-digit number.
    digits = re.fullmatch(r"\d+", name)
    if digits and (len(name) <= 2 or re.fullmatch(r"(?:19\d\d|20[0-3]\d)", name)):
        return None
    if (not digits and not re.search(r"[^\W\d_]", name)) or _NOT_A_NAME.fullmatch(name):
        return None
    return name


def clean_leads(names: list[str]) -> list[str]:
    """The lead names without enumerators, clause openers and known firms' nationalities; numbers and dates dropped."""
    kept = [c for c in (_clean(n) for n in names) if c]
    return dedupe_investors(kept)
