"""The employer named a player, leader or pioneer in a list of fields ("AXIOM, a leading player in AI, DeFi, and
Institutional Finance"): each field of the list is its business, and "AI" there is what "an AI company" says.

The weak "ai" is vetoed by "finance" beside it (taxonomy.toml: "financial models" are no AI), which left AXIOM's head
of product crypto alone though its employer names AI first among its fields (unseen_hs16, labeled both). Only "AI"
standing as an item of the list counts ("a leader in AI-powered logistics" leads logistics); the sentence is the
employer's self-description wherever it stands among the first sentences (self_description.py). Technologies an
employer follows ("emerging technologies such as AI, robotics") are no field it plays in and are not matched.
"""

from __future__ import annotations

import re

from talentintel.tagging.cue_words import Cues
from talentintel.tagging.taxonomy import Term

# Weighs what a strong AI term weighs (core evidence).
FIELD_WORK = Term("ai", ("player", "in", "ai"), 3.0)

_PLAYER = re.compile(
    r"\b(?:a|an|the)\s+(?:(?:leading|major|key|global|top|prominent|established|fast[- ]growing|emerging)\s+){0,2}"
    r"(?:player|leader|pioneer|innovator)s?\s+in\s+(?:the\s+)?([^.;:!?()]{1,80})"
)
# "AI" as one item of the list: after its start or a separator, before a separator, the end or a relative clause
_AI_ITEM = re.compile(
    r"(?:^|,|\band\b|&|/)\s*(?:ai|artificial intelligence)\s*(?=,|&|/|$|\b(?:and|or|that|which|who|with|is|has)\b)"
)
_CUES = ("player", "leader", "pioneer", "innovator")


FIELD_CUES = Cues(_CUES)  # the same words, for a whole text's one pass (cue_words.py)


def plays_in_ai(part: str) -> bool:
    """Whether the lowercased sentence names the employer a player in AI among its fields."""
    if not any(cue in part for cue in _CUES):
        return False  # cheap test first: most sentences name no player
    found = _PLAYER.search(part)
    return found is not None and _AI_ITEM.search(found.group(1)) is not None


def with_field_work(part: str, hits: list[Term] | None) -> list[Term] | None:
    """The sentence's hits, plus FIELD_WORK when it names the employer a player in AI."""
    # plays_in_ai's cue test first: most sentences name no player, and `in hits` compares Terms field by field
    if hits is None or not plays_in_ai(part) or FIELD_WORK in hits:
        return hits
    return [*hits, FIELD_WORK]
