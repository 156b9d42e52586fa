"""A fund manager's name read with its home town after "of": "Two local VC firms, DACE Ventures of Waltham, which will
be launched formally tomorrow with a $70 million fund, and Masthead Venture Partners of Cambridge" (f23-boston, read
"DACE Ventures of Waltham"). A firm's name ends at its kind word (Ventures, Capital, Partners ...); a capitalised place
after "of" is where it sits, the way a dateline or "Boston-based" would say it. Names whose kind word is followed by
"of" and a lower-case word or a number ("Bank of America", "Fund of Funds") are left as they are.
"""

from __future__ import annotations

import re

_HOME_TOWN = re.compile(
    r"^(?P<firm>.+?\b(?:Ventures|Venture\sPartners|Capital|Partners|Investments|Advisors|Management|Holdings))"
    r"\sof\s(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)$"
)


def without_home_town(name: str | None) -> str | None:
    """The firm's name without a trailing "of <Place>"; the name itself when there is none."""
    if not name:
        return name
    # A name never runs over a line end: "Bpifrance.\nLe fonds" is "Bpifrance" (hs4-lematin-french-tech-seed, read
    # from "géré par Bpifrance.   Le fonds interviendra").
    name = name.split("\n", 1)[0].strip().rstrip(".") or None
    # ... nor starts with the publisher's bracketed tag: "【한국블록체인뉴스】 서울시" (hkbnews-seoul-4ir-fund).
    name = re.sub(r"^[【\[][^】\]]{1,20}[】\]]\s*", "", name) if name else name
    if not name:
        return name
    m = _HOME_TOWN.match(name)
    return m.group("firm") if m else name
