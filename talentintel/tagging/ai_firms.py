"""An employer that says it is an AI company: "Aarki is an AI-driven company specializing in mobile advertising
solutions" (unseen16, an ad-tech firm's FP&A analyst), "COVU is an AI-first insurtech startup rebuilding the ...
insurance distribution industry" (unseen53, a Hacker News hiring comment).

The modifier alone ("AI-driven", "AI-first") weighs as marketing copy (taxonomy.toml), and what an employer is keeps a
weak AI term weak ("Amplitude is the leading AI analytics platform", a dev-set none: self_description._MADE_AI). But
the modifier heading the employer's own noun (company, startup, firm, lab, an "-tech") is the employer naming its
kind, as "Acme is a crypto exchange" is: both postings read none, labeled ai. Over the dev set and every tagging
tuning file the shape ("is/are/we're a(n)/the ... AI-<modifier> ... <firm noun>") stands in three postings on two
publishers, all labeled ai (the third, Rootly, "the AI-native incident management platform", heads a product and is
read ai already); "AI-powered marketplace" and other products keep the modifier a mention.
"""

from __future__ import annotations

import re

# Markers that say what the employer is (self_description._ENGLISH), not what it builds
BE_MARKERS = frozenset({"is a", "is an", "is the", "are a", "are an", "we are", "we're", "we’re"})
# Cheap gate for a text's first 800 characters: one of the modifiers, as text_hits would read it
CUES = ("ai-first", "ai first", "ai-driven", "ai driven", "ai-native", "ai native", "ai-powered", "ai powered")
# The tail is self_description._tail's first words after the marker, tokenized ("ai first insurtech startup"): at
# most one word before the modifier ("a leading AI-first ...") and one between it and the firm noun
_FIRM = re.compile(
    r"^(?:\S+ )?ai (?:first|driven|native|powered) (?:\S+ )?"
    r"(?:company|companies|startup|startups|firm|lab|labs|studio|business|\w{2,}tech)\b"
)


def calls_itself_ai(marker: str, tail: str) -> bool:
    """True when a self-description marker ("is an") is followed by an AI modifier heading a firm noun."""
    return marker in BE_MARKERS and _FIRM.match(tail) is not None
