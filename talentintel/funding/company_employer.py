"""A company named as where the raiser's founders worked is not the raiser.

First-sight misses (docs/company_miss_classes.md, "another entity named") read the founders' former employer: "un trio
d’anciens chercheurs en intelligence artificielle de Meta et Google a levé 105 millions d’euros" (b35-teknomers-mistral-
105m-eur-fr, teknomers.com) read Google; "Arthur Mensch ancien chercheur de DeepMind" (hs18-45secondes-mistral-105m-eur-
seed-fr, 45secondes.fr) read DeepMind; "passé par le laboratoire de l’IA de Google" (s23-quotidienlibre-mistral-385m-eur-
cedric-o-fr, quotidienlibre.fr) read "IA de Google"; "Com apoio de Bezos e executivos do Google e Starbucks" (b55-
startagro-appharvest-82m-usd-series-a-pt, startagro.agr.br) read Google; "Founded by Yann LeCun after leaving Meta"
(b52-ghkleinster-ami-labs-1-03bn-seed-lecun, ghkleinster) read Meta. The name after a former employee's role and its
"of" (in French, Portuguese, Spanish, Italian, German and English), after "passé par" or after "after leaving" is an
employer; so is the second of two ("de Meta et Google").
"""

from __future__ import annotations

import re

_FORMER = r"(?:anciens?|anciennes?|ex-?|former|ehemalige[nr]?|antig[oa]s?|ex\s)"
_STAFF = (
    r"(?:chercheu(?:r|rs|se|ses)|ingénieu(?:r|rs)|salarié(?:e|s|es)?|employé(?:e|s|es)?|cadres?|dirigeants?|"
    r"executiv[oa]s|funcionári[oa]s|pesquisador(?:es|as)|engenheir[oa]s|ejecutivos|empleados|investigador(?:es|as)|"
    r"ingenieros|dirigenti|ricercatori|ingegneri|Mitarbeiter(?:innen)?|Forscher(?:innen)?|Manager(?:innen)?|"
    r"researchers?|engineers?|executives?|employees?|staffers?|alumni)"
)
_OF = r"(?:de|d['’]|du|des|do|da|dos|das|del|della|di|von|bei|of|at|from|chez)"
# the role (former, or executives/employees with no former-ness: "executivos do Google") and up to four words of field
# ("en intelligence artificielle"), its "of", an optional article, and an optional first employer with "and".
_EMPLOYER_BEFORE = re.compile(
    rf"(?:\b{_FORMER}\s?(?:[\w'’-]+\s){{0,2}}?{_STAFF}|\b(?i:executiv[oa]s|ejecutivos|executives|employees))"
    rf"(?:\s[\w'’-]+){{0,4}}?\s{_OF}\s?(?:(?:the|la|le|l['’]|o|a|el)\s?)?"
    r"(?:[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?\s(?:et|and|e|y|und|ou|or)\s)?$"
    r"|\bpassée?s?\spar\s(?:[\w'’-]+\s){0,5}?(?:de\s|d['’]|l['’])?$"
    r"|\b(?i:after|before|since)\s(?i:leaving|quitting|departing)\s$"
)


def named_as_employer(text: str, start: int) -> bool:
    """The name at text[start:] follows a former employee's role and its "of": where the founders worked."""
    return bool(_EMPLOYER_BEFORE.search(text[max(0, start - 120) : start]))
