"""Spun text read back: republishers pass a wire story through a synonym spinner, which swaps the funding words for
near-synonyms that no rule reads ("round" -> "spherical", "Series A" -> "Sequence A", "raised" -> "elevated", "Games"
-> "Game titles", "as much as" -> "as a lot as", "total" -> "whole").

Met in tuning (fund81): "Azra Game titles has elevated $15 million" and "also participated in the spherical"
(b18-rolemasters-azra-seed), "the most important Sequence A raised by a startup in Turkey" (b22-bestgamingpro-dream-
games-50m), "Crusoe Vitality is elevating as a lot as $500mn" (hs15-investordailybuzz-crusoe-500m-raising-founders-
fund), "a $6 million seed spherical led by Kleiner Perkins, elevating whole funding to $9.5 million" (hs15-
liberalexpress-health-universe-6m-seed-kleiner). The swaps are read back only where the funding sense is certain: a
funding word or a round's grammar around "spherical", a sum after "elevated", a round word after "Sequence A".
"""

from __future__ import annotations

import re

# "seed spherical", "funding spherical", "Sequence A spherical": a funding word before it is always a round.
_FUNDED_SPHERICAL = re.compile(
    r"\b((?:funding|seed|pre-seed|financing|investment|fundraising|bridge|growth|extension|(?:Series|Sequence)\s[A-H])"
    r"\s)spherical\b",
    re.IGNORECASE,
)
# "participated in the spherical.", "one other spherical of loopy money", "the spherical was led by": a determiner
# before it and a round's grammar after it. "a spherical robot" keeps its shape (a noun follows).
_DETERMINED_SPHERICAL = re.compile(
    r"\b((?:the|this|that|a|an|its|their|new|latest|other|wild|first|last|next|previous|prior|earlier|final|same)\s)"
    r"spherical\b(?=\s(?:of|led|at|from|valu\w*|closed|was|is|in|that|which|brings|brought)\b|[.,;:])",
    re.IGNORECASE,
)
# "the most important Sequence A raised by a startup", "pre-seed and Sequence A, too": a series letter with a round's
# grammar after it. A spinner capitalises it as it found "Series A".
_SEQUENCE = re.compile(
    r"\bSequence\s([A-H])(?=(?:[-+]?\d)?(?:\s(?:round|rounds|spherical|funding|financing|raise|raised|led|investment|"
    r"extension|fundraise|and|or|at)\b|[,.;:]))"
)
# "has elevated $15 million", "is elevating as a lot as $500mn": "raise" spun as "elevate", with a sum after it.
_ELEVATED = re.compile(
    r"\belevat(ed|es|ing)(?=\s(?:as\sa\slot\sas\s|as\smuch\sas\s|about\s|round\s|almost\s|practically\s|over\s|"
    r"greater\sthan\s|more\sthan\s|whole\s|total\s)?(?:US\$|\$|€|£|¥|₹|\d|funding\b|capital\b))"
)
_RAISE_FORM = {"ed": "raised", "es": "raises", "ing": "raising"}
# "as a lot as $500mn" is "as much as"; "elevating whole funding to $9.5 million" is "total funding".
_PHRASES = (
    (re.compile(r"\bas\sa\slot\sas\b(?=\s(?:US\$|\$|€|£|¥|₹|\d))"), "as much as"),
    (re.compile(r"\bwhole\s(funding|financing|capital|investment)\b(?=\s(?:to|of|raised)\b)"), r"total \1"),
    # "Azra Game titles", "Peak Video games": a name's "Games" spun to a common noun phrase after a capitalised word.
    (re.compile(r"\b([A-Z][\w]{1,30}\s)(?:Game\stitles|Video\sgames)\b"), r"\1Games"),
)


def unspin(text: str) -> str:
    """The text with a spinner's funding synonyms read back as the words they replaced."""
    if (
        "spherical" in text
        or "Sequence" in text
        or "elevat" in text
        or " a lot as " in text
        or "Game titles" in text
        or "Video games" in text
    ):
        text = _FUNDED_SPHERICAL.sub(r"\1round", text)
        text = _DETERMINED_SPHERICAL.sub(r"\1round", text)
        text = _SEQUENCE.sub(r"Series \1", text)
        text = _ELEVATED.sub(lambda m: _RAISE_FORM[m.group(1)], text)
        for pattern, words in _PHRASES:
            text = pattern.sub(words, text)
    return text
