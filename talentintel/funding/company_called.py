"""The raiser the text introduces by name: "a startup called Story that is building a blockchain-based platform ... is
announcing $83 million in funding" (hs16-thenewsbreak-story-83m-a16z-crypto, tuning_hs16, branch fund77).

"a startup called X" / "a company named X" says X is a name, so a common English word there ("Story", in
NOT_COMPANY for headlines such as "Story: ...") is taken, as an appositive's name is (company_nl_inverted). The
sentence must go on to tell the raise: the relative clause's verb phrase, then a raise verb and a sum.
"""

from __future__ import annotations

import re

from talentintel.funding.company import acceptable_name
from talentintel.funding.investors import is_known_investor

_CALLED_RAISES = re.compile(
    r"\b(?:a|an)\s(?:[\w-]+\s){0,3}?(?:startup|start-up|company|firm|project|protocol|business|venture)\s"
    r"(?:called|named|dubbed)\s(?P<name>(?-i:[A-Z][\w.&'’-]*)(?:\s(?-i:[A-Z])[\w.&'’-]*){0,2})"
    r"(?:,|\s(?:that|which|who)\b)?[^.\n]{0,160}?\b(?:is\s(?:announcing|raising)|has\s(?:raised|closed|secured)|"
    r"raised|closed|secured|announced|announces|raises)\s(?:[^.\n]{0,30}?\s)?(?:US)?[$€£]\s?\d",
    re.IGNORECASE,
)


# The raise told first, the raiser named after it: "he has raised the seed round capital from investment firm Tribe
# Capital and other undisclosed angel investors for his new Boston-based company called Foundation"
# (b46-thenorthlines-foundation-11m-seed read the founder's failed fintech, Synapse, named before the raise).
_RAISE_FOR_CALLED = re.compile(
    r"\b(?:raised|raises|secured|secures|closed|closes|landed|lands)\s[^.\n]{0,160}?\bfor\s(?:his|her|their|its|a|an|the)\s"
    r"(?:new\s)?(?:[\w-]+\s){0,2}?(?:startup|start-up|company|firm|venture|business|lab)\s(?:called|named|dubbed)\s"
    r"(?P<name>(?-i:[A-Z][\w.&'’-]*)(?:\s(?-i:[A-Z])[\w.&'’-]*){0,2})",
    re.IGNORECASE,
)


def called_after_raise(text: str) -> str | None:
    """The name in "raised $N (from ...) for his new company called X": the raiser the sentence names after its raise."""
    for m in _RAISE_FOR_CALLED.finditer(text):
        name = m.group("name")
        if not is_known_investor(name, strict=True):
            return acceptable_name(name) or name
    return None


def called_company(text: str) -> str | None:
    """The name in "a startup called X (that ...) has raised / is announcing $N"; None otherwise."""
    for m in _CALLED_RAISES.finditer(text):
        name = m.group("name")
        if is_known_investor(name, strict=True):
            continue
        return acceptable_name(name) or name
    return None
