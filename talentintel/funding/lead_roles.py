"""Leads told by a role rather than a "led by" (issue 13, tuning_batch20; branch fund29).

First score on tuning_batch20's 13 unseen rounds: lead F1 0.583; the misses were German role sentences ("Die führende
Rolle bei der Finanzierungsrunde übernahm ... Collaborative Fund", "Hauptinvestor des Projektes ist Daimler", a round
"die von der Finanzgesellschaft Tencent angeführt wurde"), a bare "lead" before the money ("sees Toyota lead $50 million
in its latest funding round") and a Chinese round whose one investor is named by its role ("投資方為蘭璞資本").
These are read only when the other rules find no lead, so a text they already read keeps its leads.
"""

from __future__ import annotations

import re

# A name: one to four capitalised words ("Collaborative Fund", "Daimler", "Sequoia Capital China").
# A dot belongs to a word only inside it ("S.A."): "Daimler. Das First Closing ..." ends the name at "Daimler".
_NAME = r"((?-i:[A-Z])(?:[\w&'’-]|\.(?=\w))*(?:\s(?-i:[A-Z0-9])(?:[\w&'’-]|\.(?=\w))*){0,3})"
# What may stand between the article and the name in German: adjectives ("US-amerikanische", "finnische") and one
# common noun that says what the investor is ("Beteiligungsunternehmen", "Finanzgesellschaft", "Wagniskapitalgeber").
_DE_DESCRIPTOR = (
    r"(?:(?:der|die|das|dem|den|des)\s)?(?:(?:[A-ZÄÖÜ]{1,4}-)?[a-zäöüß][\w-]*\s){0,3}"
    r"(?:(?-i:[A-ZÄÖÜ])[a-zäöüß]+(?:unternehmen|gesellschaft|geber|konzern|firma|fonds|investor|haus|arm|tochter)\s)?"
)
_DE_ROLE = [
    # "Die führende Rolle bei der Finanzierungsrunde übernahm demnach das Beteiligungsunternehmen Collaborative Fund".
    re.compile(
        r"\bführende\sRolle\s(?:bei|in)\s(?:der|dieser)\s[\w-]*[Rr]unde\s(?:übernahm|übernimmt|hatte|hat)\s(?:demnach\s)?"
        + _DE_DESCRIPTOR
        + _NAME
    ),
    # "Hauptinvestor des Projektes ist Daimler", "Leadinvestor ist der US-amerikanische Wagniskapitalgeber Venrock".
    re.compile(
        r"\b(?:Haupt|Lead)-?[Ii]nvestor(?:en)?\s(?:(?:des|der)\s[\w-]+\s)?(?:ist|war|sind|waren)\s"
        + _DE_DESCRIPTOR
        + _NAME
    ),
    # "Durch diese interne Finanzierungsrunde, die von der Finanzgesellschaft Tencent angeführt wurde, ...": the
    # relative clause of the round (the main-clause "wurde von X angeführt" is lead_phrases.VON_GELEITET's).
    re.compile(
        r"[Rr]unde,\s(?:die|welche)\svo[nm]\s" + _DE_DESCRIPTOR + _NAME + r"\s(?:angeführt|geleitet)\s(?:wurde|wird)\b"
    ),
]
# "sees Toyota lead $50 million in its latest funding round": a bare "lead" between a Title-case name and the money.
# Title-case words only: the all-caps headline "JAPAN’S AUTOMAKER TOYOTA LEAD $50 MILLION" gives no clean name.
_LEAD_MONEY = re.compile(
    r"(?<![\w’'])((?-i:[A-Z][a-z][\w&.'’-]*)(?:\s(?-i:[A-Z][a-z][\w&.'’-]*)){0,3})\s(?:co-)?lead\s(?=(?:US)?[$€£]\s?\d)"
)
_NOT_AN_INVESTOR = re.compile(r"^(?:The|This|These|It|They|We|Will|Would|Can|To)\b")


def role_leads(text: str) -> list[str]:
    """Leads named by a German role sentence or a bare "X lead $N"; empty when none is found."""
    for pattern in _DE_ROLE:
        m = pattern.search(text)
        if m:
            return [m.group(1)]
    m = _LEAD_MONEY.search(text)
    if m and not _NOT_AN_INVESTOR.match(m.group(1)):
        return [m.group(1)]
    return []


# "投資方為蘭璞資本" / "投资方为X" / "投資方是X": the round's investor named by its role; one name only (a list there
# is several investors, none said to lead).
_CJK_SOLE = re.compile(r"(?:投資方|投资方)(?:為|为|是)([^，,。；;、和與与及\s]{2,30}?)(?=[，,。；;]|不過|不过|$)")


def cjk_role_investor(text: str) -> list[str]:
    """The one investor a Chinese text names by its role ("投資方為X"), as the lead; empty when none or several."""
    m = _CJK_SOLE.search(text)
    return [m.group(1)] if m else []
