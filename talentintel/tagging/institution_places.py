"""An academic employer's own name places an on-site job that names no other place: "TU Darmstadt", "Inria Rennes",
"HOCHSCHULE AALEN", "Lund University", "Hochschule für Musik Karlsruhe", "Bergischen Universität Wuppertal".

The free-text scan keeps to cities of 500,000+ people (small names collide with ordinary words); after a university's
or institute's word the name is a town, whatever its size. Issue 18: five publishers' lab and university calls
(unseen23, unseen_hs26, unseen_hs26b, unseen57 twice) read no place at all. A degree, a visit or a partner
("PhD from Lund University", "visits to University College London", "in collaboration with TU Delft") is not the
employer and names no work place.
"""

from __future__ import annotations

import re

from talentintel.tagging.gazetteer import fold, gazetteer
from talentintel.tagging.locations import LocationResult

_CAP = r"[A-ZÄÖÜÉÈÅØ][\w'’-]*"
# "University of Tübingen", "Universität Wuppertal", "Hochschule für Musik Karlsruhe", "TU Darmstadt", "Inria Rennes"
_INSTITUTION_FIRST = re.compile(
    r"\b(?:(?i:universit(?:y|ät|aet|at|é|e|eit|à|a|ade|ad|et)|hochschule|fachhochschule)|TU|Inria|INRIA)\b"
    r"((?:[ \t]+(?:of|de|di|du|des|del|della|degli|für|fuer|for|the|la|le)\b|[ \t]+" + _CAP + r"){1,4})"
)
# "Lund University", "Osaka City University", "Universität" after its town as German writes it ("Universität" first too)
_TOWN_FIRST = re.compile(
    r"\b(" + _CAP + r")(?:[ \t]+City)?[ \t]+(?i:university|universiteit|universitet|universität)\b"
)
_WORDS = ("univ", "Univ", "UNIV", "hochschule", "Hochschule", "HOCHSCHULE", "TU ", "Inria", "INRIA")
# Someone else's institution: a degree, a visit, a partner, a ranking ("graduated from", "visiting researchers at").
_NOT_EMPLOYER = re.compile(
    r"\b(?:from|graduat\w*|degrees?|alumn\w*|stud(?:ied|ying)|visit\w*|collaborat\w*|partners?\w*|cooperat\w*"
    r"|kooperation|with|mit|ranking|ranked)\b[^.\n]{0,40}$",
    re.IGNORECASE,
)
# a town must be this big and its name one country's alone (Georgetown University is no Guyana, Warwick no US town)
_MIN_TOWN = 50_000


def _town(name: str) -> LocationResult | None:
    g = gazetteer()
    key = fold(name)
    if key in g.countries:
        country = g.countries[key]
    else:
        towns = [p for p in g.cities.get(key, ()) if p.kind == "city" and p.population >= _MIN_TOWN]
        if not towns or len({p.country for p in towns}) != 1:
            return None
        country = towns[0].country
    region = g.region_of(country)
    return LocationResult((country,), (region,), False, (key,)) if region else None


def _names(match: re.Match[str]) -> list[str]:
    return [w.strip("'’-").title() if w.isupper() else w.strip("'’-") for w in re.findall(_CAP, match.group(1))]


def institution_places(text: str) -> list[tuple[str, LocationResult]]:
    """(raw, place) of each employer institution the text names with its town."""
    if not any(word in text for word in _WORDS):
        return []  # cheap test first: most postings name no university
    out = []
    for match in (*_INSTITUTION_FIRST.finditer(text), *_TOWN_FIRST.finditer(text)):
        if _NOT_EMPLOYER.search(text, max(0, match.start() - 40), match.start()):
            continue
        for name in _names(match):
            place = _town(name)
            if place is not None:
                out.append((match.group(0).strip(), place))
                break
    return out
