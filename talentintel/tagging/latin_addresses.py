"""Address forms that name their country when the city is abbreviated: Vietnamese districts and cities ("Q.3 HCM",
"Quận 1, TP.HCM", "TP. HCM"), which boards put in titles ("Sales Executive Q.3 HCM", unseen17). "HCM" alone stays
unread: "Workday HCM" is human capital management."""

from __future__ import annotations

import re

_VN = re.compile(
    r"\bTP\.? ?HCM\b|\bHCMC\b|\b(?:Q|Qu[ậa]n)\.? ?\d{1,2}\b[ ,.–-]*(?:TP\.? ?)?(?:HCM|H[àa] ?N[ộo]i|HN)\b"
    # the English district and the city, either order, in a location list: "HCM, District 1", "District 4, HCM"
    # (issue 18, unseen39: a recruiter's board lists "Remote, Hybrid, HCM, District 1, Da Kao")
    r"|\bDistrict \d{1,2}\b[ ,.–-]*(?:TP\.? ?)?(?:HCM|H[àa] ?N[ộo]i)\b|\b(?:HCM|H[àa] ?N[ộo]i)\b[ ,.–-]*District \d{1,2}\b",
    re.IGNORECASE,
)

# Every match holds one of these (Hồ Chí Minh City abbreviated, or Hà Nội): strings naming none skip the regex.
_CUES = ("hcm", "hn", "noi", "nội")


def address_countries(text: str) -> tuple[str, ...]:
    """ISO codes of the countries whose address forms the text uses."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return ()  # cheap test first: nearly every string names neither city
    return ("VN",) if _VN.search(text) else ()
