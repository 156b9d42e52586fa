"""Where a remote job is open, said in the words boards use beside README rule 4's English cues ("remote within the
US", "based in Berlin"): "<place> only" ("Remote, US only", "EU-only", "US applicants only") and residence or base
clauses in Spanish, Portuguese, French and German ("los candidatos deben estar ubicados en México", "somente para
residentes no Brasil", "réservé aux résidents en France", "nur mit Wohnsitz in Deutschland"). Read only for a remote
job no place has been found for, before it is called worldwide (issue 18, tag27: a remote location field with the
restriction only in the body read as global). CJK limits (仅限, 国内在住) wait for a real posting to test them on."""

from __future__ import annotations

import re

from talentintel.tagging.locations import LocationResult, locate

_PLACE = r"((?:[A-Z][\w.&'’-]*|EMEA|APAC|LATAM)(?:[ ,/&-]+(?:[A-Z][\w.&'’-]*|and|or|y|o|u|e|ou|et|und)){0,4})"
# "US only", "US-only", "UK-based candidates only", "(LATAM only)"
_ONLY = re.compile(_PLACE + r"[ -](?:based\s+)?(?:(?:candidates|applicants|residents|citizens)\s+)?only\b")
# a residence or base word, a preposition (and article), the place: es / pt / fr / de
_CLAUSE = re.compile(
    r"\b(?:resid(?:entes?|indo|ir|an(?:ts?|t))|r[ée]sidents?|r[ée]sidant(?:e|s|es)?|basead[oa]s?|basad[oa]s?"
    r"|bas[ée]e?s?|localizad[oa]s?|ubicad[oa]s?|radicad[oa]s?|domiciliad[oa]s?|morando|viviendo|moradores"
    r"|Wohnsitz|wohnhaft)"
    r"\s+(?:(?:no|na|nos|nas|em|en|in|au|aux|à|dans|do|da|de|del|im|aus)\s+)(?:(?:el|la|los|las|le|les|der|die|dem|den)\s+)?"
    + _PLACE
)
# the employer's seat, not where the job is open: "uma empresa baseada em Lisboa", "somos una startup basada en Madrid"
_SEAT = re.compile(
    r"\b(?:empresa|companhia|compañía|startup|start-up|société|entreprise|unternehmen|company|somos|sommes)\b"
    r"[^.\n]{0,25}$",
    re.IGNORECASE,
)

# unseen42 (RemoteOK postings with a bare "Remote" field): the place as a condition on the hire in English words the
# README cues miss. "This is a U.S.-based remote position", "US-Based, US-Citizen" (a candidate's background; not "a
# US-based company", the employer's seat); "thrive from anywhere in the US"; "within convenient driving distance from
# our Yerevan office". Not "to join our team in Athens, Greece" under a remote title (unseen_hs7: the team's office,
# labeled worldwide).
_BASED = re.compile(
    _PLACE + r"[ -][Bb]ased,?\s+(?:(?:remote|full[- ]time|part[- ]time|hybrid|contract)\s+)?"
    r"(?:position|role|job|opportunity|candidates?|applicants?|hires?|[A-Z][\w.]*[ -][Cc]itizens?(?:hip)?)\b"
)
_ANYWHERE = re.compile(r"\banywhere\s+(?:in|within|across)\s+(?:the\s+)?" + _PLACE)
_DISTANCE = re.compile(
    r"\b(?:driving|commuting|commutable|travel)\s+distance\s+(?:from|of|to)\s+(?:our\s+|the\s+)?"
    + _PLACE
    + r"\s+(?:office|offices|HQ|headquarters|hub|studio)\b"
)
_HIRE_PATTERNS = ((_BASED, "ased"), (_ANYWHERE, "anywhere"), (_DISTANCE, " distance "))


def restriction_places(text: str) -> list[tuple[str, LocationResult]]:
    """(raw, place) for each restriction the text states on where a remote job is open."""
    head = text[:6000]
    out: list[tuple[str, LocationResult]] = []
    for pattern in _possible(head):
        for match in pattern.finditer(head):
            if pattern is _CLAUSE and _SEAT.search(head, max(0, match.start() - 40), match.start()):
                continue
            loc = locate(match.group(1))
            if loc.regions and "global" not in loc.regions:
                out.append((match.group(1), LocationResult(loc.countries, loc.regions, False, loc.places)))
    return out


# Substrings every match holds (both patterns are case-sensitive): a pattern is run only on a text that has one. The
# scans cost ~60 and ~35 us a 2 KB description, where a substring test costs well under one (tagperf4, bench_tagging).
_CLAUSE_WORDS = (
    "resid",
    "résid",
    "base",
    "basé",
    "basad",
    "localizad",
    "ubicad",
    "radicad",
    "domiciliad",
    "morando",
    "viviendo",
    "moradores",
    "Wohnsitz",
    "wohnhaft",
)


def _possible(head: str) -> list[re.Pattern[str]]:
    out = [_ONLY] if "only" in head else []
    out += [pattern for pattern, word in _HIRE_PATTERNS if word in head]
    if any(word in head for word in _CLAUSE_WORDS):
        out.append(_CLAUSE)
    return out
