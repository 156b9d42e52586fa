"""A country's hiring system and company law name the country when a posting names no place: Singapore boards end a
posting with "[CANDIDATES WHO REQUIRE WORK PASSES NEED NOT APPLY]" (MyCareersFuture's line: a work pass is Singapore's
work permit), tag it #SGUnitedJobs or #SGUnitedTraineeships (the government's job programmes), send applicants through
InternSG, and hire as a "Pte. Ltd.", the private company form of Singapore's Companies Act. Five Singapore Indeed
records with such words and no place read no region (issue 18, unseen45).

Read only for an on-site job with no place found (region_followups._unplaced), so a remote job at a Singapore-
registered crypto company stays worldwide. The legal forms are each one country's: Pte. Ltd. (Singapore), Sdn. Bhd.
(Malaysia), Pvt. Ltd. (India); in the company field or the text ("Cobalt Consulting (Asia) Pte Limited"). An Indonesian
limited company opens its name with "PT" (Perseroan Terbatas) and a listed one ends it with "Tbk" (Terbuka): "PT Huaan
Mining Engineering" at "Konawe Utara", a regency the gazetteer lacks, read no region (unseen47). "PT" counts only
opening the company field in capitals ("PT Sales Associate" in a title is part-time), "Tbk" anywhere as a word.
"""

from __future__ import annotations

import re

from talentintel.tagging.locations import LocationResult

SINGAPORE = LocationResult(("SG",), ("asia",), False, ("Singapore",))
MALAYSIA = LocationResult(("MY",), ("asia",), False, ("Malaysia",))
INDIA = LocationResult(("IN",), ("asia",), False, ("India",))
INDONESIA = LocationResult(("ID",), ("asia",), False, ("Indonesia",))

_SINGAPORE_SYSTEM = re.compile(
    r"candidates who require work pass(?:es)? need not apply|#?sgunited(?:jobs|traineeships)?\b|\binternsg\b"
    r"|\bmycareersfuture\b|\bemployment pass (?:holders?|application)",
    re.IGNORECASE,
)
# Each of _SINGAPORE_SYSTEM's branches holds one of these words. The regex opens with "\b" or an optional "#", so the
# engine tries all five branches at every place of the text (0.6-1.6 ms a 2 KB description, a sixth of bench_tagging's
# CPU time): the words are looked for in the lowercased text first, and the regex runs only where one is. Beyond ASCII,
# re.IGNORECASE also matches "ı" to "i" and "ſ" to "s", which lower() keeps apart, and "İ" to "i", which lower() makes
# "i" + U+0307: those become plain "i" and "s" (a stray U+0307 dropped can only make the test say yes more often), so
# the test never says no where the regex would match (checked over every code point, tests/tagging).
_SINGAPORE_WORDS = ("candidates who require work pass", "sgunited", "internsg", "mycareersfuture", "employment pass ")


def _singapore_possible(text: str) -> bool:
    low = text.lower()
    if not low.isascii():  # str.translate with a table was slower than the regex on such texts (4 ms)
        low = low.replace("\u0307", "").replace("\u0131", "i").replace("\u017f", "s")
    return any(word in low for word in _SINGAPORE_WORDS)


_LEGAL_FORMS = (
    (re.compile(r"\bpte\.?\s*(?:ltd\b|limited\b)", re.IGNORECASE), SINGAPORE),
    (re.compile(r"\bsdn\.?\s*bhd\b", re.IGNORECASE), MALAYSIA),
    (re.compile(r"\bpvt\.?\s*ltd\b", re.IGNORECASE), INDIA),
)
_INDONESIAN_PT = re.compile(r"^\s*PT\.?\s+[A-Z0-9]")  # the company field only: "PT Huaan ...", "PT. KTC ..."
_INDONESIAN_TBK = re.compile(r"\bTbk\b")  # "PT Adira Dinamika Multi Finance Tbk", in the company field or the text


def hiring_system_place(text: str, company: str | None) -> tuple[str, LocationResult] | None:
    """(the words, the country) that a hiring system's line or a company's legal form names; None when none does."""
    said = _SINGAPORE_SYSTEM.search(text) if _singapore_possible(text) else None
    if said is not None:
        return said.group(0), SINGAPORE
    for field in (company or "", text):
        low = field.lower()
        if "pte" not in low and "sdn" not in low and "pvt" not in low:
            continue  # cheap test first: most texts hold no legal form
        for pattern, place in _LEGAL_FORMS:
            form = pattern.search(field)
            if form is not None:
                return form.group(0), place
    return _indonesian_form(text, company or "")


def _indonesian_form(text: str, company: str) -> tuple[str, LocationResult] | None:
    """An Indonesian company's legal form: "PT" opening the company field, "Tbk" in it or in the text."""
    opened = _INDONESIAN_PT.match(company) if "PT" in company else None
    if opened is not None:
        return opened.group(0).strip(), INDONESIA
    for field in (company, text):
        listed = _INDONESIAN_TBK.search(field) if "Tbk" in field else None
        if listed is not None:
            return listed.group(0), INDONESIA
    return None
