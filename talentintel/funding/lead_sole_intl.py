"""The sole investor as the subject of "put money into" in German, French, Spanish, Portuguese, Italian and Czech
(issue 13; branch fund49).

`lead_sole` reads "<Investor> has invested in <company>" in English. tuning_hs11 (scored once at lead F1 0.333) tells
the same in German: "Eks Risikokapitalfonds Prima Materia stecke 100 Millionen Euro in das Anfang des Jahres gegründete
Unternehmen Helsing" (hs11-digitaleakten-helsing-100m-prima-materia-de); the other languages' verbs are the same
class ("investit ... dans", "invirtió ... en", "investiu ... na", "ha investito ... nella", "investoval ... do").
`lead_sole.sole_investor` keeps its checks (one investor named in the text; the company named in the object).

German capitalises every noun, so the name before the verb may open on the investor's description ("Eks
Risikokapitalfonds Prima Materia"): the words up to the last noun for an investor ("-fonds", "-investor",
"-gesellschaft", "-geber") are cut.
"""

from __future__ import annotations

import re

from talentintel.funding.investors import is_known_investor

_TOKEN = r"[A-ZÀ-ÖØ-Þ][\w&'’+-]*(?:\.[\w&'’+-]+)*"
_NAME = rf"{_TOKEN}(?:\s(?:of\s|&\s|de\s)?{_TOKEN}){{0,4}}"
INTL_SUBJECT = re.compile(
    rf"(?P<inv>{_NAME})\s(?:hat\s|a\s|ha\s)?(?:steckt|stecke|steckte|gesteckt|investiert|investierte|pumpt|pumpte|"
    r"investit|investi|invierte|invirtió|invertido|investe|investiu|investito|investoval|investovala|vložil|vložila)\b"
    # The sum between may hold a thousands point: "Softbank de Japón invierte US$ 1.000 millones en app colombiana
    # Rappi" (b37-investincolombia-rappi-softbank-1000m-es, fund67: no lead was read).
    r"(?:[^.]|\.(?=\d)){0,80}?\b(?:in|dans|en|na|no|nella|nel|do)\s(?P<co>[^.,;]{1,80})"
)
_DESCRIPTOR = re.compile(r"(?i)(?:fonds|investor|investoren|gesellschaft|geber|holding)$")


# A known investor's country after it: "Softbank de Japón invierte ..." (b37-investincolombia-rappi-softbank-1000m-es,
# labeled SoftBank). A name that is only whole with its "de/of" ("Banco de Chile", "Bank of America") starts with a
# word that is no known investor, and stays whole.
_OF_PLACE = re.compile(r"(.+?)\s(?:de|of|du|da|do|di|aus)\s[A-ZÀ-ÖØ-Þ][\w-]+")


def investor_name(name: str) -> str:
    """The name without a German description before it ("Eks Risikokapitalfonds Prima Materia" -> "Prima Materia")
    and without a known investor's country after it ("Softbank de Japón" -> "Softbank")."""
    words = name.split()
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if _DESCRIPTOR.search(w)), default=0)
    name = " ".join(words[cut:])
    of_place = _OF_PLACE.fullmatch(name)
    return of_place.group(1) if of_place and is_known_investor(of_place.group(1)) else name
