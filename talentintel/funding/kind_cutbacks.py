"""A company cutting its workforce: a setback story that retells the round it raised earlier.

`kind` reads CUTBACK as a "shutdown" trigger (before the opening's first completed raise), beside kind.py's layoffs,
downsizing and shutdown words. Seen on tuning_batch39 (read as a round at its one score, both kind modes): "governance
lapses force the company to trim its workforce and scale down operations" (b39-businessline-mojocare-unravelled-after-
series-a, whose $20.6 million Series A is history). The class on other real texts (pages corpus): "startups doing
multiple rounds of layoffs to cut back expenses" (businessinsider.com), "150 Mitarbeiter müssen ihre Sachen packen"
(t3n.de, Movinga), "diversas startups a promover cortes de pessoal" (oglobo.globo.com).
"""

from __future__ import annotations

import re

CUTBACK = re.compile(
    r"\b(?:trim|trims|trimmed|trimming|cut|cuts|cutting|slash|slashes|slashed|slashing|reduce|reduces|reduced|reducing)"
    r"\s(?:its|their|the\scompany['’]s)\s(?:workforce|headcount|staff)\b|"
    r"\bscal(?:e|es|ed|ing)\sdown\s(?:its\s|their\s)?operations\b|"
    r"\bcortes?\sde\s(?:pessoal|personal|funcionários|empleados)\b",
    re.IGNORECASE,
)
