"""Remote as a posting's work mode in English words that say less than "fully remote": a perk ("flexible hours and
remote work"), the team the hire joins ("a fast-paced, remote, and globally distributed team", "Remote environment
totally built to make you feel that we are all together") and the hours ("Work in your own time zone").

Like the CJK work modes ("可远程办公", "支持远程工作"; remote_words.REMOTE_MODE_CJK) they make a posting remote only when
it names no place: "flexible hours and remote work" beside "our Munich office" is a perk of a Munich job. unseen_hs16:
APX's BD manager, Housecall Pro's Rails engineer and GoMining's VIP support manager named no place and said remote only
so, and read no region. Experience with remote work is the candidate's past ("Experience with remote work"), and a
negated mode ("no remote work") is none, and so is a debate's ("in-person vs remote work"). A list item that is only
the mode ("* Remote / WFH" among rotki's offers, unseen_hs19) says it as well, and so does a board's "remote" tag
chip among chips joined by bare colons ("remote:full-time:developer", unseen46).
"""

from __future__ import annotations

import re

from talentintel.tagging.cue_words import Cues, holds_any
from talentintel.tagging.text import lowered

_MODE = re.compile(
    r"\bremote(?: work| working| environment)\b"
    # the hire's team: "a fast-paced, remote, and globally distributed team", "our remote team"
    r"|\b(?:a|an|our)\s+(?:[\w-]+,?\s+){0,3}?remote,?\s+(?:and\s+)?(?:[\w-]+\s+){0,2}?(?:team|company|culture)\b"
    r"|\bwork (?:in|from) your own time ?zones?\b"
    # a line (a bullet or not) holding the mode alone: "* Remote / WFH", "- Fully remote"
    r"|^[ \t]*(?:[-*•·][ \t]*)?(?:fully[ \t]+|100%[ \t]*)?remote(?:[ \t]*[/,&+][ \t]*(?:wfh|work from home))?[ \t]*$"
    # a board's tag chip joined to the others by bare colons: "remote:full-time:developer:...:nft:data" (Crypto Jobs
    # List rows, unseen46 Archimed.ai), "content:developer:web3:full-time:engineering:remote" (unseen46 Bunzz),
    # "dev:machine learning:remote:rust:solana" (web3.career rows)
    r"|(?:(?<=[^\s:]:)|(?<!\S))remote(?=:[^\s:/])|(?<=[^\s:]:)remote\b(?!:)",
    re.IGNORECASE | re.MULTILINE,
)
# the candidate's past, or the mode denied, in the words just before the phrase
_NOT_MODE = re.compile(
    r"\b(?:experience|experienced|familiar|familiarity|background|previously|prior|worked|no|not|non|vs|versus)\b"
    r"[\w ,-]{0,25}$",
    re.IGNORECASE,
)
_CUES = ("remote", "time zone", "timezone")
_BEFORE = 40


_MODE_CUES = Cues(_CUES)


def remote_mode(description: str) -> str | None:
    """The first English work-mode phrase of the description that neither looks back nor is denied."""
    low = lowered(description)  # cached: the sector rules made it
    if not holds_any(low, _MODE_CUES):
        return None  # cheap test first
    for match in _MODE.finditer(description):
        if not _NOT_MODE.search(description, max(0, match.start() - _BEFORE), match.start()):
            return match.group(0)
    return None
