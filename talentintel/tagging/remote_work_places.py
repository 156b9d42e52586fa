"""Where a remote job may be done, said with "work in / from" in the sentence that calls it remote: "Work in the UK or
in Berlin, Germany fully remote" (issue 18, unseen_hs8: two The Standard roles, github the-standard/hiring, read
global where the label is europe with GB and DE). README rule 4's cues ("remote within the US", "based in Berlin")
do not hold "work in", and the "fully remote" alone makes the fallback call the job worldwide.

Read only for a remote job no place has been found for (region_followups), and only in a sentence or list item that
itself says remote: "you will work in a small team" names no place (a capitalised place must follow), "work in our
Berlin office" is an office (the possessive is no place), and "work in the Sydney office or remotely" is a choice
(remote_choice), not a restriction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talentintel.tagging.locations import LocationResult, locate

# "work in the UK or in Berlin, Germany", "working remotely from Canada or the US": capitalised words, commas and the
# joiners of a list, up to the first lowercase word that is no joiner ("fully remote")
_WORK_IN = re.compile(
    r"\b(?i:work(?:ing)?\s+(?:remotely\s+|fully\s+remote(?:ly)?\s+)?(?:in|from))\s+"
    r"((?:the\s+)?[A-Z][\w.'’-]*(?:(?:,\s*|\s+|\s+(?:or|and)\s+(?:in\s+|from\s+)?(?:the\s+)?)[A-Z][\w.'’-]*){0,6})"
)
_REMOTE = re.compile(r"\bremote(?:ly)?\b", re.IGNORECASE)
# a place naming an office, a hub or a seat is where the employer sits, not where the remote worker must be
_OFFICE_AFTER = re.compile(r"\s+(?:office|offices|hub|hubs|HQ|headquarters|campus)\b", re.IGNORECASE)
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class RemoteWorkPlace:
    """A "work in X" restriction of a remote job: the words and the place they name."""

    raw: str
    place: LocationResult


def remote_work_places(text: str) -> list[RemoteWorkPlace]:
    """Each place a line that calls the job remote says the work is done in (empty when none)."""
    head = text[:6000]
    if "work" not in head.lower():  # cheap test first
        return []
    out: list[RemoteWorkPlace] = []
    for line in _LINE.finditer(head):
        segment = line.group(0)
        if "remot" not in segment.lower() or not _REMOTE.search(segment):
            continue
        for match in _WORK_IN.finditer(segment):
            if _OFFICE_AFTER.match(segment, match.end()):
                continue
            loc = locate(match.group(1))
            if loc.regions and "global" not in loc.regions:
                out.append(
                    RemoteWorkPlace(match.group(1), LocationResult(loc.countries, loc.regions, False, loc.places))
                )
    return out
