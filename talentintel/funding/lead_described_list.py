"""Lead lists whose members each carry a description, and a lead named with its organisational unit.

Met on tuning_batch24 (first score lead F1 0.667 on 16 unseen rounds; branch fund37):
- "from a team led by Mobility54, which is the corporate venture capital arm of Toyota Tsusho, Trucks VC — a
  transportation-focused venture capital (VC) fund in Silicon Valley, and Novastar Ventures — a global VC ..."
  (nation.africa) gave only Mobility54: the general list reader stops at "which" and at the dash.
- "The new financing was led by the corporate venture capital arm of Toyota Tsusho, Mobility54; a transportation-focused
  venture capital firm in silicon valley, Trucks VC; and Novastar Ventures, an international venture capital ..."
  (newsroom.maudhui.co.ke) gave Toyota Tsusho and Mobility54: items split by semicolons, each "<description>, Name" or
  "Name, <description>", and the owner inside the description read as a lead.
- "led by Constellation Software’s Topicus.com division" (lcn.today) gave "Topicus.com division": the unit noun is
  not part of the investor's name.
Inside such a led-by sentence this reading replaces the general one (its owner names are dropped); elsewhere the
general reading stands.
"""

from __future__ import annotations

import re

from talentintel.funding.lead_phrases import LEAD_TRIGGERS
from talentintel.funding.names import sentence_end, strip_parentheticals

# A described list: a semicolon between members, a dash before a description, or ", which is ..." after a name.
_DESCRIBED = re.compile(r";|\s[—–]\s|,\swhich\sis\s")
# Where the list ends and the sentence moves on (participants, a purpose, who said it).
_END = re.compile(
    r",?\s(?:with\s(?:participation|support|additional)|alongside|bringing|according|as\swell\sas|to\s(?=[a-z])|"
    r"and\s(?:also\s)?(?:was|were|saw|included|includes)\b|while\b)|\n"
)
# A name: capitalised words (digits, dots and "&" allowed), nothing lower-case except a joining word.
_NAME = re.compile(r"[A-Z0-9][\w&.'’-]*(?:\s(?:[A-Z0-9&][\w&.'’-]*|of|de))*")
_UNIT_TAIL = re.compile(r"\s(?:division|unit|arm|branch|subsidiary)$")


def _members(segment: str) -> list[str]:
    """The member phrases of a described list, descriptions still attached to semicolon items."""
    if ";" in segment:
        return [re.sub(r"^(?:and\s)", "", p.strip()) for p in segment.split(";") if p.strip()]
    bare = re.sub(r",\swhich\sis\s[^,]*", "", segment)
    bare = re.sub(r"\s[—–]\s[^,]*", "", bare)
    return [p for p in re.split(r",\s(?:and\s)?|\sand\s", bare) if p.strip()]


def _name_of(member: str) -> str | None:
    """The name of "Name[, <description>]" or "<the/a description>, Name"; None when the member names no one."""
    parts = [p.strip().rstrip(".") for p in member.split(", ")]
    if _NAME.fullmatch(parts[0]):
        return parts[0]
    if len(parts) > 1 and re.match(r"(?:the|an?)\s", parts[0]) and _NAME.fullmatch(parts[1]):
        return parts[1]
    return None


def _names(members: list[str]) -> list[str]:
    """Member names up to the first member that names no one ("led by Edaphon; participants include CEFC, QIC")."""
    found: list[str] = []
    for member in members:
        name = _name_of(member)
        if name is None:
            break
        found.append(name)
    return found


def _described_names(text: str) -> tuple[list[str], list[str]]:
    """Names read from described led-by lists, and the segments they were read from."""
    names: list[str] = []
    segments: list[str] = []
    for trigger in LEAD_TRIGGERS[:1]:  # the English "led by" family
        for m in trigger.finditer(text):
            segment = text[m.end() : sentence_end(text, m.end())]
            end = _END.search(segment)
            segment = segment[: end.start()] if end else segment
            if not _DESCRIBED.search(segment):
                continue
            found = _names(_members(segment))
            if len(found) >= 2:
                names += [n for n in found if n not in names]
                segments.append(segment)
    return names, segments


def unit_trimmed(name: str) -> str:
    """ "Topicus.com division" -> "Topicus.com": the unit noun names no other investor."""
    return _UNIT_TAIL.sub("", name)


def described_list_leads(text: str, leads: list[str]) -> list[str]:
    """`leads` with described led-by lists read member by member; other leads kept in order."""
    text = strip_parentheticals(text)
    names, segments = _described_names(text)
    kept = [unit_trimmed(n) for n in leads if not any(n in s for s in segments)]
    return [*names, *(n for n in kept if n not in names)]
