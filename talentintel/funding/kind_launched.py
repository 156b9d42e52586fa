"""A round opened, not closed: "Photon AI Announces $124M Target Series A" and "Photon AI has launched a \\$124 million
Series A fundraising round ... to close in Q4" (hs8-aissential-photon-ai-124m-target) read as a closed round.

Launching or opening a round (or naming its target) says the money is being sought; a startup that "launches with
$5M" has raised it, so the launched thing must be the round itself, and a round's target is named as a target.
"""

from __future__ import annotations

import re

LAUNCHED_ROUND = re.compile(
    r"\b(?:launch(?:es|ed|ing)?|open(?:s|ed|ing)?|kick(?:s|ed|ing)?\soff|lanza(?:do)?|lance|lancé|abre|abri[óu])\s"
    r"(?:a|an|its|their|the|une|sa|son|una|un|su)\s(?:new\s|nouvelle\s|nueva\s)?(?:(?:US)?\\?[$€£]\s?[\d.,]+\s?"
    r"(?:[mb]n?|million|billion)?\s)?(?:(?:series\s[a-f]|seed|pre-seed|growth|equity|crowdfunding)\s)?"
    r"(?:(?:fundraising|funding|financing|investment|capital-raising)\s(?:round|campaign)\b|"
    r"ronda\sde\s(?:inversi[oó]n|financiaci[oó]n|financiamiento)|lev[ée]e\sde\sfonds|tour\sde\stable)|"
    r"\b(?:lev[ée]e\sde\sfonds|ronda\sde\s(?:financiaci[oó]n|financiamiento|inversi[oó]n))\b(?=[^.\n]{0,20}\b(?:ouverte|abierta)\b)|"
    r"(?:US)?[$€£][\d.,]+\s?(?:[mb]n?|million|billion)?\starget(?:ed)?\s(?:series\s[a-f]|seed|round|raise)\b",
    re.IGNORECASE,
)
