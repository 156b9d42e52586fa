"""The year whose exchange rate converts a raise that its own sentence dates to the year before the page's.

"計93億ウォン(約10億4,200万円)のシリーズA資金調達をし、...が昨年6月に投資を受けた後" (b31-korit-plating-93-eok-won-ja,
tuning_batch31, fund51): a page of 2024-04-09 tells a round of June 2023; converted at the page's year (KRW 1,364) the
amount missed the label (the announcement year's rate, KRW 1,306.76) by 4%. Only a month dated to last year ("昨年6月",
"去年3月", "작년 6월", "in March last year", "en marzo del año pasado") in the sentence that states the amount moves
the year: a bare "last year" may compare anything ("revenue doubled over last year").
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"Januar|Februar|März|Juni|Juli|Oktober|Dezember)"
)
_LAST_YEARS_MONTH = re.compile(
    r"(?:昨年|去年|작년|지난해)\s?\d{1,2}\s?(?:月|월)"
    rf"|\b{_MONTH}\s(?:of\s)?last\syear\b"
    rf"|\b{_MONTH}\s(?:del\sa[ñn]o\spasado|de\sl['’]an\sdernier|de\sl['’]ann[ée]e\sderni[èe]re|do\sano\spassado)\b"
    rf"|\bim\s{_MONTH}\s(?:des\s)?(?:letzten|vergangenen)\sJahres\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。．！？])|\n")


def _sentence_stating(text: str, original: str) -> str | None:
    """The first sentence of `text` that holds the amount as written."""
    return next((sentence for sentence in _SENTENCE_END.split(text) if original in sentence), None)


def rate_year(text: str, original: str | None, year: int | None) -> int | None:
    """`year` (the page's), or the year before it when the sentence stating `original` dates the raise to last year."""
    if year is None or not original:
        return year
    sentence = _sentence_stating(text, original)
    return year - 1 if sentence is not None and _LAST_YEARS_MONTH.search(sentence) else year


# "Helsing has closed a €450 million (https://www.reuters.com/...-series-c-2024-06-20/) Series C funding round"
# (hs14-d-nvest-helsing-450m-eur-series-c-general-catalyst, tuning_hs14): an undated page that cites the news of the
# raise in the amount's own sentence; the link's date is the announcement's, and its year's rate (EUR 0.924 in 2024)
# gives the label where the table's latest row (2025, EUR 0.885) missed by 4%.
_LINK_DATE = re.compile(
    r"https?://\S*?[/-](20[0-3]\d)[/-](?:0[1-9]|1[0-2])[/-](?:0[1-9]|[12]\d|3[01])(?=[/\-.)?#]|\s|$)"
)


def cited_year(text: str, original: str | None) -> int | None:
    """The year of a dated news link in the sentence that states `original`, for a page that carries no date."""
    sentence = _sentence_stating(text, original) if original else None
    m = _LINK_DATE.search(sentence) if sentence is not None else None
    return int(m.group(1)) if m else None
