"""A Hebrew text's headline round, which no other rule read: b35-makorrishon-xai-6b-he and b35-pcdev-waymo-2-25b-he
(tuning_batch35, branch fund59) came out `other` with no company or amount on their first score.

- A round: "גייסה" / "גייס" / "גייסו" (raised), "השלימה סבב גיוס" (completed a round); one only planned or talked of
  ("מתכננת לגייס", "בשיחות לגיוס", "שוקלת לגייס") is none.
- Money: "6 מיליארד דולר", "2.25 מיליארד דולר", "$15 מיליון", "40 מיליון שקל": מיליון = million, מיליארד = billion;
  דולר/$ = USD, יורו/€ = EUR, שקל/ש"ח/₪ = ILS. The raise sentence's first sum after its verb, else the first in it.
- The raiser: a Latin-script name before the verb in its sentence ("חברת הסטארט-אפ xAI של ... כי גייסה"), else the
  Hebrew word just before the verb ("ויימו גייסה").
Investors are not read: no Hebrew lead grammar is written yet. (The first reason given here, that a Hebrew name had no
slug to compare, no longer holds: `investors.slugify` keeps other scripts' letters since session 13.)
"""

from __future__ import annotations

import re
from datetime import date

from talentintel.funding.language_reader import SENTENCE_END, reader_round, sentence_span
from talentintel.funding.types import Deal

_HEBREW = re.compile(r"[\u05d0-\u05ea]")
_RAISED = re.compile(
    r"(?<![\u05d0-\u05ea])(?:גייס(?:ה|ו|נו)?|השלימ(?:ה|ו)\sסבב\sגיוס|השלימ(?:ה|ו)\sגיוס)(?![\u05d0-\u05ea])"
)
_PLANNED = re.compile(
    r"(?:מתכננ(?:ת|ים)|שוקל(?:ת|ים)|מבקש(?:ת|ים)|מעוניינ(?:ת|ים))\sלגייס|בשיחות\s(?:לגיוס|לגייס)|עשויה\sלגייס"
)
_AMOUNT = re.compile(
    r"(?:(?P<sign>[$€₪])\s?)?(?P<num>\d+(?:[.,]\d+)?)\s(?P<unit>מיליון|מיליארד)(?:\s(?P<cur>דולר|יורו|שקל|ש\"ח))?"
)
_UNIT = {"מיליון": 1e6, "מיליארד": 1e9}
_CURRENCY = {"$": "USD", "דולר": "USD", "€": "EUR", "יורו": "EUR", "₪": "ILS", "שקל": "ILS", 'ש"ח': "ILS"}
_LATIN_NAME = re.compile(r"(?<![\w-])[A-Za-z][\w.&-]*[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}|(?<![\w-])[A-Z][\w.&-]+")
_WORD_BEFORE = re.compile(r"(?P<name>[\u05d0-\u05ea][\u05d0-\u05ea'\"-]+)\s$")


def _amount(sentence: str, verb_at: int) -> tuple[float, str, str] | None:
    found = [m for m in _AMOUNT.finditer(sentence) if _CURRENCY.get(m.group("sign") or m.group("cur") or "")]
    after = [m for m in found if m.start() >= verb_at]
    for m in after[:1] or found[:1]:
        value = float(m.group("num").replace(",", ".")) * _UNIT[m.group("unit")]
        return value, _CURRENCY[m.group("sign") or m.group("cur")], m.group(0)
    return None


def hebrew_deal(part: str, announced: date | None, published: date | None) -> Deal | None:
    """A round when a Hebrew text's opening reports one raised by a company it names; None otherwise."""
    head = part[:1500]
    if len(_HEBREW.findall(head)) < 40 or _PLANNED.search(head):
        return None
    for verb in _RAISED.finditer(head):
        start, end = sentence_span(head, verb.start(), SENTENCE_END)
        before = head[start : verb.start()]
        latin = _LATIN_NAME.search(before)
        word = _WORD_BEFORE.search(before)
        company = latin.group(0) if latin else word.group("name") if word else None
        if company is None:
            continue
        money = _amount(head[start:end], verb.start() - start)
        return reader_round(company, money, None, [], announced or published, announced)
    return None
