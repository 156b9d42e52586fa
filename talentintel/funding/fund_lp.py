"""A fund story told from its limited partner's side, and the manager it names.

An LP joining a fund names the fund's manager as the owner of the fund, never itself: "Hernán Crespo está entre os
investidores do terceiro fundo de venture capital da Alaya Capital" (the footballer is an LP; Alaya Capital raised the
fund); in English, "an investor in X's third fund", "the largest limited partner in the fund of X".
"""

from __future__ import annotations

import re

_NAME = r"((?:[A-Z][\w&.'’-]*|\d+)(?:\s(?:[A-Z][\w&.'’-]*|&))*)"
_LP_OF_FUND = re.compile(
    # English: "(the largest) limited partner in the (Japan-focused) fund of X", "an investor in X's third fund".
    r"\b(?:limited partners?|LPs?|anchor investors?|investors?|backers?)\s(?:in|of)\s(?:the\s|a\s)?"
    r"(?:(?:new|latest|first|second|third|fourth|fifth|debut|[\w-]+-focused)\s){0,2}(?:venture\s(?:capital\s)?)?fund\s"
    r"(?:of|managed by|run by|raised by)\s" + _NAME + r"|"
    r"\b(?:limited partners?|LPs?|anchor investors?|investors?|backers?)\sin\s" + _NAME + r"['’]s\s"
    r"(?:(?:new|latest|first|second|third|fourth|fifth|debut|[\w-]+-focused)\s){0,2}(?:venture\s(?:capital\s)?)?fund\b|"
    # Portuguese and Spanish: "entre os investidores do terceiro fundo de venture capital da Alaya Capital".
    r"\bentre\s(?:os|las|los)\s(?:investidores|inversores|cotistas)\s(?:do|del)\s(?:[\w-]+\s){0,2}?"
    r"(?:fundo|fondo)\s(?:de\s(?:venture\scapital|capital\sde\srisco|capital\sriesgo)\s)?(?:da|do|de|del)\s" + _NAME
)


def _match_name(m: re.Match[str]) -> str:
    return next(g for g in m.groups() if g)


def lp_named_manager(opening: list[str]) -> str | None:
    """The manager whose fund an LP joins in the opening sentences, or None."""
    for sentence in opening:
        m = _LP_OF_FUND.search(sentence)
        if m:
            return _match_name(m)
    return None
