"""An employer whose other postings split between the sectors is a mixed shop, not a `both` company.

`company._share_prior` counts a `both` posting toward each sector, so a consultancy with one crypto role, one AI role
and two roles read `both` among six others reaches the half share in each sector, and every posting of it whose own
text names no sector was tagged `both` (unseen_hs9, session 9: Dwarves Foundation's sales manager, Go engineer and
fintech web engineer, all labeled none; the company-blind reading got them right). A company whose postings are mostly
crypto-and-AI work says so with a majority of `both` postings; a company with a description that names both sectors
says so there (that prior is separate and untouched).
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
