"""Repairs of the fund rules' manager that are wrong by their shape, whatever the text.

The subject readers of `fund_raise` take the words before a fund verb; on text nobody here had read (tuning_funds16,
first look: fund company 0.389) they returned a sentence's connective with the name ("As Pitango successfully closed
their 5th fund"), a place adjective instead of the firm it describes ("the fourth fund launched by Tunisia-based
investment firm AfricInvest" read as "Tunisia-based") and a person quoted for the fund ("issued a statement through
its Managing Director, John W. Manzetti"). A connective is dropped, an adjective gives way to the firm it qualifies,
and a person gives way to the next reader (`deals._rule_manager`'s fallbacks).
"""

from __future__ import annotations

import re

# Subordinating and sentence connectives that open a clause before its subject (English, French, Spanish, German).
_CONNECTIVE = re.compile(
    r"^(?:As|While|When|Whereas|After|Before|Since|Although|Though|Because|If|Once|Meanwhile|Also|But|And|So|Then|"
    r"Now|Today|Lorsque|Alors|Comme|Tandis|Mientras|Cuando|Como|Während|Nachdem|Als)\s(?=[A-Z0-9])"
)
_PLACE_ADJECTIVE = re.compile(r"^[\w.&' -]+-(?:based|headquartered|born|focused)$")
# "Tunisia-based investment firm AfricInvest", "Hong Kong-based alternative asset management firm VMS Group".
_DESCRIBED = r"{adj}\s(?:[\w-]+\s){{0,4}}?(?:firm|company|investor|manager|group|house|fund\smanager|VC)\s([A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){{0,3}})"
# A quoted person: "Mr. Manzetti", "Manzetti said", "Managing Director, John W. Manzetti".
_FIRM_WORD = re.compile(
    r"\b(?:Capital|Ventures?|Partners|Invest\w*|Management|Group|Holdings|Funds?|Bank|Associates|Advisors|Equity|Labs?)\b"
)
_TITLES = r"(?:Managing\sDirector|Director|CEO|Chief\s\w+\sOfficer|[Ff]ounder|[Cc]o-founder|[Pp]artner|President|Chairman)"


def _is_person(name: str, text: str) -> bool:
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or not re.fullmatch(r"[A-Z]\w+", words[-1]):
        return False
    if _FIRM_WORD.search(name):
        return False  # "Partner, Speciale Invest": a title's firm, not a person (f13b-indianstartupnews)
    surname = re.escape(words[-1])
    # The surname said alone ("Manzetti said"); "China Renaissance said" is the whole name speaking.
    alone = rf"(?<!{re.escape(words[-2])}\s)"
    cue = (
        rf"\b(?:Mr|Ms|Mrs|Dr)\.\s{surname}\b|\b{alone}{surname}\s(?:said|says|added|told|continued)\b|"
        rf"{_TITLES},\s{re.escape(name)}\b|\b{re.escape(name)},\s(?:the\s|its\s)?{_TITLES}"
    )
    return bool(re.search(cue, text))


def repaired(manager: str | None, text: str) -> str | None:
    """The manager with a connective dropped, a place adjective replaced by the firm it qualifies; None for a person
    (or an adjective whose firm is not found), so the next reader answers."""
    if not manager:
        return manager
    manager = _CONNECTIVE.sub("", manager)
    if _PLACE_ADJECTIVE.match(manager):
        m = re.search(_DESCRIBED.format(adj=re.escape(manager)), text)
        return m.group(1).rstrip(".,") if m else None
    return None if _is_person(manager, text) else manager
