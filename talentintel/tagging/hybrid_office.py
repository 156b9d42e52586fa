"""A location field that says only "Remote" while the text sets a hybrid week at a named office: "Hybrid work
environment: Enjoy the flexibility of working both from our centrally located Berlin office and remotely" (issue 18,
unseen_hs8 hs8t-cs-netbird-network-engineer, github content-system/website: read global where the label is europe /
DE). A hybrid job keeps its office's place (README rules 5 and 13), so the office is the place, not "anywhere".

Read only in a sentence that says hybrid, and only for an office the employer calls its own ("our ... Berlin
office"): "work remotely or from our Berlin office" without a hybrid week is a choice (remote_choice), and a client's
office is no work place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from talentintel.tagging.locations import LocationResult, locate

_HYBRID = re.compile(r"\bhybrid\b|\bh[íi]brid[oa]\b|\bhybride\b", re.IGNORECASE)
_OWN_OFFICE = re.compile(
    r"\b(?:our|unserem|nuestra|nosso|notre)\s+(?:[a-z][\w-]*\s+){0,3}?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+"
    r"(?:office|offices|hub|HQ|headquarters|studio|B[üu]ro)\b"
)
_SENTENCE = re.compile(r"[^.!?\n]+")


@dataclass(frozen=True)
class HybridOffice:
    """The office a hybrid week is spent at: its name and place."""

    raw: str
    place: LocationResult


def hybrid_office(text: str) -> HybridOffice | None:
    """The first own office named in a sentence that says hybrid, or None."""
    head = text[:6000]
    if not _HYBRID.search(head):  # cheap test first: few texts say hybrid
        return None
    for sentence in _SENTENCE.finditer(head):
        if not _HYBRID.search(sentence.group(0)):
            continue
        for office in _OWN_OFFICE.finditer(sentence.group(0)):
            loc = locate(office.group(1))
            if loc.countries:
                return HybridOffice(office.group(1), LocationResult(loc.countries, loc.regions, False, loc.places))
    return None
