"""Title words that look like places or remote words but are neither: a post's type tag ("[Hire]") and a name that
opens with "Global" ("Global Cybersoft tuyển dụng ...")."""

from __future__ import annotations

import re

# Community boards tag a post's type in brackets: "[Hire] Aegis Custody F2E Engineer" (unseen_hs6) read "Hire" as Hiré,
# a town of Côte d'Ivoire, and put a Taipei job in Africa. A tail that is only such a tag names no place.
_POST_TAG = re.compile(r"\s*(?:hire|hiring|we'?re hiring|now hiring|job|jobs|recruit|recruiting|wanted)\s*", re.I)

# Remote words with another sense in a title: "Distributed ML Training", "Virtual Reality Engineer", and "Global"
# opening a name ("Global Cybersoft tuyển dụng nhiều vị trí mới", unseen_hs6: a Ho Chi Minh City employer read as a
# worldwide remote job). Case-sensitive for "Global": "Engineer - global remote" keeps its sense.
_OTHER_SENSE_REMOTE = re.compile(
    r"\b(?:[Dd]istributed|[Vv]irtual|DISTRIBUTED|VIRTUAL)\b|\bGlobal\s+(?!Remote\b|Team\b)[A-Z][a-z]"
)


def post_tag(tail: str) -> bool:
    """Whether a title's bracketed or dashed tail is only the post's type ("Hire", "Hiring", "Job")."""
    return _POST_TAG.fullmatch(tail) is not None


def other_sense_remote(tail: str) -> bool:
    """Whether a title tail's remote word has another sense ("Distributed ML", "Virtual Reality", "Global Cybersoft")."""
    return _OTHER_SENSE_REMOTE.search(tail) is not None
