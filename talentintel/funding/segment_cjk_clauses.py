"""A Chinese weekly roundup's deals told in one sentence, one clause each (issue 13, branch fund83).

投融资周报 and 一周融资汇总 pages summarize the week's deals in one long sentence, each deal a clause after a semicolon:
"EigenLabs 完成 5000 万美元 A 轮融资；跨链桥聚合器 LI.FI 也宣布完成 1750 万美元 A 轮融资；硬件钱包 Ledger 也完成1亿欧元融资"
(hs12-cryptodao-week-2023-04-eigenlabs-zh and hs19-cryptodao-weekly-eigenlabs-50m-fetch-40m-zh, cryptodao.pro),
"英諾天使基金科技創新二期基金完成第二次關閉,規模超10億元人民幣;從投資端來看,...智己汽車獲超80億元注資;...夸父炸串完成B輪融資"
(b32-colamg-weekly-zhiji-kuafu-innoangel-zh-hant, colamg.com). Read as one unit the sentence was one deal (or none:
its first clause a market total). A semicolon ends a deal's clause when the clauses on both sides tell a raise of
their own; a clause without one (a comment, a market figure) stays with the clause before it.
"""

from __future__ import annotations

import re

from talentintel.funding.money import find_money

# A completed raise in Chinese: the verb, then within the clause the funding noun or a sum with its unit.
_RAISE = re.compile(
    r"(?:完成|获得|獲得|获|獲|拿到|斩获|斬獲|宣布完成)[^，,；;。]{0,30}?"
    r"(?:融资|融資|注资|注資|投资|投資|募资|募資|关闭|關閉|首关|首關|[万萬亿億]\s?(?:美元|元|人民币|人民幣|欧元|歐元))"
)
# A semicolon, or a comma before a clause whose subject "also" raised: "Fetch.ai 获 DWF Labs 4000 万美元投资，协作 AI 公司
# FedML 也宣布完成 600 万美元种子轮和 Pre-Seed 轮融资" (hs12-cryptodao-week-2023-04-eigenlabs-zh).
_SEMICOLON = re.compile(r"[；;]\s*|[，,]\s*(?=[^，,；;。]{2,40}?也(?:宣布)?(?:完成|获得|獲得|获|獲))")


def cjk_clauses(sentence: str) -> list[str] | None:
    """The sentence cut at each semicolon between two clauses that each tell a raise, or None when it has no such
    cut (not Chinese, or one deal)."""
    if not _RAISE.search(sentence) or not _SEMICOLON.search(sentence):
        return None
    pieces = _SEMICOLON.split(sentence)
    out: list[str] = []
    for piece in pieces:
        if out and _RAISE.search(piece) and _RAISE.search(out[-1]):
            out.append(piece)
        elif out:
            out[-1] += "；" + piece
        else:
            out.append(piece)
    return out if len(out) > 1 else None


# A sum as Chinese, Japanese and Korean write it: "5000 万美元", "1亿欧元", "10億円", "50억원".
_CJK_SUM = re.compile(
    r"\d[\d,.]*\s?(?:万|萬|亿|億|억|만|千万|百万)\s?(?:美元|元|人民币|人民幣|欧元|歐元|円|ドル|원|달러)"
)


def told_sum(unit: str) -> bool:
    """The unit states a sum, in English or CJK writing: a weekly roundup's first deal after its market lede
    ("EigenLabs 完成 5000 万美元 A 轮融资" under "本周...有超过 25 起投融资事件") opens a deal of its own only if its sum is seen."""
    return bool(find_money(unit) or _CJK_SUM.search(unit))
