"""Polish deal language, which no other rule read: b26-innpoland-golem-getline-pl (tuning_batch26, branch fund43) came
out `other` with no company on its first score.

- A round: "pozyskał" / "zebrał" / "zdobył" (raised, secured) and their forms, "udało się pozyskać" (managed to
  raise), "by zebrać finansowanie" told of a raise made; one only planned ("planuje pozyskać", "chce pozyskać",
  "zamierza") is none.
- Money: "34 mln złotych", "350 tysięcy złotych", "5 mln euro", "2 mln dolarów": mln = million, mld = billion,
  tys. / tysięcy = thousand. The złoty (PLN) has no rate in the fx table, so its sums stay without a USD value.
- The raiser: the Latin-script name of the raise's sentence that the text names as a company, two words or more or
  named again ("Golem Network, o którym pisaliśmy ..., potrzebował ... 29 minut, by zebrać finansowanie").
- Leads: "prowadzona przez X" / "pod przewodnictwem X" / "na czele z X" (the round led by X).
"""

from __future__ import annotations

import re

from talentintel.funding.company_relational import relational_description
from talentintel.funding.language_reader import SENTENCE_END, sentence_span

_PL_LETTERS = re.compile(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")
_RAISED = re.compile(
    r"\b(?:pozyskał[aoy]?|pozyskali|zebrał[aoy]?|zebrali|zdobył[aoy]?|zdobyli|udało\ssię\s(?:pozyskać|zebrać)|"
    r"by\szebrać\sfinansowanie)\b"
)
_PLANNED = re.compile(r"\b(?:planuje|planują|chce|chcą|zamierza|zamierzają)\s(?:\w+\s){0,2}?(?:pozyskać|zebrać)\b")
_AMOUNT = re.compile(
    r"(?P<num>\d+(?:,\d+)?)\s(?P<unit>mln|mld|tys\.|tysięcy|milionów|miliardów)\s(?P<cur>złotych|zł|dolarów|euro|USD|EUR)"
)
_UNIT = {"mln": 1e6, "mld": 1e9, "tys.": 1e3, "tysięcy": 1e3, "milionów": 1e6, "miliardów": 1e9}
_CURRENCY = {"złotych": "PLN", "zł": "PLN", "dolarów": "USD", "USD": "USD", "euro": "EUR", "EUR": "EUR"}
_TOKEN = r"[A-ZĄĆĘŁŃŚŹŻ][\w&-]*(?:\.[a-z][\w-]*)*"  # "Getline.in" keeps its domain; a full stop ends a name
_NAME = re.compile(rf"{_TOKEN}(?:\s{_TOKEN}){{0,3}}")
_LED = re.compile(
    rf"\b(?:prowadzon[aey]j?\sprzez|pod\sprzewodnictwem|na\sczele\sz)\s(?P<name>{_TOKEN}(?:\s{_TOKEN}){{0,3}})"
)


def is_polish(text: str) -> bool:
    """At least eight Polish letters (ó included) in the first 1,500 characters."""
    return len(_PL_LETTERS.findall(text[:1500])) >= 8


def _sentence(text: str, at: int) -> tuple[int, int]:
    return sentence_span(text, at, SENTENCE_END)


def raises(text: str) -> list[re.Match[str]]:
    """The raise verbs of the opening (first 1,500 characters); none when a raise is only planned there."""
    head = text[:1500]
    return [] if _PLANNED.search(head) else list(_RAISED.finditer(head))


# "Rywal OpenAI pozyskał" (the rival of OpenAI raised, hs21-mambiznes-xai-20bn-tesla-2bn-pl; fund86): a relational
# description as the subject refers back to the company the sentence before named after a company noun ("rundy
# finansowania startupu xAI").
_NAMED_COMPANY = re.compile(
    r"\b(?:startup\w*|spół\w+|firm\w*|platform\w*|projekt\w*)\s(?P<name>(?:[A-ZĄĆĘŁŃŚŹŻ]|[a-z]{1,3}[A-Z])[\w&-]*)"
)


def _antecedent(text: str, before: int) -> str | None:
    start, _ = _sentence(text, max(0, before - 2))
    named = list(_NAMED_COMPANY.finditer(text, start, before))
    return named[-1].group("name") if named else None


def raiser(text: str, found: list[re.Match[str]]) -> tuple[str | None, int]:
    """(name, raise offset): the first name of a raise's sentence that is two words or more or named again."""
    for verb in found:
        start, end = _sentence(text, verb.start())
        for m in _NAME.finditer(text, start, end):
            name = m.group(0)
            if relational_description(name):
                back = _antecedent(text, start)
                if back:
                    return back, verb.start()
                continue
            if " " in name or text.count(name) >= 2:
                return name, verb.start()
    return None, found[0].start() if found else 0


def amount(text: str, at: int) -> tuple[float, str, str] | None:
    """The raise sentence's sum: (amount, currency, words)."""
    start, end = _sentence(text, at)
    m = _AMOUNT.search(text, start, end)
    if not m:
        return None
    return float(m.group("num").replace(",", ".")) * _UNIT[m.group("unit")], _CURRENCY[m.group("cur")], m.group(0)


def leads(text: str) -> list[str]:
    m = _LED.search(text)
    return [m.group("name")] if m else []
