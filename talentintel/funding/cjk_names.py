"""A Chinese raiser written as its registered name with the city in brackets: "零重力飛機工業(合肥)有限公司完成A++++輪融資".

The name rule of `cjk` stops at a bracket, so it read "有限公司" (then refused as a kind word) and took a later
sentence's subject instead ("至此,零重力已在兩個月內連續完成三輪融資" gave "零重力已"; tuning_hs5, shccc.net). A registered
name is "<trade name>(<city or province>)<legal form>", the form every Chinese business licence uses for a company
registered outside its parent's city; the whole name, as the text writes it, is the raiser.
"""

from __future__ import annotations

import re

from talentintel.funding.cjk import _PINYIN

_HAN = r"[\u3400-\u9fff]"
_REGISTERED_RAISER = re.compile(
    rf"(?:^|[，,。\s：:])({_HAN}{{2,20}}[(（]{_HAN}{{2,4}}[)）](?:{_HAN}{{0,4}}?)(?:股份)?有限(?:责任|責任)?公司)"
    # The raise said right after the name: "完成…融資", "宣布完成", "获得…融资" (no other clause between).
    r"(?:近日|日前|今日|今天)?(?:宣布|正式|已)?(?:完成|获得|獲得|新获|新獲)[^，,。]{0,30}?(?:融资|融資)"
)


def registered_raiser(text: str) -> str | None:
    """The registered name (with its bracketed city) of the company the text says raised, or None."""
    m = _REGISTERED_RAISER.search(_PINYIN.sub("", text))
    return m.group(1) if m else None
