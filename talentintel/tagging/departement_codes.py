"""A French posting places a town by its département number: "notre équipe Data & IA ... basé à Lavaur (81)" (Pierre
Fabre, unseen30), "poste situé à Rodez (12)", "basée à Ajaccio (2A)". A town too small for the gazetteer's free-text
scan (Lavaur has 10,000 people) still names France when a French base or site word puts the job there and the
département's number follows it. Read only for an on-site job the other rules found no place for
(region_followups._unplaced); an English "Version (12)" has no French base word before it.
"""

from __future__ import annotations

import re

from talentintel.tagging.locations import LocationResult

# "basé à Lavaur (81)", "situé à Saint-Étienne (42)", "localisée à Ajaccio (2A)", "poste à Pau (64)"
_BASED_TOWN = re.compile(
    r"\b(?:bas[ée]e?s?|situ[ée]e?s?|localis[ée]e?s?|implant[ée]e?s?|poste)\s+(?:à|a|au|en)\s+"
    r"([A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+){0,3})\s*\((0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\)"
)
FRANCE = LocationResult(("FR",), ("europe",), False, ("france",))
# _BASED_TOWN's last part alone: it opens with "(", a literal the regex engine skips to, where _BASED_TOWN opens with \b
# and was tried at every place of the text (9.9 us a call, on the 22 of 91 bench postings _unplaced reads; English
# texts pass the " a " gate); a text without a département number in brackets holds no match.
_NUMBER = re.compile(r"\((?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\)")


def departement_town(text: str) -> str | None:
    """The "Town (NN)" a French base clause names, or None."""
    if "(" not in text or (" à " not in text and " a " not in text and " au " not in text and " en " not in text):
        return None  # an English text has no French base clause
    head = text[:6000]
    if not _NUMBER.search(head):
        return None
    match = _BASED_TOWN.search(head)
    return f"{match.group(1)} ({match.group(2)})" if match else None
