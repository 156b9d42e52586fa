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


# A bracketed aside on working hours after a location line's place ("Location: Remote, India (flexible hours with U.S.
# team overlap)", unseen42 Sanctuary): the hours are the team's, the place before the bracket is the job's.
_HOURS_ASIDE = re.compile(r"\s*\([^()]*\b(?:hours|overlap|overlapping)\b[^()]*(?:\)|$)", re.IGNORECASE)
_REMOTE_WORD = re.compile(r"\bremote\b", re.IGNORECASE)


def without_hours_aside(raw: str) -> str:
    """The location line's value without an hours aside, when a place word stands before it."""
    if "(" not in raw:
        return raw
    aside = _HOURS_ASIDE.search(raw)
    if aside is None or not _REMOTE_WORD.sub("", raw[: aside.start()]).strip(" ,-/:"):
        return raw
    return raw[: aside.start()] + raw[aside.end() :]


# Labels of the job's own place (not of the company's address, "公司地址", "地址", "주소": a remote job's office restricts
# nothing): a "Remote" location field yields only to these (regions._narrow_unbounded).
_WORK_PLACE_LABELS = (
    "location",
    "工作地",
    "办公地点",
    "辦公地點",
    "上班地点",
    "工作城市",
    "勤務地",
    "근무지",
)


def work_place_labelled(text: str) -> bool:
    """Whether the text's first 6,000 characters hold a label of the job's own place."""
    head = lowered(text[:6000])
    return any(label in head for label in _WORK_PLACE_LABELS)
