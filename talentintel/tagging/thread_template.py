"""A hiring thread's comment template: "COMPANY: ... TYPE: ... LOCATION: ... REMOTE: ... VISA: ... DESCRIPTION: ...
ESTIMATED COMPENSATION: ... CONTACT: ..." (the official r/rust "Who's Hiring" thread asks employers for these fields;
other community threads copy it). Pasted or scraped, the fields run on one line, so the generic location-line scan read
"LOCATION:" as one 60-character value that ran into the next field and stopped mid-sentence (issue 18, unseen47, 4 of
10 such comments): "San Francisco, CA (HQ) REMOTE: Yes — fully remote, worldwide" read the US for a job open
anywhere, "headquartered in New York City with engineering oppor…" lost London and Amsterdam, "REMOTE : Yes — remote
from anywhere" with no LOCATION field read no region, and "either be worked remotely or ... relocate to Auckland" read
New Zealand.

Here a field's value runs to the next field's label. The REMOTE field says whether the job is remote: a value opening
"Yes" / "Fully remote" is remote, "No" / "Not at this time" / "Onsite" is not. A remote job open worldwide ("worldwide",
"from anywhere", "no timezone or region restrictions"), offered as a choice beside relocation or an office (README region
rule 15), or whose LOCATION is only the employer's headquarters ("(HQ)", "headquartered in") places nowhere (global); a
remote job whose REMOTE value names places or zones ("overlap with UTC+8") is restricted to them; any other job is where
its LOCATION value says. Only a text holding three or more of the labels, in capitals, is such a template.
"""

from __future__ import annotations

import re

from talentintel.tagging.locations import LocationResult, locate

_LABEL = re.compile(
    r"(?<![A-Za-z])(COMPANY|TYPE|LOCATION|REMOTE|VISA|DESCRIPTION|ESTIMATED COMPENSATION|COMPENSATION|CONTACT)[ \t]?:"
)
_YES = re.compile(r"^\W*(?:yes\b|fully remote\b|100\s?% remote\b|remote\b)", re.IGNORECASE)
_NO = re.compile(r"^\W*(?:no\b|not\b|none\b|on-?site\b|in[- ]office\b|in[- ]person\b)", re.IGNORECASE)
_ANYWHERE = re.compile(
    r"\bworldwide\b|\bfrom anywhere\b|\banywhere in the world\b|\bno (?:timezone|time zone|time-zone|region|location"
    r"|geographic|country)(?: or (?:timezone|time zone|region|location|country))? restrictions?\b",
    re.IGNORECASE,
)
_CHOICE = re.compile(
    r"\beither\b[^.]{0,60}\bremote(?:ly)?\b[^.]{0,80}\bor\b[^.]{0,80}\b(?:relocate|relocation|office|on-?site|in person)",
    re.IGNORECASE,
)
_HEADQUARTERS = re.compile(r"\(HQ\)|\bHQ\b|\bheadquarter(?:s|ed)?\b", re.IGNORECASE)
_NOWHERE = LocationResult((), (), True, ())


def _fields(text: str) -> dict[str, str]:
    """The template's fields, each value running to the next label; {} when fewer than three labels stand."""
    labels = list(_LABEL.finditer(text[:8000]))
    if len({m.group(1) for m in labels}) < 3:
        return {}
    fields: dict[str, str] = {}
    for here, after in zip(labels, [*labels[1:], None], strict=True):
        end = after.start() if after is not None else len(text)
        fields.setdefault(here.group(1), " ".join(text[here.end() : end].split()))
    return fields


def template_place(text: str) -> tuple[str, LocationResult] | None:
    """(the value read, the place) that a hiring template's LOCATION and REMOTE fields give; None for other texts."""
    if "LOCATION" not in text and "REMOTE" not in text:
        return None  # cheap test first: the labels are capitals
    fields = _fields(text)
    where, remote = fields.get("LOCATION", ""), fields.get("REMOTE", "")
    if not where and not remote:
        return None
    if remote and _YES.match(remote) and not _NO.match(remote):
        return _remote_place(where, remote)
    if not where:
        return None
    loc = locate(where)
    return (where, loc) if loc.countries or loc.regions else None


def _remote_place(where: str, remote: str) -> tuple[str, LocationResult]:
    """A remote job's place: nowhere when open anywhere or by choice or only headquartered somewhere, the REMOTE
    value's places or zones when it names some, else the LOCATION value's."""
    if _ANYWHERE.search(remote) or _CHOICE.search(remote) or _HEADQUARTERS.search(where):
        return remote, _NOWHERE
    named = locate(remote)
    if named.countries or named.regions:
        return remote, LocationResult(named.countries, named.regions, True, named.places)
    loc = locate(where) if where else _NOWHERE
    return where or remote, LocationResult(loc.countries, loc.regions, True, loc.places)
