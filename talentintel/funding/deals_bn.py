"""A Bengali text's headline round (issue 13, tuning_hs9; branch fund41).

No other rule reads Bengali: "টের্রা ইন্ডাস্ট্রিজ, ... সোমবার ১১.৭৫ মিলিয়ন ডলার তহবিল সংগ্রহের ঘোষণা করেছে"
(hs9-khoboria-terra-industries-11-75m-bn: Terra Industries ... on Monday announced raising $11.75 million) came out
`other` with every field lost.

- Money: Bengali digits ("১১.৭৫") with "মিলিয়ন/বিলিয়ন ডলার" (million/billion dollars).
- A raise: "তহবিল/বিনিয়োগ/অর্থ সংগ্রহ" (collection of funds/investment/money) or "বিনিয়োগ পেয়েছে" (received
  investment) in the opening.
- The raiser: the first sentence's subject, written before its first comma (a description follows in apposition),
  or before the verb when there is no comma.
"""

from __future__ import annotations

import re
from datetime import date

from talentintel.funding.types import Deal

_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
_BENGALI = re.compile(r"[\u0980-\u09ff]")
_AMOUNT = re.compile(r"(?P<num>\d+(?:[.,]\d+)?)\s?(?P<unit>মিলিয়ন|বিলিয়ন)\s?(?:মার্কিন\s)?ডলার")
_UNIT = {"মিলিয়ন": 1e6, "বিলিয়ন": 1e9}
_RAISED = re.compile(r"(?:তহবিল|বিনিয়োগ|অর্থ|ফান্ডিং)\s?(?:সংগ্রহ|পেয়েছে|তুলেছে)")
# A fund formed ("তহবিল গঠন") or a raise planned ("পরিকল্পনা", "লক্ষ্য") is no round closed.
_NOT_ROUND = re.compile(r"তহবিল\s?গঠন|পরিকল্পনা|লক্ষ্যে\s?[^।]{0,30}সংগ্রহ|অধিগ্রহণ")
_SENTENCE_END = re.compile(r"[।!?\n]|\.(?!\d)")


def is_bengali(text: str) -> bool:
    """At least 40 Bengali letters in the first 1,000 characters."""
    return len(_BENGALI.findall(text[:1000])) >= 40


def _raiser(sentence: str) -> str | None:
    subject = sentence.split(",", 1)[0].strip() if "," in sentence else ""
    return subject if 2 <= len(subject) <= 40 else None


def bengali_deal(part: str, announced: date | None) -> Deal | None:
    """The headline round when a Bengali opening reports a raise; None when the text is not Bengali or says none."""
    if not is_bengali(part):
        return None
    text = part.translate(_DIGITS)
    first = _SENTENCE_END.split(text.strip(), 1)[0]
    raised = _RAISED.search(first)
    if raised is None or _NOT_ROUND.search(first):
        return None
    deal = Deal(kind="round", company=_raiser(first[: raised.start()]), announced_on=announced)
    money = _AMOUNT.search(first)
    if money:
        deal.amount_usd = float(money.group("num").replace(",", ".")) * _UNIT[money.group("unit")]
        deal.currency, deal.amount_original = "USD", money.group(0)
    return deal
