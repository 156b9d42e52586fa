"""A trend piece whose several raisers are named only after its headline part: "「大模型五虎」的B面:一邊找錢,一邊撒錢 /
堪比「吞金獸」的中國大模型企業又趕著新一輪融資了。 / 近期,包括月之暗面、智譜AI、百川智能、零一萬物在內的多家國內大模型企業都找到了下一
筆融資" (cjk6-sinahk-model-five-tigers). The text is cut after its first sentence, so the head part never reads the
sentence that says the raisers are several (`kind_cjk_trend.MANY_RAISERS`), and its round took the quoted nickname
大模型五虎 for a company. The whole text's opening says what the piece is: a market piece, deal 1 `other`; the rounds it
names after stay as later deals.
"""

from __future__ import annotations

from talentintel.funding.kind import other_reason
from talentintel.funding.kind_cjk_trend import MANY_RAISERS
from talentintel.funding.kind_opening import opening
from talentintel.funding.types import Deal


def trend_head(deals: list[Deal], text: str) -> list[Deal]:
    """Deal 1 as `other` when the text's opening makes several companies the raise's subject."""
    if not deals or deals[0].kind != "round" or not MANY_RAISERS.search(opening(text, 3, distinct=True)):
        return deals
    if other_reason(text) != "market piece":
        return deals  # a raise told before the several companies: the head's round stands
    return [Deal(kind="other", announced_on=deals[0].announced_on), *deals[1:]]
