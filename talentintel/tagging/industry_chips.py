"""A sector named by one industry chip among many is one field of a broad portfolio, not the employer's sector.

Built In shows each employer's industries as chips a crawler keeps as one line: an APM vendor's "Artificial
Intelligence • Big Data • Cloud • Information Technology • Software • Big Data Analytics • Automation". Read as words,
the first chip made its Spanish-speaking SDR's posting ai (issue 18, unseen45), though neither the role nor the
product sold is AI.

A chip line is three or more items of one to four words joined by " • ". A sector's chip is blanked (each character a
space, so every other keeps its place) when it is that sector's only chip among five or more and the text outside the
line names the sector in no core term. Two or more chips of a sector stay the employer's self-description (a
bitcoin-mining software firm's "Blockchain • Hardware • Software • Energy • Cryptocurrency • Big Data Analytics"), and
so does a short line: "Artificial Intelligence • Software • Web3" may be a decentralized-AI employer as well as a
talent firm serving both fields (ThirstySprout's, read `both` for an AI-platform role, is left to the company
knowledge), and an agency's "Blockchain • Healthtech • Information Technology • NFT • Web3" cannot be told from a
crypto company's industries by its chips (Interexy's AI/ML engineer stays `both`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from talentintel.tagging.taxonomy import SECTORS

_CHIP = r"[A-Za-z][\w&+./-]*(?: [A-Za-z(][\w&+./()-]*){0,3}"
_LINE = re.compile(rf"{_CHIP}(?: \u2022 {_CHIP}){{2,}}")
_SPLIT = " \u2022 "


def without_served_chips(text: str, core_sectors: Callable[[str], set[str]]) -> str:
    """The text with the chips of a served field blanked; `core_sectors` gives the sectors a text names in core terms."""
    if _SPLIT not in text:
        return text  # cheap test first: most texts hold no chip line
    for line in _LINE.finditer(text):
        chips = line.group(0).split(_SPLIT)
        if len(chips) < 5:
            continue  # a short line may be the employer's own two fields
        by_sector = {s: [c for c in chips if s in core_sectors(c)] for s in SECTORS}
        single = [s for s in SECTORS if len(by_sector[s]) == 1]
        if not single:
            continue
        outside = core_sectors(text[: line.start()] + " " + text[line.end() :])
        served = {by_sector[s][0] for s in single if s not in outside}
        if served:
            blanked = _SPLIT.join(" " * len(c) if c in served else c for c in chips)
            text = text[: line.start()] + blanked + text[line.end() :]
    return text
