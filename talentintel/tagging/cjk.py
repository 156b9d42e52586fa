"""Place names in Chinese, Japanese and Korean scripts, found as substrings: these scripts put no spaces between
words ("北京上海杭州", "서울특별시 강남구"), so the word-by-word scan of locations.py cannot see them."""

from __future__ import annotations

import re
from functools import lru_cache

from talentintel.tagging.gazetteer import CJK, gazetteer
from talentintel.tagging.locations import LocationResult

# Runs of Han, kana and Hangul (with the Korean word space inside, "전 세계"): where CJK place names are looked for.
_CJK_RUN = re.compile(r"(?:[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]| (?=[\uac00-\ud7af]))+")


# A name right before one of these is a street's name: 路/街/大道 (Chinese), 로/길 (Korean), 通 (Japanese).
_STREET = frozenset("路街로길通")


@lru_cache(maxsize=8)
def _cjk_lengths(max_len: int) -> tuple[int, ...]:
    g = gazetteer()
    return tuple(sorted({len(k) for k in (*g.cjk_places, *g.cjk_regions)}, reverse=True))


def cjk_places(text: str, *, global_words: bool = True) -> LocationResult:
    """Places written in Chinese, Japanese or Korean, found as substrings ("北京上海杭州", "서울특별시 강남구").

    `global_words`: whether "全球" / "不限" mean worldwide; true in a location string, false in free text, where
    "全球领先" (world-leading) and "学历不限" (any degree) name no place.
    """
    if not text or not CJK.search(text):
        return LocationResult()
    g = gazetteer()
    lengths = _cjk_lengths(g.cjk_max)
    countries: list[str] = []
    regions: set[str] = set()
    names: list[str] = []
    for run in _CJK_RUN.findall(text):
        i, n = 0, len(run)
        while i < n - 1:
            for size in lengths:
                if size > n - i:
                    continue
                sub = run[i : i + size]
                if run[i + size : i + size + 1] in _STREET:
                    continue  # "南京路", "테헤란로": a street named after a city, not the city
                hit = g.cjk_places.get(sub)
                if hit:
                    countries.append(hit[0])
                elif sub in g.cjk_regions and (global_words or "global" not in g.cjk_regions[sub]):
                    regions.update(g.cjk_regions[sub])
                else:
                    continue
                names.append(sub)
                i += size
                break
            else:
                i += 1
    remote = any(word in text for word in g.cjk_remote)
    found = set(countries)
    if found or len(regions) > 1:
        regions.discard("global")
    regions.update(r for r in (g.region_of(c) for c in found) if r)
    return LocationResult(tuple(sorted(found)), tuple(sorted(regions)), remote, tuple(names))


def merge(latin: LocationResult, cjk: LocationResult) -> LocationResult:
    countries = set(latin.countries) | set(cjk.countries)
    regions = set(latin.regions) | set(cjk.regions)
    if countries or len(regions) > 1:
        regions.discard("global")
        regions.update(r for r in (gazetteer().region_of(c) for c in countries) if r)
    return LocationResult(
        tuple(sorted(countries)), tuple(sorted(regions)), latin.remote or cjk.remote, latin.places + cjk.places
    )
