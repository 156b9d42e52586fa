"""The fallbacks of `company._candidates` when no clause names the raiser: a body that opens on a name, then a name
with a fund-like suffix that raised.

A body that opens on a name ("spektr, the Copenhagen-based ...", "Valar Atomics is ...") is its subject, unless its
own clause calls it a backer: "Alibaba Group Holding Ltd. is the headline backer supporting the largest single
financing round ..." opened the Moonshot AI story (tuning_batch23 readwrite; first score company 0.571 on 28 unseen
rounds). Moved here from `company` (which had reached 398 lines) when that check was added.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from talentintel.funding import company_grammar as grammar
from talentintel.funding import company_persons as people
from talentintel.funding.company_backer_predicate import investor_predicate

_LEAD = re.compile(
    r"\s*(?:Today,\s|On\s\w+,\s)?"
    + grammar.PLACE_BASED
    + r"([\w][\w.&'’+-]*(?:\s[A-Z0-9][\w.&'’+-]*){0,3})(?:,|\s(?:is|has|was)\b)"
)


def opening_candidates(
    text: str,
    spans: list,
    persons: set,
    acceptable: Callable[..., str | None],
    raised_by: re.Pattern[str],
    is_backer: Callable[[str, int, int], bool],
) -> list[tuple[int, str]]:
    """The body's opening name, else a fund-like name that raised ("Acme Capital raises $14M Series A": a company with
    a fund-like name; a firm raising its own fund was told apart before, by fund_raise)."""
    found: list[tuple[int, str]] = []
    lead = _LEAD.match(text)
    if lead and not investor_predicate(text, lead.end(1)):
        name = acceptable(lead.group(1))
        if name and not people.is_person(name, lead.start(1), spans, persons):
            found.append((lead.start(1), name))
    if found:
        return found
    for m in raised_by.finditer(text):
        place = re.search(r"\b(?:in|of|at|from|near|by|to)\s$", text[max(0, m.start(1) - 12) : m.start(1)])
        backer = place or is_backer(text, m.start(1), m.end(1))
        name = None if backer else acceptable(m.group(1), fund_words=True)
        if name:
            found.append((m.start(1), name))
    return found
