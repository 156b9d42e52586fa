"""A fund headline written as a noun phrase, and the body that names who will run the fund (issue 13, tuning_hs9).

"Breaking down France’s new $76M Africa startup fund" (hs9-theindiansubcontinent-afd-76m-africa-fund) has no verb:
the fund is the headline's object all the same, and the text was read as the round of a company in a link line. The
owner in the possessive is a country, its sponsor; the manager is the body that "will administer the new fund" ("the
French Development Agency (AFD) — who will administer the new fund").
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w&.'’-]*(?:\s(?:[A-Z][\w&.'’-]*|of|for|de))*\s?[A-Z][\w&.'’-]*|[A-Z][\w&.'’-]*"
# "<Owner>’s new $76M Africa startup fund" in the headline line.
_NP_HEADLINE = re.compile(
    r"(?:^|\s)(?:[A-Z][\w.&-]*\s){0,3}[A-Z][\w.&-]*['’]s\s(?:new|first|second|third|debut|latest|inaugural)\s"
    r"(?:US\$|[$€£])[\d.,]+\s?(?:[MBK]n?|mn|bn|million|billion)\s(?:[\w-]+\s){0,3}?fund\b(?!\s(?:invests|backs|leads))",
    re.IGNORECASE,
)
_ADMINISTERS = re.compile(
    rf"(?P<name>{_NAME})\s?(?:\([A-Z]{{2,8}}\))?\s?[—–-]?,?\s(?:who|which|that)\s(?:will\s)?"
    r"(?:administer|manage|run|oversee)s?\s(?:the\s)?(?:new\s)?(?:[\w-]+\s){0,2}?fund\b|"
    # The same role in Portuguese, Spanish, French, Italian: "Foi assinado contrato com a empresa TM3 Capital, que será
    # a gestora do FIP" (f22-liulofm-fip-funses-tm3-capital, read as the round of "FIP").
    rf"(?P<name2>{_NAME}),\s(?:que|qui|che)\s(?:será|sera|sarà|é|es|est|è)\s(?:a|la|el|o|le|il)\s"
    r"(?:gestora|gestor|gestionnaire|gestore|administradora|sociedad\sgestora)\s(?:do|del|du|dello|della|de\sla|de)\s"
    r"(?:novo\s|nuevo\s|nouveau\s|nuovo\s)?(?:fundo|fondo|fonds|(?-i:[A-Z]{2,6}))\b"
)


def headline_fund_np(text: str) -> bool:
    """The headline line is a fund as a noun phrase: "<Owner>’s new $76M Africa startup fund"."""
    return bool(_NP_HEADLINE.search(text.strip().split("\n", 1)[0]))


def administrator(text: str) -> str | None:
    """The body a text says will administer or manage the fund ("X — who will administer the new fund"), or None."""
    m = _ADMINISTERS.search(text[:3000])
    return (m.group("name") or m.group("name2")) if m else None
