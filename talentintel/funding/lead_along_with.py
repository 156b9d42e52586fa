"""Co-leads joined to the lead by "along with" / "alongside" with no comma between: "led by Franklin Templeton along
with ABCDE and Framework Ventures" (hs15-techtelegraph-bitlayer-11m-series-a-franklin-templeton), "a funding round led
by the Amazon executive chairman alongside venture capital firms Lux Capital and Thrive Capital" (hs16-lambham-
physical-intelligence-400m-bezos-lux-thrive): the labels take every name in the agent phrase as a lead.

Set off by a comma, the same words add participants: "led by Ventech VC, along with Atlantic Labs, APEX Ventures, ..."
(b14-ideaforge-mobius-labs), "led by At One Ventures, along with FMO, ..." (hs4-guardianng-okra-solar), "led by
@1confirmation, along with @ColliderVC, ..." (b34-hantiv-limitless-10m-seed-1confirmation). Across the tuning files
(issue 13 session 20, lead83) the comma decides 11 of 12 "led by A along with/alongside B" labels; the one exception
("led by Franklin Templeton, a traditional finance giant ..., along with investment fund ABCDE", blockworks-bitlayer-
wrap) closes an appositive with its comma and is left alone. `lead_phrases.LIST_STOP` still ends the lead list at
"along with"; this module adds the names after it when nothing but names stands between.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from talentintel.funding.investor_names import clip, split_names

# The agent phrase runs from "led by" to "along with" without a comma, a clause word or a sentence end; the words
# after it start with a name or a plural description of the names ("venture capital firms Lux Capital").
_ALONG = re.compile(
    r"\b(?:co-)?led\s+by\s+(?P<lead>[^,;:.\n]{2,80}?)\s(?:along\swith|alongside|together\swith)\s"
    r"(?P<rest>(?:[a-z][\w-]*\s){0,3}?(?=[A-Z@]))",
)
# "along with participation from ...", "alongside existing investors": participants whatever the comma.
_PARTICIPANTS = re.compile(r"(?i)(?:participation|existing|new|other|several|returning|previous|some)\b")


def along_with_leads(text: str, earlier: Callable[[int], bool]) -> list[str]:
    """The names after a comma-less "along with" / "alongside" that continues a "led by" agent phrase; `earlier(pos)`
    says the "led by" at pos names an earlier round (the caller's guard for its own "led by")."""
    found: list[str] = []
    for m in _ALONG.finditer(text):
        if _PARTICIPANTS.match(m.group("rest")) or earlier(m.start()):
            continue
        found += split_names(clip(text, m.end("rest")))
    return found
