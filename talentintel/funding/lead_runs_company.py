"""Who runs the company is not who led the round (issue 13, tuning_batch19; branch fund26).

"La société, fondée en 2014 et dirigée par Richard Barlow, est spécialisée dans ..." (b19-benzinga-fr-wejo): the
French "dirigée par" is a lead phrase for a round ("levée dirigée par Partech") and a description of a company's
management after its founding ("founded in 2014 and led by", "fundada en 2015 y dirigida por"). After a founding
clause joined by "and", the phrase describes the company.
"""

from __future__ import annotations

import re

_FOUNDED_AND = re.compile(
    r"\b(?:founded|fond[ée]e?s?|cré[ée]e?s?|fundad[ao]s?|criad[ao]s?|gegründet|fondat[ao])\b[^.;:]{0,60}?"
    r"\s(?:and|et|y|e|und)\s(?:is\s|est\s|es\s|é\s|ist\s)?$",
    re.IGNORECASE,
)


def runs_company(before: str) -> bool:
    """The words before a "led by" / "dirigée par" are a company's founding clause ("fondée en 2014 et ")."""
    return bool(_FOUNDED_AND.search(before))
