"""German leads told as the subject of "anführen" or in a participle before "Runde" (issue 13, tuning_batch28; branch
fund47batch).

- "Lightspeed Venture Partners, ein früher Unterstützer von Unternehmen wie Snapchat, Epic Games und StabilityAI, führt
  Mistrals Runde an" (b28-taketonews-mistral-105m-eur-de): the separable verb "führt ... an" with its subject first, an
  appositive between them, and a genitive name ("Mistrals") or an article before "Runde". The older German reading
  (lead_phrases.VON_GELEITET) wanted "Der/Die/Das" before the name and "die Runde" after the verb.
- "In der jüngsten von Caotue geführten Runde" (b28-btcecho-dapper-labs-250m-de): "von X geführte Runde", the plain
  participle beside "von X angeführte" (german_stake.led_by_before_noun); "geführt" alone is also "managed", so the
  noun after it must be a round.
"""

from __future__ import annotations

import re

from talentintel.funding.company_grammar import NAME

_ROUND = r"(?:[\w-]*[Rr]unde|Finanzierung\w*|Investition\w*|Seed-Runde)"
_OBJECT = rf"(?:die|diese|dessen|deren|(?-i:[A-Z][\w-]*)s)\s(?:[\w-]+\s)?{_ROUND}"
_SUBJECT = re.compile(
    rf"(?:^|(?<=[.;!?]\s)|\n)(?P<name>{NAME})(?:,\s[^.;\n]{{2,160}}?,)?\s(?:führt|führte|führen|führten)\s{_OBJECT}\san\b"
)
_PARTICIPLE = re.compile(rf"\bvon\s(?P<name>{NAME})\s(?:an)?geführte[nrs]?\s(?:[\w-]+\s)?{_ROUND}")


def german_leads(text: str) -> list[str]:
    """The names of "X[, ...,] führt die/Xs Runde an" and "von X geführte Runde", in text order, once each."""
    found = [(m.start(), m.group("name")) for pattern in (_SUBJECT, _PARTICIPLE) for m in pattern.finditer(text)]
    return list(dict.fromkeys(name for _at, name in sorted(found)))
