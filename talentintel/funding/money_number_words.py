"""Numbers written in English words before a scale word: "five million dollars", "two hundred million dollars",
"seventy-five million dollars", "one hundred and fifty million dollars".

money.py read one word before "million" / "billion" from a list of sixteen, so "two hundred million dollars" came out as
$100 million (the "hundred" alone) and "sixty million dollars" as nothing (money_f23). This module gives the pattern
of a whole number phrase below a thousand and its value; money.py puts the scale and the currency after it.
"""

from __future__ import annotations

import re

ONES = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ones = "|".join(sorted(ONES, key=len, reverse=True))
_tens = "|".join(TENS)
_below_hundred = rf"(?:(?:{_tens})(?:[-\s](?:{_ones}))?|(?:{_ones}))"
# "two hundred", "a hundred", "one hundred and fifty", "seventy-five", "un" (French "un million USD").
PHRASE = rf"(?:(?:(?:{_ones})|a)\shundred(?:\s(?:and\s)?{_below_hundred})?|hundred|{_below_hundred}|un)"


def english_number(phrase: str) -> float:
    """The value of a phrase PHRASE matched: "two hundred" -> 200, "seventy-five" -> 75, "hundred" -> 100."""
    value = 0
    for word in re.split(r"[-\s]+", phrase.lower()):
        if word in ONES:
            value += ONES[word]
        elif word in TENS:
            value += TENS[word]
        elif word in ("a", "un"):
            value += 1
        elif word == "hundred":
            value = (value or 1) * 100
    return float(value)
