"""Span features that tell a round's subject from a name in an explainer or a market total, for the span scorer
(`company_span_features`).

The hybrid fills a round's company where the rules have none, and a fill also makes deal 1 a round: on an explainer
("a Series A typically raises $5-20M") or a market total ("African startups raised $138 million in September") the
best span is a name that raised nothing. These say whether the text reports a completed raise at all, whether its
opening is a plural total ("startups raised", "a combined $2bn") or generic ("how to raise", "should raise"), and
whether the span itself is followed by a raise that is only planned or possible ("X plans to raise", "X could
raise"). The text-level ones are the same on every span of a text: they move the best span's score, which is what the
fill threshold reads. No feature names a company.
"""

from __future__ import annotations

import re

from talentintel.funding.kind import reports_raise

# Every feature this module makes: a model trained without them (`scripts/train_company_span.py` without `--subject`,
# the shipped one since session 19) has the scorer skip computing them.
SUBJECT_FEATURES = frozenset(
    ("undone_raise_after", "text_reports_raise", "text_total_subject", "text_total_word", "text_generic_raise")
)

_RAISE = r"(?:rais|secur|clos|land|bag|attract|pull|drew|draw|receiv|obtain|gather)\w*"
# A plural raiser: "startups raised", "Indian fintechs have secured", "companies in the region collectively drew". The
# nouns in lower case (or opening a sentence): "True Ventures Raising Second Fund" names a firm.
_PLURALS: tuple[str, ...] = ("startups", "start-ups", "companies", "firms", "founders", "businesses", "fintechs")
_PLURALS += ("unicorns", "projects", "protocols", "deals", "rounds", "players", "teams")
_PLURAL = "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in _PLURALS) + "|ventures"
_TOTAL_SUBJECT = re.compile(
    rf"\b(?:{_PLURAL})\s(?:[\w-]+\s){{0,4}}?(?:have\s|has\s|had\s|collectively\s|together\s)?(?i:{_RAISE})\b"
)
_TOTAL_WORD = re.compile(
    r"\b(?:a\s(?:combined|total|cumulative|record)\s(?:of\s)?|in\stotal\b|altogether\b|collectively\b|"
    r"total\s(?:funding|investment|capital|raised|venture)|funding\s(?:totall?ed|reached|fell|rose|dropped|declined|"
    r"surged|slumped)|(?:across|in)\s\d+\s(?:deals|rounds|transactions))",
    re.IGNORECASE,
)
# Raising as a topic, not an event: "how to raise", "startups should raise", "typically raises".
_GENERIC = re.compile(
    r"\b(?:how\s(?:to|much|do|does|can)|what\s(?:is|are)|should|typically|usually|often|on\saverage|"
    r"tips|guide|when\sto)\b[^.?!\n]{0,40}?\brais",
    re.IGNORECASE,
)
# Right after the span: a raise that is planned, possible or sought, not done ("X plans to raise", "X could raise").
_UNDONE_AFTER = re.compile(
    r"^,?\s(?:is\s|are\s|was\s)?(?:\w+ing\s)?(?:to|can|could|should|would|may|might|will|must|plans?\sto|"
    r"aims?\sto|hopes?\sto|seeks?\sto|wants?\sto|needs?\sto|looking\sto|seeking\sto|planning\sto|in\stalks\sto)\s"
    r"(?:\w+\s)?rais",
    re.IGNORECASE,
)


def text_features(opening: str) -> dict[str, float]:
    """The opening's own cues, the same for each span of it."""
    return {
        "text_reports_raise": float(reports_raise(opening)),
        "text_total_subject": float(bool(_TOTAL_SUBJECT.search(opening))),
        "text_total_word": float(bool(_TOTAL_WORD.search(opening))),
        "text_generic_raise": float(bool(_GENERIC.search(opening))),
    }


def undone_raise_after(after: str) -> float:
    return float(bool(_UNDONE_AFTER.match(after)))
