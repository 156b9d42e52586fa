"""Chinese capital increases told by an investor: "智脑投资和其他四位投资者共同增资趣链科技" (invested new capital in 趣链科技).

A listed company's notice of its own investment names the raiser only as the object of 增资 (to increase the capital
of), and gives only its own part of the money: "其中智脑投资以人民币112074.0393万元的价格认缴新增注册资本" (of which
智脑投资 subscribes ... for 11.2亿元). b25-cnstock-hyperchain-xinhu-zh came out `other` with no company on its first
score. The company is the name after 增资 (or 向X增资); an amount after "其中 ... 以" is one investor's part, not the
round's size.
"""

from __future__ import annotations

import re

_NAME = r"[^\s，。,、:：()（）“”\"]{2,20}?"
# "認購酷澎股份有限公司增資股份" (subscribed the company's new shares, hs4-cnyes-coupang-tw-approval): what follows 增資
# there is the shares, not a company.
_OBJECT = re.compile(
    rf"(?:共同|联合|共同向|向|對|对)?(?:增资|增資)(?!股|款|计划|計劃|方案|后|後|完成|金额|金額)(?P<co>{_NAME})(?=[，。,；;]|$)"
)
_TOWARDS = re.compile(rf"(?:向|對|对)(?P<co>{_NAME})(?:进行|進行)?(?:增资|增資)")
_PART = re.compile(r"其中[^，。；]{0,24}?以(?:人民币|人民幣)?\s?$")


def capital_increase_target(text: str) -> str | None:
    """The company whose capital an investor increased, when the text tells its investment that way."""
    m = _OBJECT.search(text) or _TOWARDS.search(text)
    return m.group("co") if m else None


def one_investors_part(text: str, original: str | None) -> bool:
    """True when the amount is written as one investor's part ("其中X以人民币...万元")."""
    if not original:
        return False
    at = text.find(original)
    return at > 0 and bool(_PART.search(text[max(0, at - 40) : at]))
