"""regions._LOCATION_LINE's matches, tried only where one can start. The regex tries its long case-insensitive label
alternation at every place of 6 KB (~180 us a 2 KB bench description; a fifth of bench postings have no location
field and a label word, so ~8% of the tagger's time, tagperf4). Outside CJK text a match starts at an English label
word ("location", "work location", "base") or at the start of a line that holds "location" or "work"; the pattern is
matched at those places alone, in order, each after the last match's end: the same matches finditer yields."""

from __future__ import annotations

import re
from collections.abc import Iterator

from talentintel.tagging.text import lowered

# The first characters of the pattern's CJK labels (工作地点, 办公地点, 辦公地點, 公司地址, 地址, 上班地点, 坐标,
# 근무지, 주소, 勤務地, ...): a text with one is read by the whole regex, as before.
_CJK_FIRSTS = ("工", "办", "辦", "公", "地", "上", "坐", "근", "주", "勤")
# What IGNORECASE matches to a label's letter and str.lower does not turn into it ("İ" also lowers to two characters)
_FOLDS_APART = ("ſ", "ı", "İ")


def _finds(low: str, word: str) -> Iterator[int]:
    at = low.find(word)
    while at >= 0:
        yield at
        at = low.find(word, at + 1)


def _starts(low: str) -> list[int]:
    """Every place a match can start in the lowercased text: each English label, the start of each line with one."""
    out: set[int] = set()
    for at in _finds(low, "location"):
        out.update((at, at - len("work "), low.rfind("\n", 0, at) + 1))
    out.update(_finds(low, "base"))
    out.update(low.rfind("\n", 0, at) + 1 for at in _finds(low, "work"))
    return sorted(at for at in out if at >= 0)


def location_lines(pattern: re.Pattern[str], head: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(head) for regions._LOCATION_LINE (no match of it is empty)."""
    if any(c in head for c in _CJK_FIRSTS) or any(c in head for c in _FOLDS_APART):
        yield from pattern.finditer(head)
        return
    end = 0
    for start in _starts(lowered(head)):  # cached: regions reads it next
        if start < end:
            continue  # inside the last match: finditer goes on from its end
        match = pattern.match(head, start)
        if match is not None:
            yield match
            end = match.end()
