"""The raiser of a Portuguese, Italian, Spanish or French round named once, set off by a description, before the verb
that announces the money (tuning_batch26, branch fund43; neither came out with a company on its first score):

- "Miscusi, brand italiano di ristorazione di pasta, ha annunciato infatti un ulteriore round di finanziamento da 20
  milioni di euro" (b26-eatpiemonte-miscusi-20m-it);
- "a Sardine, startup com sede em Miami, remou contra a maré e anunciou um aporte de $ 51 milhões"
  (b26-experienceclubus-sardine-51m-pt), in a text whose opening names no company.

The description must say what the company is (startup, brand, empresa, ...), so a list of names is not read as one.
"""

from __future__ import annotations

import re

from talentintel.funding.company_grammar import NAME

_KIND = (
    r"(?:startup|start-up|empresa|brand|marca|società|azienda|compañía|companhia|société|fintech|plataforma|"
    r"piattaforma|plateforme|scale-up|scaleup|insurtech|healthtech|proptech|edtech|foodtech)"
)
_ANNOUNCES = r"(?:anunciou|anunció|ha\sannunciato|annuncia|a\sannoncé|annonce|anuncia|announced)"
_MONEY_NOUN = (
    r"(?:aporte|round|ronda|rodada|levée|financiamento|finanziamento|financiación|financiamiento|investimento)"
)
_APPOSITIVE_RAISE = re.compile(
    r"(?:\A|\n|[.!?]\s|,\s|\b(?:a|o|la|el|il|le|l['’])\s)(?P<name>"
    + NAME
    + r"),\s"
    + _KIND
    + r"\b[^.\n]{0,120}?\b"
    + _ANNOUNCES
    + r"\s[^.\n]{0,40}?\b"
    + _MONEY_NOUN
    + r"\b"
)
_ARTICLE = re.compile(r"^(?:La|El|Il|Le|Les|Los|Las|A|O|As|Os)\s(?=\S)")
_NOT_NAME = frozenset({"Il", "Elle", "La", "Le", "Les", "El", "Los", "Esta", "Este", "Cette", "Ce", "Questa", "A", "O"})


def appositive_raise_company(text: str) -> str | None:
    """The name set off by "<name>, <kind of company> ..." before "announced ... a round / an investment"."""
    m = _APPOSITIVE_RAISE.search(text)
    if m is None:
        return None
    name = _ARTICLE.sub("", m.group("name"))  # "La Koala, empresa de Valencia, anunció" opens a sentence
    return name if name and name not in _NOT_NAME else None
