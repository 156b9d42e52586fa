"""The sole investor after a Portuguese/Italian/French "investment by" (issue 13; branch fund36).

Texts in Romance languages name a round's one investor after the investment noun, not after a verb: "conseguiu esse
investimento recorde da BlueFive Capital" (docsbrasil-mal-pt), "o aporte do FIDC e parte do equity foi feito pela
Cedro Capital" (acessa-trampay), "un investimento da 900mila dollari da parte dell'americana 5Lion Holdings"
(intelligonews-horus). `lead_sole.sole_investor` keeps its checks (one investor named in the text, the company named
just before).
"""

from __future__ import annotations

import re

_TOKEN = r"(?:[A-Z]|\d+[A-Z])[\w&'’+-]*(?:\.[\w&'’+-]+)*"
_NAME = rf"{_TOKEN}(?:\s(?:of\s|&\s)?{_TOKEN}){{0,4}}"
# "investimento [recorde] da X"; "... foi feito pela X", "... da parte dell'[americana] X" further on.
_NOUN = r"\b(?:investimento|aporte|investissement)\b"
_AGENT = (
    r"(?:feit[oa]\s(?:pel[oa]|por)\s|realizad[oa]\spor\s|da\sparte\sd(?:ell['’]|ella\s|el\s|i\s)|de\sla\spart\sdu\s)"
)
ROMANCE_FROM = re.compile(
    rf"(?:{_NOUN}\s(?:[a-zà-ü]+\s)?d[ao]\s|{_NOUN}[^.;\n]{{0,60}}?\b{_AGENT})(?:[a-zà-ü]+\s)?"
    # a round's name after "da" is no investor: "o investimento da Série A"
    r"(?!(?i:s[ée]rie|series|rodada|round)\b)"
    rf"(?P<inv>{_NAME})(?=[.,;]|\s\(|\s(?:em|na|no|nel|per|pour|para|che)\b|$)"
)
