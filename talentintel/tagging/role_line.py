"""A post's role line marked remote: a line of its own naming the role with a remote tail, as a title would
("**Blockchain / Web3 Developer (Remote)**" under "## Role"). Community posts whose title is something else (an issue
titled with the company's name) carry their real title on such a line."""

from __future__ import annotations

import re

# unseen_hs7 (issue 18, tag29): a GitHub hiring post titled "Redstone" whose role line read "Blockchain / Web3
# Developer (Remote)" was tagged no region. The line must be the role alone (markdown marks around it allowed), end
# in a remote tail and hold a role word, so a sentence ("we are remote (mostly)") or a list of perks is no role line.
_ROLE_LINE = re.compile(
    r"^[#*_>\s-]*([^\n()]{2,70}?)\s*\((?:fully |100% )?remote(?: ok)?\)[*_\s]*$",
    re.IGNORECASE | re.MULTILINE,
)
_ROLE_WORD = re.compile(
    r"\b(?:developer|engineer|manager|designer|analyst|lead|scientist|researcher|specialist|architect|intern"
    r"|writer|director|head|officer|associate|consultant|administrator|auditor|marketer|recruiter|devops)s?\b",
    re.IGNORECASE,
)


def role_line_remote(description: str, lowered: str) -> str | None:
    """The first role line with a remote tail (lowered = description.lower(), the cheap gate), or None."""
    if "remote)" not in lowered:
        return None
    for m in _ROLE_LINE.finditer(description):
        if _ROLE_WORD.search(m.group(1)):
            return m.group(0).strip()
    return None
