"""A story whose first raise is a running total tells no round (issue 13, branch fund76).

A feature may name a company's money only as what it has gathered so far: "Neun Millionen Dollar hat Empion, gegründet
2022, schon eingesammelt" (b42-sueddeutsche-empion-total-raised-de), "It has raised a total amount of USD 179 million so
far". When the opening tells no raise and every sentence that tells one says "so far", "to date", "schon",
"bereits" or "since its founding", the story reports no new round: `kind.other_reason` calls it history.
"""

from __future__ import annotations

import re

from talentintel.funding.kind_opening import SENTENCE_CUT as _SENTENCE

_RUNNING = re.compile(
    r"\b(?:to[- ]date|so\sfar|since\s(?:its\s|their\s)?(?:founding|inception|launch)|schon|bereits|bisher|bislang|"
    r"seit\s(?:der|seiner|ihrer)\sGründung)\b",
    re.IGNORECASE,
)
# German puts the participle last, and a fronted sum may stand far from it: "Neun Millionen Dollar hat Empion, ...,
# schon eingesammelt"; "sich ... 82 Millionen US-Dollar gesichert hat" is a raise told the same way (b20 chargepoint).
_DE_SUM_GATHERED = re.compile(
    r"\b(?:Millionen|Milliarden|Mio\.?|Mrd\.?)\s(?:Euro|Dollar|US-Dollar|Franken|Pfund)\b[^.]{0,80}?"
    r"\b(?:eingesammelt|gesammelt|eingeworben|gesichert|erhalten|bekommen|eingenommen|aufgenommen|geholt)\b"
)
# A fund's money gathered so far is its close, read by the fund rules ("bisher 35 Millionen Euro ... eingesammelt").
_FUND = re.compile(r"\b(?:funds?|Fonds)\b", re.IGNORECASE)
_WINDOW = 3000


def _running(sentence: str, raised: re.Pattern[str]) -> bool:
    """The sentence's raise is a running total: the word follows the English raise ("has raised $160 million to
    date"; "a blockbuster year so far ..., OpenAI, which just raised" is no total) or stands before the German
    participle."""
    german = _DE_SUM_GATHERED.search(sentence)
    if german:
        return bool(_RUNNING.search(sentence, 0, german.end()))
    m = raised.search(sentence)
    return bool(m and _RUNNING.search(sentence, m.start()))


def only_running_totals(text: str, raised: re.Pattern[str]) -> bool:
    """Every sentence of the text's first `_WINDOW` characters that tells a raise tells a running total (and one
    does), in a text that names no fund: "ChargePoint hat bislang ... eingesammelt" beside a sentence with the new
    round is background."""
    window = text[:_WINDOW]
    if _FUND.search(window):
        return False
    told = [s for s in _SENTENCE.split(window) if raised.search(s) or _DE_SUM_GATHERED.search(s)]
    return bool(told) and all(_running(s, raised) for s in told)
