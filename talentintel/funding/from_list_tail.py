"""A "from X" whose list goes on after an aside names several investors, not one (issue 13, tuning_batch22; fund32).

"completed a fundraising of 800 million dollars (707 million euros) from Japanese SoftBank, the most powerful high-tech
fund on the planet, and US investment firm Tiger Global Management" (b22-gettotext-revolut-800m-neobanks): the list
stops at the aside (", the most powerful ..."), so "from X" read as the round's one investor, its lead. The words after
the aside ("and US investment firm Tiger Global") add a second investor: no lead is said.

The aside may be the investor's seat: "raising $6 million from Rasmal Ventures in Qatar and Joa Capital in Saudi Arabia"
(hs11-profitpk-mediq-6m-rasmal-joa, fund49: Rasmal Ventures read as the lead; the label names none of two investors).
"""

from __future__ import annotations

import re

from talentintel.funding.investors import is_known_investor

_AND_ANOTHER = re.compile(
    r"^,\s(?:the|a|an|its|one)\s[^,.;\n]{2,80},\s(?:and|as\swell\sas|along\swith|together\swith)\s"
    r"(?:(?:[\w-]+\s){0,4}?(?:firm|fund|investor|bank|group|company|manager|giant)\s(?-i:[A-Z])"
    r"|(?-i:([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})))",
    re.IGNORECASE,
)


# " in Qatar and Joa Capital": a place, then "and" with a capitalised name (a firm's word in it, or a known investor).
_SEAT_AND_ANOTHER = re.compile(
    r"^\s(?:in|of|from|based\sin)\s(?-i:[A-Z])[\w.-]*(?:\s(?-i:[A-Z])[\w.-]*){0,2},?\s(?:and|as\swell\sas|along\swith)\s"
    r"(?-i:([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3}))"
)
_FIRM_WORD = re.compile(r"\b(?:Capital|Ventures|Partners|Fund|Investments?|Holdings|Group|VC|Equity|Labs)\b")


def list_goes_on(after: str) -> bool:
    """The words after a "from X" item are an aside and then another investor: ", the ... fund, and US firm Y", or
    " in Qatar and Joa Capital"."""
    m = _AND_ANOTHER.match(after)
    if m and (m.group(1) is None or is_known_investor(m.group(1))):
        return True
    seat = _SEAT_AND_ANOTHER.match(after)
    return bool(seat and (_FIRM_WORD.search(seat.group(1)) or is_known_investor(seat.group(1))))
