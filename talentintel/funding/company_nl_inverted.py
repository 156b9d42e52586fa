"""The announcer of a Dutch inverted clause: "Op 21 augustus kondigde Story, een L1-platform ..., de voltooiing aan van
haar Serie B-financieringsronde van $80 miljoen" (hs14-coindarwin-story-80m-series-b-a16z-nl, tuning_hs14).

Dutch puts the verb second: a time phrase first, then "kondigde|kondigt" (announced), then its subject, and the
separable particle "aan" after the object. The subject-verb rules look for the name before its verb, so no company was
read. The name in that slot, with "aan" and a round word after it in the sentence, is the raiser. A name set off by an
appositive ("Story, een L1-platform dat ...,") is taken even when it is a common English word ("Story" is in
NOT_COMPANY for headlines): the appositive says what it is.
"""

from __future__ import annotations

import re

from talentintel.funding.company import acceptable_name
from talentintel.funding.company_grammar import NAME
from talentintel.funding.investors import is_known_investor

_ROUND = r"(?i:financieringsronde|financiering|investeringsronde|investering|kapitaalronde|ronde|serie\s[a-h])"
_INVERTED = re.compile(
    rf"\b(?:kondigde|kondigt|maakte|maakt)\s(?P<name>{NAME})(?P<apposition>,\s(?:een|het|de)\s[^,.\n]{{3,160}},)?"
    rf"\s[^.\n]{{0,120}}?\b(?:aan|bekend)\b[^.\n]{{0,80}}?{_ROUND}"
)


def inverted_announcer(text: str) -> str | None:
    """The subject after a Dutch "kondigde|kondigt ... aan" (or "maakte ... bekend") that announces a round."""
    for m in _INVERTED.finditer(text):
        name = m.group("name")
        if is_known_investor(name, strict=True):
            continue
        if m.group("apposition") and name[:1].isupper():
            return name
        accepted = acceptable_name(name)
        if accepted:
            return accepted
    return None
