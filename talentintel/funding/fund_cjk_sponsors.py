"""A Chinese state or industry fund's manager named among the firms that set it up (issue 13, tuning_hs9; fund41).

A Chinese fund record names who put up the fund, not who "raised" it: "上海人工智能产业投资基金由上海国盛集团、临港集团
分别作为…联合发起设立" (set up jointly by Shanghai Guosheng Group and Lingang Group, hs9-pygbw-shanghai-ai-fund-100yi-zh),
"該企業由國家集成電路產業投資基金三期股份有限公司、國智投(上海)私募基金管理有限公司共同出資" (the partnership is funded
jointly by the Big Fund III and the private fund manager 國智投, hs9-cpdym-national-ai-fund-600-6yi-zh). The manager is
the sponsor that is a fund manager by its registered name (私募基金管理, 基金管理, 投資管理), else the first sponsor.
"""

from __future__ import annotations

import re

from talentintel.funding.text_repairs import PINYIN_READING

_SPONSORS = re.compile(
    r"由(?P<names>[^，,。；;:：]{2,120}?)(?:(?:分别作为|分別作為|作为|作為)[^，,。；;]{0,120}?)?"
    r"(?:共同|联合|聯合)(?:发起设立|發起設立|出资|出資|设立|設立|发起|發起)"
)
_SPLIT = re.compile(r"、|和|及|与|與")
_MANAGER_WORD = re.compile(r"(?:基金|投资|投資|资产|資產)管理")
# The opening of a Chinese fund record: a fund set up with its committed capital ("…基金合伙企業(有限合伙)成立,出資額
# 高達600.6億元"), pinyin written into the words by mirror pages tolerated.
FUND_FORMED = re.compile(
    r"基金[^，。,]{0,30}成立[,，]\s?(?:(?:其|该|該)(?:基金)?)?(?:出資額|出资额|認繳|认缴|注册资本|註冊資本|規模|规模)"
)


def sponsor_manager(text: str) -> str | None:
    """The manager among the firms a Chinese fund record says set the fund up or funded it jointly, or None."""
    m = _SPONSORS.search(PINYIN_READING.sub("", text[:3000]))
    if not m:
        return None
    names = [n.strip() for n in _SPLIT.split(m.group("names")) if len(n.strip()) >= 2]
    if len(names) < 2:
        return None  # one sponsor "共同" with no partner named is a misreading
    return next((n for n in names if _MANAGER_WORD.search(n)), names[0])
