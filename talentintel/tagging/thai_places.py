"""Thai-script location strings. Thai is written with no spaces between words, so the Latin reader's tokens are whole
phrases, and geonames' Thai alternate names of foreign cities matched inside them: a Bangkok BTS station line "BTS
ช่องนนทรี, เซนต์หลุยส์, ศาลาแดง" read St. Louis, US, while station lines ("BTS นานา, เพลินจิต", "MRT สามย่าน") and
provinces ("อ.สามโคก จ.ปทุมธานี") read no place (issue 18, unseen49: 12 of 21 JobThai locations wrong or empty). A
location written in Thai names a place in Thailand unless it names another country in Thai ("สิงคโปร์"): boards abroad
write their places in their own script; unseen_hs19's Thai street addresses (a second board) read Thailand before and
after."""

from __future__ import annotations

import re

from talentintel.tagging.gazetteer import gazetteer
from talentintel.tagging.locations import LocationResult

THAI = re.compile(r"[\u0e00-\u0e7f]")
_RUN = re.compile(r"[\u0e00-\u0e7f][\u0e00-\u0e7f.]*")  # the Thai words, as the evidence of a named place
# Countries in Thai, four letters or more, so that no common word holds one (Thai has no spaces to anchor a match).
_COUNTRIES = {
    "สิงคโปร์": "SG",
    "ญี่ปุ่น": "JP",
    "ประเทศจีน": "CN",
    "เกาหลีใต้": "KR",
    "เวียดนาม": "VN",
    "มาเลเซีย": "MY",
    "อินโดนีเซีย": "ID",
    "ฟิลิปปินส์": "PH",
    "กัมพูชา": "KH",
    "เมียนมา": "MM",
    "อินเดีย": "IN",
    "ไต้หวัน": "TW",
    "ฮ่องกง": "HK",
    "สหรัฐอเมริกา": "US",
    "ออสเตรเลีย": "AU",
    "สหราชอาณาจักร": "GB",
    "เยอรมนี": "DE",
    "ฝรั่งเศส": "FR",
    "สหรัฐอาหรับเอมิเรตส์": "AE",
}


def thai_places(location: str) -> LocationResult:
    """Countries and regions of the Thai-script part of one location string: the countries it names in Thai, else
    Thailand."""
    countries = tuple(sorted({c for name, c in _COUNTRIES.items() if name in location})) or ("TH",)
    g = gazetteer()
    regions = tuple(sorted({r for r in (g.region_of(c) for c in countries) if r}))
    return LocationResult(countries, regions, False, tuple(_RUN.findall(location)))
