"""Where an employer's customers or users are is no work place: "stablecoin rails for their customers — even if those
customers live outside the U.S." (issue 18, unseen_hs8 hs8t-kira-senior-architect-engineer, kirafin.ai: a posting
that names no work place read us). Like the investors' place of README rule 11 ("backed by leading Silicon Valley
venture capital firms"), the market is the business, not the job.

Blanked before the free-text place scan: a customer noun, then within a few words (no sentence end) a preposition of
place and the place ("customers live outside the U.S.", "users across Latin America", "clients in Germany and
Austria").
"""

from __future__ import annotations

import re

from talentintel.tagging.cue_words import Cues, holds_any
from talentintel.tagging.place_gates import finditer_at, literal_starts
from talentintel.tagging.text import lowered

_NOUNS = "customers|clients|users|merchants|consumers|buyers|shoppers|patients|players"
_CUSTOMERS = re.compile(
    rf"\b(?:{_NOUNS})\b"
    r"(?:\s+(?:who|that|which|are|is|live|living|based|located|all|mostly|around|from))*"
    r"\s+(?:in|across|outside(?:\s+of)?|throughout|around|all over)\s+(?:the\s+)?"
    r"((?:[A-Z][\w.'’-]*)(?:(?:,\s*|\s+|\s+(?:and|or)\s+)(?:the\s+)?[A-Z][\w.'’-]*){0,4})"
)
# Helping businesses somewhere is the market too: "we aim to help businesses in Singapore and across Asia access
# essential financial solutions" (issue 18, unseen39 un39-zid-nonit-pw3: a Ho Chi Minh City sales job read Singapore).
_HELPED = re.compile(
    r"\bhelp(?:s|ing)?\s+(?:businesses|companies|brands|enterprises|SMEs|merchants)\s+(?:in|across|throughout)\s+(?:the\s+)?"
    r"((?:[A-Z][\w.'’-]*)(?:(?:,\s*|\s+|\s+(?:and|or)\s+)(?:the\s+)?[A-Z][\w.'’-]*){0,4})"
)
_NOUN_STARTS = literal_starts(_NOUNS)
_WORDS = (
    "customers",
    "clients",
    "users",
    "merchants",
    "consumers",
    "buyers",
    "shoppers",
    "patients",
    "players",
    "help",
)


_WORD_CUES = Cues(_WORDS)


def without_customer_places(text: str) -> str:
    """The text with the places its customers are said to be in blanked, same length."""
    low = lowered(text)  # cached: == text.lower()
    if not holds_any(low, _WORD_CUES):  # cheap test first
        return text
    # Both regexes open with \b, which gives the regex engine no first character to skip to: finditer tried every
    # place of a 2 KB description (_CUSTOMERS 31 us, _HELPED 25 us); they are tried only where their first word starts.
    found = [*finditer_at(_CUSTOMERS, _NOUN_STARTS, text), *finditer_at(_HELPED, ("help",), text)]
    if not found:
        return text
    out = list(text)
    for match in found:
        out[match.start(1) : match.end(1)] = " " * (match.end(1) - match.start(1))
    return "".join(out)
