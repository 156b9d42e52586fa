"""A fund named by its own name closing or raising: "The Ohio Capital Fund ... has closed", "Moonfire Fund closes".

The fund-raise test (`fund_raise.is_fund_raise`) reads it in the opening sentences; a round word after the verb
("... Fund closed a seed round in Acme") makes the fund an investor instead.
"""

from __future__ import annotations

import re

NAMED_FUND_CLOSES = re.compile(
    # "The Ohio Capital Fund, a state-funded venture administered by ..., has closed with $150 million committed"
    # (tuning_funds16 ssti): an appositive and an auxiliary may come between the fund and its verb.
    r"\b(?:[A-Z][\w&'’-]*\s){1,3}Fund(?:,\s[^,.;]{2,100},)?\s(?:has\s|had\s)?(?:successfully\s|officially\s)?"
    r"(?:clos(?:es|ed|ing)|rais(?:es|ed))\b"
    r"(?![^.;\n]{0,40}\b(?:round|series [a-h]|seed|stake|in (?:[A-Z]\w+|a|an)\b))|"
    # French, Spanish and Portuguese say it of the fund in the passive or with the fund as subject: "Le fonds
    # d’amorçage Auriga IV Bioseeds, lancé … par Auriga Partners, est clôturé à quarante millions d’euros" (tuning_funds16
    # decideurs), "O fundo concluiu a fase de captação de recursos" (tuning_funds16 tiinside).
    r"\b(?:Le|Ce|Notre|Leur|El|Este|Nuestro|O|Este|Nosso)\s(?:nouveau\s|nuevo\s|novo\s)?(?:fonds|fondo|fundo)\b"
    r"[^.;\n]{0,120}?\b(?:est\s(?:clôturé|bouclé|finalisé)|a\sété\s(?:clôturé|bouclé|finalisé)|ha\s(?:cerrado|completado)|"
    r"cerró|concluiu\sa\s(?:fase\sde\s)?captação|fechou)\b"
)
