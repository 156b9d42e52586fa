"""Making an AI app is AI work: "We're building Vy — an AI app that changes how people use their computers".

"AI app" alone weighs as a buzzword (taxonomy.toml, like "AI applications": a feature, or a tool a team uses), and the
weak "ai" is vetoed by the everyday words around it ("people", "use", "work"), which left Vercept's designer, whose
employer builds an AI app for the desktop, with no AI at all (unseen_hs16). As with AI agents (agent_work.py), a verb
of making before the AI product is the product itself, and the employer's "we are building … an AI app" is its
self-description (self_description.py); a verb of using is never matched ("use AI apps to draft replies"), and a
product built for the team's own use is tooling ("building internal AI assistants").
"""

from __future__ import annotations

import re

from talentintel.tagging.cue_words import Cues
from talentintel.tagging.taxonomy import Term

# Weighs what a strong AI term weighs (core evidence); under a nice-to-have or perks header sector.py caps it as a
# mention like any other core term.
PRODUCT_WORK = Term("ai", ("builds", "ai", "products"), 3.0)

PRODUCT = r"\bai[- ](?:apps?|applications?|products?|assistants?|companions?)\b"
_MAKE = r"\b(?:build|builds|building|built|develop|develops|developing|developed|create|creates|creating|ship|ships|shipping)\b"
# The verb, then at most 30 characters of the product's name or article ("building Vy — an AI app") with no
# preposition or relative between them: "building tools that integrate with AI apps" makes tools.
_MADE = re.compile(_MAKE + r"((?:(?!\b(?:for|to|with|that|which|who|into|on|in|using|by)\b)[^.;:!?]){0,30}?)" + PRODUCT)
_NOT_MADE = re.compile(
    r"\b(?:use|uses|using|used|leverage|leveraging|internal|internally|in-house|automated|automation|workflows?"
    r"|efficiency|productivity)\b"
)
_CUES = ("ai app", "ai-app", "ai product", "ai-product", "ai assistant", "ai-assistant", "ai compan", "ai-compan")


PRODUCT_CUES = Cues(_CUES)  # the same words, for a whole text's one pass (cue_words.py)


def product_cue(low: str) -> bool:
    """Whether a lowercased text can name an AI product at all (a test once a text, before any sentence is read)."""
    return any(cue in low for cue in _CUES)


def with_product_work(part: str, hits: list[Term] | None) -> list[Term] | None:
    """The sentence's hits, plus PRODUCT_WORK when it says an AI product is made (part is lowercased)."""
    # the cue first: most sentences name no AI product, and `in hits` compares Terms field by field
    if hits is None or not product_cue(part) or PRODUCT_WORK in hits:
        return hits  # a vetoed sentence stays vetoed
    made = _MADE.search(part)
    return [*hits, PRODUCT_WORK] if made and not _NOT_MADE.search(made.group(1)) else hits


def names_product(tail: str) -> bool:
    """Whether the object of the employer's "we are building …" is an AI product (tail: its words, lowercased)."""
    return re.search(PRODUCT, tail) is not None
