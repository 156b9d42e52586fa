"""An employer whose other postings split between the sectors is a mixed shop, not a `both` company.

`company._share_prior` counts a `both` posting toward each sector, so a consultancy with one crypto role, one AI role
and two roles read `both` among six others reaches the half share in each sector, and every posting of it whose own
text names no sector was tagged `both` (unseen_hs9, session 9: Dwarves Foundation's sales manager, Go engineer and
fintech web engineer, all labeled none; the company-blind reading got them right). A company whose postings are mostly
crypto-and-AI work says so with a majority of `both` postings; a company with a description that names both sectors
says so there (that prior is separate and untouched).

Nor is an employer whose other postings are exactly half in a sector known to be in it: a tie says nothing about
which half its next posting joins (`even_split`). Issue 18, unseen_hs12: a video platform's five postings, two ASR /
game-algorithm roles and three content-operations roles; each operations role saw {ai 2, none 2} among its siblings,
reached the half share and was tagged ai (all three labeled none). Tuning (1,762 postings, shipped): those three
ai -> none, nothing else moves; macro-F1 0.9517 -> 0.9530; company-blind reads no siblings and is unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping

from talentintel.tagging.taxonomy import SECTORS


def mixed_split(counts: Mapping[str, int], share: float) -> bool:
    """True when each sector reaches `share` of the postings only by counting the `both` ones twice, while the
    `both` postings alone stay under it: {crypto 1, ai 1, both 2, none 2} is mixed; {crypto 3, both 1, none 2} and
    {both 4, none 2} are not."""
    total = sum(counts.values())
    if not total:
        return False
    both = counts.get("both", 0)
    reach = all((counts.get(s, 0) + both) / total >= share for s in SECTORS)
    return reach and both / total < share


def even_split(counts: Mapping[str, int], sector: str, share: float) -> bool:
    """True when the sector's postings (its own and the `both` ones) are exactly `share` of all: {ai 2, none 2} at a
    half is a tie, not a majority; {ai 3, none 2} is a majority."""
    total = sum(counts.values())
    return bool(total) and (counts.get(sector, 0) + counts.get("both", 0)) == share * total
