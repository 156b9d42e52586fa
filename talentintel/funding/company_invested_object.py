"""The company as the object of an investor's "invests <sum> in" in English and the Romance languages (fund67).

"Softbank de Japón invierte US$ 1.000 millones en app colombiana Rappi" (b37-investincolombia-rappi-softbank-1000m-es):
the investor is the subject and the company the object, after its description ("app colombiana", "Colombian app",
"la startup française"). `company._INVESTED_IN` reads "invests $14M in Acme" with no description or one ending in
"startup"/"company"; the Spanish thousands point ("1.000") and a description in the language's own words stopped it.
The object's first span that is a name is the company; a sector, place or round word ("invests $5B in AI startups",
"in India", "in its Series A") is none.
"""

from __future__ import annotations

import re

from talentintel.funding.company import acceptable_name
from talentintel.funding.company_grammar import NAME

_INVESTS_IN = re.compile(
    r"(?<![\w$])[A-Z][\w&'’.-]*\s(?:(?:has|have|had|hat|a|ha)\s)?(?:invests|invested|invierte|invirtió|ha\sinvertido|"
    r"investe|investiu|investit|investi|investito|injects|injected|inyecta|inyectó)\s"
    r"(?=(?:[^.\n]|\.(?=\d)){0,30}?\d)(?:[^.\n]|\.(?=\d)){1,60}?\b(?:in|into|en|na|no|em|dans|nella|nel)\s(?P<object>[^.,;:\n]{2,80})"
)
_SPAN = re.compile(NAME)


def invested_object(text: str, lede_chars: int = 600) -> str | None:
    """The company an investor is said to invest a sum in, read in the first `lede_chars`, or None."""
    m = _INVESTS_IN.search(text[:lede_chars])
    if m is None:
        return None
    for span in _SPAN.finditer(m.group("object")):
        name = acceptable_name(span.group(0))
        if name:
            return name
    return None
