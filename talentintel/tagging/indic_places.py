"""Places named in running text written in the Indic scripts (Devanagari to Sinhala). The description reader finds
places as capitalized Latin words or as CJK names; these scripts have no case, so a workplace written in them read
nothing: "বেঙ্গালুরুতে হবে কাজের জায়গা" (the workplace will be Bengaluru), "पुणे हे नोकरीचं ठिकाण", "చెన్నై", "சென்னை
ஐஐடியில்" (issue 18: unseen52's six Bengali reports, unseen54's Marathi, Telugu and Tamil ones; 9 of 9 read no region).

The names are geonames' alternate names in these scripts of cities of MIN_ALTNAME_POPULATION or more (the gazetteer's
bar for foreign names), one word each, the most populous city first. Bengali, Marathi, Tamil and Malayalam glue case
endings on ("কলকাতার" Kolkata's, "শিবপুরে" at Shibpur, "சென்னையிலும்" in Chennai too): a word that begins with a name
of MIN_PREFIX code points or more and runs at most MAX_ENDING past it names that place; a shorter name must be the whole
word. Joiners (ZWJ / ZWNJ) are dropped and words NFC-normalized on both sides: pages write য় precomposed or as য + nukta.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from talentintel.tagging.gazetteer import MIN_ALTNAME_POPULATION, gazetteer, geonames_file
from talentintel.tagging.locations import LocationResult

INDIC_CHAR = re.compile("[\u0900-\u0dff]")
_WORD = re.compile("[\u0900-\u0963\u0966-\u0dff\u200c\u200d]+")  # the dandas (। ॥) end a word
_JOINERS = re.compile("[\u200c\u200d]")
MAX_ENDING = 4  # "তে", "ের", "யில்", "ात": a case ending is one to four code points
MIN_PREFIX = 4  # a name read at a word's start is at least this long ("পুনে"), so no syllable pair matches
MIN_NAME = 3  # shorter names ("मऊ") are everyday words
# The scripts' own countries; elsewhere only a metropolis counts: the Indic spellings of smaller foreign towns are
# everyday words ("বোমা", a bomb, is Boma in Congo; "মান", value, a Syrian town).
HOME = frozenset({"IN", "BD", "PK", "NP", "LK", "BT", "MV"})
MIN_FOREIGN_POPULATION = 1_000_000
# Town names that are everyday words of the same script, no place in running text: quota (कोटा, Kota), joy (आनंद,
# Anand), ocean (सागर, Sagar), times (गुना, Guna), saw (आरा, Arrah), body hair (रोम, Rome), face (फेस, Fès), black /
# ink (काली, কালি, Cali), a fried bread (পুরি, Puri), feeling (భావన), sole (सोल, Seoul), careful (संभल, Sambhal), maize
# (ਮੱਕਾ), and the given name Hasan (हसन, Hassan).
_EVERYDAY = frozenset(
    {
        "कोटा",
        "ਕੋਟਾ",
        "કોટા",
        "आनंद",
        "सागर",
        "गुणा",
        "गुना",
        "গুনা",
        "ગુના",
        "ଗୁନା",
        "குனா",
        "గుణ",
        "ಗುನಾ",
        "आरा",
        "ਆਰਾ",
        "આરા",
        "रोम",
        "রোম",
        "फेस",
        "ফেস",
        "ਫੇਸ",
        "काली",
        "কালি",
        "ਕਾਲੀ",
        "पुरि",
        "পুরি",
        "பூரி",
        "भावन",
        "భావన",
        "ಭಾವನ",
        "सोल",
        "संभल",
        "ਮੱਕਾ",
        "हसन",
        "હસન",
        "హసన్",
    }
)


def _key(word: str) -> str:
    return unicodedata.normalize("NFC", _JOINERS.sub("", word))


@cache
def _index() -> dict[str, str]:
    """Indic-script city name -> ISO country, the most populous namesake's."""
    best: dict[str, tuple[int, str]] = {}
    for row in geonames_file("cities15000.json").values():
        pop = int(row.get("population") or 0)
        if pop < (MIN_ALTNAME_POPULATION if row["countrycode"] in HOME else MIN_FOREIGN_POPULATION):
            continue
        for name in row.get("alternatenames") or ():
            key = _key(name)
            if len(key) < MIN_NAME or key in _EVERYDAY or not _WORD.fullmatch(key):
                continue
            if pop > best.get(key, (0, ""))[0]:
                best[key] = (pop, row["countrycode"])
    return {key: country for key, (_, country) in best.items()}


def _name_in(word: str, index: dict[str, str]) -> str | None:
    if word in index:
        return word
    for cut in range(len(word) - 1, max(len(word) - MAX_ENDING, MIN_PREFIX) - 1, -1):
        if word[:cut] in index:
            return word[:cut]
    return None


def indic_places(text: str) -> LocationResult:
    """The countries and regions of the cities a text names in an Indic script; empty without one."""
    if not INDIC_CHAR.search(text):
        return LocationResult()
    index = _index()
    names = [n for n in (_name_in(_key(w), index) for w in _WORD.findall(text)) if n]
    if not names:
        return LocationResult()
    countries = tuple(sorted({index[n] for n in names}))
    g = gazetteer()
    regions = tuple(sorted({r for r in (g.region_of(c) for c in countries) if r}))
    return LocationResult(countries, regions, False, tuple(dict.fromkeys(names)))
