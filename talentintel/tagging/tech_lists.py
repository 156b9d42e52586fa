"""A sentence that lists technologies ("technologies such as AI, blockchain and IoT", "涵盖人工智能、区块链等领域"): the
fields it names are ones the employer follows or the job's tools, not what it builds; sector.py and intersection.py
read such a sentence's terms as mere mentions."""

from __future__ import annotations

import re

# "涵盖人工智能、区块链、大数据等领域": a list of technologies names fields the employer follows, not what it builds.
# The examples of a discipline the job asks for are that discipline's tools: "strong knowledge of probability and
# statistics (e.g., machine learning, time-series analysis, pattern recognition, NLP)" asks for statistics (a quant
# researcher's ad, devset). "e.g." is written with its dots in the raw sentence.
_TECH_ENUMERATION = re.compile(
    r"\b(?:technologies|technology|tech trends|trends|innovations|fields|areas|industries|sectors|verticals"
    r"|statistics|probability|mathematics)\b"
    r"[^.;]{0,30}?(?:\b(?:such as|like|including|e g|from)\b|\be\.g\.)[^.;]*,[^.;]*(?:,|\band\b|\bor\b)"
    r"|(?:如|包括|涵盖|例如|诸如)[^。;；]{0,40}、[^。;；]{0,40}等(?:领域|技术|新技术|前沿技术|行业|方向)"
    # Technologies the employer combines, uses or "has" ("结合人工智能、区块链等技术应用", "拥有领先的 Web3 与 AI 技术"):
    # a pair or list of fields joined by 与/和/及/、 and closed by 技术, after a verb of using or having.
    r"|(?:结合|融合|运用|利用|借助|依托|拥有|掌握)[^。;；，,]{0,30}(?:、|与|和|及)[^。;；，,]{0,20}(?:等)?(?:前沿)?技术"
    # A list's applications in a domain ("了解人工智能、物联网等在农业方面的场景应用", an agronomist's requirement,
    # unseen_hs13): the technologies' uses in the domain the job serves, not the employer's work.
    r"|、[^。;；，,]{0,20}等在[^。;；，,]{1,12}的(?:场景|場景)?(?:应用|應用)"
    # The Japanese list closed by など and a field noun: "AI・web3・SaaS・メタバースなど成長分野のプロジェクトも豊富" (an
    # engineering staffer's projects on offer, unseen_hs18 DX Incubation): fields among others, not what it builds.
    r"|(?:[・、][^。;；、・]{1,20}){2,}など[^。;；、・]{0,6}?(?:分野|領域|業界|技術|テーマ)"
)

_ENUMERATION_CUES = ("such as", "like", "including", "e g", "e.g.", "from", "、", "技术", "など")


# The list first, the noun after it: "solutions built with SMAC, RPA, AI/ML, IoT, blockchain, and GIS technologies"
# (unseen10). String tests, not one more regex alternative: that one backtracked on every listing sentence.
_LIST_TAIL = re.compile(r"\b(?:and|or)\b[^,.;]{0,40}$")


def _list_then_technologies(part: str) -> bool:
    at = part.find("technologies")
    return at > 0 and part.count(",", 0, at) >= 3 and bool(_LIST_TAIL.search(part, max(0, at - 48), at))


def tech_enumeration(part: str) -> bool:
    if part.count(",") < 2 and "、" not in part and "技术" not in part and "など" not in part:
        return False  # cheap tests first: the regex only where a list can be
    if any(cue in part for cue in _ENUMERATION_CUES) and _TECH_ENUMERATION.search(part):
        return True
    return _list_then_technologies(part)
