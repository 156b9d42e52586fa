"""German freelance boards' work-place and work-mode labels (freelancermap, SOLCOM, Constaff: "Einsatzort: D6, 90%
remote", "Einsatzart: 100 % Remote", "Ort: D6 Hanau / hybrid"), read by regions._FOREIGN_LINE like "Location:".

Issue 18, unseen_hs18: seven project pages with no location field read no region or the wrong one. Two things in
their values are no plain place or remote word:
- a remote share below 100 % ("80 % Remote", "Bern mit 50% Remote-Anteil") is a hybrid week, not a remote job
  (README region rule 13: a hybrid job with no place is no worldwide remote); 100 % is fully remote;
- a "D" and one digit opening the value is a German postcode zone (D6 = postcodes 6xxxx: "D6 Hanau", Hanau being
  63450) the boards use for the region of the client's site: Germany.
"""

from __future__ import annotations

import re

from talentintel.tagging.locations import LocationResult

# German labels of the work place (not "Einsatzart", the work mode): a postcode zone is read only after these
GERMAN_PLACE_LABELS = ("einsatzort", "arbeitsort", "standort", "ort")
# "80 % Remote", "50% Remote-Anteil", "90% remote": a share of the week (the boards print "100" and "% Remote" on two
# lines; the label regex joins them)
_SHARE = re.compile(r"(?<![\d.,])(\d{1,3})\s*%\s*(?:remote|home-?office|mobil)", re.IGNORECASE)
_POSTCODE_ZONE = re.compile(r"D[0-9](?!\w)")
GERMANY = LocationResult(("DE",), ("europe",), False, ("D",))
# the next field's label on the same line ("Ort: D6 Hanau / hybrid ? Projekt-ID: 13299", the emoji bullets lost)
_NEXT_LABEL = re.compile(r"\s+(?:[^\w\s]+\s+)?[A-ZÄÖÜ][\w-]*\s*[:：]")


def own_value(raw: str) -> str:
    """A foreign label's value up to the next label on its line."""
    found = _NEXT_LABEL.search(raw)
    return raw[: found.start()] if found else raw


def partial_remote(raw: str) -> bool:
    """Whether the value gives a remote share below 100 % ("80 % Remote") and none of 100 %."""
    shares = [int(m.group(1)) for m in _SHARE.finditer(raw)]
    return bool(shares) and max(shares) < 100


def postcode_zone(label: str, raw: str) -> str | None:
    """The "D6" opening a German work-place label's value ("Einsatzort: D6, 90% remote"), or None."""
    if label.lower() not in GERMAN_PLACE_LABELS:
        return None
    found = _POSTCODE_ZONE.match(raw.strip())
    return found.group(0) if found else None


def read_value(label: str, raw: str, loc: LocationResult) -> LocationResult:
    """The label value's place: a partial remote share is no remote job, a postcode zone with no place is Germany."""
    if loc.remote and partial_remote(raw):
        loc = LocationResult(loc.countries, loc.regions, False, loc.places)
    if not loc.countries and (zone := postcode_zone(label, raw)):
        loc = LocationResult(GERMANY.countries, GERMANY.regions, loc.remote, (zone,))
    return loc
