"""A sector fund's portfolio job board named in a listing, and a role title of the other sector: both.

A listing copied from a fund's portfolio board carries the board's name ("Jobs | Paradigm Job Board"): the employer is
in that fund's portfolio, a lean to the fund's sector (data/funds.toml) that is never proof alone (a UK energy
supplier's "Warehouse Associate" on Multicoin Capital's board is none, unseen_hs11; the taxonomy's fund terms skip a
name next to "board"). With a title that decides the other sector by itself, the two are the intersection the users
watch: an employer backed by a crypto fund hiring a "Statistical Machine Learning Researcher" builds AI at a crypto
company (hs11t-web3jobs-divine-ml-researcher, both, tagged ai). The lean then decides its sector; it adds nothing
when the title is generic (a head of marketing, a warehouse associate) or of the fund's own sector.

Measured over every tagging tuning file (tag45, 1,663 postings, shipped and company-blind): 5 postings name a fund's
board, 4 crypto-leaning labels among them; the rule changes the one with an AI title (ai -> both), nothing else.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from talentintel.tagging.taxonomy import SECTORS, taxonomy

if TYPE_CHECKING:
    from talentintel.tagging.sector import SectorScore

# The board words; the fund's name is read from the (up to five) words before them.
_BOARD = re.compile(r"\bjobs?[ \t]+board\b", re.IGNORECASE)
_NAME_WORDS = 5


def _fund_sector(name: str) -> str | None:
    """The sector of the fund the board's name holds: the longest tail of its words that funds.toml names."""
    from talentintel.tagging.company import fund_sector  # company.py imports sector.py, which imports this module

    words = name.split()
    for start in range(len(words)):
        sector = fund_sector(" ".join(words[start:]))
        if sector:
            return sector
    return None


def board_lean(text: str) -> str | None:
    """The sector of the fund whose portfolio board the text names, if any."""
    if "oard" not in text and "OARD" not in text:
        return None  # cheap test first: most postings name no board (a regex scan cost bench_tagging ~10%)
    for match in _BOARD.finditer(text):
        before = text[max(0, match.start() - 80) : match.start()].split("|")[-1].split()
        sector = _fund_sector(" ".join(before[-_NAME_WORDS:]))
        if sector:
            return sector
    return None


def _title_decides(result: SectorScore, sector: str) -> bool:
    core = taxonomy().decision["core_weight"]
    return any(e["field"] == "title" and e["weight"] >= core for e in result.evidence[sector])


def add_board_lean(result: SectorScore, description: str) -> None:
    """Decide the board's sector when the title alone decides the other one (see the module docstring)."""
    lean = board_lean(description) if description else None
    if lean is None:
        return
    other = next(s for s in SECTORS if s != lean)
    if not _title_decides(result, other) or result.scores[lean] >= taxonomy().decision["threshold"]:
        return
    points = taxonomy().decision["threshold"] - result.scores[lean]
    result.scores[lean] += points
    result.core[lean] = True
    result.evidence[lean].append({"term": "fund portfolio board", "field": "company", "weight": round(points, 2)})
