"""A job board's badge is no sector word: web3 boards (web3.career, cryptocurrencyjobs.co, remote3, Built In) stamp
"AI-Friendly" on employers whose hiring welcomes AI tools, and a crawler keeps it among the row's tags ("tags:
futures, crypto, AI-Friendly, $1K – $2K"; "Blockchain • Cryptocurrency • Web3, AI-Friendly, Kyc"). Read as words, the
badge was AI, and with the tag before it one intersection phrase across the comma ("crypto, AI-Friendly" -> "crypto
ai", "Web3, AI-Friendly" -> "web3 ai"): a crypto futures venue's BD intern read none and a chain foundation's general
counsel both (issue 18, unseen45).

Only the badge's forms are blanked: "AI-Friendly" (hyphen or space) as a list item of its own, between the start of a
line or a comma, colon, semicolon, pipe or bullet and the next such mark or the line's end; or before a workplace or hiring
noun ("an AI-friendly workplace", "AI-friendly hiring"). "AI-friendly data centers" (built for AI workloads) keeps its
AI. The "ai" becomes two spaces, so every other character keeps its place.
"""

from __future__ import annotations

import re

_MARK = r"[,;:|\n\u2022\u00b7]"
_ITEM = re.compile(rf"(?:^|(?<={_MARK}))([ \t]*)ai(?=[- ]friendly[ \t]*(?:$|{_MARK}))", re.MULTILINE)
_WORKPLACE = re.compile(
    r"\bai(?=[- ]friendly (?:workplace|workplaces|company|companies|employer|employers|team|teams|culture|hiring|"
    r"interview|interviews|interviewing|application|applications|recruiting|recruitment|environment|policy)\b)"
)


def without_badges(low: str) -> str:
    """A lowercased text with the "ai" of each "AI-Friendly" badge blanked; any other text as it is."""
    if "friendly" not in low:
        return low  # cheap test first: most texts carry no badge
    low = _ITEM.sub(lambda m: m.group(1) + "  ", low)
    return _WORKPLACE.sub("  ", low)
