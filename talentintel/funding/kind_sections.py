"""A digest's list of its own sections is no event: "SciLeads’ BioPharma is updated daily, giving our clients the most
current insights on biopharma organizations including Funding, Initial Public Offering, Mergers & Acquisitions,
Partnerships, and more" (tuning_batch24 scileads; first score kind 0.778) read as an acquisition and an IPO, and the
digest's first funding bullet (Moderna's $176M) became `other`. A run of three or more comma-separated Title Case
category names that includes a deal-type name is a table of contents: it is dropped before the kind is read.
"""

from __future__ import annotations

import re

_TERM = r"(?-i:[A-Z])[a-z]+(?:\s(?:&\s)?(?-i:[A-Z])[a-z]+)*"
_RUN = re.compile(rf"\b{_TERM}(?:,\s(?:and\s)?{_TERM}){{2,}}")
_DEAL_TYPE = re.compile(r"\b(?:Acquisitions?|Mergers?|Initial\sPublic\sOfferings?|Public\sOfferings?|IPOs?)\b")


def without_section_lists(text: str) -> str:
    """`text` without comma runs of Title Case section names that include a deal type."""
    return _RUN.sub(lambda m: "" if _DEAL_TYPE.search(m.group(0)) else m.group(0), text)
