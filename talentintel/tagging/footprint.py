"""A company group's footprint ("an international company ... present in France, Tunisia, Cambodia and China"): the
countries where the group is, not where the job is."""

from __future__ import annotations

import re

# "present in" / "a presence in" / "subsidiaries in" / "branches in" and a list of two or more capitalized names joined
# by commas, "and" or "&". unseen_hs6: a Phnom Penh start-up "part of UMANLINK GROUP, an international company ...
# present in France, Tunisia, Cambodia and China" was tagged Europe and MENA. "offices in" is left out: a job's office
# list ("offices in London and Berlin") is where it may be done.
_NAME = r"[A-Z][\w'.-]*(?:[ ][A-Z][\w'.-]*)*"
_FOOTPRINT = re.compile(
    rf"\b(?:present|presence|subsidiaries|branches|affiliates)\s+in\s+(?:over\s+\d+\s+countries[,:]?\s*(?:including\s+)?)?"
    rf"({_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})+)"
)

# Every footprint phrase holds one of these (the pattern is case-sensitive; "presen" is "present" and "presence").
_FOOTPRINT_WORDS = ("presen", "subsidiaries", "branches", "affiliates")


def without_footprint(text: str) -> str:
    """The text with a group's footprint list blanked (same length, so offsets hold)."""
    if " in " not in text or not any(word in text for word in _FOOTPRINT_WORDS):
        return text  # the substitution's scan tries its "\b" at every place: ~65 us a 2 KB text (tagperf4)
    return _FOOTPRINT.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + " " * len(m.group(1)), text)


# Where the team sits, not where the job is: "Our team is very diverse with people in the US and UK. Our headquarter
# is in London" (unseen23, CRUZEO: tagged the US beside the UK), "a remote team distributed across the US, Canada and
# China". And, for a remote job only, where the company is headquartered: "global and remote-first with headquarters
# in Switzerland" (unseen23, Linum Labs: tagged Europe, not worldwide). An onsite job's headquarters is its place.
_TEAM = re.compile(
    r"\b(?i:(?:people|members|employees|colleagues|teammates|contributors|staff)\s+(?:in|from|across)"
    r"|(?:distributed|spread|scattered)\s+(?:across|over|between|throughout|in)"
    # "most of our product and engineering talent is located in Europe and Israel" (unseen42, Jiga: work from anywhere)
    r"|talent\s+(?:is|are)\s+(?:located|based)\s+(?:in|across))"
    rf"\s+(?:the\s+)?({_NAME}(?:\s*(?:,|&|\band\b)\s*(?:the\s+)?{_NAME})+)"
)
# unseen_hs9 (tag37): a remote team's "core operations based in Los Angeles" (MyCrypto) and "We are located in
# Stockholm but doesn't mean you have to be" (Mavenoid) are the seat too, both labeled global.
_SEAT = re.compile(
    r"\b(?i:headquarters|headquarter|headquartered|head office|hq|(?:core\s+)?operations|we\s+are)"
    r"\s+(?:is\s+|are\s+)?(?:located\s+|based\s+)?in"
    rf"\s+(?:the\s+)?({_NAME}(?:\s*(?:,|&|\band\b)\s*(?:the\s+)?{_NAME})*)"
)
# "we hire people in the US and Canada" is the job's restriction, not the team's whereabouts
_HIRING_BEFORE = re.compile(r"\b(?:hire|hires|hiring|recruit|recruiting|seeking|looking for|welcome|open to)\b[^.\n]*$")


# Where the team sits, in Chinese, to the clause's end (branch tagcat, docs/tagging_holdout_catalog.md R5: fixed in
# English only): "团队分布在美国英国和国内" (unseen_hs10 Pond: the team's places read as the job's US and UK), "成员遍布全球".
# A remote job's Chinese seat ("一家位于硅谷的初创企业", unseen_hs10 Curio Health) is left as it is: a Chinese post's remote
# mode is known only after the description's places are read (cjk remote words), so "remote" cannot gate it here.
_TEAM_ZH = re.compile(
    r"(?:团队|團隊|成员|成員|员工|員工|同事)(?:成员|成員)?(?:目前|主要|现|現)?(?:分布|分佈|遍布|遍佈|分散)(?:在|于|於)?"
    r"([^，,。；;！!\n]{1,40})"
)
_TEAM_ZH_WORDS = ("分布", "分佈", "遍布", "遍佈", "分散")


def without_zh_team_places(text: str) -> str:
    """The Chinese team places blanked, same length: also inside a location label's value ("工作地点：团队分布在美国英国和
    国内，可以接受国内远程")."""
    if not any(w in text for w in _TEAM_ZH_WORDS):
        return text  # most texts: a few substring tests
    out = list(text)
    for m in _TEAM_ZH.finditer(text):
        out[m.start(1) : m.end(1)] = " " * (m.end(1) - m.start(1))
    return "".join(out)


def without_team_places(text: str, remote: bool) -> str:
    """The text with the team's whereabouts (and, when the job is remote, the company's seat) blanked, same length."""
    if not text.isascii():
        text = without_zh_team_places(text)
    low = text.lower()
    if len(low) != len(text):  # "İ" lowercases to two code points: offsets would drift, read the text as it is
        low = text
    found = [m for word in _TEAM_WORDS for m in _matches_at(_TEAM, text, low, word)]
    if remote:
        found += [m for word in _SEAT_WORDS for m in _matches_at(_SEAT, text, low, word)]
    if not found:
        return text
    out = list(text)
    for m in found:
        if not _HIRING_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            out[m.start(1) : m.end(1)] = " " * (m.end(1) - m.start(1))
    return "".join(out)


# Every phrase above opens with one of these words: str.find over them and a match where one stands cost a few us a
# description, where a regex scan of the whole text cost ~35 us (bench_tagging: 2.5% of the tagger's time).
_TEAM_WORDS = (
    "people",
    "members",
    "employees",
    "colleagues",
    "teammates",
    "contributors",
    "staff",
    "distributed",
    "spread",
    "scattered",
    "talent",
)
_SEAT_WORDS = ("headquarter", "hq", "head office", "operations", "we are")


def _matches_at(pattern: re.Pattern[str], text: str, low: str, word: str) -> list[re.Match[str]]:
    out = []
    at = low.find(word)
    while at >= 0:
        m = pattern.match(text, at)
        if m:
            out.append(m)
        at = low.find(word, at + 1)
    return out
