"""The clauses that name a round's participants (not its leads): "with participation from", "alongside", "backed by",
"investors including", "X also participated"."""

from __future__ import annotations

import re

PARTICIPANTS = [
    re.compile(r"participation\s(?:from|by)\s", re.IGNORECASE),
    re.compile(r"\balongside\s", re.IGNORECASE),
    re.compile(r"\bbacked\sby\s", re.IGNORECASE),
    re.compile(r"\bbackers\s(?:included|include|including)\s", re.IGNORECASE),
    re.compile(r"\binvestors?\s(?:including|includes|include|such\sas|like)\s", re.IGNORECASE),
    re.compile(r"\bjoined\sby\s", re.IGNORECASE),
    re.compile(r"\bparticipants?\s(?:included|include|including)\s", re.IGNORECASE),
    re.compile(r"\b(?:investors|participated)\s(?:are|were)\s", re.IGNORECASE),
    re.compile(r"\bwith\s(?=[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)*(?:,|\sand\s))"),
    re.compile(
        r"\b(?i:existing|returning|previous|current|new)\s(?i:investors?|backers?)\s"
        r"(?:(?i:including|such\sas)\s)?(?=[A-Z0-9])"
    ),
    re.compile(r"\b(?:round|raise|financing|funding)\s(?:that|which)\s(?:also\s)?(?:included|includes)\s", re.I),
    # "saw contributions from other prominent entities such as Accomplice and Robot Ventures" (hs5-cryptohead-ritual).
    re.compile(
        r"\bcontributions\s(?:from|by)\s(?:(?:other\s)?(?:[\w-]+\s){0,3}?(?:entities|investors|firms|backers|funds|names)\s"
        r"(?:such\sas|including|like)\s)?",
        re.IGNORECASE,
    ),
    re.compile(
        r"\binvestors?\s(?:in|of)\s(?:the|this)\s(?:round|raise|financing|funding)\s"
        r"(?:include|included|including|are|were)\s",
        re.IGNORECASE,
    ),
]
# "Variant and Coinbase Ventures also participated": the names are the verb's subject.
SUBJECT_PARTICIPATED = re.compile(
    r"\s(?:also\s)?(?:participated|joined\sthe\sround|invested|took\spart|backs|(?i:invests?)\s(?:in\b|[$€£]))"
)
