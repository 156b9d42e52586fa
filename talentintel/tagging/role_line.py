"""A post's role line marked remote: a line of its own naming the role with a remote tail, as a title would
("**Blockchain / Web3 Developer (Remote)**" under "## Role"). Community posts whose title is something else (an issue
titled with the company's name) carry their real title on such a line."""

from __future__ import annotations

import re

from talentintel.tagging.cue_words import Cues, holds_any

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


# unseen30 (issue 18, tag35): the Ethereum Community Fund's careers page gives each role a line of slots under its
# title, "Blockchain / Web3 web 3Project | Full-time | Remote", and was read as no place. A line of two to five short
# pipe-separated slots one of which is the work mode "Remote" marks the role remote, like a title's tail.
_SLOT_LINE = re.compile(r"^[^\n|]{1,40}(?:\|[^\n|]{1,40}){1,4}$", re.MULTILINE)
_REMOTE_SLOT_CUES = ("| remote", "|remote", "| fully remote", "| 100% remote")
_REMOTE_SLOT = re.compile(r"\s*(?:fully |100% )?remote\s*", re.IGNORECASE)


_SLOT_CUES = Cues(_REMOTE_SLOT_CUES)


def slot_line_remote(description: str, lowered: str) -> str | None:
    """The first line of pipe-separated slots with a "Remote" slot (lowered: the cheap gate), or None."""
    if not holds_any(lowered, _SLOT_CUES):
        return None  # most postings: four substring tests
    for m in _SLOT_LINE.finditer(description):
        if any(_REMOTE_SLOT.fullmatch(slot) for slot in m.group(0).split("|")):
            return m.group(0).strip()
    return None
