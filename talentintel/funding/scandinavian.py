"""Norwegian, Danish and Swedish deal language, which no other rule read: b30-bitcoinethereumnews-azra-games-15m-seed-no
(tuning_batch30, branch fund50) came out `other` with no company on its first score.

- A round: "har samlet inn" / "samler inn" / "hentet" / "har rejst" / "tar in" / "har tagit in" (raised, took in); one
  only planned ("planlegger å hente", "ønsker å hente", "vill ta in") is none.
- Money: "15 millioner dollar", "$15 millioner", "50 millioner kroner", "2,5 mia. kr.", "820 miljoner kronor":
  millioner / miljoner / mio. = million, milliarder / miljarder / mia. = billion; kroner/kronor follow the text's
  country (Norwegian NOK unless "danske kroner" or Swedish "kronor").
- The raiser: the Latin-script name just before the raise verb, also after a fronted adverbial ("I en
  såkornfinansieringsrunde ledet av Andreessen Horowitz, blockchain-spillstartup Azra Games har samlet inn ...").
- Leads: "ledet av" / "ledd av" / "ledet af" / "anført av" / "anført af" (led by); "såkorn" / "seed" is a seed round.
"""

from __future__ import annotations

import re

from talentintel.funding.language_reader import SENTENCE_END, sentence_span

_FUNCTION = re.compile(r"\b(?:og|av|til|ikke|har|för|och|med|inn|fra|från|af|det|som|blir|blev)\b")
_LETTERS = re.compile(r"[æøåÆØÅ]")
_RAISED = re.compile(
    r"\b(?:har\s)?(?:samlet\sinn|samler\sinn|hentet|henter|rejst|rejser|tar\sin|tog\sin|tagit\sin|tatt\sinn|"
    r"fått|fikk|fick|fået|sikret(?:\sseg)?|säkrat)\b"
)
_PLANNED = re.compile(r"\b(?:planlegger|planlægger|planerar|ønsker|vil|vill|skal)\s(?:\w+\s){0,2}?(?:hente|rejse|ta)\b")
_AMOUNT = re.compile(
    r"(?:(?P<sign>[$€£])\s?)?(?P<num>\d+(?:[.,]\d+)?)\s(?P<unit>millioner|miljoner|mio\.?|milliarder|miljarder|mia\.?)"
    r"(?:\s(?P<cur>dollar|kroner|kronor|kr\.?|euro|USD|NOK|SEK|DKK|EUR))?"
)
_UNIT = {"millioner": 1e6, "miljoner": 1e6, "mio": 1e6, "milliarder": 1e9, "miljarder": 1e9, "mia": 1e9}
_SIGN = {"$": "USD", "€": "EUR", "£": "GBP"}
_TOKEN = r"[A-ZÆØÅÄÖ][\w&.'’-]*"
_BEFORE_VERB = re.compile(rf"(?P<name>{_TOKEN}(?:\s{_TOKEN}){{0,3}})\s$")
_LED = re.compile(rf"\b(?:ledet|ledd|anført)\s(?:av|af)\s(?P<name>{_TOKEN}(?:\s{_TOKEN}){{0,3}})")
# Lowercase only: "ledet af Seed Capital" names an investor, not the stage.
_SEED = re.compile(r"[Ss]åkorn|[Ss]ådd|\bseed\b")
# Danish spellings (Norwegian writes "selskap", "virksomhet"): its kroner are DKK.
_DANISH = re.compile(r"\b(?:dansk\w*|Danmark|selskab\w*|virksomhed\w*)\b")
# Not a company's round: a period's total ("de totalt 135 miljoner kronor som västsvenska startup tog in under 2021",
# hs11-realtid-west-sweden-2021-connect-vast-sv) or a fund ("för att fonden inte skulle bli för stor",
# f18-di-pale-blue-dot-climate-fund-87m-eur), both left to the other rules.
_NOT_A_ROUND = re.compile(r"\b(?:totalt|sammanlagt|i\salt|samlet\sset|fond|fonden|fondet|fondens|fondets)\b")
# A Nordic compound naming the company's kind before its name: "Elscooterbolaget Voi", "Horsetechbolaget Videquus".
_KIND_COMPOUND = re.compile(r"^\w+(?:bolaget|företaget|selskapet|selskabet|firmaet|virksomheden)\s(?=[A-ZÆØÅÄÖ])")


def is_scandinavian(text: str) -> bool:
    """æ, ø or å at least three times and eight Nordic function words in the first 1,500 characters."""
    head = text[:1500]
    return len(_LETTERS.findall(head)) >= 3 and len(_FUNCTION.findall(head)) >= 8


def raises(text: str) -> list[re.Match[str]]:
    """The raise verbs of the opening (first 1,500 characters); none when a raise is only planned there."""
    head = text[:1500]
    return [] if _PLANNED.search(head) or _NOT_A_ROUND.search(head) else list(_RAISED.finditer(head))


# "Oppstartsselskapet 1X Technologies (tidligere Halodi Robotics) fra Moss ..." then "Ifølge Shifter er selskapet nå klar
# ..., etter å ha hentet 23,5 millioner dollar" (b35-digi-1x-23-5m-usd-nok-no, tuning_batch35, fund59: `other`, no
# amount on the first score): a raise sentence that says only "selskapet" (the company) raises for the company the
# opening introduces with its kind compound. A name may start with a digit ("1X").
_THE_COMPANY = re.compile(
    r"\b(?:selskapet|selskabet|bolaget|företaget|firmaet|virksomheden|oppstartsselskapet)\b", re.I
)
_INTRODUCED = re.compile(
    r"\b\w+(?:selskapet|selskabet|bolaget|företaget|firmaet|virksomheden)\s"
    r"(?P<name>[A-Z0-9ÆØÅÄÖ][\w&.'’-]*(?:\s[A-ZÆØÅÄÖ][\w&.'’-]*){0,3})"
)


def raiser(text: str, found: list[re.Match[str]]) -> tuple[str | None, int]:
    """(name, raise offset): the Latin-script name written just before a raise verb, else the company the opening
    introduces when the raise sentence calls it "selskapet"."""
    for verb in found:
        start, _end = sentence_span(text, verb.start(), SENTENCE_END)
        m = _BEFORE_VERB.search(text[start : verb.start()])
        if m:
            return _KIND_COMPOUND.sub("", m.group("name")), verb.start()
    for verb in found:
        start, _end = sentence_span(text, verb.start(), SENTENCE_END)
        named = _INTRODUCED.search(text[:300])
        if named and re.search(r"[A-ZÆØÅÄÖ]", named.group("name")) and _THE_COMPANY.search(text[start : verb.start()]):
            return named.group("name"), verb.start()
    return None, found[0].start() if found else 0


def amount(text: str, at: int) -> tuple[float, str, str] | None:
    """The raise sentence's sum: (amount, currency, words)."""
    start, end = sentence_span(text, at, SENTENCE_END)
    for m in _AMOUNT.finditer(text, start, end):
        currency = _SIGN.get(m.group("sign") or "") or _currency(m.group("cur") or "", text)
        if currency:
            value = float(m.group("num").replace(",", ".")) * _UNIT[m.group("unit").rstrip(".")]
            return value, currency, m.group(0)
    return None


def _currency(word: str, text: str) -> str | None:
    if word in ("dollar", "USD"):
        return "USD"
    if word in ("euro", "EUR"):
        return "EUR"
    if word in ("kronor", "SEK"):
        return "SEK"
    if word.startswith(("kroner", "kr", "NOK", "DKK")):
        return "DKK" if word == "DKK" or _DANISH.search(text) else "NOK"
    return None


def leads(text: str) -> list[str]:
    return [m.group("name") for m in _LED.finditer(text)]


def stage(text: str) -> str | None:
    return "seed" if _SEED.search(text[:1500]) else None
