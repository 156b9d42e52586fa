"""A lead told through its partner: "Apoorv Agrawal, the Altimeter partner who co-led the round" (hs15-centrerobotics-
baseten-1-5bn-series-f-altimeter) names the firm in the appositive; the people before it are not investors."""

from __future__ import annotations

import re

_NAME = r"(?-i:[A-Z][\w&.'’-]*(?:\s(?:&\s)?[A-Z][\w&.'’-]*){0,3})"
_PARTNER = r"(?:(?:general|managing|founding|venture)\s)?(?:partner|principal)"
# The subject before "co-led the round", ending on the appositive's relative pronoun.
_PARTNER_WHO = re.compile(
    rf",\s(?:the|an?)\s(?:(?P<firm>{_NAME})\s{_PARTNER}|{_PARTNER}\s(?:at|of|with)\s(?P<at>{_NAME}),?)\swho$",
    re.IGNORECASE,
)


def partner_firm(subject: str) -> str | None:
    """The firm whose partner is the subject of "led": "X, the Altimeter partner who", "X, a partner at Acme who"."""
    m = _PARTNER_WHO.search(subject)
    return (m.group("firm") or m.group("at")) if m else None
