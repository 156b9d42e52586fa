"""The lede's subject before a long appositive that names a person or place of its own: "Hemi Labs, una start-up
co-fondata dall'ex sviluppatore principale di Bitcoin Jeff Garzick, ha raccolto con successo 15 milioni di dollari"
(hs6-criptospia-hemi-labs read the founder's name next to the verb). The appositive opens with an article and says
what the subject is (a start-up, a company); the raising verb follows its closing comma.
"""

from __future__ import annotations

import re

from talentintel.funding.company import acceptable_name

_NAME = r"(?:[A-Z][\w&.'’-]*[^\S\n]){0,3}[A-Z][\w&.'’-]*"
_ARTICLE = r"(?:a|an|the|una|uno|un|une|la|le|el|die|der|das|eine|ein)"
_WHAT = (
    r"(?:start-?up|startup|company|firm|compagnia|società|azienda|empresa|compañía|entreprise|société|Unternehmen|"
    r"provider|platform|piattaforma|plataforma|plateforme|developer|maker)"
)
_RAISED = (
    r"(?:has\s|have\s|just\s|today\s)*(?:raised|secured|closed|landed)\b|ha\s(?:raccolto|chiuso|ottenuto)\b|"
    r"(?:ha|han)\s(?:recaudado|levantado|cerrado|conseguido)\b|a\s(?:levé|réalisé|bouclé)\b|hat\b[^.\n]{0,80}?"
    r"\b(?:eingesammelt|erhalten|abgeschlossen)\b"
)
_LEDE_APPOSITIVE = re.compile(
    rf"(?:^|\n)[^\S\n]*({_NAME}),\s{_ARTICLE}\s(?:[\w-]+\s){{0,3}}?{_WHAT}\b[^,\n]{{0,140}},\s(?:{_RAISED})"
)


def appositive_subject(text: str, lede_chars: int = 500) -> str | None:
    """The name opening a line of the lede whose appositive says what it is, with the raising verb after it."""
    m = _LEDE_APPOSITIVE.search(text[:lede_chars])
    return acceptable_name(m.group(1)) if m else None
