"""An "algorithm post" (算法岗, 算法岗位) is Chinese hiring language for a machine-learning role.

Campus and referral posts name the role by its track alone: "算法岗校招内推" (unseen_hs8, BOSS 直聘's referral post,
whose requirements list machine learning, NLP, recommendation, search, knowledge graphs) was read as no AI at all:
its one requirement sentence ends in "更佳" and counts as a wish, and "算法岗" was in no table. Every tuning post that
says 算法岗 is an AI role (unseen20 "语音算法岗", unseen28 "aigc算法岗位", unseen_hs8 高德 "共享出行-算法岗"), as
every 算法工程师 is (taxonomy ai_weak); it weighs the same: a title naming it is core AI evidence, a description
naming it only a mention.

An algorithm of a field that is not machine learning stays out: a blockchain's consensus and cryptographic algorithms
(unseen11, unseen23 "区块链算法"), video compression and coding (unseen_hs5's Samsung codec role, labelled none),
signal, control, navigation and trading algorithms ("高频交易算法岗" is a quant's C++ role).
"""

from __future__ import annotations

import re

from talentintel.tagging.taxonomy import Term

ALGORITHM_POST = Term("ai", ("算法岗",), 1.5)  # the weight of 算法工程师 (taxonomy.toml ai_weak)

_POST = re.compile(r"算法(?:岗|崗)")
# The field that qualifies the algorithm stands right before it, inside the same clause: "区块链共识算法岗".
QUALIFIER_CHARS = 8
_NOT_ML = re.compile(
    r"区块链|區塊鏈|共识|共識|密码|密碼|加密|图形|圖形|渲染|量化|高频|高頻|交易|通信|信号|信號|控制|导航|導航|定位"
    r"|芯片|射频|射頻|压缩|壓縮|编码|編碼|编解码|編解碼"
)
_CLAUSE_END = re.compile(r"[，,。；;、\s|/]")


def algorithm_post_hits(part: str) -> list[Term]:
    """[ALGORITHM_POST] when the (lowercased) sentence names an algorithm post no non-ML field qualifies."""
    if "算法" not in part:
        return []  # cheap test first: most sentences name no algorithm
    for match in _POST.finditer(part):
        before = part[max(0, match.start() - QUALIFIER_CHARS) : match.start()]
        clause = _CLAUSE_END.split(before)[-1]
        if not _NOT_ML.search(clause):
            return [ALGORITHM_POST]
    return []
