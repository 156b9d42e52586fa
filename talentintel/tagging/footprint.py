"""A company group's footprint ("an international company ... present in France, Tunisia, Cambodia and China"): the
countries where the group is, not where the job is."""

from __future__ import annotations

import functools
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


# Where the team sits, not where the job is: "Our team is very diverse with people in the US and UK. Our headquarter
# is in London" (unseen23, CRUZEO: tagged the US beside the UK), "a remote team distributed across the US, Canada and
# China". And, for a remote job only, where the company is headquartered: "global and remote-first with headquarters
# in Switzerland" (unseen23, Linum Labs: tagged Europe, not worldwide). An onsite job's headquarters is its place.
_TEAM = re.compile(
    r"\b(?i:(?:people|members|employees|colleagues|teammates|contributors|staff)\s+(?:in|from|across)"
    r"|(?:distributed|spread|scattered)\s+(?:across|over|between|throughout|in))"
    rf"\s+(?:the\s+)?({_NAME}(?:\s*(?:,|&|\band\b)\s*(?:the\s+)?{_NAME})+)"
)
_SEAT = re.compile(
    r"\b(?i:headquarters|headquarter|headquartered|head office|hq)\s+(?:is\s+|are\s+)?(?:located\s+|based\s+)?in"
    rf"\s+(?:the\s+)?({_NAME}(?:\s*(?:,|&|\band\b)\s*(?:the\s+)?{_NAME})*)"
)
# "we hire people in the US and Canada" is the job's restriction, not the team's whereabouts
_HIRING_BEFORE = re.compile(r"\b(?:hire|hires|hiring|recruit|recruiting|seeking|looking for|welcome|open to)\b[^.\n]*$")


def without_team_places(text: str, remote: bool) -> str:
    """The text with the team's whereabouts (and, when the job is remote, the company's seat) blanked, same length."""
    if " in " not in text and "across" not in text and " In " not in text:
        return text  # cheap test first: every phrase above holds one of them
    patterns = (_TEAM, _SEAT) if remote else (_TEAM,)
    for pattern in patterns:
        text = pattern.sub(functools.partial(_blank, text), text)
    return text


def _blank(text: str, m: re.Match[str]) -> str:
    if _HIRING_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return m.group(0)
    return m.group(0)[: m.start(1) - m.start(0)] + " " * len(m.group(1))
