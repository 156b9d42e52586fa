"""Two written forms of a section header that the header table alone misses (sections.py reads them).

A qualified header: boards and employers add a note in brackets to the header word: "Nice-to-haves (not required)",
"NICE TO HAVE (Big Plus)", "Điểm cộng (Nice to Have)" (ITviec postings, unseen_hs17). The note says how much the
section counts, not what it is: the header is the words before it. Two unseen_hs17 postings at AI shops read both
because their "Smart contract or blockchain experience" and "Web3 / Game: Wallets, tokens" sat under such a header.

A glued header: a scrape that drops the line break before a header leaves it on the end of the item above,
"- Có kiến thức về ngành CNTT (phát triển, vận hành, bảo mật).Ưu tiên:" (MB Bank's IT risk post on ITviec, whose
"coding cho crypto, tài sản số, stablecoin" wish below it read crypto). A known header word right after the
item's closing mark, with nothing between, and a colon ending the line opens a section from the next line on.

A header with a leading qualifier: "## Non-technical bonus points:" (rotki's job page, unseen_hs19) sorts the bonus
points, it still heads them; read as a markdown heading of its own it was a main section, and its "4 hours daily
overlap with European working hours" made a worldwide remote job European.
"""

from __future__ import annotations

import re

# "... bảo mật).ưu tiên:" / "... experience.nice to have:" (lowercased text): the last sentence mark or closing bracket
# glued to a short run of words and a final colon.
_GLUED = re.compile(r"[.)!?。）]([^\s.!?。:：][^.!?。:：]{0,38})[:：]\s*$")


def unqualified(key: str) -> str | None:
    """The header key without its bracketed note ("nice-to-haves (not required" -> "nice-to-haves"), or None."""
    cut = key.find(" (")
    if cut <= 0:
        cut = key.find("（")
    return key[:cut].rstrip() if cut > 0 else None


def glued_tail(part: str) -> str | None:
    """The words glued after a line's last closing mark and before its final colon, or None."""
    if not part.rstrip().endswith((":", "：")):
        return None
    match = _GLUED.search(part)
    return match.group(1) if match else None


# Words that sort a section's items without changing what the section is ("technical", "additional" bonus points).
_QUALIFIERS = ("non-technical ", "non technical ", "technical ", "additional ", "other ", "extra ", "soft ", "general ")


def without_qualifier(key: str) -> str | None:
    """The header key without a leading qualifier word ("non-technical bonus points" -> "bonus points"), or None."""
    for word in _QUALIFIERS:
        if key.startswith(word):
            return key[len(word) :]
    return None
