"""Hindi deal language beyond the stage words of round_hindi.py: b26-bshindi-blusmart-pre-b-hi (tuning_batch26, branch
fund43) came out `other` with no company or amount on its first score, and b19-thedailyvoice-hi-koo read its company
only from the English line above it and no lead.

- Money: "30 मिलियन डॉलर", "2.4 करोड़ डॉलर", "200 करोड़ रुपये": मिलियन = million, बिलियन / अरब = billion,
  करोड़ = ten million, लाख = a hundred thousand; डॉलर is USD, रुपये INR. A dollar sum the text gives beside rupees
  ("200 करोड़ रुपये (2.4 करोड़ डॉलर)") is the one read.
- A round: "जुटाए" / "जुटाई" (raised), "हासिल किए" (secured); a plan to raise ("जुटाने की योजना") is none.
- The raiser: the name before "ने" (the ergative marker) in the raise's sentence, after any description of the
  company ("सेवा प्रदाता ब्लूस्मार्ट ने" -> ब्लूस्मार्ट).
- Leads: "X ने ... दौर का नेतृत्व किया" (X led the round), "X के नेतृत्व में" / "X की अगुवाई में" (under X's lead), and
  the round first: "इस फंडिंग राउंड का नेतृत्व LeapFrog Investments ने किया है" (the round's lead was done by X;
  hs11-zeebiz-battery-smart-65m-series-b-hi, branch fund49: no lead read at tuning_hs11's one score).
"""

from __future__ import annotations

import re

from talentintel.funding.indic_digits import NUMBER, number_value
from talentintel.funding.language_reader import sentence_span

_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_WORD = r"[\u0900-\u0963\u0966-\u097fA-Za-z][\u0900-\u0963\u0966-\u097fA-Za-z.-]*"  # no danda (।)
# करोड़ is written with the nukta letter (U+095C) or as ड + nukta (U+0921 U+093C): both are read.
_CRORE = ("\u0915\u0930\u094b\u095c", "\u0915\u0930\u094b\u0921\u093c")
_AMOUNT = re.compile(rf"(?P<num>{NUMBER})\s?(?P<unit>मिलियन|बिलियन|अरब|{'|'.join(_CRORE)}|लाख)\s(?P<cur>डॉलर|रुपये|रुपए)")
_UNIT = {"मिलियन": 1e6, "बिलियन": 1e9, "अरब": 1e9, _CRORE[0]: 1e7, _CRORE[1]: 1e7, "लाख": 1e5}
_RAISED = re.compile(r"जुटाए|जुटाई|जुटा\sलिए|हासिल\sकिए|हासिल\sकी")
_PLANNED = re.compile(r"जुटाने\sकी\s(?:योजना|तैयारी)|जुटाने\sके\sलिए\sबातचीत")
_ERGATIVE = re.compile(rf"(?P<words>(?:{_WORD}\s){{1,4}})ने\s")
# Words that describe a company or join a clause, never part of its name.
_NOT_NAME = frozenset(
    "प्रदाता कंपनी स्टार्टअप फर्म प्लेटफॉर्म प्लेटफार्म सेवा की का के और में से है यह इस उस उसने आज कि ने पर को भी "
    "वाली वाले निवेशक दौर राउंड फंडिंग निवेश".split()
)
_LED = re.compile(
    rf"(?P<a>(?:{_WORD}\s){{1,3}})ने\s[^।.]{{0,160}}?(?:दौर|राउंड)\sका\sनेतृत्व\sकिया|"
    rf"(?P<b>(?:{_WORD}\s){{1,3}})(?:के\sनेतृत्व\sमें|की\sअगुवाई\sमें)|"
    rf"(?:दौर|राउंड)\sका\s(?:नेतृत्व|अगुवाई)\s(?P<c>(?:{_WORD}\s){{1,4}}?)ने\s(?:किया|की)"
)
_SENTENCE_END = re.compile(r"[।!?\n]|\.(?=\s|$)")  # "2.4 करोड़" keeps its decimal point


def is_hindi(text: str) -> bool:
    """At least eighty Devanagari characters in the first 1,000 characters."""
    return len(_DEVANAGARI.findall(text[:1000])) >= 80


def raise_at(text: str) -> re.Match[str] | None:
    """The first raise verb of the opening (first 1,500 characters), unless the text only plans a raise."""
    head = text[:1500]
    found = _RAISED.search(head)
    if found is None or _PLANNED.search(head):
        return None
    return found


def _sentence(text: str, at: int) -> tuple[int, int]:
    return sentence_span(text, at, _SENTENCE_END)


def _name(words: str) -> str | None:
    """The last words before "ने" up to the first describing word: "सेवा प्रदाता ब्लूस्मार्ट" -> ब्लूस्मार्ट."""
    kept: list[str] = []
    for word in reversed(words.split()):
        if word in _NOT_NAME:
            break
        kept.insert(0, word)
    return " ".join(kept) or None


def amount(text: str, at: int) -> tuple[float, str, str] | None:
    """The raise sentence's dollar sum, else its first sum: (amount, currency, words)."""
    start, end = _sentence(text, at)
    sums = list(_AMOUNT.finditer(text, start, end))
    if not sums:
        return None
    m = next((s for s in sums if s.group("cur") == "डॉलर"), sums[0])
    number = number_value(m.group("num"))
    currency = "USD" if m.group("cur") == "डॉलर" else "INR"
    return number * _UNIT[m.group("unit")], currency, m.group(0)


def raiser(text: str, at: int) -> str | None:
    """The name before "ने" in the raise's sentence."""
    start, _end = _sentence(text, at)
    m = _ERGATIVE.search(text, start, at)
    return _name(m.group("words")) if m else None


def leads(text: str) -> list[str]:
    m = _LED.search(text)
    if not m:
        return []
    name = _name(m.group("a") or m.group("b") or m.group("c"))
    return [name] if name else []
