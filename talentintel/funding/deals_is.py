"""An Icelandic text's headline round, which no other rule read: b35-vbis-ftx-400m-series-c-is and
b35-vbis-helsing-100m-eur-is (tuning_batch35, branch fund59) came out `other` with no amount on their first score.

- A round: "safnaði" / "safnar" / "aflaði" / "tryggði sér" (raised, secured), or "fékk" (got) in a sentence that says
  "fjármögnun" (funding); a raise only planned ("hyggst safna", "stefnir á að safna") is none.
- Money: "400 milljónum dala", "100 milljónir evra", "2 milljörðum dala": milljón- = million, milljarð-/milljörð- =
  billion; dala/dollara = USD, evra = EUR, króna = ISK. The raise sentence's first sum after its verb.
- A lead: the one investor the money came from ("í fjármögnun frá Prima Materia").
- The raiser: the name after a kind compound ("Sprotafyrirtækið Helsing", "Rafmyntakauphöllin FTX") in the raise
  sentence, else, when that sentence says only "Fyrirtækið"/"Félagið" (the company), the first name the text
  introduces so.
"""

from __future__ import annotations

import re
from datetime import date

from talentintel.funding.language_reader import SENTENCE_END, reader_round, sentence_span
from talentintel.funding.rounds import classify_round
from talentintel.funding.types import Deal

_ICELANDIC = re.compile(r"[ðþÞ]")
_RAISED = re.compile(r"\b(?:safnaði|safnar|aflaði|tryggði\ssér|fékk)\b")
_PLANNED = re.compile(r"\b(?:hyggst|stefnir\sá\sað|ætlar\sað|vill)\s(?:\w+\s){0,2}?(?:safna|afla|fá)\b")
_AMOUNT = re.compile(
    r"(?P<num>\d+(?:,\d+)?)\s(?P<unit>milljón\w*|milljarð\w*|milljörð\w*)\s(?P<cur>dala|dollara|dollurum|evra|evrum|"
    r"króna|krónum|krónur)\b"
)
_CURRENCY = {"dala": "USD", "dollara": "USD", "dollurum": "USD", "evra": "EUR", "evrum": "EUR"}
# A kind compound with its article before a name: "Sprotafyrirtækið Helsing", "Rafmyntakauphöllin FTX".
_INTRODUCED = re.compile(
    r"\b\w*(?:fyrirtækið|félagið|kauphöllin|höllin|bankinn)\s(?P<name>[A-Z0-9ÁÉÍÓÚÝÞÆÖ][\w&.'’-]*(?:\s[A-Z][\w&.-]*){0,2})"
)
_THE_COMPANY = re.compile(r"^\s*(?:Fyrirtækið|Félagið)\b")
# "í fjármögnun frá Prima Materia": a round from one named investor (the dev set's lead rule).
_FROM_ONE = re.compile(r"\bfrá\s(?P<name>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})(?![\w&.-]|\s[A-Z])(?!\s(?:og|auk)\s)")


def _money(sentence: str) -> tuple[float, str, str] | None:
    for m in _AMOUNT.finditer(sentence):
        scale = 1e6 if m.group("unit").startswith("milljón") else 1e9
        currency = _CURRENCY.get(m.group("cur"), "ISK")
        return float(m.group("num").replace(",", ".")) * scale, currency, m.group(0)
    return None


def icelandic_deal(part: str, announced: date | None, published: date | None) -> Deal | None:
    """A round when an Icelandic text's opening reports one raised by a company it names; None otherwise."""
    head = part[:2000]
    if len(_ICELANDIC.findall(head)) < 5 or _PLANNED.search(head):
        return None
    for verb in _RAISED.finditer(head):
        start, end = sentence_span(head, verb.start(), SENTENCE_END)
        sentence = head[start:end]
        if verb.group(0) == "fékk" and "fjármögnun" not in sentence:
            continue
        named = _INTRODUCED.search(head[start : verb.start()])
        if named is None and _THE_COMPANY.match(sentence):
            named = _INTRODUCED.search(head)
        money = _money(head[verb.end() : end])
        if named is None or money is None:
            continue
        one = _FROM_ONE.search(head[verb.end() : end])
        leads = [one.group("name")] if one else []
        return reader_round(
            named.group("name"), money, classify_round(sentence), leads, announced or published, announced
        )
    return None
