"""Places a job title names: its location slots ("Engineer (Remote, EU)", "Engineer - London", "Lead Engineer - ANZ -
Wellington - Permanent"), capitalized place names and CJK places; and whether it says the job is remote. Moved out
of regions.py (which reads them through title_findings) when a title's middle slots were added (issue 18, unseen25)."""

from __future__ import annotations

import functools
import re

from talentintel.tagging.city_list import city_list_places
from talentintel.tagging.cjk import cjk_places
from talentintel.tagging.locations import LocationResult, locate, locate_in_text
from talentintel.tagging.native_glosses import without_glosses
from talentintel.tagging.title_brackets import bracket_slots
from talentintel.tagging.title_tags import other_sense_remote, post_tag

# Location-like tails of a title: "Engineer (Remote, EU)", "Engineer - London", "Engineer | APAC".
_TITLE_TAIL = re.compile(r"\(([^()]{2,60})\)|\[([^\[\]]{2,60})\]|\s[-–—|@]\s+([^-–—|]{2,60})$")
# Boards chain a title's fields with dashes: "Lead Engineer - ANZ - Wellington - Permanent" (title, employer, city,
# contract). The slots between the first and the last dash are read like the tail (every word a place, not an
# abbreviation of the words before it); the last one is the tail's.
_SLOT_SPLIT = re.compile(r"\s[-–—|]\s+")
# Runs of capitalized words (and all-caps region words) in free text: candidate place names. A word ends where Han,
# kana or Hangul begins: Japanese and Korean glue particles and nouns to a Latin name ("On-siteでStockholm, Sweden勤務",
# "NL, DE, BEでリモート勤務", "リモート (EU時間帯)"; unseen41), which \w would have kept in the word.
_CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_WORD = rf"[A-Z][^\W{_CJK_CHARS}]*(?:[.'&-][^\W{_CJK_CHARS}]*)*"
CAPITALIZED = re.compile(rf"(?:{_WORD})(?:[ ,/]+(?:{_WORD}))*")
# "[可部分遠端]", "(Hybrid / partly remote)": some days at home, the office's place still holds.
_PARTIAL_REMOTE = re.compile(r"部分|混合|hybrid|partial|partly|하이브리드|일부|一部|ハイブリッド", re.IGNORECASE)


def _middle_slots(title: str) -> list[str]:
    parts = _SLOT_SPLIT.split(title)
    return [p.strip() for p in parts[1:-1] if 2 <= len(p.strip()) <= 60]


def _slot_place(adds: list[tuple[str, LocationResult]], slot: str) -> None:
    if _tool_slot(slot):
        return  # "Game Client Developer (Unity)": the engine, not South Sudan's Unity state
    loc = city_list_places(slot) or locate(slot)  # "Berlin, Amsterdam, Hamburg, Munich, or Stuttgart"
    if (loc.countries or loc.regions) and _location_like(slot, loc):
        adds.append((slot, LocationResult(loc.countries, loc.regions, False, loc.places)))


# Job titles repeat across postings and boards ("Senior Software Engineer"): a title's reading is kept, as the same
# (raw, place) additions in the same order (6% of bench_tagging's CPU went to reading titles again).
@functools.lru_cache(maxsize=8192)
def title_findings(title: str, concrete: bool) -> tuple[tuple[tuple[str, LocationResult], ...], bool]:
    adds: list[tuple[str, LocationResult]] = []
    title = without_glosses(title)  # "정보기술(IT) 기획": information technology's gloss, not Italy (native_glosses)
    if not concrete:
        for match in _TITLE_TAIL.finditer(title):  # a location slot: "(UZ)", "- London", "| APAC"
            tail = next(g for g in match.groups() if g)
            if _acronym_of(tail, title[: match.start()]) or post_tag(tail):
                continue  # "Artificial Intelligence (AI)", "Account Receivable (AR)": an abbreviation, no place
            _slot_place(adds, tail)
        for slot in bracket_slots(title):  # "【徵才US or TW】"
            _slot_place(adds, slot)
        for slot in _middle_slots(title):
            if not _acronym_of(slot, title[: title.index(slot)]) and not post_tag(slot):
                _slot_place(adds, slot)
        for chunk in CAPITALIZED.findall(title):
            loc = locate_in_text(chunk)
            if loc.countries or loc.regions:
                adds.append((chunk, LocationResult(loc.countries, loc.regions, False, loc.places)))
        loc = cjk_places(title, global_words=True)
        if loc.countries or loc.regions:
            adds.append((title, loc))
    if _PARTIAL_REMOTE.search(title):
        return tuple(adds), False
    for match in _TITLE_TAIL.finditer(title):
        tail = next(g for g in match.groups() if g)
        loc = locate(tail)
        if loc.remote and (_location_like(tail, loc) or not other_sense_remote(tail)):
            return tuple(adds), True  # "Engineer (Fully Remote)", not "Software Engineer - Distributed ML Training"
    return tuple(adds), cjk_places(title).remote


def _tool_slot(slot: str) -> bool:
    """Whether a title's slot is only a tool's name that is also a small place ("Unity", "Spring"; places.toml), or
    a country code that is a trade word ("Software Engineer - AI", "Product Engineer (AI)": the team's field, not
    Anguilla; places.toml word_codes; unseen_hs21's listing-only YC row read latam)."""
    from talentintel.tagging.gazetteer import fold, gazetteer

    g = gazetteer()
    return fold(slot.strip()) in g.title_tools or slot.strip() in g.word_codes


def _acronym_of(tail: str, before: str) -> bool:
    """Whether a short upper-case tail spells the initials of the words right before it ("Quality Assurance (QA)")."""
    code = tail.strip()
    if not (2 <= len(code) <= 4 and code.isalpha() and code.isupper()):
        return False
    words = re.findall(r"[A-Za-z]+", before)[-len(code) :]
    return len(words) == len(code) and "".join(w[0] for w in words).upper() == code


def _location_like(text: str, loc: LocationResult) -> bool:
    """Every word of a title's tail is a place, a remote word or a filler ("Remote, EU", "UZ", "London / NYC"), so
    "Buy Now Pay Later" or "AI/Blockchain Platform" are not read as Russia or Anguilla."""
    from talentintel.tagging.gazetteer import fold, gazetteer

    g = gazetteer()
    known = {w for place in loc.places for w in fold(place).split()}
    words = fold(text).split()
    return all(w in known or w in g.remote_words or w in g.noise_words or w.isdigit() for w in words)
