"""A Russian text's headline round, which the English-shaped rules read as `other` (branch batch43, tuning_batch43):
"проект Karak привлек $48 млн" (b43-gncrypto-karak-48m-series-a-ru) and "Telegram привлек 850 млн долларов во
втором раунде ICO" (b28-dzen-telegram-ico-850m-ru) gave no deal.

- A round: the past tense of "привлечь" (to raise: "привлек", "привлекла", "привлекли") with a sum in its sentence; the
  infinitive of a plan ("планирует привлечь") is not that tense, so it is none.
- Money: "$48 млн", "850 млн долларов", "850 миллионов долларов", "1,5 млрд рублей": млн/миллион = million, млрд/
  миллиард = billion; the sum after the verb, else the one before it in the sentence.
- The raiser: the Latin-script name just before the verb, after a kind noun if any ("проект Karak", "Мессенджер
  Telegram").
- The stage: "серии А/B" (series, the letter Latin or its Cyrillic look-alike), "посевной" (seed), ICO or "токен"
  (token sale).
- A lead: "под руководством X" / "во главе с X" (led by X).
"""

from __future__ import annotations

import re
from datetime import date

from talentintel.funding.language_reader import SENTENCE_END, reader_round, sentence_span
from talentintel.funding.types import Deal

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
# The news is told first: "NVIDIA согласилась приобрести Groq ... Groq привлек 750 млн" (hs8-finecho-nvidia-groq-20b-ru)
# is a purchase whose target's earlier round comes later; a raise verb after a purchase verb, or past the opening, is
# background.
_LEDE = 500
_PURCHASE = re.compile(r"(?<![а-яё])(?:приобре\w*|покупк\w*|купи\w*|поглоще\w*|слияни\w*)", re.IGNORECASE)
_RAISED = re.compile(r"(?<![а-яё])привлек(?:ла|ли|ло)?(?![а-яё])", re.IGNORECASE)
_AMOUNT = re.compile(
    r"(?:(?P<sign>\$|US\$|€)\s?(?P<num>\d+(?:[.,]\d+)?)\s?|(?P<num2>\d+(?:[.,]\d+)?)\s)"
    r"(?P<unit>млн|млрд|миллион\w*|миллиард\w*)\.?(?:\s(?P<cur>долл\w*|евро|руб\w*))?",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(r"(?P<name>[A-Z0-9][\w.&'’-]*(?:[^\S\n][A-Z0-9][\w.&'’-]*){0,2})[^\S\n]+$")
_SERIES = re.compile(r"(?<![а-яё])сери[иия]\s(?P<letter>[A-HАВСЕ])(?![\w])", re.IGNORECASE)
_LOOKALIKE = {"А": "a", "В": "b", "С": "c", "Е": "e"}
_SEED = re.compile(r"(?<![а-яё])посевн\w*", re.IGNORECASE)
_TOKEN = re.compile(r"\b(?:ICO|IDO|IEO)\b|(?<![а-яё])токен\w*", re.IGNORECASE)
_LEAD = re.compile(
    r"(?:под\sруководством|во\sглаве\sс)\s(?:фонда\s|компании\s)?(?P<name>[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})"
)


def _money(sentence: str, verb_start: int, verb_end: int) -> tuple[float, str, str] | None:
    sums = [m for m in _AMOUNT.finditer(sentence) if m.group("sign") or m.group("cur")]
    after = [m for m in sums if m.start() >= verb_end]
    before = [m for m in sums if m.end() <= verb_start]
    found = after[0] if after else (before[-1] if before else None)
    if found is None:
        return None
    unit = found.group("unit").lower()
    number = found.group("num") or found.group("num2")
    scale = 1e9 if unit.startswith(("млрд", "миллиард")) else 1e6
    sign, word = found.group("sign"), (found.group("cur") or "").lower()
    currency = "EUR" if sign == "€" or word == "евро" else ("RUB" if word.startswith("руб") else "USD")
    return float(number.replace(",", ".")) * scale, currency, found.group(0)


def _stage(sentence: str) -> str | None:
    series = _SERIES.search(sentence)
    if series:
        letter = series.group("letter").upper()
        return f"series_{_LOOKALIKE.get(letter, letter.lower())}"
    if _SEED.search(sentence):
        return "seed"
    return "token_sale" if _TOKEN.search(sentence) else None


def russian_deal(part: str, announced: date | None, published: date | None) -> Deal | None:
    """A round when a Russian text's opening reports one a named company raised; None otherwise."""
    head = part[:2000]
    cyrillic = len(_CYRILLIC.findall(head))
    if cyrillic < 40 or cyrillic < len(_LATIN.findall(head)):
        return None  # an English text with a Russian headline line (b32-worldnews-crusoe-1-375bn-series-e)
    for verb in _RAISED.finditer(head, 0, _LEDE):
        if _PURCHASE.search(head, 0, verb.start()):
            return None
        start, end = sentence_span(head, verb.start(), SENTENCE_END)
        sentence = head[start:end]
        named = _NAME_BEFORE.search(head[start : verb.start()])
        money = _money(sentence, verb.start() - start, verb.end() - start)
        if named is None or money is None:
            continue
        lead = _LEAD.search(sentence)
        return reader_round(
            named.group("name"),
            money,
            _stage(sentence),
            [lead.group("name")] if lead else [],
            announced or published,
            announced,
        )
    return None
