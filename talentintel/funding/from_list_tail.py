"""A "from X" whose list goes on after an aside names several investors, not one (issue 13, tuning_batch22; fund32).

"completed a fundraising of 800 million dollars (707 million euros) from Japanese SoftBank, the most powerful high-tech
fund on the planet, and US investment firm Tiger Global Management" (b22-gettotext-revolut-800m-neobanks): the list
stops at the aside (", the most powerful ..."), so "from X" read as the round's one investor, its lead. The words after
the aside ("and US investment firm Tiger Global") add a second investor: no lead is said.
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


def list_goes_on(after: str) -> bool:
    """The words after a "from X" item are an aside and then another investor: ", the ... fund, and US firm Y"."""
    m = _AND_ANOTHER.match(after)
    return bool(m and (m.group(1) is None or is_known_investor(m.group(1))))
