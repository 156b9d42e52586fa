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
_LEGAL_FORMS = (
    (re.compile(r"\bpte\.?\s*(?:ltd\b|limited\b)", re.IGNORECASE), SINGAPORE),
    (re.compile(r"\bsdn\.?\s*bhd\b", re.IGNORECASE), MALAYSIA),
    (re.compile(r"\bpvt\.?\s*ltd\b", re.IGNORECASE), INDIA),
)
_INDONESIAN_PT = re.compile(r"^\s*PT\.?\s+[A-Z0-9]")  # the company field only: "PT Huaan ...", "PT. KTC ..."
_INDONESIAN_TBK = re.compile(r"\bTbk\b")  # "PT Adira Dinamika Multi Finance Tbk", in the company field or the text


def hiring_system_place(text: str, company: str | None) -> tuple[str, LocationResult] | None:
    """(the words, the country) that a hiring system's line or a company's legal form names; None when none does."""
    said = _SINGAPORE_SYSTEM.search(text)
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
