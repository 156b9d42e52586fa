"""People described by their role in Dutch, German, French, Spanish, Portuguese, Italian and Romanian.

`company_persons` knows the English roles ("Kyle Vogt, the founder of Cruise"); first-sight misses on tuning files
read the founder or the chief executive as the raiser in the other languages (scripts/company_rules_history.py, class
"a person", docs/company_miss_classes.md): "Fabrizio Del Maffeo, medeoprichter en CEO van Axelera AI te Eindhoven"
(hs21-nlaid-axelera-250m-innovation-industries-nl, nl-aid.org), "Miliardarul suedez Daniel Ek, fondator și CEO al
aplicației Spotify" (b51-bani-helsing-100m-eur-daniel-ek-ro, bani.md), "el fundador de la empresa, Carlos García"
(b49-dfsud-kavak-127m-es, dfsud.com). Both readings are kept: the person after a comma and a role ("X, fondateur de"),
and the person after a role and an optional "of the company" ("le fondateur de la société, X").
"""

from __future__ import annotations

import re

from talentintel.funding.company_grammar import NAME

_ROLE = (
    r"(?:(?:mede-?|mit-?|co-?)?(?:oprichter|oprichtster|gründer(?:in)?|fondat(?:eur|rice|ore|rice|or|oare)|fundador[a]?|"
    r"fundadora)|topman|topvrouw|bestuursvoorzitter|directeur|geschäftsführer(?:in)?|vorstands(?:chef|vorsitzende[r]?)|"
    r"firmenchef(?:in)?|chef(?:in)?|PDG|président(?:e)?|presidente|président-directeur|directeur\sgénéral|"
    r"director\sejecutivo|directora\sejecutiva|consejer[oa]\sdelegad[oa]|diretor(?:a)?\s(?:executiv[oa]|presidente)|"
    r"amministratore\sdelegato|șeful|seful|directorul|miliardarul|milliardär|multimillionär|"
    r"milliardaire|multimillonario|bilionário|miliardario)"
)
# "Fabrizio Del Maffeo, medeoprichter en CEO van Axelera AI", "Daniel Ek, fondator și CEO al aplicației Spotify": only
# the person's name is a span; what they run stays a candidate (Axelera AI raised; with the whole clause as a person's
# span the place after it, "te Eindhoven", was read instead).
_APPOSITIVE = re.compile(
    rf"(?<![\w$])({NAME}),\s(?:(?:de|het|een|der|die|le|la|l['’]|el|o|a|il|lo|un|une|uno|una|um|uma)\s)?"
    rf"(?:(?:ehemalige[rn]?|ancien|ancienne|antiguo|antigua|ex|fost(?:ul)?|voormalig)\s)?(?i:{_ROLE})\b[^,.;\n]*"
)
# "el fundador de la empresa, Carlos García", "Miliardarul suedez Daniel Ek", "Gründer Jonas Andrulis": a role before
# the person, with an optional "of the company" and a nationality adjective between.
_ROLE_BEFORE = re.compile(
    rf"\b(?i:{_ROLE})(?:\s(?:de\sla\s(?:empresa|compañía|société|firma)|da\s(?:empresa|companhia)|della\s(?:società|"
    r"azienda)|van\shet\sbedrijf|des\sunternehmens|der\sfirma|companiei),?)?(?:\s[a-zăâîșțéèêëöüäß]+)?\s"
    rf"({NAME})"
)


def intl_person_spans(text: str) -> tuple[list[tuple[int, int]], set[str]]:
    """Spans that describe a person in the languages above, and the persons' names (two words or more) and surnames."""
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    for m in _APPOSITIVE.finditer(text):
        if len(m.group(1).split()) >= 2:  # "Acme, fondateur de ..." is rare; a one-word name may be a company
            spans.append((m.start(1), m.end(1)))
            names.add(m.group(1))
    for m in _ROLE_BEFORE.finditer(text):
        if len(m.group(1).split()) >= 2:  # "CEO Acme" is no person
            names.add(m.group(1))
    surnames = {n.split()[-1] for n in names}
    return spans, names | surnames
