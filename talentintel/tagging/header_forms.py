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


# A header that wraps a wish phrase in header words: "Preferred / Nice-to-Have Skills", "These Are Additional Nice To
# Haves", "The Following Would Be Nice-to-have", "The Skills that are Good To Have for this role" (LinkedIn exports,
# unseen55), "Good to have technical skills:" (unseen10), "Nice-to-have skills" (unseen14), "Bonus points for:"
# (unseen_hs8), "<p><strong>NICE-TO-HAVES</strong></p>" (a We Work Remotely record, unseen43). The table holds the bare
# phrases; these forms left the wish list under the requirements above it, so "integrating AI/ML services", "LLM
# integrations" wished for a non-AI engineer read as the job's own AI work. An item that states a wish ("AWS
# experience is a nice to have", "Bonus points for experience with ROS") names a thing beside the phrase, and a word
# outside the header words keeps it an item.
_WISH_PHRASE = re.compile(
    r"\b(?:nice[- ]to[- ]haves?|good[- ]to[- ]haves?|bonus points?|bonus knowledge|pluses|preferred)\b"
)
_HEADER_WORDS = frozenset(
    "the following would be these are is it that additional other extra technical soft skills skill qualifications "
    "qualification experience requirements knowledge for this role and or s".split()
)
# markup around a header whose angle brackets the wrap strip has half eaten: "p><strong>nice-to-haves</strong></p"
_TAG = re.compile(r"<?/?\b(?:p|strong|b|em|i|u|span|div|li|h[1-6]|br)\b/?>?")
WISH_HEADER_CHARS = 60
_PLURAL = re.compile(r"\(s\)?")  # "Nice to have(s):", its ")" eaten by the wrap strip


def wish_phrase_header(key: str) -> bool:
    """Whether a header key (lowercased, wrap marks stripped) is a wish phrase wrapped only in header words."""
    if "<" in key:
        key = _TAG.sub(" ", key).strip(" <>/")
    if len(key) > WISH_HEADER_CHARS or not (match := _WISH_PHRASE.search(key)):
        return False
    rest = _PLURAL.sub(" ", key[: match.start()] + " " + key[match.end() :]).replace("/", " ").replace("&", " ")
    return all(word in _HEADER_WORDS or _WISH_PHRASE.fullmatch(word) for word in rest.split())
