"""Place names in Chinese, Japanese and Korean scripts, found as substrings: these scripts put no spaces between
words ("北京上海杭州", "서울특별시 강남구"), so the word-by-word scan of locations.py cannot see them."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from talentintel.tagging.cjk_languages import names_language
from talentintel.tagging.gazetteer import CJK, data_path, gazetteer
from talentintel.tagging.hangul_places import inside_hangul_word
from talentintel.tagging.katakana_words import cut_from_word
from talentintel.tagging.korean_addresses import korean_address
from talentintel.tagging.locations import LocationResult

# Runs of Han, kana and Hangul (with the Korean word space inside, "전 세계"): where CJK place names are looked for.
_CJK_RUN = re.compile(r"(?:[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]| (?=[\uac00-\ud7af]))+")


# A name right before one of these is a street's name: 路/街/大道 (Chinese), 로/길 (Korean), 通 (Japanese).
_STREET = frozenset("路街로길通")
# Chinese streets put a direction between the name and 路/街: "杭州南路" (Taipei's Hangzhou South Road; unseen_hs8
# hs8t-b2etw-tonfura-golang-backend read CN + TW from its address), "南京東路", "中山北路"
_DIRECTIONS = frozenset("東西南北中东")


def _directed_street(run: str, end: int) -> bool:
    return run[end : end + 1] in _DIRECTIONS and run[end + 1 : end + 2] in ("路", "街")


# A name right after a city (its 市 / 都 / 縣 found as a place) and right before 區/区 is that city's district, not the
# city it shares a name with: "台北市文山區" (Taipei's Wenshan District, not Wenshan in Yunnan), "台北市中山區" (not
# Zhongshan, Guangdong) (unseen_hs13 hs13-yusheng-nlp-intern and hs13-dangruo-art-backend read CN + TW).
def _district_of_city(run: str, start: int, end: int, last_end: int) -> bool:
    return (
        last_end == start and run[start - 1 : start] in ("市", "都", "縣", "县") and run[end : end + 1] in ("區", "区")
    )


# Words ending in the first character of a place name: "平台南北向架构" is a platform's north-south architecture,
# not Tainan (台南); 后台/前台/舞台/柜台/电台 likewise before 台北, 台中, 台南 (unseen6: an IoT job with no place).
_WORD_ENDS = frozenset(
    {"平台", "后台", "後台", "前台", "舞台", "柜台", "櫃台", "电台", "電台", "阳台", "陽台", "讲台", "講台"}
)
# A name that modifies what follows names no work place: a rank ("中国领先的", "东南亚领先", "位居中国第一"), an award
# ("德国红点产品设计奖", "日本DGP综合金奖", "德国 iF 设计奖") or a state carrier ("中国移动") in a company's boast (unseen4:
# Chinese ads whose only places were these).
_MODIFIER = re.compile(
    r"(?:领先|領先|第一|最大|首家|移动|移動|联通|聯通|电信|電信| ?[A-Za-z]{0,4} ?[\u4e00-\u9fff]{0,6}奖)"
)


@lru_cache(maxsize=8)
def _cjk_lengths(max_len: int) -> tuple[int, ...]:
    g = gazetteer()
    return tuple(sorted({len(k) for k in (*g.cjk_places, *g.cjk_regions)}, reverse=True))


# Street addresses whose form names the country when no city is written: Korean road-name addresses
# ("테헤란로 427", "성수이로 7길 27"), mainland Chinese house numbers ("碧波路690号"; Taiwan and Hong Kong write 號),
# Japanese block numbers ("神南1丁目").
_ADDRESSES = (
    # a whole Hangul word ending in 로/길 (not the particle "으로": "경력으로 3년"), then a house number (not "3년")
    (
        re.compile(
            r"(?<![\uac00-\ud7af])[\uac00-\ud7af]{1,10}(?<!으)(?:로|길) ?\d{1,4}(?:-\d+)?"
            r"(?![\d년개월일주명시차세회번건%만천억원])"
        ),
        "KR",
    ),
    (re.compile(r"[\u4e00-\u9fff]{1,10}(?:路|街|大道)\d+号"), "CN"),
    (re.compile(r"\d+丁目"), "JP"),
)


def _address_country(text: str) -> list[str]:
    found = [code for pattern, code in _ADDRESSES if pattern.search(text)][:1]
    # a district or a station by its Korean address words (korean_addresses.py)
    return found or (["KR"] if korean_address(text) else [])


# Countries whose own scripts are Han, kana or Hangul: their cities are written so in running text. Geonames also
# lists Han spellings of far cities ("大數" for a Turkish town), which running Chinese uses as ordinary words; those
# count only in a location string. The hand table's names (美国, 德国, 伦敦...) count everywhere.
_CJK_HOME = frozenset({"CN", "TW", "HK", "MO", "JP", "KR", "SG"})


@lru_cache(maxsize=1)
def _hand_names() -> frozenset[str]:
    with data_path("places.toml").open("rb") as fh:
        return frozenset(tomllib.load(fh)["cjk"]["countries"])


# Hangul readings of Chinese cities that are everyday Korean words: 위해 "for" (Weihai), 연대 "solidarity" (Yantai).
_KOREAN_WORDS = frozenset({"위해", "연대"})


def _counts_in_text(name: str, countries: tuple[str, ...]) -> bool:
    if name in _KOREAN_WORDS:
        return False  # unseen7: "…을 위해" read as Weihai gave a Korean posting China too
    return countries[0] in _CJK_HOME or name in _hand_names()


def _scan_run(
    run: str, lengths: tuple[int, ...], global_words: bool, text: str = "", start: int = 0
) -> tuple[list[str], set[str], list[str]]:
    """Countries, region words and names found in one run of CJK text (at `start` of `text`), longest name first at
    each position."""
    g = gazetteer()
    countries: list[str] = []
    regions: set[str] = set()
    names: list[str] = []
    i, n, last_end = 0, len(run), -1
    while i < n - 1:
        if inside_hangul_word(run, i, last_end):
            i += 1  # "재원산업": a company's name, not Wonsan (원산)
            continue
        for size in lengths:
            if size > n - i:
                continue
            sub = run[i : i + size]
            if run[i + size : i + size + 1] in _STREET or _directed_street(run, i + size):
                continue  # "南京路", "테헤란로", "杭州南路": a street named after a city, not the city
            if _district_of_city(run, i, i + size, last_end):
                continue  # "台北市中山區": a district of the city before it
            if i and run[i - 1 : i + 1] in _WORD_ENDS:
                continue  # "平台南北": the place's first character closes the word before it
            if cut_from_word(run, i + size):
                continue  # "バックボーン": "ボー" (Bo) cut from a longer katakana word (katakana_words.py)
            if text and _MODIFIER.match(text, start + i + size):
                continue  # "中国领先", "德国红点奖": the name qualifies what follows
            if names_language(run, sub, i + size):
                continue  # "日本語能力", "한국어": a language, not the place (cjk_languages.py)
            hit = g.cjk_places.get(sub)
            if hit and (global_words or _counts_in_text(sub, hit)):
                countries.append(hit[0])
            elif sub in g.cjk_regions and (global_words or "global" not in g.cjk_regions[sub]):
                regions.update(g.cjk_regions[sub])
            else:
                continue
            names.append(sub)
            i += size
            last_end = i
            break
        else:
            i += 1
    return countries, regions, names


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
    for match in _CJK_RUN.finditer(text):
        found_countries, found_regions, found_names = _scan_run(
            match.group(0), lengths, global_words, text, match.start()
        )
        countries += found_countries
        regions |= found_regions
        names += found_names
    remote = any(word in text for word in g.cjk_remote)
    if not countries and not regions:
        countries = _address_country(text)
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
