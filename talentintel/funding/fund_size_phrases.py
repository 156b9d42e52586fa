"""A fund's amount decided by phrases the size rules had not read: the money gathered so far said in German ("Von dem
geplanten Gesamtvolumen von 50 Millionen Euro seien bisher 35 Millionen Euro bei Investoren ... eingesammelt worden"),
and a first figure that is no fund size: a target volume ("Das Zielvolumen liegt bei 120 Mio. EUR") or the endowment a
fund is carved from ("part of the $7.8 billion endowment ... The $25 million fund").

`deals` reads `decided_size` before its own size rules: (True, money) when a phrase here decides the amount (None
when the only figures are targets), (False, None) when the other rules choose. Seen on tuning_funds17 (fund_amount
0.400 at its one score): t-online (the planned EUR 50M read over the EUR 35M gathered), vc-magazin (a first closing
with only its EUR 120M target volume stated) and mbelr (the University of Michigan's $7.8 billion endowment read as
its $25 million fund).
"""

from __future__ import annotations

import re

from talentintel.funding.money import Money, find_money

# German: "bisher 35 Millionen Euro ... eingesammelt", "bereits 40 Millionen Euro zugesagt".
_SO_FAR_BEFORE = re.compile(r"\b(?:bisher|bislang|bereits|schon)\s$", re.IGNORECASE)
_SO_FAR_AFTER = re.compile(
    r"[^.\n]{0,80}?\b(?:eingesammelt|eingeworben|zugesagt|eingeworben|gesichert|zusammengekommen)\b", re.IGNORECASE
)
# A target volume before the figure: "Das Zielvolumen liegt bei", "Zielgröße von", "target size of", "objectif de".
_TARGET_BEFORE = re.compile(
    r"\b(?:Zielvolumen|Zielgröße|Ziel\w*volumen)\s(?:(?:liegt|lag|beträgt|betrug)\s)?(?:bei|von)\s(?:rund\s|etwa\s)?$|"
    # "Das selbstgesetzte Ziel von 310 Millionen Euro wurde übertroffen. Insgesamt umfasst der HTGF III ein Volumen
    # von 316,5 Millionen Euro" (f22-munichstartup-htgf-iii-second-closing).
    r"\b(?-i:Ziel)(?:marke)?\s(?:von|bei)\s(?:rund\s|etwa\s)?$|"
    r"\btarget(?:ed)?\s(?:size|volume)\sof\s(?:about\s|around\s)?$|\bobjectif\sde\s(?:lev[ée]e\sde\s)?$",
    re.IGNORECASE,
)
# An endowment after the figure: "the $7.8 billion endowment".
_ENDOWMENT_AFTER = re.compile(r"\s(?:[\w-]+\s)?endowment\b", re.IGNORECASE)


def _not_size(part: str, money: Money) -> bool:
    return bool(
        _TARGET_BEFORE.search(part[max(0, money.start - 40) : money.start]) or _ENDOWMENT_AFTER.match(part, money.end)
    )


def decided_size(part: str) -> tuple[bool, Money | None]:
    """(True, the amount) when a phrase here decides it, else (False, None)."""
    found = find_money(part)
    for money in found:
        if _SO_FAR_BEFORE.search(part[max(0, money.start - 12) : money.start]) and _SO_FAR_AFTER.match(part, money.end):
            return True, money
    if found and _not_size(part, found[0]):
        rest = [m for m in found if not _not_size(part, m)]
        return True, rest[0] if rest else None
    return False, None
