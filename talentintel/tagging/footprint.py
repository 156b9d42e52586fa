"""A company group's footprint ("an international company ... present in France, Tunisia, Cambodia and China"): the
countries where the group is, not where the job is."""

from __future__ import annotations

import re

# "present in" / "a presence in" / "subsidiaries in" / "branches in" and a list of two or more capitalized names joined
# by commas, "and" or "&". unseen_hs6: a Phnom Penh start-up "part of UMANLINK GROUP, an international company ...
# present in France, Tunisia, Cambodia and China" was tagged Europe and MENA. "offices in" is left out: a job's office
# list ("offices in London and Berlin") is where it may be done.
_NAME = r"[A-Z][\w'.-]*(?:[ ][A-Z][\w'.-]*)*"
_FOOTPRINT = re.compile(
    rf"\b(?:present|presence|subsidiaries|branches|affiliates)\s+in\s+(?:over\s+\d+\s+countries[,:]?\s*(?:including\s+)?)?"
    rf"({_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})+)"
)


def without_footprint(text: str) -> str:
    """The text with a group's footprint list blanked (same length, so offsets hold)."""
    if " in " not in text:
        return text
    return _FOOTPRINT.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + " " * len(m.group(1)), text)
