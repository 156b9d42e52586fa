"""A company name that glues "AI" to a word in camel case ("CitadelAI", "DeepAI", "xAI") reads like the name that
spaces it ("Citadel AI"), whose AI the company field and the name rule already count (company.py). A listing-only
record has nothing else to go on: its title is "Software Engineer" (issue 18, unseen33: listing-only records, where the
spaced "Citadel AI" was read ai and the same name glued read none).

Only the upper-case acronym after a lower-case letter at a word's end: "Shanghai", "Mumbai", "Bonsai", "Thai" and the
all-capital "THAI" stay whole, and "AIR" / "AIM" are no acronym.

The dotted spelling "A.I." is the same acronym: a Jumpit listing "클라우드/MSA/A.I. 플랫폼 개발자" (an AI platform, AI work in
any script) read none while "AI 플랫폼" reads ai (unseen47). Only the capitals with their dots, standing alone: "A.I.M."
and "G.A.I.N." are other acronyms.
"""

from __future__ import annotations

import re

_GLUED_AI = re.compile(r"(?<=[a-z])AI(?![A-Za-z0-9])")


def spaced_acronyms(name: str) -> str:
    """The name with a glued camel-case "AI" set apart: "CitadelAI" -> "Citadel AI"; other names unchanged."""
    if "AI" not in name:
        return name  # cheap test first: most names have no capital "AI"
    return _GLUED_AI.sub(" AI", name)


_DOTTED_AI = re.compile(r"(?<![A-Za-z0-9.])A\.I\.?(?![A-Za-z0-9.])")


def undotted_acronyms(text: str) -> str:
    """The text with the dotted "A.I." written "AI": "A.I. 플랫폼" -> "AI 플랫폼"; other texts unchanged."""
    if "A.I" not in text:
        return text  # cheap test first: the dotted spelling is rare
    return _DOTTED_AI.sub("AI", text)
