"""Boards that split a location into chips (["Remote", "Brazil", "SE"]) leave a state's code on its own: the code is
the subdivision of the country a sibling chip names, not another country ("SE" is Sergipe, not Sweden; unseen17)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from talentintel.tagging.gazetteer import gazetteer
from talentintel.tagging.locations import locate

_CODE = re.compile(r"[A-Z]{2,3}")


def state_chips(locations: Sequence[str]) -> set[int]:
    """Indexes of the chips that are a subdivision code of the one country the other chips name."""
    raw = [(loc or "").strip() for loc in locations]
    codes = [i for i, loc in enumerate(raw) if _CODE.fullmatch(loc)]
    if not codes or len(raw) < 2:
        return set()
    named = {c for i, loc in enumerate(raw) if i not in codes and loc for c in locate(loc).countries}
    if len(named) != 1:
        return set()
    country = next(iter(named))
    subdivisions = gazetteer().subdivision_codes
    return {i for i in codes if f"{country}-{raw[i]}" in subdivisions}
