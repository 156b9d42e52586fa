"""A lead named as the answer to a label or a question about who backs the round (branch fund82).

Features and digests name the one backer after a colon or a rhetorical question instead of "led by": "¿Quién está
detrás? Andreessen Horowitz, uno de los fondos de capital riesgo más prestigiosos del mundo" (hs19-elplural-thinking-
machines-2bn-seed-roundup-es, tuning_hs19), "Der Geldgeber: Spotify-Investor Northzone" (wiwo-woche-outfittery). The
answer is a lead only when it is an investor by the alias table or by the words after it ("uno de los fondos", "a
venture firm"): a founder may answer "who is behind it?" too.
"""

from __future__ import annotations

import re

from talentintel.funding.investors import is_known_investor
from talentintel.funding.names import INVESTOR_NAME

_ASKED = re.compile(
    r"(?:¿\s?Qui[ée]n(?:es)?\s(?:está|están|hay|estaba)\sdetrás(?:\sde\s(?:esto|ella|la\sronda|la\soperación))?\s?\?|"
    r"¿\s?Qui[ée]n(?:es)?\s(?:pone|ponen|puso|pusieron)\sel\sdinero\s?\?|"
    r"Quem\sest[áa]\spor\str[áa]s\??|Qui\sest\sderrière\s?\?|"
    r"Who(?:['’]s|\sis|\sare)\sbehind\s(?:it|this|the\sround|the\smoney)\s?\?|"
    r"(?-i:Der|Die)\s(?:Geldgeber|Investor|Hauptinvestor|Leadinvestor)\s?:|"
    r"(?:The\s)?(?:lead\sinvestor|backer|lead\sbacker)\s?:|(?:El\s)?(?:inversor|inversionista)\sprincipal\s?:)"
    r"\s+(?P<desc>(?-i:[A-Z][\w]*-(?:Investor|investor|Geldgeber))\s)?"
    rf"(?P<name>{INVESTOR_NAME})",
    re.IGNORECASE,
)
# The words after the name that make it an investor: "Andreessen Horowitz, uno de los fondos de capital riesgo".
_INVESTOR_AFTER = re.compile(
    r",?\s(?:(?:uno|una)\sde\s(?:los|las)\s|one\sof\sthe\s|an?\s|une?\s|um[a]?\s|eine?[rs]?\s|la\s|el\s|the\s)"
    r"(?:[\w-]+\s){0,3}?(?:fondos?|firmas?|funds?|firms?|VCs?|venture|gestoras?|investors?|inversor\w*|"
    r"Risikokapital\w*|Investor\w*|Wagniskapital\w*|capital)\b",
    re.IGNORECASE,
)


def answered_lead(text: str) -> list[str]:
    """The one investor a label or a question about the round's backer is answered with; [] when none."""
    for m in _ASKED.finditer(text):
        name = m.group("name")
        if m.group("desc") or is_known_investor(name, strict=True) or _INVESTOR_AFTER.match(text, m.end()):
            return [name]
    return []
